// Bytes to text. Seeds are UTF-8 (a BOM is allowed); anything else is refused with a reason.
import { IngestError } from './article.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new IngestError('empty', 'the file is empty');
  if (bytes.includes(0)) throw new IngestError('binary', 'the file holds NUL bytes: it is not text');
  try {
    return utf8.decode(bytes);
  } catch {
    throw new IngestError('encoding', 'the file is not valid UTF-8');
  }
}
