// Renders the site with Eleventy into a staging folder beside the output, then swaps it
// into place, so a failed or killed build leaves the previous site as it was.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SITE_MARKER } from './folders.js';
import { loadSettings, SETTINGS_ENV, type SiteSettings } from '../site/settings.js';
import { addSearch, writeSearchManifest } from './search-index.js';
import { CATALOG_FILE, type CatalogEntry } from '../site/catalog.js';
import { type SearchUnit, searchUnits } from '../site/search-units.js';
import { type StagePeaks, timed, type Timings } from './timed.js';
import { NO_SINGLES_ENV, planRender, removeManifest, removeTree, RENDER_ONLY_ENV, renderProgress, type RenderPlan, reusePages, writeManifest } from './render-plan.js';
import { heapLimitMb } from './processes.js';
import { renderParts } from './render-parts.js';
import { planShard, type Shard, SHARD_FILE, type ShardStamp } from './shards.js';

/** The search index's unit hashes live beside the render manifest. */
const searchManifestOf = (manifestFile: string) => manifestFile.replace(/(\.json)?$/, '.search.json');

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

export interface RenderOptions {
  contentDir: string;
  outDir: string;
  /** Overrides of `templates/_data/site.json` for this build only. */
  settings?: Partial<SiteSettings>;
  /** Receives the wall time of rendering (`pages`) and indexing (`search`). */
  timings?: Timings;
  /** Receives their peak memory, when the build's processes are watched. */
  peaks?: StagePeaks;
  /**
   * Where the hashes of the pages in `outDir` are kept (in the work folder): pages whose
   * hash is unchanged are linked from the previous site instead of rendered. Unset: render all.
   */
  manifestFile?: string;
  /** Told the pages rendered so far and how many there are to render. */
  onPage?: (done: number, total: number) => void;
  /** Build only this shard's part of the site (src/build/shards.ts); needs `manifestFile`. */
  shard?: Shard;
  /** How the previous site is removed (see `swapInto`); by default before this returns. */
  cleanup?: Cleanup;
}

export interface Rendered {
  /** Files Eleventy wrote. */
  written: number;
  /** Pages linked unchanged from the previous site. */
  reused: number;
  /** Search index units indexed, and linked unchanged from the previous site. */
  searchUnits: { indexed: number; reused: number };
}

/** One Eleventy run: the whole site, or one part of it (src/build/render-parts.ts). */
export interface RenderJob {
  contentDir: string;
  /** The folder the pages are written to. */
  dir: string;
  settings?: Partial<SiteSettings>;
  /** The file listing the paginated pages to render; unset: all of them. */
  onlyFile?: string;
  /** Whether the single pages (feeds, sitemap, 404) and assets are written too: in one part only. */
  singles?: boolean;
}

/** Runs Eleventy; returns the number of pages written. */
export async function renderSite({ contentDir, dir, settings = {}, onlyFile, singles = true }: RenderJob): Promise<number> {
  process.env.ARSHIF_CONTENT = contentDir;
  process.env[SETTINGS_ENV] = JSON.stringify(settings);
  if (onlyFile) process.env[RENDER_ONLY_ENV] = onlyFile;
  else delete process.env[RENDER_ONLY_ENV];
  if (singles) delete process.env[NO_SINGLES_ENV];
  else process.env[NO_SINGLES_ENV] = '1';
  const cwd = process.cwd();
  // Eleventy resolves templates, data and passthrough copies from the project root.
  process.chdir(PROJECT_ROOT);
  try {
    // Loaded here, not with this module: a build whose pages render in other processes
    // keeps Eleventy's 40 MB out of this one.
    const { default: Eleventy } = await import('@11ty/eleventy');
    const eleventy = new Eleventy('templates', dir, {
      configPath: '.eleventy.js',
      quietMode: true,
      pathPrefix: loadSettings(settings).pathPrefix,
    });
    const [, pages] = (await eleventy.write()) as [unknown, unknown[]];
    return pages.length;
  } finally {
    process.chdir(cwd);
    delete process.env[RENDER_ONLY_ENV];
    delete process.env[NO_SINGLES_ENV];
  }
}

