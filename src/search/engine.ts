// The search the page runs, written against Pagefind's JS API so the eval can run the
// very same code in Node against a built index. `plain` is Pagefind as it comes;
// `arabic` looks up every query word by its keys and merges the results.
import { queryTerms, surfaceFormsOf } from './variants.js';

/** The parts of Pagefind's JS API (pagefind.js in the built bundle) this code uses. */
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface SearchOptions {
  filters?: Record<string, string | string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}
export interface Pagefind {
  search(term: string | null, options?: SearchOptions): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * `plain`: Pagefind as it comes. `arabic`: the page's search, each word looked up as typed
 * and by its key tokens. `forms`: the measured alternative, each word looked up in the
 * printed forms it may take, against an index without keys.
 */
export type Mode = 'plain' | 'arabic' | 'forms';

export interface Query {
  text: string;
  /** Filter values chosen, e.g. `{ year: ['2018'] }`. */
  filters?: Record<string, string[]>;
  /** Newest first instead of best match first. */
  byDate?: boolean;
}

/** The sort key every article carries in `data-pagefind-sort`. */
export const DATE_SORT = 'date';

async function run(pagefind: Pagefind, term: string | null, options: SearchOptions): Promise<PagefindResult[]> {
  return (await pagefind.search(term, options))?.results ?? [];
}

interface Merged {
  result: PagefindResult;
  /** How many query words this page matched. */
  matched: number;
  /** How many of them by a key, i.e. as the same word in another form, not a stem. */
  exact: number;
  score: number;
}

/**
 * Pages matching the most query words first, then those matching them as words rather than
 * as Pagefind stems (which join خدمي to every خدمة), then by summed score; ties by id.
 */
function byMatch(a: Merged, b: Merged): number {
  return b.matched - a.matched || b.exact - a.exact || b.score - a.score
    || (a.result.id < b.result.id ? -1 : a.result.id > b.result.id ? 1 : 0);
}

async function arabicSearch(pagefind: Pagefind, text: string, options: SearchOptions, mode: Mode): Promise<PagefindResult[]> {
  const merged = new Map<string, Merged>();
  for (const term of queryTerms(text)) {
    // The word as typed keeps Pagefind's own stemming and term counts; keys add the other forms.
    const lookups = mode === 'forms' ? surfaceFormsOf(term.word) : term.lookups;
    const found = await Promise.all(lookups.map((lookup) => run(pagefind, lookup, options)));
    const best = new Map<string, { result: PagefindResult; exact: boolean }>();
    found.forEach((results, i) => {
      // Typed-out forms are stemmed like the word itself: only key tokens are exact.
      const byKey = mode === 'arabic' && lookups[i] !== term.word;
      for (const result of results) {
        const seen = best.get(result.id);
        if (!seen) best.set(result.id, { result, exact: byKey });
        else {
          seen.exact ||= byKey;
          if (result.score > seen.result.score) seen.result = result;
        }
      }
    });
    for (const [id, { result, exact }] of best) {
      const entry = merged.get(id) ?? { result, matched: 0, exact: 0, score: 0 };
      entry.matched += 1;
      entry.exact += exact ? 1 : 0;
      entry.score += result.score;
      merged.set(id, entry);
    }
  }
  return [...merged.values()].sort(byMatch).map((m) => m.result);
}

/** Results best first (or newest first), each with Pagefind's lazy `data()`. */
export async function search(pagefind: Pagefind, query: Query, mode: Mode = 'arabic'): Promise<PagefindResult[]> {
  const options: SearchOptions = query.filters && Object.keys(query.filters).length ? { filters: query.filters } : {};
  const text = query.text.trim();
  if (!text) {
    // No words: browse what the filters select, newest first.
    return Object.keys(options).length ? run(pagefind, null, { ...options, sort: { [DATE_SORT]: 'desc' } }) : [];
  }
  if (mode === 'plain') return run(pagefind, text, query.byDate ? { ...options, sort: { [DATE_SORT]: 'desc' } } : options);
  const results = await arabicSearch(pagefind, text, options, mode);
  if (!query.byDate) return results;
  // Pagefind orders a word-less search by the sort key without fetching any page.
  const newest = await run(pagefind, null, { ...options, sort: { [DATE_SORT]: 'desc' } });
  const rank = new Map(newest.map((r, i) => [r.id, i]));
  const last = newest.length;
  return [...results].sort((a, b) => (rank.get(a.id) ?? last) - (rank.get(b.id) ?? last));
}
