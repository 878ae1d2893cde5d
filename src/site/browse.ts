// Every listing page of the site worked out from the catalogue alone: home, the date
// archive (years, months, undated) and topics. Each page holds at most one page-size of
// items, so pages stay small however large the archive grows.
import type { CatalogEntry } from './catalog.js';
import { formatNumber, monthName, monthYear } from './dates.js';
import { articleCount } from './plural.js';
import type { SiteSettings } from './settings.js';
import {
  ARCHIVE, HOME, hrefOf, monthUrl, pageUrl, TOPICS, topicFeedUrl, topicSlug, topicUrl, UNDATED, yearUrl,
} from './urls.js';

export interface Crumb {
  label: string;
  href: string;
}

/** An item of a list of lists: a year, a month or a topic, with how many articles it holds. */
export interface GroupLink {
  label: string;
  href: string;
  count: number;
  countText: string;
}

export type PageKind = 'home' | 'years' | 'year' | 'month' | 'undated' | 'topics' | 'topic';

export interface ListPage {
  kind: PageKind;
  /** Site path, Arabic as is: where the page is written. */
  url: string;
  /** Heading, with the page number after the first page. */
  title: string;
  description: string;
  /** Articles (kinds home, month, undated, topic) or groups (years, year, topics). */
  entries: CatalogEntry[];
  groups: GroupLink[];
  pageNumber: number;
  pageCount: number;
  prev: string | null;
  next: string | null;
  crumbs: Crumb[];
  /** Newest article date the page lists, for the sitemap. */
  lastmod: string | null;
  /** The topic's Atom feed, on topic pages. */
  feed: string | null;
}

export interface TopicGroup {
  slug: string;
  key: string;
  label: string;
  url: string;
  href: string;
  feedUrl: string;
  entries: CatalogEntry[];
}

export interface Browse {
  homePages: ListPage[];
  archivePages: ListPage[];
  topicPages: ListPage[];
  topics: TopicGroup[];
  /** Site-wide feed items: the newest `feedSize` articles. */
  feedEntries: CatalogEntry[];
  byId: Map<string, CatalogEntry>;
  /** Newest article date in the archive, or null when nothing is dated. */
  newest: string | null;
}

const HOME_CRUMB: Crumb = { label: 'الرئيسية', href: HOME };
const ARCHIVE_CRUMB: Crumb = { label: 'الأرشيف', href: ARCHIVE };
const TOPICS_CRUMB: Crumb = { label: 'المواضيع', href: TOPICS };
export const UNDATED_LABEL = 'مقالات بدون تاريخ';

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks.length ? chunks : [[]];
}

const newestOf = (entries: CatalogEntry[]) => entries.find((e) => e.date !== null)?.date ?? null;

interface ListSpec {
  kind: PageKind;
  base: string;
  heading: string;
  description: string;
  crumbs: Crumb[];
  lastmod: string | null;
  feed?: string | null;
}

/** Splits one list into pages of `site.pageSize`, linked to each other. */
function paginate(spec: ListSpec, items: { entries?: CatalogEntry[]; groups?: GroupLink[] }, site: SiteSettings): ListPage[] {
  const size = Math.max(1, site.pageSize);
  const chunks = items.entries ? chunk(items.entries, size) : chunk(items.groups ?? [], size);
  const pageCount = chunks.length;
  return chunks.map((slice, i) => {
    const n = i + 1;
    const title = n === 1 ? spec.heading : `${spec.heading} · الصفحة ${formatNumber(n, site)}`;
    const pageEntries = items.entries ? (slice as CatalogEntry[]) : [];
    return {
      kind: spec.kind,
      url: pageUrl(spec.base, n),
      title,
      description: spec.description,
      entries: pageEntries,
      groups: items.entries ? [] : (slice as GroupLink[]),
      pageNumber: n,
      pageCount,
      prev: n > 1 ? hrefOf(pageUrl(spec.base, n - 1)) : null,
      next: n < pageCount ? hrefOf(pageUrl(spec.base, n + 1)) : null,
      crumbs: spec.crumbs,
      lastmod: items.entries ? (newestOf(pageEntries) ?? spec.lastmod) : spec.lastmod,
      feed: spec.feed ?? null,
    };
  });
}

function group(label: string, url: string, count: number, site: SiteSettings): GroupLink {
  return { label, href: hrefOf(url), count, countText: articleCount(count, site) };
}

function groupBy<T>(items: T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(item);
  }
  return groups;
}

