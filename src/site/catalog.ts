// The catalogue: every article's front matter in reading order, so listing pages never
// open article bodies.
import type { FrontMatter } from '../ingest/serialize.js';

export const CATALOG_FILE = 'catalog.json';
export const ARTICLES_DIR = 'articles';

/** Newest first; undated articles after dated ones; ties broken by id so order is stable. */
export function byNewest(a: FrontMatter, b: FrontMatter): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
