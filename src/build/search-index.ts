// The last build step: Pagefind indexes the rendered site in the staging folder, and the
// search page's script is bundled beside it, so the swap publishes site and index together.
// The index is split in units (src/site/search-units.ts): a unit whose pages Pagefind would
// read the same as last time is linked from the previous site, not indexed again.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as bundle } from 'esbuild';
import * as pagefind from 'pagefind';
import type { SearchUnit } from '../site/search-units.js';
import { articleUrl } from '../site/urls.js';
import { fileOfUrl } from './render-plan.js';
import { linkOrCopy, writeFileAtomically } from './files.js';

export const INDEX_DIR = 'pagefind';
export const SEARCH_SCRIPT = 'assets/search.js';
// The package's folder (its entry is lib/index.js): its version is part of every unit's hash.
const PAGEFIND_PACKAGE = path.resolve(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..');
const CLIENT_ENTRY = path.resolve(import.meta.dirname, '../search/client.ts');
/** Pagefind's ready-made interfaces; the search page uses its own script instead. */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];

export interface IndexFigures {
  /** Pages Pagefind indexed this time: the articles of the units indexed again. */
  pages: number;
  /** Units indexed again, and units whose index was kept from the previous site. */
  indexed: number;
  reused: number;
}

/** Bundles the search page's script (shared query code included) into `siteDir`. */
export async function bundleSearchScript(siteDir: string): Promise<void> {
  await bundle({
    entryPoints: [CLIENT_ENTRY],
    outfile: path.join(siteDir, SEARCH_SCRIPT),
    bundle: true,
    format: 'esm',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
}

/** Writes Pagefind's index of every page of `siteDir` into `outputDir` (one bundle, not split). */
export async function indexSite(
  siteDir: string,
  { outputDir = path.join(siteDir, INDEX_DIR), excludeSelectors = [] as string[] } = {},
): Promise<{ pages: number }> {
  try {
    const index = await newIndex(excludeSelectors);
    const added = await index.addDirectory({ path: path.resolve(siteDir) });
    if (added.errors.length) throw new Error(`search index: ${added.errors.join('; ')}`);
    await writeIndex(index, outputDir);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

async function newIndex(excludeSelectors: string[] = []): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  return index;
}

async function writeIndex(index: pagefind.PagefindIndex, outputDir: string): Promise<void> {
  const written = await index.writeFiles({ outputPath: path.resolve(outputDir) });
  if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
  for (const file of UNUSED_BUNDLE_FILES) rmSync(path.join(outputDir, file), { force: true });
}

/** What each unit's index was made from, kept in the work folder between builds. */
export interface SearchManifest {
  /** The site whose index folders these hashes describe. */
  outDir: string;
  /** Unit name → hash of its articles and what Pagefind reads of their pages. */
  units: Record<string, string>;
  /** Article id → hash of what Pagefind reads of its page. */
  pages: Record<string, string>;
}

// What Pagefind reads of an article page: the language of the page and the article element
// (body, filters, meta). Links around it (related, older, newer) change with other seeds
// and do not touch the index.
const HTML_TAG = /<html[^>]*>/;
const ARTICLE_ELEMENT = /<article[\s\S]*<\/article>/;
const PAGEFIND_VERSION = (JSON.parse(readFileSync(path.join(PAGEFIND_PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;

const pageFile = (id: string) => path.join(path.dirname(fileOfUrl(articleUrl(id))), 'index.html');

/** The hash of an article page as Pagefind reads it. */
async function pageHash(siteDir: string, id: string): Promise<string> {
  const html = await readFile(path.join(siteDir, pageFile(id)), 'utf8');
  return createHash('sha256').update(`${HTML_TAG.exec(html)?.[0] ?? ''}\0${ARTICLE_ELEMENT.exec(html)?.[0] ?? html}`).digest('hex');
}

/** The hash of a unit: the Pagefind version, its name, and its articles with their page hashes. */
function unitHash(unit: SearchUnit, pages: Record<string, string>): string {
  const hash = createHash('sha256').update(`${PAGEFIND_VERSION}\0${unit.name}\0`);
  for (const id of unit.ids) hash.update(`${id}\0${pages[id]}\0`);
  return hash.digest('hex');
}

export function readSearchManifest(file: string): SearchManifest | null {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as SearchManifest;
    const isRecord = (value: unknown) => typeof value === 'object' && value !== null;
    return typeof data.outDir === 'string' && isRecord(data.units) && isRecord(data.pages) ? data : null;
  } catch {
    return null;
  }
}

export interface IndexOptions {
  /** The unit folders to index; the others are left out (a shard indexes its own only). */
  units: SearchUnit[];
  /** The previous site, whose unchanged unit folders are linked instead of indexed again. */
  previousDir?: string;
  /** Where the unit hashes are kept; unset: every unit is indexed. */
  manifestFile?: string;
  /**
   * The page URLs rendered this build; the others were linked unchanged from the previous
   * site, so their hash is the one recorded for it. Unset: every page is read.
   */
  rendered?: ReadonlySet<string>;
}

/** Indexes `siteDir` unit by unit into `siteDir/pagefind/<unit>/`; returns the hashes for the manifest. */
export async function indexUnits(siteDir: string, { units, previousDir, manifestFile, rendered }: IndexOptions): Promise<IndexFigures & { hashes: Omit<SearchManifest, 'outDir'> }> {
  const manifest = manifestFile ? readSearchManifest(manifestFile) : null;
  const previous = manifest && previousDir && manifest.outDir === previousDir ? manifest : { units: {} as Record<string, string>, pages: {} as Record<string, string> };
  const pages: Record<string, string> = {};
  const unitHashes: string[] = [];
  const figures = { pages: 0, indexed: 0, reused: 0 };
  const indexUnit = async (unit: SearchUnit, i: number) => {
    for (const id of unit.ids) {
      const recorded = previous.pages[id];
      pages[id] = recorded && rendered && !rendered.has(articleUrl(id)) ? recorded : await pageHash(siteDir, id);
    }
    const hash = unitHash(unit, pages);
    unitHashes[i] = hash;
    const target = path.join(siteDir, INDEX_DIR, unit.name);
    const before = previousDir ? path.join(previousDir, INDEX_DIR, unit.name) : null;
    if (before && previous.units[unit.name] === hash && existsSync(before)) {
      await linkTree(before, target);
      figures.reused++;
      return;
    }
    const index = await newIndex();
    // One page after another: the order pages are added in is part of the index's bytes.
    for (const id of unit.ids) {
      const sourcePath = pageFile(id);
      const added = await index.addHTMLFile({ sourcePath, content: await readFile(path.join(siteDir, sourcePath), 'utf8') });
      if (added.errors.length) throw new Error(`search index: ${sourcePath}: ${added.errors.join('; ')}`);
    }
    await writeIndex(index, target);
    await index.deleteIndex();
    figures.pages += unit.ids.length;
    figures.indexed++;
  };
  try {
    // One unit after another, so Pagefind holds one unit's pages at a time (about 0.4 MB a
    // page, up to 1,000 pages), never two; a failing unit stops the rest.
    for (const [i, unit] of units.entries()) await indexUnit(unit, i);
  } finally {
    await pagefind.close();
  }
  const hashes = { units: Object.fromEntries(units.map((unit, i) => [unit.name, unitHashes[i]!])), pages: sortedKeys(pages) };
  return { ...figures, hashes };
}

/** Links every file of a folder tree into another (copies across devices). */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory()) await linkTree(source, target);
    else await linkOrCopy(source, target);
  }
}

/** The same record with its keys in one order, whatever order the units finished in. */
const sortedKeys = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));

export function writeSearchManifest(file: string, outDir: string, hashes: Omit<SearchManifest, 'outDir'>): void {
  const manifest: SearchManifest = { outDir, ...hashes };
  writeFileAtomically(file, `${JSON.stringify(manifest)}\n`);
}

/** Search for a freshly rendered site: its script, then its index, unit by unit. */
export async function addSearch(siteDir: string, options: IndexOptions): Promise<IndexFigures & { hashes: Omit<SearchManifest, 'outDir'> }> {
  await bundleSearchScript(siteDir);
  return indexUnits(siteDir, options);
}
