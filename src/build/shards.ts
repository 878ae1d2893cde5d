// Shards: the site split into parts that separate machines build (`--shard K/N`) and one
// merge joins (`npm run merge`). The parts are the units that also make rebuilds
// incremental: article pages and search index by year (or month, see search-units.ts),
// topic pages by a fixed bucket of their key, and the other listings as one unit. Every
// shard reads the whole catalogue, so all agree which shard owns which unit; pages outside
// the paginated ones (feeds, sitemap, search page, assets) are written by every shard,
// the same bytes each time, and the merge checks they are.
import { createHash } from 'node:crypto';
import { searchUnits, type SearchUnit } from '../site/search-units.js';
import type { CatalogEntry } from '../site/catalog.js';
import { articleUrl } from '../site/urls.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Written into a shard's output: which shard it is and what it was built from. */
export const SHARD_FILE = '.arshif-shard.json';

export interface ShardStamp {
  shard: number;
  of: number;
  /** Hash of the catalogue and of the rendering code and settings: shards to merge must agree. */
  source: string;
}

const SHARD_FORM = /^(\d+)\/(\d+)$/;

/** Reads `K/N` (shard K of N, from 1). */
export function parseShard(text: string): Shard {
  const match = SHARD_FORM.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(count >= 1 && index >= 1 && index <= count)) {
    throw new Error(`--shard ${text}: expected K/N with 1 ≤ K ≤ N, for example --shard 2/4`);
  }
  return { index, count };
}

/** Topic pages are spread over this many units by their key. */
const TOPIC_BUCKETS = 16;
const LISTINGS = 'listings';

function bucketOf(key: string): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) % TOPIC_BUCKETS;
}

/** The unit of a paginated page: its article's search unit, a topic bucket, or the listings. */
function unitOfPage(url: string, articleUnit: Map<string, string>): string {
  const article = articleUnit.get(url);
  if (article) return `articles/${article}`;
  const [first, second] = url.split('/').filter(Boolean);
  if (first === 'topics' && second && second !== 'page') return `topics/${bucketOf(second)}`;
  return LISTINGS;
}

export interface ShardPlan {
  /** The paginated pages this shard renders. */
  pages: Set<string>;
  /** The search index units this shard writes. */
  searchUnits: SearchUnit[];
}

/**
 * Which of `urls` (every paginated page of the site) and which search units shard `shard`
 * builds: units go, largest first, to the shard with the fewest pages so far.
 */
export function planShard(urls: Iterable<string>, catalog: ReadonlyArray<Pick<CatalogEntry, 'id' | 'date'>>, shard: Shard): ShardPlan {
  const units = searchUnits(catalog);
  const articleUnit = new Map(units.flatMap((unit) => unit.ids.map((id) => [articleUrl(id), unit.name] as const)));
  const pagesOf = new Map<string, string[]>();
  for (const url of urls) {
    const unit = unitOfPage(url, articleUnit);
    const list = pagesOf.get(unit) ?? [];
    list.push(url);
    pagesOf.set(unit, list);
  }
  const order = [...pagesOf].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1));
  const load = new Array<number>(shard.count).fill(0);
  const mine = new Set<string>();
  for (const [unit, pages] of order) {
    const lightest = load.indexOf(Math.min(...load));
    load[lightest]! += pages.length;
    if (lightest === shard.index - 1) mine.add(unit);
  }
  return {
    pages: new Set([...pagesOf].filter(([unit]) => mine.has(unit)).flatMap(([, pages]) => pages)),
    searchUnits: units.filter((unit) => mine.has(`articles/${unit.name}`)),
  };
}
