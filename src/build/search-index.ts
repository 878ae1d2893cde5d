// The last build step: Pagefind indexes the rendered site in the staging folder, and the
// search page's script is bundled beside it, so the swap publishes site and index together.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build as bundle } from 'esbuild';
import * as pagefind from 'pagefind';

export const INDEX_DIR = 'pagefind';
export const SEARCH_SCRIPT = 'assets/search.js';
const CLIENT_ENTRY = path.resolve(import.meta.dirname, '../search/client.ts');
/** Pagefind's ready-made interfaces; the search page uses its own script instead. */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];

export interface IndexFigures {
  /** Pages Pagefind indexed: the articles, which carry `data-pagefind-body`. */
  pages: number;
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

/** Writes Pagefind's index of `siteDir` into `outputDir` (default `siteDir/pagefind`). */
export async function indexSite(
  siteDir: string,
  { outputDir = path.join(siteDir, INDEX_DIR), excludeSelectors = [] as string[] } = {},
): Promise<IndexFigures> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors });
  try {
    if (!index) throw new Error(`search index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: path.resolve(siteDir) });
    if (added.errors.length) throw new Error(`search index: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.resolve(outputDir) });
    if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
    for (const file of UNUSED_BUNDLE_FILES) rmSync(path.join(outputDir, file), { force: true });
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

/** Search for a freshly rendered site: its script, then its index. */
export async function addSearch(siteDir: string): Promise<IndexFigures> {
  await bundleSearchScript(siteDir);
  return indexSite(siteDir);
}
