import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, makeSeeds, type Built } from '../helpers/build.js';
import { SEEDS } from '../search/fixture.js';
import { keyToken } from '../../src/search/variants.js';

let built: Built;
const articlePages = () => readdirSync(path.join(built.outDir, 'articles')).map((id) => built.read(`articles/${id}/index.html`));

beforeAll(async () => {
  built = await buildFixture(makeSeeds(SEEDS));
});

describe('search index in the build', () => {
  it('publishes Pagefind\'s index, one folder per unit, and the search script with the site, without its ready-made UI', () => {
    const units = readdirSync(path.join(built.outDir, 'pagefind'));
    expect(units.length).toBeGreaterThan(0);
    let pages = 0;
    for (const unit of units) {
      expect(unit).toMatch(/^\d{4}(-\d{2})?$/);
      for (const file of ['pagefind.js', 'pagefind-entry.json']) expect(existsSync(path.join(built.outDir, 'pagefind', unit, file)), file).toBe(true);
      expect(existsSync(path.join(built.outDir, 'pagefind', unit, 'pagefind-ui.js'))).toBe(false);
      pages += JSON.parse(built.read(`pagefind/${unit}/pagefind-entry.json`)).languages.ar.page_count;
    }
    expect(pages).toBe(3);
    for (const file of ['assets/search.js', 'search/index.html']) expect(existsSync(path.join(built.outDir, file)), file).toBe(true);
    expect(built.read('search/index.html')).toContain(`data-pagefind-units="${units.sort().join(' ')}"`);
  });

  it('indexes article bodies only, with keys of their words hidden from view', () => {
    for (const html of articlePages()) {
      expect(html).toContain('data-pagefind-body');
      expect(html).toMatch(/<div hidden data-search-keys>⁂ [a-z0-9 ]+<\/div>/);
    }
    const ministry = articlePages().find((html) => html.includes('أعلنت الوزارة'))!;
    expect(ministry).toContain(keyToken('وزاره'));
    expect(built.read('index.html')).not.toContain('data-pagefind-body');
  });

  it('links the search page from the header of every page', () => {
    for (const html of [built.read('index.html'), built.read('404.html'), ...articlePages()]) {
      expect(html).toContain('<a href="/search/"');
    }
  });

  it('gives the search page its index base as data, Arabic and right to left', () => {
    const html = built.read('search/index.html');
    expect(html).toMatch(/<html lang="ar" dir="rtl"[ >]/);
    expect(html).toContain('data-pagefind-base="/pagefind/"');
    expect(html).toContain('<noscript>');
    expect(html).toContain('<script type="module" src="/assets/search.js"></script>');
  });

  it('writes the same index for the same seeds', async () => {
    const again = await buildFixture(makeSeeds(SEEDS));
    const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
    const index = path.join(built.outDir, 'pagefind');
    expect(files(path.join(again.outDir, 'pagefind'))).toEqual(files(index));
    for (const file of files(index)) {
      expect(readFileSync(path.join(again.outDir, 'pagefind', file)).equals(readFileSync(path.join(index, file))), file).toBe(true);
    }
  });
});
