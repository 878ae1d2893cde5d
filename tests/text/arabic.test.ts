import { describe, expect, it } from 'vitest';
import { latinDigits, normalizeArabic, tokens } from '../../src/text/arabic.js';

describe('normalizeArabic', () => {
  it.each([
    ['hamza above', 'أحمد', 'احمد'],
    ['hamza below', 'إسلام', 'اسلام'],
    ['madda', 'آمال', 'امال'],
    ['wasla', 'ٱلله', 'الله'],
    ['teh marbuta', 'مدرسة', 'مدرسه'],
    ['alef maksura', 'مستشفى', 'مستشفي'],
    ['tatweel', 'الـــوزير', 'الوزير'],
    ['diacritics', 'مُحَمَّدٌ', 'محمد'],
    ['ZWNJ and bidi marks', 'ال\u200Cوزير\u200F', 'الوزير'],
    ['Persian yeh and keheh', 'کتابی', 'كتابي'],
    ['Arabic-Indic digits', '٢٠٢٤', '2024'],
    ['Persian digits', '۱۴۰۳', '1403'],
    ['Latin acronym kept, lowercased', 'منظمة (NATO)', 'منظمه (nato)'],
  ])('%s', (_case, input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });

  it('leaves Latin digits alone', () => {
    expect(latinDigits('سنة 2023 و٢٠٢٤')).toBe('سنة 2023 و2024');
  });

  it('splits words and drops punctuation', () => {
    expect(tokens('قال الوزيرُ: «الاقتصاد، بخير».')).toEqual(['قال', 'الوزير', 'الاقتصاد', 'بخير']);
  });
});
