import { describe, expect, it } from 'vitest';
import { duplicateSettingsFrom, findNearDuplicates, jaccard, minhash, shingles } from '../../src/build/near-duplicates.js';
import { normalizeArabic } from '../../src/text/arabic.js';

// Written for these tests: a story, the same story re-scraped with a fixed typo and a new
// footer, and an unrelated story on a similar subject.
const STORY = [
  'افتتحت وزارة التربية صباح اليوم مدرسة جديدة في الحي الشرقي من المدينة تتسع لستمائة تلميذ',
  'وقال مدير التعليم في كلمة ألقاها أمام الأهالي إن المدرسة بنيت خلال ثمانية عشر شهرا بتمويل من البلدية',
  'وأضاف أن المبنى يضم مختبرا للعلوم ومكتبة وقاعة للرياضة وأن الدراسة ستبدأ فيه مطلع الشهر المقبل',
  'وطالب عدد من أولياء الأمور بتوفير حافلات لنقل التلاميذ من القرى المجاورة التي لا تصلها المواصلات العامة',
  'ووعد المسؤولون بدراسة الطلب مع شركة النقل المحلية قبل بداية العام الدراسي',
].join('\n');
const RESCRAPED = STORY.replace('ألقاها', 'القاها').replace('العامة', 'العامه') + '\nتابعونا على مواقع التواصل';
const OTHER = [
  'أعلنت وزارة الصحة صباح اليوم افتتاح مستوصف جديد في الحي الغربي من المدينة',
  'وقال مدير الصحة إن المستوصف سيستقبل المرضى ابتداء من الأسبوع المقبل وإن طاقمه يضم عشرة أطباء',
].join('\n');

describe('near-duplicates', () => {
  it('finds a re-scraped story with a fixed typo and a new footer', () => {
    const similarity = jaccard(shingles(STORY), shingles(RESCRAPED));
    expect(similarity).toBeGreaterThanOrEqual(0.9);
    expect(findNearDuplicates([STORY, OTHER, RESCRAPED], 0.9)).toEqual([{ index: 2, of: 0, similarity }]);
  });

  it('leaves different stories on the same subject apart', () => {
    expect(jaccard(shingles(STORY), shingles(OTHER))).toBeLessThan(0.2);
    expect(findNearDuplicates([STORY, OTHER], 0.9)).toEqual([]);
  });

  it('matches each later copy to the first kept one, not to another copy', () => {
    const third = RESCRAPED.replace('الرياضة', 'الرياضه');
    expect(findNearDuplicates([STORY, RESCRAPED, third], 0.9).map((d) => [d.index, d.of])).toEqual([[1, 0], [2, 0]]);
  });

  it('gives the same signature on every run: hashes are fixed, not random', () => {
    expect(Array.from(minhash(shingles(STORY)))).toEqual(Array.from(minhash(shingles(STORY))));
    expect(minhash(shingles(STORY))).not.toEqual(minhash(shingles(OTHER)));
  });

  it('reads settings and refuses wrong ones', () => {
    expect(duplicateSettingsFrom(undefined)).toEqual({ mergeNear: true, nearSimilarity: 0.9 });
    expect(duplicateSettingsFrom({ mergeNear: false })).toEqual({ mergeNear: false, nearSimilarity: 0.9 });
    expect(() => duplicateSettingsFrom({ mergeNear: 'no' })).toThrow(/mergeNear/);
    expect(() => duplicateSettingsFrom({ nearSimilarity: 2 })).toThrow(/nearSimilarity/);
  });
});

describe('shingles', () => {
  // The hash of the joined words, as it was first computed: a shingle is the three words joined by a space.
  const referenceFnv1a = (text: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const referenceShingles = (text: string) => {
    const words = normalizeArabic(text).split(/\s+/u).filter(Boolean);
    if (words.length < 3) return words.length > 0 ? [referenceFnv1a(words.join(' '))] : [];
    return [...new Set(words.slice(2).map((_, i) => referenceFnv1a(words.slice(i, i + 3).join(' '))))];
  };

  it.each([
    ['a story', STORY],
    ['one word', 'كلمة'],
    ['two words', 'كلمة\u0640 أخرى'],
    ['symbols and Latin', '— « NATO » ٢٠٢٤ İstanbul 😀 …'],
    ['repeated words', 'نعم نعم نعم نعم لا نعم نعم'],
    ['empty', '  \n '],
  ])('hashes each run of three words as the words joined: %s', (_case, text) => {
    expect([...shingles(text)]).toEqual(referenceShingles(text));
  });
});
