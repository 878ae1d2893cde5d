// Reading in a real browser: the order Latin names and brackets are drawn in inside Arabic
// lines, the line length, the fonts, the theme toggle and the print stylesheet.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { EXAMPLE_ID } from '../helpers/build.js';
import { BIDI_ID, FRENCH_ID, startSite, type Site } from './fixture.js';

let site: Site;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchBrowser()]);
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await site?.served.close();
});

async function open(pagePath: string, width = 1280) {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: 'light', media: 'screen' });
  await page.goto(site.url(pagePath), { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
}

interface Box { left: number; right: number; top: number; bottom: number }

/**
 * Where each part of `text` is drawn, found in the paragraph that contains it: `parts` are
 * consecutive pieces of `text` (e.g. ['(', 'NAUSS', ')']). Reads rendered boxes, not markup.
 */
async function boxesOf(text: string, parts: string[]): Promise<Box[]> {
  return page.evaluate(
    ({ text, parts }) => {
      for (const p of document.querySelectorAll('main p, main h1, main h2')) {
        const nodes: Array<{ node: Text; start: number }> = [];
        let all = '';
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push({ node: n as Text, start: all.length });
          all += (n as Text).data;
        }
        const at = all.indexOf(text);
        if (at < 0) continue;
        const point = (offset: number, end: boolean): [Text, number] => {
          const hit = [...nodes].reverse().find(({ node, start }) =>
            end ? start < offset && offset <= start + node.data.length : start <= offset && offset < start + node.data.length);
          if (!hit) throw new Error(`offset ${offset} not found`);
          return [hit.node, offset - hit.start];
        };
        let offset = at;
        return parts.map((part) => {
          const range = document.createRange();
          range.setStart(...point(offset, false));
          range.setEnd(...point(offset + part.length, true));
          offset += part.length;
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          return {
            left: Math.min(...rects.map((r) => r.left)),
            right: Math.max(...rects.map((r) => r.right)),
            top: Math.min(...rects.map((r) => r.top)),
            bottom: Math.max(...rects.map((r) => r.bottom)),
          };
        });
      }
      throw new Error(`text not on the page: ${text}`);
    },
    { text, parts },
  );
}

/**
 * In a right-to-left line, `a` is read before `b`: it is drawn entirely to b's right. Where
 * the line may break between them (at a space), a break is also a correct order.
 */
function expectReadBefore(a: Box, b: Box, what: string, mayBreak = false) {
  if (mayBreak && b.top - a.top >= 4) return;
  expect(Math.abs(a.top - b.top), `${what}: on one line`).toBeLessThan(4);
  expect(a.left, `${what}: drawn right of the next part`).toBeGreaterThanOrEqual(b.right - 0.5);
}

describe('Latin runs inside Arabic lines', () => {
  it('draws "(NAUSS)" with its brackets around the name, the opening one on the right', async () => {
    await open(`/articles/${EXAMPLE_ID}/`);
    const [word, open_, name, close, next] = await boxesOf('الأمنية (NAUSS) ومع', ['الأمنية ', '(', 'NAUSS', ')', ' ومع']);
    // Read right to left: the Arabic word, "(", NAUSS, ")", the next Arabic word.
    expectReadBefore(word!, open_!, 'word before "("', true);
    expectReadBefore(open_!, name!, '"(" before NAUSS');
    expectReadBefore(name!, close!, 'NAUSS before ")"');
    expectReadBefore(close!, next!, '")" before the next word', true);
  });

  it('keeps a list of Latin acronyms separated by Arabic commas in reading order', async () => {
    await open(`/articles/${BIDI_ID}/`);
    // Without isolation the commas join the acronyms into one left-to-right run: IACP would
    // be read first.
    const [a, c1, b, c2, c] = await boxesOf('NAUSS، USAP، IACP', ['NAUSS', '، ', 'USAP', '، ', 'IACP']);
    expectReadBefore(a!, c1!, 'NAUSS before the first comma');
    expectReadBefore(c1!, b!, 'first comma before USAP', true);
    expectReadBefore(b!, c2!, 'USAP before the second comma');
    expectReadBefore(c2!, c!, 'second comma before IACP', true);
    // All three on one line here, so the order is really tested.
    expect(Math.abs(a!.top - c!.top)).toBeLessThan(4);
  });

  it('keeps a percentage and a sentence-final name with the Arabic text around them', async () => {
    await open(`/articles/${BIDI_ID}/`);
    const [before, n, after] = await boxesOf('بلغت 85% هذه', ['بلغت ', '85%', ' هذه']);
    expectReadBefore(before!, n!, 'word before 85%', true);
    expectReadBefore(n!, after!, '85% before the next word', true);
    const [digits, percent] = await boxesOf('85%', ['85', '%']);
    // Inside the number, left to right as written: "85" then "%" to its right.
    expect(percent!.left).toBeGreaterThanOrEqual(digits!.right - 0.5);
  });

  it('marks Arabic names inside a French article as Arabic and right to left', async () => {
    await open(`/articles/${FRENCH_ID}/`);
    const article = page.locator('article');
    expect(await article.getAttribute('lang')).toBe('fr');
    expect(await article.getAttribute('dir')).toBe('ltr');
    const arabic = await page.$$eval('article .body bdi[lang="ar"][dir="rtl"]', (els) => els.map((e) => e.textContent));
    expect(arabic).toEqual(['عبد اللطيف الحموشي']);
  });

  it.each([`/articles/${FRENCH_ID}/`, '/page/2/'])('gives every Arabic passage on %s an Arabic lang', async (pagePath) => {
    await open(pagePath);
    const wrong = await page.evaluate(() => {
      const ARABIC = /\p{Script=Arabic}/u;
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const lang = n.parentElement?.closest('[lang]')?.getAttribute('lang');
        if (ARABIC.test(n.textContent ?? '') && !['ar', 'fa', 'ur'].includes(lang ?? '')) found.push(`${lang}: ${n.textContent!.trim()}`);
      }
      return found;
    });
    expect(wrong).toEqual([]);
  });
});

