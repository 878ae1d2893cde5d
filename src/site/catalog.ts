// The catalogue: every article's front matter in reading order, so listing pages never
// open article bodies.
import type { FrontMatter } from '../ingest/serialize.js';

export const CATALOG_FILE = 'catalog.json';
export const ARTICLES_DIR = 'articles';

/** What the build works out across the whole archive, stored so pages stay cheap to render. */
export interface ArticleLinks {
  /** The next older article (by date; undated ones by id among themselves). */
  prev: string | null;
  /** The next newer article. */
  next: string | null;
  /** Ids of the most similar articles, most similar first. */
  related: string[];
}

export type CatalogEntry = FrontMatter & ArticleLinks;

/** Newest first; undated articles after dated ones; ties broken by id so order is stable. */
export function byNewest(a: Pick<FrontMatter, 'date' | 'id'>, b: Pick<FrontMatter, 'date' | 'id'>): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