const LEFTOVER = /^\.(staging|previous)-(\d+)$/;

// The state field of /proc/<pid>/stat, after the command name in parentheses.
const PROC_STATE = /\) (\S)/;

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // A killed build whose parent has not reaped it yet is a zombie: it runs no more.
    return PROC_STATE.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1] !== 'Z';
  } catch {
    return true;
  }
}

/**
 * Clears what a killed build left beside the output: its staging folder, and the previous
 * site it had moved aside. If it was killed between the two renames of the swap, the
 * output is missing and the previous site is put back first.
 */
export function cleanLeftovers(outDir: string): void {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  if (!existsSync(parent)) return;
  const leftovers = readdirSync(parent)
    .filter((name) => name.startsWith(`${base}.`))
    .map((name) => ({ name, match: LEFTOVER.exec(name.slice(base.length)) }))
    .filter(({ match }) => match && !isRunning(Number(match[2])))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const { name, match } of leftovers) {
    const full = path.join(parent, name);
    if (match![1] === 'previous' && !existsSync(outDir)) renameSync(full, outDir);
    else rmSync(full, { recursive: true, force: true });
  }
}

/** Removes a folder in a process of its own that outlives this one. */
function removeDetached(dir: string): void {
  const child = spawn(process.execPath, ['-e', REMOVE_SCRIPT, dir], { detached: true, stdio: 'ignore' });
  child.unref();
}
// Plain JavaScript for `node -e`: the folder named by the first argument, first renamed to
// carry this process's id, so a build starting meanwhile sees it is being removed (and
// clears it only if this process died), then gone.
const REMOVE_SCRIPT = [
  'const fs = require("node:fs");',
  'const mine = process.argv[1].replace(/-\\d+$/, "-" + process.pid);',
  'try { fs.renameSync(process.argv[1], mine); } catch { process.exit(0); }',
  'fs.rmSync(mine, { recursive: true, force: true });',
].join(' ');

/** What becomes of the previous site once the new one is in place. */
export type Cleanup = 'wait' | 'background' | 'detached';

/** The previous site's removal still running in this process, from its last swap. */
let removing: Promise<void> = Promise.resolve();

/**
 * Puts a finished staging folder in the place of `outDir`: two renames, then the old site
 * goes, which takes seconds for tens of thousands of files. `wait`: before this returns.
 * `background`: while this process goes on (`npm start` reloads the browser meanwhile);
 * the next swap waits for it. `detached`: by a process of its own that outlives this one,
 * for a command about to end; should it die, the next build clears what it left
 * (`cleanLeftovers`).
 */
export async function swapInto(staging: string, outDir: string, { cleanup = 'wait' as Cleanup } = {}): Promise<void> {
  await removing;
  const previous = `${outDir}.previous-${process.pid}`;
  // A removal of this process's that failed left the folder behind: gone before it is reused.
  if (existsSync(previous)) await removeTree(previous);
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  if (!existsSync(previous)) return;
  if (cleanup === 'detached') removeDetached(previous);
  else if (cleanup === 'background') removing = removeTree(previous).catch(() => undefined);
  else await removeTree(previous);
}

export async function buildSiteAtomically({ contentDir, outDir, settings, manifestFile, timings }: RenderOptions): Promise<number> {
  const { written, reused } = await renderAtomically({ contentDir, outDir, settings, manifestFile, timings });
  return written + reused;
}

