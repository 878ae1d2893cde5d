import { describe, expect, it } from 'vitest';
import { EXCERPT_MAX_CHARS, excerptOf, sentencesOf } from '../../../src/ingest/steps/derive-excerpt.js';

describe('sentencesOf', () => {
  it.each([
    ['ارتفع المؤشر 3.5 نقطة. وتراجع الدولار!', ['ارتفع المؤشر 3.5 نقطة.', 'وتراجع الدولار!']],
    ['هل ينجح الاتفاق؟ يرى خبراء ذلك', ['هل ينجح الاتفاق؟', 'يرى خبراء ذلك']],
    // "U.S." and Arabic-Indic decimals do not end a sentence.
    ['زار وفد من U.S. العاصمة. ثم غادر', ['زار وفد من U.S. العاصمة.', 'ثم غادر']],
    ['بلغ النمو ٣٫٥ بالمئة… وهو الأعلى', ['بلغ النمو ٣٫٥ بالمئة…', 'وهو الأعلى']],
  ])('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('excerptOf', () => {
  it('takes the first two sentences when they fit', () => {
    expect(excerptOf('افتتحت البلدية مكتبة. وتضم ثلاثة آلاف كتاب. وستفتح يوميا.', 45))
      .toBe('افتتحت البلدية مكتبة. وتضم ثلاثة آلاف كتاب.');
  });

  it('cuts a long first sentence at a word boundary with an ellipsis', () => {
    const lead = `${'مدينة '.repeat(50)}كبيرة.`;
    const excerpt = excerptOf(lead);
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_MAX_CHARS);
    expect(excerpt).toMatch(/مدينة…$/u);
  });

  it('keeps tatweel, ZWNJ and Persian letters as written', () => {
    expect(excerptOf('کتاب‌های جدیدة في المعـــرض.')).toBe('کتاب‌های جدیدة في المعـــرض.');
  });
});