function archivePages(catalog: CatalogEntry[], site: SiteSettings): ListPage[] {
  const dated = catalog.filter((e) => e.date !== null);
  const undated = catalog.filter((e) => e.date === null);
  // The catalogue is newest first, so years and months come out newest first too.
  const years = groupBy(dated, (e) => e.date!.slice(0, 4));
  const yearGroups = [...years].map(([year, entries]) => group(formatNumber(Number(year), site), yearUrl(year), entries.length, site));
  if (undated.length) yearGroups.push(group(UNDATED_LABEL, UNDATED, undated.length, site));
  const pages = paginate({
    kind: 'years', base: ARCHIVE, heading: 'الأرشيف حسب التاريخ', description: 'كل المقالات مرتبة حسب السنة والشهر.',
    crumbs: [HOME_CRUMB], lastmod: newestOf(catalog),
  }, { groups: yearGroups }, site);

  for (const [year, entries] of years) {
    const yearLabel = formatNumber(Number(year), site);
    const yearCrumbs = [HOME_CRUMB, ARCHIVE_CRUMB];
    const months = groupBy(entries, (e) => e.date!.slice(0, 7));
    const monthGroups = [...months].map(([ym, list]) => group(monthName(Number(ym.slice(5, 7)), site), monthUrl(ym), list.length, site));
    pages.push(...paginate({
      kind: 'year', base: yearUrl(year), heading: `أرشيف سنة ${yearLabel}`, description: `مقالات سنة ${yearLabel} حسب الشهر.`,
      crumbs: yearCrumbs, lastmod: newestOf(entries),
    }, { groups: monthGroups }, site));
    for (const [ym, list] of months) {
      const label = monthYear(ym, site);
      pages.push(...paginate({
        kind: 'month', base: monthUrl(ym), heading: `أرشيف ${label}`, description: `مقالات ${label}.`,
        crumbs: [...yearCrumbs, { label: yearLabel, href: hrefOf(yearUrl(year)) }], lastmod: newestOf(list),
      }, { entries: list }, site));
    }
  }
  if (undated.length) {
    pages.push(...paginate({
      kind: 'undated', base: UNDATED, heading: UNDATED_LABEL,
      description: 'مقالات لم يُعرف تاريخ نشرها ولا تاريخ إضافتها.', crumbs: [HOME_CRUMB, ARCHIVE_CRUMB], lastmod: null,
    }, { entries: undated }, site));
  }
  return pages;
}

/** The most used spelling of a topic; ties go to the first in code-point order. */
function commonestLabel(labels: string[]): string {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0];
}

/** Topics grouped by the URL their key makes, so two spellings of one topic share a page. */
export function topicGroups(catalog: CatalogEntry[]): TopicGroup[] {
  const bySlug = new Map<string, { key: string; labels: string[]; entries: CatalogEntry[] }>();
  for (const entry of catalog) {
    const seen = new Set<string>();
    for (const topic of entry.topics ?? []) {
      const slug = topicSlug(topic.key);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      let found = bySlug.get(slug);
      if (!found) bySlug.set(slug, (found = { key: topic.key, labels: [], entries: [] }));
      found.labels.push(topic.label);
      found.entries.push(entry);
    }
  }
  return [...bySlug]
    .map(([slug, { key, labels, entries }]) => ({
      slug, key, label: commonestLabel(labels), url: topicUrl(slug), href: hrefOf(topicUrl(slug)),
      feedUrl: topicFeedUrl(slug), entries,
    }))
    .sort((a, b) => b.entries.length - a.entries.length || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

function topicPages(topics: TopicGroup[], site: SiteSettings): ListPage[] {
  const pages = paginate({
    kind: 'topics', base: TOPICS, heading: 'المواضيع', description: 'مواضيع الأرشيف مرتبة حسب عدد المقالات.',
    crumbs: [HOME_CRUMB], lastmod: topics.map((t) => newestOf(t.entries)).reduce<string | null>((a, b) => (b && (!a || b > a) ? b : a), null),
  }, { groups: topics.map((t) => group(t.label, t.url, t.entries.length, site)) }, site);
  for (const topic of topics) {
    pages.push(...paginate({
      kind: 'topic', base: topic.url, heading: `موضوع: ${topic.label}`, description: `مقالات عن ${topic.label}.`,
      crumbs: [HOME_CRUMB, TOPICS_CRUMB], lastmod: newestOf(topic.entries), feed: hrefOf(topic.feedUrl),
    }, { entries: topic.entries }, site));
  }
  return pages;
}

export function browseOf(catalog: CatalogEntry[], site: SiteSettings): Browse {
  const topics = topicGroups(catalog);
  return {
    homePages: paginate({
      kind: 'home', base: HOME, heading: 'أحدث المقالات', description: site.description, crumbs: [], lastmod: null,
    }, { entries: catalog }, site),
    archivePages: archivePages(catalog, site),
    topicPages: topicPages(topics, site),
    topics,
    feedEntries: catalog.slice(0, site.feedSize),
    byId: new Map(catalog.map((e) => [e.id, e])),
    newest: newestOf(catalog),
  };
}

/** Breadcrumbs of an article page: home › year › month, or home › undated. */
export function articleCrumbs(entry: Pick<CatalogEntry, 'date'>, site: SiteSettings): Crumb[] {
  if (!entry.date) return [HOME_CRUMB, { label: UNDATED_LABEL, href: hrefOf(UNDATED) }];
  const year = entry.date.slice(0, 4);
  return [
    HOME_CRUMB,
    { label: formatNumber(Number(year), site), href: hrefOf(yearUrl(year)) },
    { label: monthName(Number(entry.date.slice(5, 7)), site), href: hrefOf(monthUrl(entry.date)) },
  ];
}
