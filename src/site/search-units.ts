// The search index is written in parts ("units"), one per year of articles, or one per
// month in a year too large for one part, or per half month, or per day, and a day still
// too large is cut into parts; the search page merges them when it loads.
// A new seed changes one unit: the build indexes that part again and keeps the others. The
// unit of an article depends only on the catalogue, so any build of the same seeds, whole
// or in shards, splits the index the same way.
import type { CatalogEntry } from './catalog.js';

/**
 * A unit holds at most this many articles. Pagefind holds about 0.4 MB a page while it
 * indexes a unit (so about 400 MB), and ranks within each unit: smaller units rank worse
 * across the merged index and cost a first query more bytes (measured on the corpus with
 * 500: exact-query MRR 0.80 instead of 0.89, 582 KiB instead of 204 KiB).
 */
export const UNIT_MAX_ARTICLES = 1000;
/** The unit of articles without a date (none once the build has given added dates). */
const NO_DATE_UNIT = 'undated';

export interface SearchUnit {
  /**
   * Folder name under the index folder: `2018`, `2018-03`, `2018-03-h2` (the half from the
   * 16th), `2018-03-05`, `2018-03-05-p2` (a day's second part), or `undated`.
   */
  name: string;
  /** The ids of the unit's articles, in catalogue order (a day's parts: by id). */
  ids: string[];
}

/** Ever smaller spans of dates (`YYYY-MM-DD`): an article goes in the first whose unit is small enough. */
const SPANS: ReadonlyArray<(date: string) => string> = [
  (date) => date.slice(0, 4),
  (date) => date.slice(0, 7),
  (date) => `${date.slice(0, 7)}-h${date.slice(8, 10) < '16' ? 1 : 2}`,
  (date) => date.slice(0, 10),
];

function countBy<T>(items: ReadonlyArray<T>, key: (item: T) => string): Map<string, number> {
  const counted = new Map<string, number>();
  for (const item of items) counted.set(key(item), (counted.get(key(item)) ?? 0) + 1);
  return counted;
}

export function searchUnits(catalog: ReadonlyArray<Pick<CatalogEntry, 'id' | 'date'>>, max = UNIT_MAX_ARTICLES): SearchUnit[] {
  const dates = catalog.flatMap((entry) => (entry.date ? [entry.date] : []));
  const perSpan = SPANS.map((span) => countBy(dates, span));
  const unitOf = (date: string | null) => {
    if (!date) return NO_DATE_UNIT;
    let level = 0;
    while (level < SPANS.length - 1 && perSpan[level]!.get(SPANS[level]!(date))! > max) level++;
    return SPANS[level]!(date);
  };
  const units = new Map<string, string[]>();
  for (const entry of catalog) {
    const name = unitOf(entry.date);
    const ids = units.get(name) ?? [];
    ids.push(entry.id);
    units.set(name, ids);
  }
  return [...units].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([name, ids]) => partsOf(name, ids, max));
}

/** A day (or the undated) still over the limit: parts of its articles taken by id, so any order of the catalogue cuts them alike. */
function partsOf(name: string, ids: string[], max: number): SearchUnit[] {
  if (ids.length <= max) return [{ name, ids }];
  const sorted = [...ids].sort();
  const count = Math.ceil(sorted.length / max);
  const size = Math.ceil(sorted.length / count);
  return Array.from({ length: count }, (_, i) => ({ name: `${name}-p${i + 1}`, ids: sorted.slice(i * size, (i + 1) * size) }));
}
