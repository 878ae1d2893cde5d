// Incremental rendering: every paginated page (article, listing, topic feed) gets a hash of
// everything its file depends on; a page whose hash matches the one recorded for the
// previous site is not rendered again but linked from it into the staging folder. Pages
// that list the whole site (home feed, JSON feed, sitemap) are always rendered.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { type Dirent, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { linkOrCopy, writeFileAtomically } from './files.js';
import { type Browse, browseOf, type ListPage, type TopicGroup } from '../site/browse.js';
import type { CatalogEntry } from '../site/catalog.js';
import { loadSettings, type SiteSettings } from '../site/settings.js';
import { articleUrl } from '../site/urls.js';

/** The environment variable naming the file of page URLs to render; unset renders every page. */
export const RENDER_ONLY_ENV = 'ARSHIF_RENDER_ONLY';
/** Set (to 1) when this Eleventy run leaves out the single pages: another part renders them. */
export const NO_SINGLES_ENV = 'ARSHIF_NO_SINGLES';
/** Called by the plugin for each page Eleventy renders, so the build can show progress. */
export const renderProgress: { onPage: (() => void) | null } = { onPage: null };
/** Written by the ingest beside the catalogue: article id → hash of its Markdown file. */
export const BODY_HASHES_FILE = 'bodies.json';

/** What a page's HTML is made from, besides its own data: templates, site code, packages. */
const RENDER_INPUTS = ['templates', 'src/site', '.eleventy.js', 'package-lock.json'];

