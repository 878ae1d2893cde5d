// The search page in a real browser: a fixture archive served on 127.0.0.1, a query typed
// in another form than the article prints, the article found and laid out right to left.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, makeSeeds } from '../helpers/build.js';
import { launchBrowser } from '../helpers/browser.js';
import { serve, type Served } from '../helpers/serve.js';
import { SEEDS } from './fixture.js';

let server: Served;
let outDir: string;
let ministryTitle: string;
let browser: Browser;
let page: Page;

// Dated in two years, so the index comes in two units the page must merge.
const DATED = {
  'ministry.txt': `date: 2019-04-02\n${SEEDS['ministry.txt']}`,
  'summit.txt': `date: 2021-06-10\n${SEEDS['summit.txt']}`,
  'library.txt': `date: 2021-09-21\n${SEEDS['library.txt']}`,
};

beforeAll(async () => {
  const built = await buildFixture(makeSeeds(DATED));
  // The headline the ingest derived for the ministry article, whatever the title rules say.
  ministryTitle = built.report.entries.find((e) => e.file === 'ministry.txt')!.title!;
  outDir = built.outDir;
  server = await serve(built.outDir);
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const titles = () => page.locator('[data-search-results] h2 a').allTextContents();

async function typeQuery(text: string): Promise<void> {
  const input = page.getByLabel('كلمات البحث');
  await input.fill('');
  await input.pressSequentially(text);
  await input.press('Enter');
}

describe('search page', () => {
  it('is reached from the header of every page', async () => {
    await page.goto(`${server.origin}/`);
    await page.getByRole('link', { name: 'البحث' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/search/');
  });

  it('finds الوزارة when the reader types وزاره, marks it, and lays results out right to left', async () => {
    await page.goto(`${server.origin}/search/`);
    await typeQuery('وزاره');
    await page.locator('[data-search-results] li').first().waitFor();
    // Pages sharing only a Pagefind stem may follow; the article holding the word comes first.
    expect((await titles())[0]).toBe(ministryTitle);
    expect(ministryTitle).toContain('الوزارة');
    expect(await page.locator('[data-search-results] mark').first().textContent()).toBe('الوزارة');
    const direction = await page.locator('[data-search-results]').evaluate((el) => getComputedStyle(el).direction);
    expect(direction).toBe('rtl');
    expect(new URL(page.url()).searchParams.get('q')).toBe('وزاره');
  });

  it('finds القمة from a clitic form with diacritics, and announces the count', async () => {
    await page.goto(`${server.origin}/search/`);
    await typeQuery('وَالقِمه');
    await expect.poll(titles).toEqual([expect.stringContaining('القمة')]);
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toContain('1');
  });

  it('searches every unit of the split index as one: both years, both articles', async () => {
    expect(readdirSync(path.join(outDir, 'pagefind')).sort()).toEqual(['2019', '2021']);
    await page.goto(`${server.origin}/search/`);
    // Ministry (2019) and library (2021) both print جديدة.
    await typeQuery('جديده');
    await expect.poll(async () => (await titles()).length).toBe(2);
    const years = await page.locator('select[name="year"] option').allTextContents();
    expect(years.filter((y) => /\d/.test(y)).sort()).toEqual(['2019 (1)', '2021 (2)']);
  });

  it('runs a query given in the address and says so when nothing matches', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('مكتبه')}`);
    await expect.poll(titles).toEqual([expect.stringContaining('المكتبة')]);
    await typeQuery('حاسوب');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toContain('لا توجد نتائج');
  });
});
