// Everything Arshif adds to Eleventy, registered in one place; `.eleventy.js` only calls this.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import rssPlugin from '@11ty/eleventy-plugin-rss';
import { buildTime } from '../build/settings.js';
import { bodyOfMarkdown } from '../ingest/serialize.js';
import { articleCrumbs, browseOf, type Browse } from './browse.js';
import { dirOf, isolateBidiHtml } from './bidi.js';
import { ARTICLES_DIR, CATALOG_FILE, type CatalogEntry } from './catalog.js';
import { formatNumber, gregorianDate, hijriDate, type DateSettings } from './dates.js';
import { createMarkdown, headingIds } from './markdown.js';
import { articleCount } from './plural.js';
import { dayToDate, jsonFeed, newsArticle, NO_DATE, ogLocale, scriptJson, sitemapEntries, sitemapPages } from './seo.js';
import { fullUrl, loadSettings, type SiteSettings } from './settings.js';
import { articleUrl, hrefOf, topicSlug, topicUrl } from './urls.js';
import { searchKeysFilter } from './search-keys.js';
import { searchUnits } from './search-units.js';
import { NO_SINGLES_ENV, RENDER_ONLY_ENV, renderProgress } from '../build/render-plan.js';

export interface ArshifOptions {
  /** Folder the ingest wrote its Markdown and catalogue to. */
  workDir?: string;
  /** Overrides of `templates/_data/site.json` for this build. */
  settings?: Partial<SiteSettings>;
}

// Eleventy's config object is untyped in its package.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EleventyConfig = any;

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const FONT_FILES = 'node_modules/@fontsource/noto-naskh-arabic/files';
const FONT_FACES = ['arabic-400-normal', 'arabic-700-normal'];
const TEMPLATES_DIR = 'templates';
const PAGINATED = /^pagination:/m;

/** The page templates without pagination (feeds, sitemap, 404 …), as paths from the project root. */
function singlePageTemplates(): string[] {
  const dir = path.resolve(import.meta.dirname, '../..', TEMPLATES_DIR);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.njk') && !PAGINATED.test(readFileSync(path.join(dir, name), 'utf8')))
    .map((name) => `${TEMPLATES_DIR}/${name}`);
}

/** The last catalogue read, with its listings, by the hash of its text and the settings. */
let made: { key: string; catalog: CatalogEntry[]; browse: Browse } | null = null;

