import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/article.js';
import { decodeSeed, utf8Shape } from '../../src/ingest/decode.js';

// Written for these tests: a short news paragraph with hamza forms, ة, ى and digits.
const ARABIC = 'أعلنت البلدية اليوم إطلاق حملة لتنظيف الشواطئ على امتداد الساحل، بمشاركة ٣٠٠ متطوع من الأحياء المجاورة.\nوقال رئيس المجلس إن الحملة ستستمر حتى نهاية الصيف، وإن المعدات وصلت مساء الأمس.\n';
const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: Array<number[] | Uint8Array>) => Uint8Array.from(parts.flatMap((p) => [...p]));

function code(input: Uint8Array): string | null {
  try {
    decodeSeed(input);
    return null;
  } catch (error) {
    if (error instanceof IngestError) return error.code;
    throw error;
  }
}

describe('decodeSeed', () => {
  it.each([
    ['UTF-8', utf8(ARABIC), 'utf-8'],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], utf8(ARABIC)), 'utf-8'],
    ['UTF-16LE with BOM', bytes([0xff, 0xfe], iconv.encode(ARABIC, 'utf-16le')), 'utf-16le'],
    ['UTF-16BE with BOM', bytes([0xfe, 0xff], iconv.encode(ARABIC, 'utf-16be')), 'utf-16be'],
  ])('reads %s without warnings and without the BOM', (_, input, encoding) => {
    const decoded = decodeSeed(input);
    expect(decoded).toEqual({ text: ARABIC, encoding, warnings: [] });
  });

  it.each(['windows-1256', 'ISO-8859-6'])('detects %s, converts it and warns', (encoding) => {
    // These code pages have no Arabic-Indic digits: their writers used 0-9.
    const text = ARABIC.replace('٣٠٠', '300');
    const decoded = decodeSeed(iconv.encode(text, encoding));
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.warnings).toEqual([expect.stringMatching(new RegExp(`^legacy-encoding: .*${encoding}`))]);
  });

  it.each(['windows-1256', 'ISO-8859-6'])('reads a one-line %s seed too short for the detector, choosing the right code page', (encoding) => {
    // ف, ق and ك sit at different bytes in the two code pages: the wrong reading shows Latin letters or gaps.
    const text = 'فقدان كتاب قديم في المكتبة';
    const decoded = decodeSeed(iconv.encode(text, encoding));
    expect([decoded.text, decoded.encoding]).toEqual([text, encoding]);
  });

  it('keeps a mostly-UTF-8 file as UTF-8, showing a broken byte as U+FFFD with a warning', () => {
    // A stray Windows-1256 byte (ا) before the first line break, and a character cut at the end.
    const encoded = utf8(ARABIC);
    const newline = encoded.indexOf(0x0a);
    const input = bytes(encoded.subarray(0, newline), [0xc7], encoded.subarray(newline), [0xd8]);
    const decoded = decodeSeed(input);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.replace(/\uFFFD/g, '')).toBe(ARABIC);
    expect(decoded.warnings).toEqual(['invalid-utf8: 2 byte(s) that are not UTF-8 shown as U+FFFD']);
  });

  it.each<[string, Uint8Array, string]>([
    ['an empty file', new Uint8Array(), 'empty'],
    ['NUL bytes (UTF-16 without a BOM)', iconv.encode(ARABIC, 'utf-16le'), 'binary'],
    ['a PNG header', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary'],
    ['control bytes without NUL', bytes(Array.from({ length: 200 }, (_, i) => 1 + (i % 30))), 'binary'],
    ['a Latin-1 French text', iconv.encode('Le ministère a annoncé hier la création d’un comité chargé de réviser les règles électorales.', 'latin1'), 'encoding'],
    ['a UTF-8 BOM before invalid bytes', bytes([0xef, 0xbb, 0xbf], iconv.encode(ARABIC, 'windows-1256')), 'encoding'],
    ['a Hebrew ISO-8859-8 text', iconv.encode('הממשלה הודיעה היום על תוכנית חדשה לבניית בתי ספר בצפון הארץ', 'ISO-8859-8'), 'encoding'],
    ['random bytes without NUL', bytes(Array.from({ length: 512 }, (_, i) => 1 + ((i * 7919) % 255))), 'binary'],
    ['random high bytes', bytes(Array.from({ length: 64 }, (_, i) => 0x80 + ((i * 37) % 128))), 'encoding'],
  ])('refuses %s', (_, input, expected) => {
    expect(code(input)).toBe(expected);
  });
});

describe('utf8Shape', () => {
  it.each<[string, number[], { valid: number; invalid: number }]>([
    ['ASCII', [0x61, 0x62], { valid: 0, invalid: 0 }],
    ['two-byte Arabic letter', [0xd8, 0xa7], { valid: 2, invalid: 0 }],
    ['an overlong slash', [0xc0, 0xaf], { valid: 0, invalid: 2 }],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], { valid: 0, invalid: 3 }],
    ['a cut three-byte sequence', [0xe2, 0x80], { valid: 0, invalid: 2 }],
    ['a four-byte emoji', [0xf0, 0x9f, 0x98, 0x80], { valid: 4, invalid: 0 }],
  ])('counts %s', (_, input, expected) => {
    expect(utf8Shape(Uint8Array.from(input))).toEqual(expected);
  });
});

describe('decodeSeed on well-formed UTF-8', () => {
  // Arabic text around each byte sequence, so every file is mostly valid UTF-8.
  const around = (bytes: number[]) => new Uint8Array([...new TextEncoder().encode('نص عربي قصير '.repeat(20)), ...bytes, 0x0a]);
  it.each([
    ['two-byte', [0xd8, 0xa7]],
    ['three-byte, lowest after E0', [0xe0, 0xa0, 0x80]],
    ['three-byte, highest before surrogates', [0xed, 0x9f, 0xbf]],
    ['four-byte, lowest and highest', [0xf0, 0x90, 0x80, 0x80, 0xf4, 0x8f, 0xbf, 0xbf]],
    ['overlong two-byte', [0xc0, 0x80]],
    ['overlong three-byte', [0xe0, 0x80, 0x80]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['F5 lead byte', [0xf5, 0x80, 0x80, 0x80]],
    ['lone continuation byte', [0x80]],
    ['cut sequence', [0xe2, 0x82]],
  ])('reads %s as the byte count says', (_case, sequence) => {
    const bytes = around(sequence);
    const decoded = decodeSeed(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(new TextDecoder('utf-8').decode(bytes));
    const { invalid } = utf8Shape(bytes);
    expect(decoded.warnings).toEqual(invalid === 0 ? [] : [`invalid-utf8: ${invalid} byte(s) that are not UTF-8 shown as U+FFFD`]);
  });
});
