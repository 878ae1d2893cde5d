import { describe, expect, it } from 'vitest';
import {
  attributionToColon, cutAtWord, DANGLING_WORDS, dropDanglingWords, dropTimeWords, headlineFromLead,
  latinHeadline, looksLikeVerb, TITLE_MAX_CHARS,
} from '../../../src/ingest/steps/derive-title.js';
import { normalizeArabic } from '../../../src/text/arabic.js';

describe('dropTimeWords', () => {
  it.each([
    ['افتتح الوزير الاثنين المعرض', 'افتتح الوزير المعرض'],
    // Commas that set the day apart go with it.
    ['افتتح الوزير، الإثنين، المعرض', 'افتتح الوزير المعرض'],
    ['افتتح الوزير اليوم الثلاثاء المعرض', 'افتتح الوزير المعرض'],
    ['افتتح الوزير مساء أمس المعرض', 'افتتح الوزير المعرض'],
    ['افتتح الوزير يوم الخميس الماضي المعرض', 'افتتح الوزير المعرض'],
    ['أعلن الوزير في بيان صحفي الأسبوع الماضي خطة', 'أعلن الوزير خطة'],
    // Calendar dates in Gregorian, Levantine and Maghreb month names, Latin or Arabic-Indic digits.
    ['عقد الحزب ندوة اليوم الخميس 20 أكتوبر 2016 للرد', 'عقد الحزب ندوة للرد'],
    ['وصل الوفد في آذار/مارس الماضي إلى المدينة', 'وصل الوفد إلى المدينة'],
    ['تنطلق الدورة ١٥ جوان ٢٠١٩ بتونس', 'تنطلق الدورة بتونس'],
    // A month name that is not part of a date stays.
    ['مهرجان ماي الثقافي', 'مهرجان ماي الثقافي'],
    // "اليوم" alone is "today's", not a date: "العالم اليوم" stays.
    ['تحديات العالم اليوم', 'تحديات العالم اليوم'],
    // A day name inside a longer word is not a time word.
    ['مسجد الجمعةالكبير', 'مسجد الجمعةالكبير'],
  ])('%s', (text, expected) => {
    expect(dropTimeWords(text)).toBe(expected);
  });
});

describe('attributionToColon', () => {
  it.each([
    ['قال وزير الصحة إن الحملة نجحت', 'وزير الصحة: الحملة نجحت'],
    ['قالت المتحدثة، إن الحملة نجحت', 'المتحدثة: الحملة نجحت'],
    ['أكد المدرب أنه سيبقى مع الفريق', 'المدرب سيبقى مع الفريق'],
    ['اكدت الشركة بأنها ستفتح فرعا', 'الشركة ستفتح فرعا'],
    ['افتتح الوزير المعرض', 'افتتح الوزير المعرض'],
    // "ان" inside a word ("سكان") is not "that".
    ['يرى كثير من سكان المدينة أن المشي مفيد', 'كثير من سكان المدينة: المشي مفيد'],
  ])('%s', (text, expected) => {
    expect(attributionToColon(text)).toBe(expected);
  });
});

describe('dropDanglingWords', () => {
  it.each([
    ['زيارة الوفد إلى', 'زيارة الوفد'],
    ['زيارة الوفد في مدينة فى', 'زيارة الوفد في مدينة'],
    // Folded spellings of a particle still count: shadda, hamza, alef maksura.
    ['اتهمت الوزارة الشركة قائلة إنّ', 'اتهمت الوزارة الشركة'],
    ['خطة الوزارة علي', 'خطة الوزارة'],
    ['خطة الوزارة، «', 'خطة الوزارة'],
  ])('%s', (text, expected) => {
    expect(dropDanglingWords(text)).toBe(expected);
  });

  it('folds every particle it knows', () => {
    for (const word of DANGLING_WORDS) expect(dropDanglingWords(`خطة ${normalizeArabic(word)}`)).toBe('خطة');
  });
});

describe('looksLikeVerb', () => {
  it.each([
    ['أعلنت', true], ['حذر', true], ['استقبل', true],
    ['وزارة', false], ['الحكومة', false], ['المصرية', false], ['في', false], ['NASA', false], ['٢٠١٩', false],
  ])('%s', (word, expected) => {
    expect(looksLikeVerb(word as string)).toBe(expected);
  });
});

describe('headlineFromLead', () => {
  const LEAD =
    'أعلنت وزارة النقل، الأربعاء، عن خطة لتوسيع شبكة القطارات بين المدن الساحلية، وذلك بعد دراسة استمرت عامين.';
  const CONTEXT = [
    'وتشمل خطة القطارات خطوطا جديدة بين المدن الساحلية.',
    'وقالت وزارة النقل إن القطارات ستعمل بالكهرباء.',
    'ويتوقع أن تنتهي خطة توسيع الشبكة في خمس سنوات.',
  ].join('\n');

  it('keeps the news, drops the day and the clause that follows', () => {
    expect(headlineFromLead(LEAD, CONTEXT)).toBe('أعلنت وزارة النقل عن خطة لتوسيع شبكة القطارات بين المدن الساحلية');
  });

  it('keeps an apposition-free core clause when nothing is repeated', () => {
    expect(headlineFromLead('حذر سامي الأحمد، رئيس نادي الأفق، من أزمة مالية في النادي، وذلك في اجتماع.'))
      .toBe('حذر سامي الأحمد من أزمة مالية في النادي');
  });

  it.each([
    'أعلنت شركة NASA عن إطلاق مسبار جديد لدراسة الشمس، في مهمة تستمر سبع سنوات بحسب بيان الشركة.',
    'قال رئيس الوزراء إن الحكومة ستخفض الضرائب على الشركات الصغيرة بنسبة ١٠٪ ابتداء من العام المقبل.',
    'ارتفعت أسعار الذهب في الأسواق العالمية إلى أعلى مستوى لها منذ ستة أشهر مع تراجع الدولار أمام العملات الرئيسية.',
  ])('fits, and ends on a word that can end a headline: %s', (lead) => {
    const title = headlineFromLead(lead);
    expect(title.length).toBeGreaterThan(0);
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX_CHARS);
    expect(dropDanglingWords(title)).toBe(title);
  });

  it('cuts at a word boundary', () => {
    expect(cutAtWord('كلمة كلمة كلمة', 12)).toBe('كلمة كلمة');
  });
});

describe('latinHeadline', () => {
  it.each([
    ['The city council has opened a new public library in the old town, after two years of work.', 'The city council has opened a new public library in the old town'],
    ["Le conseil municipal a inauguré une bibliothèque dans la vieille ville de la région.", 'Le conseil municipal a inauguré une bibliothèque dans la vieille ville'],
  ])('%s', (lead, expected) => {
    expect(latinHeadline(lead)).toBe(expected);
  });
});
