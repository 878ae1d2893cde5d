// Renders the site with Eleventy into a staging folder beside the output, then swaps it
// into place, so a failed or killed build leaves the previous site as it was.
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { addSearch } from './search-index.js';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

export interface RenderOptions {
  contentDir: string;
  outDir: string;
}

/** Runs Eleventy into `dir`; returns the number of pages written. */
export async function renderSite(contentDir: string, dir: string): Promise<number> {
  process.env.ARSHIF_CONTENT = contentDir;
  const cwd = process.cwd();
  // Eleventy resolves templates, data and passthrough copies from the project root.
  process.chdir(PROJECT_ROOT);
  try {
    const eleventy = new Eleventy('templates', dir, { configPath: '.eleventy.js', quietMode: true });
    const [, pages] = (await eleventy.write()) as [unknown, unknown[]];
    return pages.length;
  } finally {
    process.chdir(cwd);
  }
}

export async function buildSiteAtomically({ contentDir, outDir }: RenderOptions): Promise<number> {
  const staging = `${outDir}.staging-${process.pid}`;
  const previous = `${outDir}.previous-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    const pages = await renderSite(contentDir, staging);
    // Indexed in staging, so the published site and its search index always match.
    await addSearch(staging);
    if (existsSync(outDir)) renameSync(outDir, previous);
    renameSync(staging, outDir);
    rmSync(previous, { recursive: true, force: true });
    return pages;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

