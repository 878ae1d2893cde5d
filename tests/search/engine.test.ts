import { describe, expect, it } from 'vitest';
import { search, type Pagefind, type PagefindResult, type SearchOptions } from '../../src/search/engine.js';
import { keyToken } from '../../src/search/variants.js';

/** A stand-in for Pagefind: each lookup string maps to pages with scores; records calls. */
function fakePagefind(index: Record<string, [string, number][]>, newest: string[] = []) {
  const calls: [string | null, SearchOptions | undefined][] = [];
  const result = (id: string, score: number): PagefindResult => ({
    id, score, data: async () => ({ url: `/${id}/`, content: '', excerpt: '', meta: {} }),
  });
  const pagefind: Pagefind = {
    async search(term, options) {
      calls.push([term, options]);
      if (term === null) return { results: newest.map((id) => result(id, 0)) };
      return { results: (index[term] ?? []).map(([id, score]) => result(id, score)) };
    },
  };
  return { pagefind, calls };
}

const ids = (results: PagefindResult[]) => results.map((r) => r.id);

describe('search', () => {
  it('plain mode asks Pagefind once, as typed', async () => {
    const { pagefind, calls } = fakePagefind({ 'الوزير': [['a', 1]] });
    expect(ids(await search(pagefind, { text: 'الوزير' }, 'plain'))).toEqual(['a']);
    expect(calls).toEqual([['الوزير', {}]]);
  });

  it('finds a page by a key of the word when the typed form misses', async () => {
    const { pagefind } = fakePagefind({ [keyToken('وزير')]: [['a', 1]] });
    expect(ids(await search(pagefind, { text: 'وزير' }))).toEqual(['a']);
  });

  it('ranks a page holding the word above one only sharing its stem, whatever the scores', async () => {
    const { pagefind } = fakePagefind({ 'خدمي': [['stem-only', 9], ['both', 1]], [keyToken('خدمي')]: [['both', 2]] });
    expect(ids(await search(pagefind, { text: 'خدمي' }))).toEqual(['both', 'stem-only']);
  });

  it('ranks pages matching every query word first', async () => {
    const { pagefind } = fakePagefind({
      [keyToken('قمه')]: [['one', 5], ['two', 1]],
      [keyToken('مياه')]: [['two', 1]],
    });
    expect(ids(await search(pagefind, { text: 'القمة المياه' }))).toEqual(['two', 'one']);
  });

  it('passes filters to every lookup and orders by date from a word-less sorted search', async () => {
    const { pagefind, calls } = fakePagefind({ [keyToken('قمه')]: [['old', 5], ['new', 1]] }, ['new', 'other', 'old']);
    const results = await search(pagefind, { text: 'قمة', filters: { year: ['2024'] }, byDate: true });
    expect(ids(results)).toEqual(['new', 'old']);
    expect(calls.every(([, options]) => options?.filters?.year?.[0] === '2024')).toBe(true);
    expect(calls.at(-1)).toEqual([null, { filters: { year: ['2024'] }, sort: { date: 'desc' } }]);
  });

  it('browses by filter alone, newest first, and returns nothing for an empty query', async () => {
    const { pagefind } = fakePagefind({}, ['b', 'a']);
    expect(ids(await search(pagefind, { text: ' ', filters: { topic: ['اقتصاد'] } }))).toEqual(['b', 'a']);
    expect(await search(pagefind, { text: '' })).toEqual([]);
  });
});
