// Bytes to text. Seeds are UTF-8 (a BOM is allowed) or UTF-16 with a BOM; files saved by
// older Arabic software in Windows-1256 or ISO-8859-6 are detected and converted with a
// warning; anything else is refused with a reason.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { IngestError } from './article.js';

export interface Decoded {
  text: string;
  /** The encoding the bytes were read as, e.g. `utf-8` or `windows-1256`. */
  encoding: string;
  warnings: string[];
}

/** Legacy encodings worth guessing: the two that Arabic newsrooms and scrapers produced. */
export const LEGACY_ENCODINGS: ReadonlySet<string> = new Set(['windows-1256', 'ISO-8859-6']);
/** Share of non-ASCII bytes in valid UTF-8 sequences above which a file is UTF-8 with a few broken bytes. */
export const MOSTLY_UTF8 = 0.9;
/** Below this detector confidence (0–100) a legacy guess is not trusted. */
export const MIN_LEGACY_CONFIDENCE = 30;
/** A legacy reading must give mostly Arabic letters, or it is a wrong guess. */
export const MIN_ARABIC_SHARE = 0.5;
/** A short text the detector cannot place is read only when nearly all its letters are Arabic. */
export const MIN_SHORT_ARABIC_SHARE = 0.9;
/** Fewer Arabic letters than this is too little to call a text Arabic without the detector. */
export const MIN_ARABIC_LETTERS = 8;
/** More control characters than this share of the text means the file is not text. */
export const MAX_CONTROL_SHARE = 0.05;

/** Bytes looked at for control characters before decoding: enough to tell data from text. */
const BINARY_SAMPLE = 4_096;
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
// Controls no text file carries in number: C0 except tab, line feed, form feed and carriage return; DEL.
const BINARY_CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
const LETTER = /\p{L}/gu;
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/gu;
const FOREIGN_TO_ARABIC = /[\u0080-\u009F\u00C0-\u00FF\uFFFD]/gu;

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

function strictDecode(bytes: Uint8Array, label: string, what: string): string {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new IngestError('encoding', `the file starts with a ${what} byte-order mark but is not valid ${what}`);
  }
}

/** Counts non-ASCII bytes that sit in well-formed UTF-8 sequences and those that do not. */
export function utf8Shape(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  const cont = (at: number, lo = 0x80, hi = 0xbf) => at < bytes.length && bytes[at]! >= lo && bytes[at]! <= hi;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length = 0;
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) length = cont(i + 1) ? 2 : 0;
    else if (b >= 0xe0 && b <= 0xef) {
      const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
      length = cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const [lo, hi] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
      length = cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    if (length === 0) { invalid++; i++; } else { valid += length; i += length; }
  }
  return { valid, invalid };
}

function rejectIfBinary(text: string): void {
  const controls = count(text, BINARY_CONTROL);
  if (text.includes('\u0000') || controls > text.length * MAX_CONTROL_SHARE) {
    throw new IngestError('binary', 'the file holds control bytes in number: it is not text');
  }
}

interface Reading {
  name: string;
  text: string;
  confidence: number;
  letters: number;
  arabic: number;
  /** Characters an Arabic text in this code page would not hold: Latin-1 letters, C1 controls, U+FFFD. */
  foreign: number;
}

function readingsOf(bytes: Uint8Array, analysis: ReturnType<typeof chardet.analyse>): Reading[] {
  return [...LEGACY_ENCODINGS]
    .map((name) => {
      const text = iconv.decode(Buffer.from(bytes), name);
      return {
        name, text,
        confidence: analysis.find((a) => a.name === name)?.confidence ?? 0,
        letters: count(text, LETTER), arabic: count(text, ARABIC_LETTER), foreign: count(text, FOREIGN_TO_ARABIC),
      };
    })
    // The two code pages put some letters at different bytes: the wrong one shows Latin letters or gaps.
    .sort((a, b) => a.foreign - b.foreign || b.confidence - a.confidence);
}

