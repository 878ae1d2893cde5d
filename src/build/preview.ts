// `npm start`'s first look at new seeds: before the incremental rebuild (which at 10,000
// articles takes 13 to 24 s, most of it archive-wide passes: topics, related articles,
// the render plan, the search units), each new seed is ingested alone and its article page
// and the listing pages that show it are rendered against the catalogue already built,
// then put into the served site file by file. What needs the whole archive (its topics,
// its related articles, the other articles' links to it, search) waits for the rebuild,
// which replaces the whole site as `npm run build` makes it. Hugo's server renders the
// pages being viewed first in the same spirit.
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Article, IngestError } from '../ingest/article.js';
import { frontMatterOf, toMarkdown } from '../ingest/serialize.js';
import { browseOf } from '../site/browse.js';
import { ARTICLES_DIR, byNewest, CATALOG_FILE, type CatalogEntry } from '../site/catalog.js';
import { loadSettings } from '../site/settings.js';
import { articleUrl } from '../site/urls.js';
import type { BuildArgs } from '../cli/args.js';
import { today } from './added-dates.js';
import { contentDirOf, manifestFileOf } from './build.js';
import { ingestOutcome } from './ingest-outcome.js';
import { isProjectFile, notASeed, readSeed } from './ingest-seeds.js';
import { escapeControls } from './report.js';
import { dateNeighbours } from './related.js';
import { fileOfUrl, readManifest, writeManifest } from './render-plan.js';
import type { BuildSettings } from './settings.js';
import { renderSite } from './site.js';

/** More new seeds than this at once (a batch being copied in) go straight to the rebuild. */
export const PREVIEW_MAX_SEEDS = 20;

/**
 * Each seed's size and modification time, by name: what tells a new or changed seed. Seeds
 * as the build reads them (regular `.txt` files, no links); none when the folder cannot be
 * read, which the rebuild then reports.
 */
export function seedStamps(seedsDir: string): Map<string, string> {
  const stamps = new Map<string, string>();
  let names: string[];
  try {
    names = readdirSync(seedsDir);
  } catch {
    return stamps;
  }
  for (const name of names) {
    if (isProjectFile(name)) continue;
    try {
      const stat = lstatSync(path.join(seedsDir, name));
      if (notASeed(name, stat) === null) stamps.set(name, `${stat.size}:${stat.mtimeMs}`);
    } catch {
      // Gone between the listing and the look: the rebuild will say what became of it.
    }
  }
  return stamps;
}

/**
 * The seeds added since `before`, when that is the only change (none changed or removed)
 * and there are at most `PREVIEW_MAX_SEEDS`; otherwise none, and the rebuild does it all.
 */
export function addedOnly(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  for (const [name, stamp] of before) if (after.get(name) !== stamp) return [];
  const added = [...after.keys()].filter((name) => !before.has(name)).sort();
  return added.length <= PREVIEW_MAX_SEEDS ? added : [];
}

/** A new seed read and ingested as the build does, on its own; null when it is refused (the rebuild reports why). */
function ingestAlone(seedsDir: string, file: string, settings: BuildSettings): Article | null {
  let bytes: Buffer;
  try {
    bytes = readSeed(path.join(seedsDir, file), settings.limits);
  } catch (error) {
    if (error instanceof IngestError) return null;
    throw error;
  }
  const outcome = ingestOutcome({ source: escapeControls(file), bytes }, settings.limits);
  if ('fault' in outcome) throw new Error(`${file}: ${outcome.fault}`);
  if ('refused' in outcome) return null;
  const { article } = outcome.ingested;
  // Undated: the day it is added, as the rebuild will record it.
  return article.dateKind === 'undated' ? { ...article, date: today(), dateKind: 'added' } : article;
}

/**
 * Renders the pages that show the new seeds and writes them into the site in `outDir`,
 * each by a rename, so the server never sends half a file. The render manifest first
 * forgets those pages, so the rebuild renders them again whatever it finds. Returns the
 * page URLs written: none when there is no built site yet or no seed could be read.
 */
export async function previewSeeds(args: Pick<BuildArgs, 'seedsDir' | 'outDir' | 'workDir'>, files: string[], settings: BuildSettings): Promise<string[]> {
  const contentDir = contentDirOf(args.workDir);
  const manifestFile = manifestFileOf(args.workDir);
  const manifest = readManifest(manifestFile);
  if (!manifest || manifest.outDir !== args.outDir || !existsSync(path.join(contentDir, CATALOG_FILE))) return [];
  const catalog = JSON.parse(readFileSync(path.join(contentDir, CATALOG_FILE), 'utf8')) as CatalogEntry[];
  const known = new Set(catalog.map((entry) => entry.id));
  const articles = files.map((file) => ingestAlone(args.seedsDir, file, settings))
    .filter((article): article is Article => article !== null && !known.has(article.id));
  if (articles.length === 0) return [];

  // Topics and related articles are ranked against the whole archive: the rebuild adds them.
  const added = articles.map((article): CatalogEntry => ({ ...frontMatterOf({ ...article, topics: [] }), prev: null, next: null, related: [] }));
  const merged = [...catalog, ...added].sort(byNewest);
  const neighbours = dateNeighbours(merged);
  for (const entry of added) Object.assign(entry, neighbours.get(entry.id));
  const ids = new Set(added.map((entry) => entry.id));
  const browse = browseOf(merged, loadSettings());
  const listing = [...browse.homePages, ...browse.archivePages].filter((page) => page.entries.some((entry) => ids.has(entry.id)));
  const urls = [...added.map((entry) => articleUrl(entry.id)), ...listing.map((page) => page.url)];

  const previewDir = path.join(args.workDir, 'preview');
  rmSync(previewDir, { recursive: true, force: true });
  try {
    const previewContent = path.join(previewDir, 'content');
    mkdirSync(path.join(previewContent, ARTICLES_DIR), { recursive: true });
    writeFileSync(path.join(previewContent, CATALOG_FILE), JSON.stringify(merged));
    for (const article of articles) writeFileSync(path.join(previewContent, ARTICLES_DIR, `${article.id}.md`), toMarkdown({ ...article, topics: [] }));
    const onlyFile = path.join(previewDir, 'only.json');
    writeFileSync(onlyFile, JSON.stringify(urls));
    const rendered = path.join(previewDir, 'site');
    await renderSite({ contentDir: previewContent, dir: rendered, onlyFile, singles: false });

    // Forgotten before any page changes: if this stops halfway, the rebuild still renders them.
    const pages = new Map(Object.entries(manifest.pages));
    for (const url of urls) pages.delete(url);
    writeManifest(manifestFile, manifest.outDir, pages);
    for (const url of urls) {
      const file = fileOfUrl(url);
      const target = path.join(args.outDir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      // A new file renamed over the old: the old one may be a hard link shared with no one, or not.
      copyFileSync(path.join(rendered, file), `${target}.preview`);
      renameSync(`${target}.preview`, target);
    }
    return urls;
  } finally {
    rmSync(previewDir, { recursive: true, force: true });
  }
}
