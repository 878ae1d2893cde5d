// The search index is written in parts ("units"), one per year of articles, or one per
// month in a year too large for one part, or one per half month in a month still too
// large, and the search page merges them when it loads.
// A new seed changes one unit: the build indexes that part again and keeps the others. The
// unit of an article depends only on the catalogue, so any build of the same seeds, whole
// or in shards, splits the index the same way.
import type { CatalogEntry } from './catalog.js';

/** A year (or month) with more articles than this is indexed month by month (half month by half month). */
export const UNIT_MAX_ARTICLES = 1000;
/** The unit of articles without a date (none once the build has given added dates). */
const NO_DATE_UNIT = 'undated';

export interface SearchUnit {
  /** Folder name under the index folder: `2018`, `2018-03`, `2018-03-16` (from the 16th), or `undated`. */
  name: string;
  /** The ids of the unit's articles, in catalogue order. */
  ids: string[];
}

const yearOf = (entry: Pick<CatalogEntry, 'date'>) => entry.date?.slice(0, 4) ?? NO_DATE_UNIT;

/** The units of a catalogue, by name (so oldest year first). */
const monthOf = (entry: Pick<CatalogEntry, 'date'>) => entry.date?.slice(0, 7) ?? NO_DATE_UNIT;
/** The half month of a date: from the 1st or from the 16th. */
const halfOf = (date: string) => `${date.slice(0, 7)}-${date.slice(8, 10) < '16' ? '01' : '16'}`;

function counts(catalog: ReadonlyArray<Pick<CatalogEntry, 'date'>>, key: (entry: Pick<CatalogEntry, 'date'>) => string): Map<string, number> {
  const counted = new Map<string, number>();
  for (const entry of catalog) counted.set(key(entry), (counted.get(key(entry)) ?? 0) + 1);
  return counted;
}

export function searchUnits(catalog: ReadonlyArray<Pick<CatalogEntry, 'id' | 'date'>>, max = UNIT_MAX_ARTICLES): SearchUnit[] {
  const perYear = counts(catalog, yearOf);
  const perMonth = counts(catalog, monthOf);
  const units = new Map<string, string[]>();
  const unitOf = (entry: Pick<CatalogEntry, 'date'>) => {
    if (!entry.date || perYear.get(yearOf(entry))! <= max) return yearOf(entry);
    return perMonth.get(monthOf(entry))! <= max ? monthOf(entry) : halfOf(entry.date);
  };
  for (const entry of catalog) {
    const name = unitOf(entry);
    const ids = units.get(name) ?? [];
    ids.push(entry.id);
    units.set(name, ids);
  }
  return [...units].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, ids]) => ({ name, ids }));
}
