// The one-walk text primitives give exactly what the chain of regex passes they replaced
// gave: that chain lives on as the search page's folding (src/text/arabic-browser.ts), the
// reference here, so the keys the build indexes and the keys a query looks up agree.
import { describe, expect, it } from 'vitest';
import { latinDigits, normalizeArabic, tokens } from '../../src/text/arabic.js';
import * as browser from '../../src/text/arabic-browser.js';

// The reference: the search page's folding is the regex chain the build used before, as it was.
const reference = browser;

const CASES: Array<[string, string]> = [
  ['empty', ''],
  ['plain Arabic, nothing to fold', 'قال الوزير إن الاقتصاد بخير'],
  ['hamza forms of alef', 'أحمد إسلام آمال ٱلله'],
  ['hamza on waw and yeh, lone hamza (kept)', 'مؤتمر سئل شيء ء'],
  ['teh marbuta and heh', 'مدرسة مدرسه'],
  ['alef maksura and yeh', 'مستشفى مستشفي على'],
  ['tatweel inside and around words', 'الـــوزير ـ ـالوزيرـ'],
  ['every diacritic range', 'مُحَمَّدٌ \u0610\u061A \u064B\u065F \u0670ب \u06D6\u06EDك'],
  ['diacritics alone between words', 'كتب \u064E\u0651 قرأ'],
  ['ZWNJ and ZWJ inside words', 'ال\u200Cوزير می\u200Dخواهم'],
  ['bidi marks U+200E/U+200F/U+061C', '\u200Eالوزير\u200F قال\u061C اليوم'],
  ['isolates and embeddings U+2066-2069, U+202A-202E', '\u2066قال\u2069 \u2067a\u2068b\u202A\u202B\u202C\u202D\u202Eج'],
  ['zero-width space joins, ordinary space splits', 'كلمة\u200Bأخرى كلمة'],
  ['Arabic-Indic digits', '٢٠٢٤ ٠١٢٣٤٥٦٧٨٩'],
  ['Persian digits', '۱۴۰۳ ۰۱۲۳۴۵۶۷۸۹'],
  ['mixed digits and letters', 'عام٢٠٢٤ و2023 و۱۴۰۳هـ'],
  ['Persian yeh and keheh', 'کتابی یک'],
  ['Latin acronym, uppercase', 'منظمة (NATO) وUN-ESCO'],
  ['dotted capital I lowercases to two units', 'İSTANBUL İstanbul'],
  ['sharp s and its capital', 'Straße STRASSE ẞ'],
  ['Greek final sigma depends on context', 'ΟΔΟΣ Σ ΑΣ.'],
  ['accented Latin, upper and lower', 'Élysée ÉLYSÉE déjà'],
  ['combining marks on Latin', 'e\u0301te\u0301 E\u0301'],
  ['non-NFC Arabic: alef and madda as two units', 'ا\u0653مال ا\u0654حمد ا\u0655سلام'],
  ['non-NFC: yeh and hamza above, waw and hamza above', 'ي\u0654 و\u0654'],
  ['presentation forms (left as they are)', 'ﻻ ﷲ ﺍﻟﻠﻪ'],
  ['astral letters and symbols', '𝐀𝐁 𐐀𐐨 😀 كلمة'],
  ['lone surrogates', '\uD800a \uDC00ب'],
  ['punctuation only', '«»،؛؟ — … "()"'],
  ['Arabic punctuation between words', 'قال:«الاقتصاد،بخير».'],
  ['newlines and tabs', 'سطر\nسطر آخر\tو\r\nثالث'],
  ['marks at the very start and end', '\u064Eكتب\u0651'],
];

describe('one-walk text primitives against the regex chain', () => {
  it.each(CASES)('%s', (_case, input) => {
    expect(normalizeArabic(input)).toBe(reference.normalizeArabic(input));
    expect(latinDigits(input)).toBe(reference.latinDigits(input));
    expect(tokens(input)).toEqual(reference.tokens(input));
  });

  it('agrees on every UTF-16 unit, alone and between Arabic letters', () => {
    const differing: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const char = String.fromCharCode(unit);
      for (const text of [char, `ب${char}ت`, `A${char}`]) {
        const same = normalizeArabic(text) === reference.normalizeArabic(text) && latinDigits(text) === reference.latinDigits(text)
          && tokens(text).join('|') === reference.tokens(text).join('|');
        if (!same) differing.push(unit.toString(16));
      }
    }
    expect(differing).toEqual([]);
  });

  it('returns the text itself when nothing changes', () => {
    const text = 'قال الوزير';
    expect(normalizeArabic(text)).toBe(text);
    expect(latinDigits(text)).toBe(text);
  });
});
