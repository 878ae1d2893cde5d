// Every page type in a real browser: served with the right status, no horizontal scrolling
// at phone to desktop widths, zero axe violations in both colour schemes, nothing loaded
// from another host; screenshots of each into screenshots/ to look at.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { startSite, type Site } from './fixture.js';
import { PAGES } from './pages.js';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../screenshots');
const WIDTHS = [320, 360, 768, 1280];
const SCREENSHOT_WIDTHS = [360, 1280];
const SCHEMES = ['light', 'dark'] as const;
const MAX_SCREENSHOT_HEIGHT = 2400;

let site: Site;
let browser: Browser;
let page: Page;
/** Every URL the page requested, to check nothing comes from another host. */
const requested: string[] = [];

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchBrowser()]);
  page = await browser.newPage();
  page.on('request', (request) => requested.push(request.url()));
});

afterAll(async () => {
  await browser?.close();
  await site?.served.close();
});

async function open(pagePath: string, width: number, scheme: 'light' | 'dark') {
  await page.setViewportSize({ width, height: 800 });
  await page.emulateMedia({ colorScheme: scheme, media: 'screen' });
  const response = await page.goto(site.url(pagePath), { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return response;
}

describe.each(PAGES)('$name page', ({ name, path: pagePath, status = 200 }) => {
  it(`is served with status ${status}, right to left, in Arabic`, async () => {
    const response = await open(pagePath, 1280, 'light');
    expect(response?.status()).toBe(status);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
  });

  it.each(WIDTHS)('does not scroll sideways at %ipx', async (width) => {
    await open(pagePath, width, 'light');
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 || el.getBoundingClientRect().left < -1)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide: wide.slice(0, 5) };
    });
    expect(overflow.scrollWidth, `wider than the screen: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(
      overflow.clientWidth,
    );
  });

  it.each(SCHEMES)('has no axe violations in the %s scheme', async (scheme) => {
    await open(pagePath, 1280, scheme);
    await page.addScriptTag({ path: AXE_SCRIPT });
    const violations = await page.evaluate(async () => {
      // axe-core puts itself on window when injected.
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<Record<string, unknown>> }> } }).axe;
      const result = await axe.run();
      return result.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: (v.nodes as Array<{ target: unknown; failureSummary: string }>).map((n) => `${String(n.target)}: ${n.failureSummary}`),
      }));
    });
    expect(violations).toEqual([]);
  });

  it('loads nothing from another host', async () => {
    requested.length = 0;
    await open(pagePath, 1280, 'light');
    const origin = site.served.origin;
    expect(requested.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
  });

  it('is photographed at phone and desktop widths in both schemes', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const width of SCREENSHOT_WIDTHS) {
      for (const scheme of SCHEMES) {
        await open(pagePath, width, scheme);
        const file = path.join(SCREENSHOTS, `${name}-${width}-${scheme}.png`);
        // The whole page, up to a few screens: long lists are cut to stay easy to look at.
        const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), MAX_SCREENSHOT_HEIGHT);
        const png = await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height } });
        expect(png.length).toBeGreaterThan(1000);
      }
    }
  });
});
