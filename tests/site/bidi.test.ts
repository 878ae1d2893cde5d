import { describe, expect, it } from 'vitest';
import { bidiSegments, isolateBidiHtml } from '../../src/site/bidi.js';

/** The isolated runs of `text`, in order. */
const runs = (text: string, dir: 'rtl' | 'ltr' = 'rtl') =>
  bidiSegments(text, dir).filter((s) => s.isolate).map((s) => s.text);

describe('bidiSegments in right-to-left text', () => {
  it.each([
    ['acronym in brackets', 'جامعة نايف (NAUSS) ومع', ['NAUSS']],
    ['list with Arabic commas', 'بحضور NAUSS، USAP، IACP اليوم', ['NAUSS', 'USAP', 'IACP']],
    ['Latin phrase with inner punctuation', 'شركة Open AI, Inc. أعلنت', ['Open AI, Inc']],
    ['hyphenated name with digits', 'فيروس COVID-19 انتشر', ['COVID-19']],
    ['sentence-final stop stays outside', 'وقعت مع USAP.', ['USAP']],
    ['Western digits', 'منذ سنة 2002 من', ['2002']],
    ['number with separators', 'على الساعة 10:30 صباحا', ['10:30']],
    ['percent and plus', 'نسبة 50% بلغة C++ اليوم', ['50%', 'C++']],
    ['Latin with accents (French)', 'صحيفة Le Monde diplomatique و Télérama', ['Le Monde diplomatique', 'Télérama']],
    ['Arabic-Indic digits are Arabic, not isolated', 'سنة ٢٠٢٣ و۱۴۰۲', []],
    ['hamza, tatweel, ZWNJ and Persian letters untouched', 'أإآؤئ ة ه ى ي ـــ \u200c ی ک', []],
    ['bidi marks are not part of a run', '\u200fNAUSS\u200f', ['NAUSS']],
    ['email and domain stay one run', 'راسلونا على info@example.org اليوم', ['info@example.org']],
  ])('%s', (_name, text, expected) => {
    expect(runs(text)).toEqual(expected);
  });

  it('keeps every character, in order', () => {
    const text = 'جامعة (NAUSS) و(USAP) سنة 2023، 50%.';
    expect(bidiSegments(text, 'rtl').map((s) => s.text).join('')).toBe(text);
  });
});

describe('bidiSegments in left-to-right text', () => {
  it('isolates Arabic runs and names them Arabic', () => {
    const segments = bidiSegments('Le ministre عبد اللطيف الحموشي (DGSN) a dit', 'ltr');
    expect(segments.filter((s) => s.isolate)).toEqual([
      { text: 'عبد اللطيف الحموشي', isolate: { dir: 'rtl', lang: 'ar' } },
    ]);
  });

  it('leaves Latin text alone', () => {
    expect(runs('The 2023 report (NAUSS).', 'ltr')).toEqual([]);
  });
});

describe('isolateBidiHtml', () => {
  it('wraps runs in bdi with a direction', () => {
    expect(isolateBidiHtml('جامعة (NAUSS) اليوم', 'rtl')).toBe('جامعة (<bdi dir="ltr">NAUSS</bdi>) اليوم');
  });

  it('escapes markup in seed text, inside and outside runs', () => {
    const html = isolateBidiHtml('نص <script>alert("x")</script> & \'AT&T\' {{ x }}', 'rtl');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;<bdi dir="ltr">script</bdi>&gt;');
    expect(html).toContain('<bdi dir="ltr">AT&amp;T</bdi>');
    expect(html).toContain('{{ <bdi dir="ltr">x</bdi> }}');
  });
});