export interface RenderManifest {
  /** The site these hashes describe; another output folder is rendered whole. */
  outDir: string;
  /** Page URL (site path, Arabic as is) → hash. */
  pages: Record<string, string>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function filesUnder(root: string, relative: string): string[] {
  const full = path.join(root, relative);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [relative];
  return readdirSync(full).sort().flatMap((name) => filesUnder(root, path.join(relative, name)));
}

/** One hash of every file the rendering reads and of this build's settings. */
export function renderVersion(projectRoot: string, site: SiteSettings): string {
  const hash = createHash('sha256');
  for (const file of RENDER_INPUTS.flatMap((input) => filesUnder(projectRoot, input))) {
    hash.update(`${file}\0`).update(readFileSync(path.join(projectRoot, file))).update('\0');
  }
  return hash.update(JSON.stringify(site)).digest('hex');
}

/** What a listing prints of an article: a change elsewhere in its entry leaves the listing as it is. */
const listed = (e: CatalogEntry) => [e.id, e.title, e.description, e.lang, e.dir, e.date, e.dateKind, e.readingMinutes];
/** What a feed prints of an article. */
const fed = (e: CatalogEntry) => [...listed(e), e.topics];
/** What an article page prints of another article it links to. */
const linked = (e: CatalogEntry | undefined) => (e ? [e.id, e.title, e.lang, e.dir] : null);

/** Output file of a page URL inside a site folder: `/a/b/` → `a/b/index.html`, `/a/feed.xml` as is. */
export function fileOfUrl(url: string): string {
  const relative = url.replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/** Every paginated page of the site with the hash of what it is made from. */
export function pageHashes(catalog: CatalogEntry[], bodies: Record<string, string>, browse: Browse, site: SiteSettings, version: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const add = (url: string, data: unknown) => hashes.set(url, sha256(`${version}\0${JSON.stringify(data)}`));
  for (const entry of catalog) {
    const others = [entry.prev, entry.next, ...entry.related].map((id) => (id ? linked(browse.byId.get(id)) : null));
    add(articleUrl(entry.id), [entry, others, bodies[entry.id] ?? null]);
  }
  const listPage = (page: ListPage) => add(page.url, { ...page, entries: page.entries.map(listed) });
  [...browse.homePages, ...browse.archivePages, ...browse.topicPages].forEach(listPage);
  for (const topic of browse.topics) add(topic.feedUrl, topicFeed(topic, site));
  return hashes;
}

const topicFeed = (topic: TopicGroup, site: SiteSettings) =>
  [topic.label, topic.url, topic.feedUrl, topic.entries.slice(0, site.feedSize).map(fed)];

export interface RenderPlan {
  /** Hash of the templates, site code, packages and settings every page is rendered with. */
  version: string;
  /** Every paginated page this build has, with its hash: the manifest once the site is in place. */
  hashes: Map<string, string>;
  /** Page URLs to render; the others are linked from the previous site. */
  render: Set<string>;
  reuse: string[];
}

export function readManifest(file: string): RenderManifest | null {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as RenderManifest;
    return typeof data.outDir === 'string' && typeof data.pages === 'object' && data.pages !== null ? data : null;
  } catch {
    return null;
  }
}

/** Which pages must be rendered: those whose hash changed or whose file the previous site lacks. */
export function planRender(
  catalog: CatalogEntry[], contentDir: string, outDir: string, manifestFile: string, projectRoot: string, overrides: Partial<SiteSettings> = {},
): RenderPlan {
  const site = loadSettings(overrides);
  let bodies: Record<string, string> = {};
  try {
    const data = JSON.parse(readFileSync(path.join(contentDir, BODY_HASHES_FILE), 'utf8')) as { version: string; articles: Record<string, string> };
    // The serializer's version is part of every article's hash: a new format renders every article.
    bodies = Object.fromEntries(Object.entries(data.articles).map(([id, hash]) => [id, `${data.version}:${hash}`]));
  } catch {
    // No hashes (content written by an older build): every article page is rendered.
  }
  const version = renderVersion(projectRoot, site);
  const hashes = pageHashes(catalog, bodies, browseOf(catalog, site), site, version);
  const manifest = readManifest(manifestFile);
  const previous = manifest && manifest.outDir === outDir ? manifest.pages : {};
  // Without its body's hash a body change cannot be seen: such an article is rendered.
  const bodyUnknown = new Set(catalog.filter((e) => !(e.id in bodies)).map((e) => articleUrl(e.id)));
  const render = new Set<string>();
  const reuse: string[] = [];
  for (const [url, hash] of hashes) {
    if (previous[url] === hash && !bodyUnknown.has(url) && existsSync(path.join(outDir, fileOfUrl(url)))) reuse.push(url);
    else render.add(url);
  }
  return { version, hashes, render, reuse };
}

/** File-system calls kept in flight at once: enough to keep libuv's threads busy. */
const IN_FLIGHT = 64;

async function inParallel<T>(items: T[], work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, worker));
}

/** Puts the previous site's unchanged pages into the staging folder: a hard link, or a copy across devices. */
export async function reusePages(outDir: string, staging: string, urls: string[]): Promise<void> {
  const folders = [...new Set(urls.map((url) => path.dirname(path.join(staging, fileOfUrl(url)))))];
  // Parents first (sorted), each made once, then every file at once.
  folders.sort();
  await inParallel(folders, (folder) => fs.mkdir(folder, { recursive: true }));
  await inParallel(urls, (url) => linkOrCopy(path.join(outDir, fileOfUrl(url)), path.join(staging, fileOfUrl(url))));
}

/** Removes a folder tree, its files many at a time. */
export async function removeTree(dir: string): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const files = entries.filter((e) => !e.isDirectory()).map((e) => path.join(dir, e.name));
  const folders = entries.filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name));
  await inParallel(files, (file) => fs.unlink(file));
  await inParallel(folders, removeTree);
  await fs.rmdir(dir);
}

export function writeManifest(file: string, outDir: string, hashes: Map<string, string>): void {
  const manifest: RenderManifest = { outDir, pages: Object.fromEntries(hashes) };
  writeFileAtomically(file, `${JSON.stringify(manifest)}\n`);
}

export function removeManifest(file: string): void {
  rmSync(file, { force: true });
}
