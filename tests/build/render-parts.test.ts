// Parts of a large render: sizes shared out evenly, and a part that fails in a render
// process fails the build with its reason, the site in place untouched.
import { mkdtempSync, readFileSync, rmSync, unlinkSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitPages } from '../../src/build/render-parts.js';
import { renderAtomically } from '../../src/build/site.js';
import { treeHashes } from '../robust/tree.js';
import { buildArchive, makeArticles } from '../helpers/archive.js';

const urls = (n: number) => Array.from({ length: n }, (_, i) => `/p/${i}/`);

describe('splitPages', () => {
  it.each([
    // pages, processes, largest part → part sizes
    [10, 1, 4, [4, 4, 2]],
    [10, 2, 4, [3, 3, 3, 1]],
    [8, 2, 4, [4, 4]],
    [9, 2, 4, [3, 3, 3]],
    [3, 2, 4, [2, 1]],
    [1, 2, 4, [1]],
    [0, 2, 4, [0]],
  ])('%i pages in %i processes, at most %i a part', (pages, processes, maxPart, sizes) => {
    const parts = splitPages(urls(pages), processes, maxPart);
    expect(parts.map((p) => p.length)).toEqual(sizes);
    // Every page once, in order.
    expect(parts.flat()).toEqual(urls(pages));
  });
});

describe('a render process that fails', () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it('fails the build with its reason and leaves the site in place as it was', async () => {
    const archive = await buildArchive(makeArticles({ count: 12 }));
    roots.push(archive.root);
    const before = treeHashes(archive.outDir);
    // An article in the catalogue whose Markdown is gone: its page cannot be rendered.
    const articlesDir = path.join(archive.contentDir, 'articles');
    const [missing] = readdirSync(articlesDir).sort();
    unlinkSync(path.join(articlesDir, missing!));
    const manifestFile = path.join(mkdtempSync(path.join(tmpdir(), 'arshif-manifest-')), 'render-manifest.json');
    roots.push(path.dirname(manifestFile));
    process.env.ARSHIF_RENDER_PART_PAGES = '5';
    process.env.ARSHIF_RENDER_PROCESSES = '2';
    try {
      await expect(renderAtomically({ contentDir: archive.contentDir, outDir: archive.outDir, manifestFile })).rejects.toThrow(/Having trouble rendering.*articleBody/s);
    } finally {
      delete process.env.ARSHIF_RENDER_PART_PAGES;
      delete process.env.ARSHIF_RENDER_PROCESSES;
    }
    expect(treeHashes(archive.outDir)).toEqual(before);
    // No staging folder left beside the site.
    expect(readdirSync(path.dirname(archive.outDir)).filter((name) => name.includes('staging'))).toEqual([]);
    expect(readFileSync(path.join(archive.outDir, 'index.html'), 'utf8')).toContain('<html');
  });
});
