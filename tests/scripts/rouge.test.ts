import { describe, expect, it } from 'vitest';
import { lcsLength, rouge, unigramOverlap } from '../../scripts/lib/rouge.js';

describe('rouge', () => {
  it.each([
    // candidate, reference, ROUGE-1, ROUGE-L
    ['المطر يهطل على المدينة', 'المطر يهطل على المدينة', 1, 1],
    ['قطة سوداء', 'كلب أبيض', 0, 0],
    ['', 'عنوان', 0, 0],
    // Word order matters to ROUGE-L only: reversed, 4 shared words but a common subsequence of 1.
    ['المدينة على يهطل المطر', 'المطر يهطل على المدينة', 1, 0.25],
    // Hamza, teh marbuta, alef maksura, tatweel and diacritics are folded before comparing.
    ['أعلنت الوزارة إلى المستشفى', 'اعلنت الوزاره الي المستشفي', 1, 1],
    ['الوزارةُ تعلـــن', 'الوزاره تعلن', 1, 1],
    // Arabic-Indic and Latin digits are the same number; Latin acronyms are compared case-free.
    ['رفع الفائدة ٢٥ نقطة NATO', 'رفع الفائدة 25 نقطة nato', 1, 1],
    // Half the candidate matches: P = 1/2, R = 1, F1 = 2/3.
    ['زيارة رسمية إلى باريس', 'زيارة باريس', 2 / 3, 2 / 3],
  ])('%s | %s', (candidate, reference, r1, rl) => {
    const score = rouge(candidate, reference);
    expect(score.rouge1).toBeCloseTo(r1, 6);
    expect(score.rougeL).toBeCloseTo(rl, 6);
  });

  it('counts a repeated word only as often as the reference has it', () => {
    expect(unigramOverlap(['في', 'في', 'في'], ['في', 'باريس'])).toBe(1);
  });

  it('finds the longest common subsequence, not a run', () => {
    expect(lcsLength(['أ', 'ب', 'ج', 'د'], ['أ', 'س', 'ج', 'ص', 'د'])).toBe(3);
  });
});
