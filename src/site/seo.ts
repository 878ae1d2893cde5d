// What search engines and feed readers read, built as objects from catalogue data and
// serialised in one place, never assembled as strings in templates.
import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import type { Browse } from './browse.js';
import type { CatalogEntry } from './catalog.js';
import { fullUrl, type SiteSettings } from './settings.js';
import { articleUrl, FEED_JSON, HOME } from './urls.js';

/** An ISO day (`yyyy-mm-dd`) as a UTC midnight `Date`. */
export const dayToDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** Day used where a format demands a date and the archive has none. */
export const NO_DATE = '1970-01-01';

// Inside <script> only `<` can end the element early (`</script>`, `<!--`); the line and
// paragraph separators are valid JSON but broke older JavaScript parsers.
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

/** JSON safe to place inside `<script type="application/ld+json">`. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(SCRIPT_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function newsArticle(entry: CatalogEntry, site: SiteSettings): Record<string, unknown> {
  const url = fullUrl(articleUrl(entry.id), site);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: entry.title,
    description: entry.description,
    inLanguage: entry.lang,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    ...(entry.date && entry.dateKind === 'published' ? { datePublished: entry.date } : {}),
    ...(entry.date && entry.dateKind === 'added' ? { dateCreated: entry.date } : {}),
    ...(entry.topics.length ? { keywords: entry.topics.map((t) => t.label) } : {}),
    ...(entry.credit ? { sourceOrganization: { '@type': 'Organization', name: entry.credit } } : {}),
    ...(entry.place ? { locationCreated: { '@type': 'Place', name: entry.place } } : {}),
    wordCount: entry.words,
    publisher: { '@type': 'Organization', name: site.name, url: fullUrl(HOME, site) },
  };
}

/** `ar-MA` → `ar_MA`, the form Open Graph expects. */
export const ogLocale = (locale: string) => locale.replace('-', '_');

/** JSON Feed 1.1 of the given entries, each with its rendered body. */
export function jsonFeed(entries: CatalogEntry[], site: SiteSettings, bodyOf: (id: string) => string): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.name,
    description: site.description,
    home_page_url: fullUrl(HOME, site),
    feed_url: fullUrl(FEED_JSON, site),
    language: site.lang,
    items: entries.map((entry) => ({
      id: fullUrl(articleUrl(entry.id), site),
      url: fullUrl(articleUrl(entry.id), site),
      title: entry.title,
      summary: entry.description,
      content_html: bodyOf(entry.id),
      language: entry.lang,
      ...(entry.date ? { date_published: dateToRfc3339(dayToDate(entry.date)) } : {}),
      ...(entry.topics.length ? { tags: entry.topics.map((t) => t.label) } : {}),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

export interface SitemapEntry {
  loc: string;
  lastmod: string | null;
}

/** A page the sitemap lists: its site path (Arabic as is) and the newest date it shows. */
export interface SitemapPage {
  url: string;
  lastmod: string | null;
}

/**
 * Every HTML page of the site worked out from the catalogue and its listings, never from
 * the pages Eleventy rendered this time: an incremental build renders only changed pages.
 */
/** Site pages made from templates alone, listed in the sitemap beside the catalogue's. */
export const STANDALONE_PAGES = ['/search/'];

export function sitemapPages(browse: Pick<Browse, 'homePages' | 'archivePages' | 'topicPages' | 'byId'>): SitemapPage[] {
  const lists = [...browse.homePages, ...browse.archivePages, ...browse.topicPages];
  return [
    ...lists.map(({ url, lastmod }) => ({ url, lastmod })),
    // Pages that are not made from the catalogue: the search page.
    ...STANDALONE_PAGES.map((url) => ({ url, lastmod: null })),
    ...[...browse.byId.values()].map((entry) => ({ url: articleUrl(entry.id), lastmod: entry.date })),
  ];
}

/** The sitemap's entries, absolute and percent-encoded, sorted by address. */
export function sitemapEntries(pages: SitemapPage[], site: SiteSettings): SitemapEntry[] {
  const byLoc = new Map<string, SitemapEntry>();
  for (const { url, lastmod } of pages) {
    const loc = fullUrl(url, site);
    byLoc.set(loc, { loc, lastmod });
  }
  return [...byLoc.values()].sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
}
