// Arabic text folded to one form for comparing words: the spelling variants a reader
// or a newsroom may use for the same word become the same string. Every text the ingest
// reads goes through here many times, so each function walks its text once, through a
// table of what each UTF-16 unit becomes, instead of a chain of regex passes.

const DIACRITICS: ReadonlyArray<readonly [number, number]> = [[0x0610, 0x061a], [0x064b, 0x065f], [0x0670, 0x0670], [0x06d6, 0x06ed]];
const TATWEEL = 0x0640;
const INVISIBLE: ReadonlyArray<readonly [number, number]> = [[0x200b, 0x200f], [0x061c, 0x061c], [0x2066, 0x2069], [0x202a, 0x202e]];
const ALEF_FORMS = 'أإآٱ';
/** Single letters written one way: alef forms, ة, ى and the Persian ی/ک. */
const LETTER_FOLDS: ReadonlyArray<readonly [string, string]> = [
  ...[...ALEF_FORMS].map((alef) => [alef, 'ا'] as const), ['ة', 'ه'], ['ى', 'ي'], ['ی', 'ي'], ['ک', 'ك'],
];
const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;
const LATIN_ZERO = 0x30;
const ASCII_UPPER_A = 0x41;
const ASCII_UPPER_Z = 0x5a;
const ASCII_CASE_OFFSET = 0x20;
const UNITS = 0x10000;
const SURROGATES: readonly [number, number] = [0xd800, 0xdfff];

/** Table value: the unit is removed. */
const DROP = -1;
/**
 * Table value: a letter whose lowercase is another string (İ, Σ, astral letters through their
 * surrogates): the folded text is then lowercased whole, as before, for its exact result.
 */
const CASED = -2;

/** Digits of Arabic numbering systems: each to its Latin digit; every other unit itself. */
const DIGIT_FOLD = new Int32Array(UNITS);
/** What `normalizeArabic` makes of each unit after NFC: itself, another unit, DROP or CASED. */
const FOLD = new Int32Array(UNITS);
/** 1 for units that are letters, marks or digits (`\p{L}\p{M}\p{N}`): the units of a token. */
const WORD_UNIT = new Uint8Array(UNITS);
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

for (let unit = 0; unit < UNITS; unit++) {
  DIGIT_FOLD[unit] = unit;
  const surrogate = unit >= SURROGATES[0] && unit <= SURROGATES[1];
  const char = String.fromCharCode(unit);
  // Lowercasing is left to toLowerCase for any letter where it changes something beyond ASCII.
  FOLD[unit] = surrogate || (unit >= 0x80 && char.toLowerCase() !== char) ? CASED : unit;
  WORD_UNIT[unit] = !surrogate && WORD_CHAR.test(char) ? 1 : 0;
}
for (let digit = 0; digit < 10; digit++) {
  for (const zero of [ARABIC_INDIC_ZERO, PERSIAN_ZERO]) DIGIT_FOLD[zero + digit] = FOLD[zero + digit] = LATIN_ZERO + digit;
}
for (let unit = ASCII_UPPER_A; unit <= ASCII_UPPER_Z; unit++) FOLD[unit] = unit + ASCII_CASE_OFFSET;
for (const [first, last] of [...DIACRITICS, ...INVISIBLE, [TATWEEL, TATWEEL] as const]) {
  for (let unit = first; unit <= last; unit++) FOLD[unit] = DROP;
}
for (const [from, to] of LETTER_FOLDS) FOLD[from.charCodeAt(0)] = to.charCodeAt(0);

/** `text` with each unit replaced through `table` (DROP removes it); the same string when nothing changes. */
function mapUnits(text: string, table: Int32Array): { folded: string; cased: boolean } {
  let folded = '';
  let from = 0;
  let cased = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const to = table[unit]!;
    if (to === unit) continue;
    if (to === CASED) {
      cased = true;
      continue;
    }
    // Unchanged runs are copied as slices: most units of a text stay as they are.
    folded += text.slice(from, i);
    if (to !== DROP) folded += String.fromCharCode(to);
    from = i + 1;
  }
  return { folded: from === 0 ? text : folded + text.slice(from), cased };
}

/** Digits of any Arabic numbering system as Latin digits. */
export function latinDigits(text: string): string {
  return mapUnits(text, DIGIT_FOLD).folded;
}

/**
 * Folds hamza forms of alef to ا, ة to ه, ى to ي, Persian ی/ک to ي/ك, removes
 * diacritics, tatweel and invisible marks, and writes digits in Latin.
 */
export function normalizeArabic(text: string): string {
  const { folded, cased } = mapUnits(text.normalize('NFC'), FOLD);
  return cased ? folded.toLowerCase() : folded;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Normalised word tokens of a text: `normalizeArabic(text).match(WORD)`, in one walk when no letter needs full lowercasing. */
export function tokens(text: string): string[] {
  const normal = text.normalize('NFC');
  const words: string[] = [];
  // The word being read: its folded part so far, and where its unfolded rest starts (-1: in no word).
  let word = '';
  let from = -1;
  for (let i = 0; i < normal.length; i++) {
    const unit = normal.charCodeAt(i);
    const to = FOLD[unit]!;
    if (to === CASED) return normalizeArabic(text).match(WORD) ?? [];
    if (to === DROP) {
      // Removed before words are split: the word goes on across it.
      if (from >= 0) {
        word += normal.slice(from, i);
        from = i + 1;
      }
    } else if (WORD_UNIT[to] === 1) {
      if (from < 0) from = i;
      if (to !== unit) {
        word += normal.slice(from, i) + String.fromCharCode(to);
        from = i + 1;
      }
    } else if (from >= 0) {
      words.push(word + normal.slice(from, i));
      word = '';
      from = -1;
    }
  }
  if (from >= 0) words.push(word + normal.slice(from));
  return words;
}