/** Only the pages and search units of one shard. */
function restrictToShard(plan: RenderPlan, catalog: CatalogEntry[], shard: Shard): { plan: RenderPlan; units: SearchUnit[] } {
  const part = planShard(plan.hashes.keys(), catalog, shard);
  const mine = (url: string) => part.pages.has(url);
  return {
    plan: {
      version: plan.version,
      hashes: new Map([...plan.hashes].filter(([url]) => mine(url))),
      render: new Set([...plan.render].filter(mine)),
      reuse: plan.reuse.filter(mine),
    },
    units: part.searchUnits,
  };
}

/** What a shard was built from: shards are merged only when their catalogue, code and settings agree. */
function shardStamp(catalogText: string, renderVersion: string, shard: Shard): ShardStamp {
  const source = createHash('sha256').update(catalogText).update(renderVersion).digest('hex');
  return { shard: shard.index, of: shard.count, source };
}

export async function renderAtomically({ contentDir, outDir, settings = {}, manifestFile, onPage, shard, timings = {}, peaks, cleanup = 'wait' }: RenderOptions): Promise<Rendered> {
  // Beside the output, so on the same file system and the swap is two renames.
  const staging = `${outDir}.staging-${process.pid}`;
  cleanLeftovers(outDir);
  rmSync(staging, { recursive: true, force: true });
  const catalogText = readFileSync(path.join(contentDir, CATALOG_FILE), 'utf8');
  const catalog = JSON.parse(catalogText) as CatalogEntry[];
  let plan = manifestFile ? planRender(catalog, contentDir, outDir, manifestFile, PROJECT_ROOT, settings) : null;
  let units = searchUnits(catalog);
  if (shard) {
    if (!plan) throw new Error('a shard is built with a render manifest');
    ({ plan, units } = restrictToShard(plan, catalog, shard));
  }
  try {
    // Paginated pages to render, plus a handful of single pages (feeds, sitemap, 404, robots).
    const total = plan ? plan.render.size : 0;
    let done = 0;
    renderProgress.onPage = onPage && total ? () => onPage(Math.min(++done, total), total) : null;
    // Unchanged pages are linked while Eleventy renders the others: file-system calls run
    // on libuv's threads beside the rendering. The two sets of files never meet.
    // Both settle before anything else: a failed render must not leave links still being made.
    const [rendered, linked] = await timed(timings, 'pages', () => {
      const linking = plan ? reusePages(outDir, staging, plan.reuse) : Promise.resolve();
      const rendering = (async () => {
        if (!plan) return renderSite({ contentDir, dir: staging, settings });
        return renderParts([...plan.render], { contentDir, dir: staging, settings }, heapLimitMb(catalog.length));
      })().finally(() => {
        renderProgress.onPage = null;
      });
      return Promise.allSettled([rendering, linking]);
    }, peaks);
    if (rendered.status === 'rejected') throw rendered.reason;
    if (linked.status === 'rejected') throw linked.reason;
    const written = rendered.value;
    onPage?.(total, total);
    // Indexed in staging, so the published site and its search index always match.
    const searchManifest = manifestFile ? searchManifestOf(manifestFile) : undefined;
    const search = await timed(timings, 'search', () => addSearch(staging, { units, previousDir: outDir, manifestFile: searchManifest, ...(plan ? { rendered: plan.render } : {}) }), peaks);
    if (shard) writeFileSync(path.join(staging, SHARD_FILE), `${JSON.stringify(shardStamp(catalogText, plan!.version, shard))}\n`);
    writeFileSync(path.join(staging, SITE_MARKER), 'Built by Arshif: the next build replaces this folder whole.\n');
    // The manifest describes the site in place: gone while the swap runs, written once it is done.
    if (manifestFile) removeManifest(manifestFile);
    if (searchManifest) removeManifest(searchManifest);
    await swapInto(staging, outDir, { cleanup });
    if (plan) writeManifest(manifestFile!, outDir, plan.hashes);
    if (searchManifest) writeSearchManifest(searchManifest, outDir, search.hashes);
    return { written, reused: plan?.reuse.length ?? 0, searchUnits: { indexed: search.indexed, reused: search.reused } };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