describe('typography', () => {
  it('sets Arabic text in the self-hosted Naskh face, regular and bold', async () => {
    const fonts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'font') fonts.push(new URL(r.url()).pathname); });
    await open(`/articles/${EXAMPLE_ID}/`);
    const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.weight}`));
    expect(loaded.sort()).toEqual(['Noto Naskh Arabic 400', 'Noto Naskh Arabic 700']);
    expect([...new Set(fonts)].sort()).toEqual([
      '/assets/fonts/noto-naskh-arabic-arabic-400-normal.woff2',
      '/assets/fonts/noto-naskh-arabic-arabic-700-normal.woff2',
    ]);
  });

  it('keeps article lines between 60 and 75 characters at desktop width', async () => {
    await open(`/articles/${EXAMPLE_ID}/`);
    const perLine = await page.evaluate(() => {
      const counts: number[] = [];
      for (const p of document.querySelectorAll('article .body p')) {
        // Characters per drawn line, by the line each character is drawn on; last lines are short.
        const byLine = new Map<number, number>();
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          for (let i = 0; i < n.data.length; i++) {
            const range = document.createRange();
            range.setStart(n, i);
            range.setEnd(n, i + 1);
            const rect = range.getClientRects()[0];
            if (!rect) continue;
            const line = Math.round(rect.top / 8);
            byLine.set(line, (byLine.get(line) ?? 0) + 1);
          }
        }
        counts.push(...[...byLine.values()].slice(0, -1));
      }
      return counts;
    });
    const average = perLine.reduce((a, b) => a + b, 0) / perLine.length;
    expect(perLine.length).toBeGreaterThan(8);
    expect(average).toBeGreaterThanOrEqual(60);
    expect(average).toBeLessThanOrEqual(75);
  });

  it('shows keyboard focus on links', async () => {
    await open('/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { cls: el.className, outline: getComputedStyle(el).outlineStyle, top: el.getBoundingClientRect().top };
    });
    // The skip link comes first and moves into view when focused.
    expect(focused.cls).toBe('skip-link');
    expect(focused.outline).toBe('solid');
    expect(focused.top).toBeGreaterThanOrEqual(0);
  });
});

describe('theme', () => {
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  /** The theme attribute as it was when <body> was first parsed, i.e. before any paint. */
  const themeBeforeBody = () =>
    page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody);

  beforeAll(async () => {
    await page.addInitScript(() => {
      const w = window as unknown as { themeAtBody: string | null | undefined };
      new MutationObserver((_m, observer) => {
        if (!document.body) return;
        w.themeAtBody = document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
  });

  it('follows the system scheme until the reader chooses, then remembers the choice', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'dark', media: 'screen' });
    await page.goto(site.url('/'));
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const toggle = page.locator('.theme-toggle');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const dark = await background();

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const light = await background();
    expect(light).not.toBe(dark);

    await page.goto(site.url(`/articles/${EXAMPLE_ID}/`));
    expect(await themeBeforeBody()).toBe('light');
    expect(await background()).toBe(light);
    expect(await page.locator('.theme-toggle').getAttribute('aria-pressed')).toBe('false');

    await page.locator('.theme-toggle').click();
    await page.emulateMedia({ colorScheme: 'light', media: 'screen' });
    await page.reload();
    expect(await themeBeforeBody()).toBe('dark');
    expect(await background()).toBe(dark);
    await page.evaluate(() => localStorage.clear());
  });
});

describe('print', () => {
  it('prints the article alone, with its address and date line', async () => {
    await open(`/articles/${EXAMPLE_ID}/`);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const shown = await page.evaluate(() => {
      const visible = (selector: string) => {
        const el = document.querySelector(selector);
        return el ? getComputedStyle(el).display !== 'none' : null;
      };
      return {
        header: visible('.site-header'),
        footer: visible('.site-footer'),
        skip: visible('.skip-link'),
        back: visible('.back-link'),
        meta: visible('article .meta'),
        url: visible('article .print-only'),
        urlText: document.querySelector('article .print-only')?.textContent ?? '',
        background: getComputedStyle(document.documentElement).backgroundColor,
      };
    });
    expect(shown).toMatchObject({ header: false, footer: false, skip: false, back: false, meta: true, url: true });
    expect(shown.urlText).toContain(`/articles/${EXAMPLE_ID}/`);
    expect(shown.background).toBe('rgb(255, 255, 255)');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });
});