export default function arshif(eleventyConfig: EleventyConfig, options: ArshifOptions = {}): void {
  const workDir = path.resolve(options.workDir ?? '.arshif/content');
  const catalogFile = path.join(workDir, CATALOG_FILE);
  const site = loadSettings(options.settings);
  const md = createMarkdown();
  eleventyConfig.setLibrary('md', md);

  // Front matter in JavaScript would run code from a file; only YAML is accepted.
  const refuse = () => {
    throw new Error('JavaScript front matter is disabled');
  };
  eleventyConfig.setFrontMatterParsingOptions({
    engines: { js: refuse, javascript: refuse, jsonc: refuse },
  });

  // Every {{ value }} is HTML-escaped unless a template marks our own rendered HTML as safe.
  // Tag-only lines leave no blank indentation behind (html-validate's trailing-whitespace rule).
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, trimBlocks: true, lstripBlocks: true });
  // The RSS plugin adds Eleventy's HtmlBasePlugin itself (which puts `pathPrefix` before
  // every link); adding it here too would apply the prefix twice.
  eleventyConfig.addPlugin(rssPlugin);

  // The catalogue and the listings made from it: read once a run (the build writes the
  // catalogue before Eleventy starts), and made again only when its text or the settings
  // differ from the last run's: a large site renders in parts, several runs in one process.
  let mine: NonNullable<typeof made> | null = null;
  const current = () => {
    if (mine) return mine;
    const text = readFileSync(catalogFile, 'utf8');
    const key = createHash('sha256').update(text).update(JSON.stringify(site)).digest('hex');
    if (made?.key !== key) {
      const catalog = JSON.parse(text) as CatalogEntry[];
      made = { key, catalog, browse: browseOf(catalog, site) };
    }
    return (mine = made);
  };
  // Settings merged with this build's overrides take precedence over `_data/site.json`.
  eleventyConfig.addGlobalData('site', () => site);
  eleventyConfig.addGlobalData('browse', () => current().browse);
  // The paginated pages this build renders: all of them, or only those the build's render
  // plan names (src/build/render-plan.ts); the others are linked from the previous site.
  // A site rendered in parts renders its single pages in one part only.
  if (process.env[NO_SINGLES_ENV]) for (const file of singlePageTemplates()) eleventyConfig.ignores.add(file);
  const onlyFile = process.env[RENDER_ONLY_ENV];
  const only = onlyFile ? new Set(JSON.parse(readFileSync(onlyFile, 'utf8')) as string[]) : null;
  const keep = <T>(items: T[], urlOf: (item: T) => string) => (only ? items.filter((item) => only.has(urlOf(item))) : items);
  eleventyConfig.addGlobalData('render', () => {
    const { catalog, browse } = current();
    const byUrl = (page: { url: string }) => page.url;
    return {
      articles: keep(catalog, (entry) => articleUrl(entry.id)),
      home: keep(browse.homePages, byUrl),
      archive: keep(browse.archivePages, byUrl),
      topics: keep(browse.topicPages, byUrl),
      topicFeeds: keep(browse.topics, (topic) => topic.feedUrl),
    };
  });
  // The search index's units, which the search page loads and merges.
  eleventyConfig.addGlobalData('searchUnits', () => searchUnits(current().catalog).map((unit) => unit.name));
  // "Now" for feeds and sitemaps: SOURCE_DATE_EPOCH when set, so builds are reproducible.
  eleventyConfig.addGlobalData('buildTime', () => buildTime().toISOString());

  // An article page asks for its body twice (rendered, and for search keys): read once.
  let lastBody: { id: string; body: string } | null = null;
  const bodyOf = (id: string) => {
    if (lastBody?.id !== id) {
      lastBody = { id, body: bodyOfMarkdown(readFileSync(path.join(workDir, ARTICLES_DIR, `${id}.md`), 'utf8')) };
    }
    return lastBody.body;
  };
  // The body only: its direction is in the catalogue, so the front matter is not parsed again.
  const articleBody = (id: string) => md.render(bodyOf(id), { dir: dirOf(current().browse.byId.get(id)?.dir) });
  eleventyConfig.addFilter('articleBody', articleBody);
  eleventyConfig.addFilter('searchKeys', searchKeysFilter(bodyOf));
  // Titles and excerpts printed by templates get the same isolation as article bodies.
  eleventyConfig.addFilter('bidi', (text: string, dir: string) => isolateBidiHtml(String(text ?? ''), dirOf(dir)));
  // A label in Arabic script inside an article in another language is marked as Arabic.
  eleventyConfig.addFilter('textLang', (text: string, fallback: string) => (ARABIC_SCRIPT.test(text) ? 'ar' : fallback));
  eleventyConfig.addFilter('gregorianDate', (iso: string, s: DateSettings) => gregorianDate(iso, s));
  eleventyConfig.addFilter('hijriDate', (iso: string, s: DateSettings) => hijriDate(iso, s));
  eleventyConfig.addFilter('number', (n: number, s: DateSettings) => formatNumber(n, s));
  eleventyConfig.addFilter('articleCount', (n: number, s: DateSettings) => articleCount(n, s));

  // Links: `href` percent-encodes a site path; `fullUrl` adds host and path prefix.
  eleventyConfig.addFilter('href', (sitePath: string) => hrefOf(sitePath));
  eleventyConfig.addFilter('fullUrl', (sitePath: string) => fullUrl(decodeURI(sitePath), site));
  // A topic whose key keeps no letter or digit has no page: its label is shown unlinked.
  // Asked for every topic of every article and topic page: each key worked out once.
  const topicHrefs = new Map<string, string | null>();
  eleventyConfig.addFilter('topicHref', (key: string) => {
    let href = topicHrefs.get(key);
    if (href === undefined) {
      const slug = topicSlug(key);
      topicHrefs.set(key, (href = slug ? hrefOf(topicUrl(slug)) : null));
    }
    return href;
  });
  eleventyConfig.addFilter('entryById', (id: string) => current().browse.byId.get(id) ?? null);
  eleventyConfig.addFilter('articleCrumbs', (entry: CatalogEntry) => articleCrumbs(entry, site));
  eleventyConfig.addFilter('headingIds', (texts: string[]) => headingIds(texts));

  // Dates for feeds: a day as a `Date`, falling back to a fixed day so builds stay identical.
  eleventyConfig.addFilter('dayToDate', (iso: string | null) => dayToDate(iso ?? NO_DATE));
  eleventyConfig.addFilter('ogLocale', ogLocale);
  eleventyConfig.addFilter('jsonLd', (entry: CatalogEntry) => scriptJson(newsArticle(entry, site)));
  eleventyConfig.addFilter('jsonFeed', (entries: CatalogEntry[]) => jsonFeed(entries, site, articleBody));
  eleventyConfig.addFilter('sitemapEntries', (browse: Browse) => sitemapEntries(sitemapPages(browse), site));

  // Counts rendered pages for the build's progress line; returns the page unchanged.
  eleventyConfig.addTransform('arshif-progress', (content: string) => {
    renderProgress.onPage?.();
    return content;
  });

  // Assets are copied by the part that renders the single pages: never two copies at once.
  if (process.env[NO_SINGLES_ENV]) return;
  eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });
  for (const face of FONT_FACES) {
    const file = `noto-naskh-arabic-${face}.woff2`;
    eleventyConfig.addPassthroughCopy({ [`${FONT_FILES}/${file}`]: `assets/fonts/${file}` });
  }
}
