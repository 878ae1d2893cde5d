import { describe, expect, it } from 'vitest';
import { indexKeysOf, keysOf, keyToken, queryTerms } from '../../src/search/variants.js';

/** Two forms meet when the search would look one up by a key the other is indexed under. */
const meet = (typed: string, printed: string) => {
  const indexed = new Set([...indexKeysOf(printed), ...printed.split(' ')]);
  return queryTerms(typed)[0]!.lookups.some((lookup) => indexed.has(lookup));
};

describe('forms a reader types find the form a newsroom printed', () => {
  it.each([
    ['bare word, article printed', 'وزير', 'الوزير'],
    ['article typed, bare printed', 'الوزير', 'وزير'],
    ['ة printed, ه typed', 'وزاره', 'الوزارة'],
    ['ه printed, ة typed', 'خطة', 'خطه'],
    ['summit without ال', 'قمة', 'القمة'],
    ['clitic و on a typed word', 'والقمة', 'قمة'],
    ['clitic ف', 'فالوزير', 'الوزير'],
    ['clitic ب', 'بوزير', 'الوزير'],
    ['clitic ل', 'لوزير', 'الوزير'],
    ['clitic ك', 'كالوزير', 'وزير'],
    ['وال printed', 'وزارة', 'والوزارة'],
    ['بال printed', 'اتفاق', 'بالاتفاق'],
    ['لل printed', 'رئيس', 'للرئيس'],
    ['و before بال', 'اتفاق', 'وبالاتفاق'],
    ['hamza on alef typed bare', 'اعلان', 'الإعلان'],
    ['hamza typed, bare alef printed', 'أمن', 'الامن'],
    ['madda', 'اخر', 'آخر'],
    ['hamzat wasl', 'ٱلاتفاق', 'الاتفاق'],
    ['alef below', 'انتخابات', 'إنتخابات'],
    ['ى typed for ي', 'مستشفى', 'المستشفي'],
    ['ي typed for ى', 'مستشفي', 'مستشفى'],
    ['diacritics typed', 'وَزِيرٌ', 'الوزير'],
    ['diacritics printed', 'وزير', 'الوَزِيرُ'],
    ['tatweel typed', 'وزيـــر', 'الوزير'],
    ['Arabic-Indic digits typed', '٢٠٢٥', 'سنة 2025'],
    ['Latin digits typed', '2025', 'سنة ٢٠٢٥'],
    ['Persian yeh and keheh typed', 'کبیر', 'الكبير'],
    ['zero-width non-joiner typed', 'وز\u200Cير', 'الوزير'],
  ])('%s: %s finds %s', (_case, typed, printed) => {
    expect(meet(typed, printed)).toBe(true);
  });

  it.each([
    ['another word', 'وزير', 'الأمير'],
    ['a longer word is not a key of a shorter one', 'وزيرة', 'زير'],
    ['a stripped clitic leaves at least three letters', 'ولد', 'لد'],
  ])('%s: %s does not find %s', (_case, typed, printed) => {
    expect(meet(typed, printed)).toBe(false);
  });
});

describe('keysOf', () => {
  it.each([
    ['وزير', ['وزير', 'زير']],
    ['الوزارة', ['الوزاره', 'وزاره']],
    ['والوزارة', ['والوزاره', 'وزاره', 'الوزاره']],
    ['للرئيس', ['للرئيس', 'رئيس', 'لرئيس']],
    ['إلى', ['الي']],
    ['في', ['في']],
    ['٢٠٢٥', ['2025']],
    ['NAUSS', []],
    ['من', ['من']],
  ] as [string, string[]][])('%s → %j', (word, keys) => {
    expect(keysOf(word)).toEqual(keys);
  });
});

describe('keyToken', () => {
  it('spells keys in Latin letters so the Arabic stemmer leaves them whole', () => {
    expect(keyToken('خدمي')).toMatch(/^zq[a-z]{4}$/);
    expect(keyToken('ذئب')).toMatch(/^zq[a-z]{5}$/);
    expect(keyToken('خدمي')).not.toBe(keyToken('خدمه'));
  });
  it('keeps numbers as digits', () => {
    expect(keyToken('2025')).toBe('2025');
  });
  it('gives every letter left after folding its own spelling, none the start of another', () => {
    const letters = Array.from({ length: 0x064a - 0x0621 + 1 }, (_, i) => String.fromCharCode(0x0621 + i))
      .filter((c) => !'آأإةىـ'.includes(c));
    const spellings = letters.map((c) => keyToken(c).slice(2));
    expect(spellings.every((s) => /^[a-z]+$/.test(s))).toBe(true);
    for (const a of spellings) for (const b of spellings) if (a !== b) expect(b.startsWith(a)).toBe(false);
  });
});

describe('queryTerms', () => {
  it('splits on punctuation and drops repeats of a folded word', () => {
    expect(queryTerms('الوزير، الوزیر؟ القمة').map((t) => t.word)).toEqual(['الوزير', 'القمة']);
  });
  it('looks a word up as typed and by its key tokens', () => {
    const [term] = queryTerms('بالوزير');
    expect(term!.lookups[0]).toBe('بالوزير');
    expect(term!.lookups).toContain(keyToken('وزير'));
  });
});