function decodeLegacy(bytes: Uint8Array): Decoded {
  const analysis = chardet.analyse(bytes);
  const best = analysis[0];
  const [reading] = readingsOf(bytes, analysis);
  // The detector's word for long texts; for short ones, where its statistics have too
  // little to go on, a reading that is all Arabic letters and holds nothing foreign.
  const detected = best !== undefined && LEGACY_ENCODINGS.has(best.name) && reading!.confidence >= MIN_LEGACY_CONFIDENCE;
  const plain = reading!.foreign === 0 && reading!.arabic >= MIN_ARABIC_LETTERS && reading!.arabic >= reading!.letters * MIN_SHORT_ARABIC_SHARE;
  if (!detected && !plain) {
    const guess = best && best.confidence > 0 ? ` (it looks most like ${best.name})` : '';
    throw new IngestError('encoding', `the file is not UTF-8 and not a recognised Arabic legacy encoding${guess}`);
  }
  const { name, text, letters, arabic, confidence } = reading!;
  if (letters === 0 || arabic < letters * MIN_ARABIC_SHARE) {
    throw new IngestError('encoding', `the file is not UTF-8, and read as ${name} it is not Arabic text`);
  }
  return {
    text,
    encoding: name,
    warnings: [`legacy-encoding: not UTF-8; read as ${name} (detector confidence ${confidence}%)`],
  };
}

// Refuses exactly the bytes `utf8Shape` counts as invalid (the well-formed sequences of Unicode's Table 3-7).
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of well-formed UTF-8, or null: one native pass for the usual seed, before counting bytes by hand. */
function wellFormedUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Reads seed bytes as text; throws `IngestError` with code `empty`, `binary` or `encoding`. */
export function decodeSeed(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new IngestError('empty', 'the file is empty');
  let decoded: Decoded;
  if (startsWith(bytes, UTF8_BOM)) {
    decoded = { text: strictDecode(bytes.subarray(3), 'utf-8', 'UTF-8'), encoding: 'utf-8', warnings: [] };
  } else if (startsWith(bytes, UTF16LE_BOM)) {
    decoded = { text: strictDecode(bytes.subarray(2), 'utf-16le', 'UTF-16'), encoding: 'utf-16le', warnings: [] };
  } else if (startsWith(bytes, UTF16BE_BOM)) {
    decoded = { text: strictDecode(bytes.subarray(2), 'utf-16be', 'UTF-16'), encoding: 'utf-16be', warnings: [] };
  } else {
    if (bytes.includes(0)) {
      throw new IngestError('binary', 'the file holds NUL bytes: it is not text (UTF-16 needs a byte-order mark)');
    }
    // Checked on the bytes too (each byte one character): compressed or random data would otherwise be tried as a legacy encoding.
    rejectIfBinary(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, BINARY_SAMPLE)).toString('latin1'));
    const wellFormed = wellFormedUtf8(bytes);
    const { valid, invalid } = wellFormed === null ? utf8Shape(bytes) : { valid: 0, invalid: 0 };
    if (wellFormed !== null) {
      decoded = { text: wellFormed, encoding: 'utf-8', warnings: [] };
    } else if (valid >= (valid + invalid) * MOSTLY_UTF8) {
      // A few broken bytes in a UTF-8 file (a cut character, a stray byte) never make it a legacy file.
      // The broken bytes show as U+FFFD where they stood, so the reader sees that a character was lost.
      decoded = {
        text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
        encoding: 'utf-8',
        warnings: [`invalid-utf8: ${invalid} byte(s) that are not UTF-8 shown as U+FFFD`],
      };
    } else {
      decoded = decodeLegacy(bytes);
    }
  }
  rejectIfBinary(decoded.text);
  return decoded;
}

/** The text alone, for callers that do not report warnings. */
export function decode(bytes: Uint8Array): string {
  return decodeSeed(bytes).text;
}
