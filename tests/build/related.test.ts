import { describe, expect, it } from 'vitest';
import { contentTerms, dateNeighbours, relatedByContent, relatedByTerms, termCounts } from '../../src/build/related.js';
import { rankRelatedAside } from '../../src/build/related-thread.js';
import { Lexicon } from '../../src/text/lexicon.js';

const doc = (id: string, text: string) => ({ id, text });

describe('contentTerms', () => {
  it('folds spellings and leaves out stop words, numbers and one-letter tokens', () => {
    expect(contentTerms('قال الوزيـر إنّ الأمطار في ٢٠٢٤ و هي غزيرة')).toEqual(['الوزير', 'الامطار', 'غزيره']);
  });
});

describe('relatedByContent', () => {
  const docs = [
    doc('rain1', 'الأمطار الغزيرة تغمر الحقول والفلاحون ينتظرون موسم الحصاد'),
    doc('rain2', 'الامطار غزيرة في الحقول وموسم الحصاد يتأخر بسبب الأمطار'),
    doc('rain3', 'الفلاحون يخشون الجفاف بعد قلة الأمطار هذا الموسم'),
    doc('match1', 'المنتخب يفوز في المباراة ويتأهل إلى نهائي البطولة'),
    doc('match2', 'المدرب يشيد بلاعبي المنتخب بعد الفوز في المباراة'),
    doc('filler', 'قال إن هذا في ذلك على من إلى عن مع'),
  ];
  const related = relatedByContent(docs, 5);

  it('ranks articles on the same subject first, hamza and ة/ه spellings counted as one word', () => {
    expect(related.get('rain1')!.slice(0, 2)).toEqual(['rain2', 'rain3']);
    expect(related.get('match1')![0]).toBe('match2');
  });

  it('never relates an article to itself or through stop words alone', () => {
    for (const [id, list] of related) expect(list).not.toContain(id);
    expect(related.get('filler')).toEqual([]);
    expect([...related.values()].flat()).not.toContain('filler');
  });

  it('relates only articles that share content words', () => {
    expect(related.get('rain1')).not.toContain('match1');
  });

  it('is the same whatever order the articles come in', () => {
    const reversed = relatedByContent([...docs].reverse(), 5);
    for (const { id } of docs) expect(reversed.get(id)).toEqual(related.get(id));
  });

  it('returns at most `count` ids', () => {
    const pool = ['الحصاد', 'الأمطار', 'الحقول', 'الجفاف'];
    const many = Array.from({ length: 12 }, (_, i) => doc(`d${i}`, `${pool[i % 4]} ${pool[(i + 1) % 4]}`));
    expect(relatedByContent(many, 5).get('d0')).toHaveLength(5);
  });
});

describe('dateNeighbours', () => {
  it('links dated articles by date and undated ones among themselves', () => {
    const links = dateNeighbours([
      { id: 'b', date: '2024-02-01' }, { id: 'u2', date: null }, { id: 'a', date: '2024-01-01' },
      { id: 'c', date: '2024-03-01' }, { id: 'u1', date: null },
    ]);
    expect(Object.fromEntries(links)).toEqual({
      c: { prev: 'b', next: null },
      b: { prev: 'a', next: 'c' },
      a: { prev: null, next: 'b' },
      u1: { prev: 'u2', next: null },
      u2: { prev: null, next: 'u1' },
    });
  });
});

describe('termCounts', () => {
  it('numbers distinct terms in first-occurrence order, as numbering every word in turn would', () => {
    const text = 'الاقتصاد يتحسن والاقتصاد ينمو، الاقتصاد والتجارة تتحسن التجارة';
    const lexicon = new Lexicon(['قديمة', 'التجاره']);
    const reference = new Lexicon(['قديمة', 'التجاره']);
    const tf = new Map<number, number>();
    for (const term of contentTerms(text)) {
      const n = reference.number(term);
      tf.set(n, (tf.get(n) ?? 0) + 1);
    }
    const { terms, counts } = termCounts(text, lexicon);
    expect([...terms]).toEqual([...tf.keys()]);
    expect(counts).toEqual([...tf.values()]);
    expect(lexicon.list()).toEqual(reference.list());
  });
});

describe('rankRelatedAside', () => {
  // Enough documents for the thread (2,000), on overlapping subjects so the lists are full.
  const words = ['الأمطار', 'الحقول', 'المنتخب', 'المباراة', 'الانتخابات', 'البرلمان', 'الأسواق', 'النفط', 'المدارس', 'المستشفى', 'الطريق', 'الميناء'];
  const archive = (size: number) => {
    const lexicon = new Lexicon();
    const docs = Array.from({ length: size }, (_, i) => ({
      id: `d${String(i).padStart(4, '0')}`,
      counts: termCounts(Array.from({ length: 12 }, (_, k) => `${words[(i * 7 + k * k) % words.length]} كلمة${(i + k) % 97}`).join(' '), lexicon),
    }));
    return { docs, lexicon };
  };

  it('ranks a large archive on a thread of its own to the very lists ranked here', () => {
    const { docs, lexicon } = archive(2100);
    const fallbacks: string[] = [];
    const wait = rankRelatedAside(docs, lexicon, (why) => fallbacks.push(why));
    const here = relatedByTerms(docs, lexicon);
    const aside = wait();
    expect(fallbacks).toEqual([]);
    expect(aside).toEqual(here);
    expect([...aside.values()].every((list) => list.length === 5)).toBe(true);
  });

  it('gives the same lists when the waiting thread joins the ranking at once', () => {
    const { docs, lexicon } = archive(6000);
    const fallbacks: string[] = [];
    const aside = rankRelatedAside(docs, lexicon, (why) => fallbacks.push(why))();
    expect(fallbacks).toEqual([]);
    expect(aside).toEqual(relatedByTerms(docs, lexicon));
  });
});
