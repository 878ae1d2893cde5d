// The search index is written in parts ("units"), one per year of articles, or one per
// month in a year too large for one part, and the search page merges them when it loads.
// A new seed changes one unit: the build indexes that part again and keeps the others. The
// unit of an article depends only on the catalogue, so any build of the same seeds, whole
// or in shards, splits the index the same way.
import type { CatalogEntry } from './catalog.js';

/** A year with more articles than this is indexed month by month. */
export const UNIT_MAX_ARTICLES = 1000;
/** The unit of articles without a date (none once the build has given added dates). */
const NO_DATE_UNIT = 'undated';

export interface SearchUnit {
  /** Folder name under the index folder: `2018`, `2018-03`, or `undated`. */
  name: string;
  /** The ids of the unit's articles, in catalogue order. */
  ids: string[];
}

const yearOf = (entry: Pick<CatalogEntry, 'date'>) => entry.date?.slice(0, 4) ?? NO_DATE_UNIT;

/** The units of a catalogue, by name (so oldest year first). */
export function searchUnits(catalog: ReadonlyArray<Pick<CatalogEntry, 'id' | 'date'>>, max = UNIT_MAX_ARTICLES): SearchUnit[] {
  const perYear = new Map<string, number>();
  for (const entry of catalog) perYear.set(yearOf(entry), (perYear.get(yearOf(entry)) ?? 0) + 1);
  const units = new Map<string, string[]>();
  for (const entry of catalog) {
    const year = yearOf(entry);
    const name = entry.date && perYear.get(year)! > max ? entry.date.slice(0, 7) : year;
    const ids = units.get(name) ?? [];
    ids.push(entry.id);
    units.set(name, ids);
  }
  return [...units].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, ids]) => ({ name, ids }));
}
