// `normalizeArabic` for the search page's script: the same folding as ./arabic.ts, as a chain
// of regex passes. The browser folds only the few words of a query, and this way it builds
// no 64K-entry tables when the page loads. tests/text/arabic-one-pass.test.ts checks that
// both give the same string for every UTF-16 unit, so the keys indexed and searched agree.

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const ALEF_FORMS = /[أإآٱ]/g;
const TEH_MARBUTA = /ة/g;
const ALEF_MAKSURA = /ى/g;
const PERSIAN_YEH = /ی/g;
const PERSIAN_KEHEH = /ک/g;
const INVISIBLE = /[\u200B-\u200F\u061C\u2066-\u2069\u202A-\u202E]/g;
const ARABIC_INDIC_DIGITS = /[٠-٩]/g;
const PERSIAN_DIGITS = /[۰-۹]/g;

/** Digits of any Arabic numbering system as Latin digits. */
export function latinDigits(text: string): string {
  return text
    .replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(PERSIAN_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/**
 * Folds hamza forms of alef to ا, ة to ه, ى to ي, Persian ی/ک to ي/ك, removes
 * diacritics, tatweel and invisible marks, and writes digits in Latin.
 */
export function normalizeArabic(text: string): string {
  return latinDigits(
    text
      .normalize('NFC')
      .replace(INVISIBLE, '')
      .replace(DIACRITICS, '')
      .replace(TATWEEL, '')
      .replace(ALEF_FORMS, 'ا')
      .replace(TEH_MARBUTA, 'ه')
      .replace(ALEF_MAKSURA, 'ي')
      .replace(PERSIAN_YEH, 'ي')
      .replace(PERSIAN_KEHEH, 'ك'),
  ).toLowerCase();
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Normalised word tokens of a text. */
export function tokens(text: string): string[] {
  return normalizeArabic(text).match(WORD) ?? [];
}
