// Renders the site with Eleventy into a staging folder beside the output, then swaps it
// into place, so a failed or killed build leaves the previous site as it was.
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { loadSettings, SETTINGS_ENV, type SiteSettings } from '../site/settings.js';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

export interface RenderOptions {
  contentDir: string;
  outDir: string;
  /** Overrides of `templates/_data/site.json` for this build only. */
  settings?: Partial<SiteSettings>;
}

/** Runs Eleventy into `dir`; returns the number of pages written. */
export async function renderSite(contentDir: string, dir: string, settings: Partial<SiteSettings> = {}): Promise<number> {
  process.env.ARSHIF_CONTENT = contentDir;
  process.env[SETTINGS_ENV] = JSON.stringify(settings);
  const cwd = process.cwd();
  // Eleventy resolves templates, data and passthrough copies from the project root.
  process.chdir(PROJECT_ROOT);
  try {
    const eleventy = new Eleventy('templates', dir, {
      configPath: '.eleventy.js',
      quietMode: true,
      pathPrefix: loadSettings(settings).pathPrefix,
    });
    const [, pages] = (await eleventy.write()) as [unknown, unknown[]];
    return pages.length;
  } finally {
    process.chdir(cwd);
  }
}

export async function buildSiteAtomically({ contentDir, outDir, settings }: RenderOptions): Promise<number> {
  const staging = `${outDir}.staging-${process.pid}`;
  const previous = `${outDir}.previous-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    const pages = await renderSite(contentDir, staging, settings);
    if (existsSync(outDir)) renameSync(outDir, previous);
    renameSync(staging, outDir);
    rmSync(previous, { recursive: true, force: true });
    return pages;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

