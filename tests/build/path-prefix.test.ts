// The same fixture served from a sub-path, with Syrian month names and Arabic-Indic digits:
// every link, asset, feed and sitemap URL must carry the prefix.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArchive, makeArticles, type BuiltArchive } from '../helpers/archive.js';
import { checkLinks, htmlFiles } from '../helpers/links.js';

const PREFIX = '/أرشيف-قديم/';
const ENCODED_PREFIX = encodeURI(PREFIX);
const SITE_URL = 'https://news.example';
let built: BuiltArchive;

beforeAll(async () => {
  built = await buildArchive(makeArticles({ count: 24 }), {
    pathPrefix: PREFIX, url: SITE_URL, locale: 'ar-SY', digits: 'arab', pageSize: 5,
  });
});

const attributes = (html: string) => [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);

describe('a site under a path prefix', () => {
  it('has no dead links when served from the prefix', () => {
    const { checked, dead } = checkLinks(built.outDir, { prefix: PREFIX, siteUrl: SITE_URL });
    expect(checked).toBeGreaterThan(500);
    expect(dead).toEqual([]);
  });

  it('puts the prefix in front of every internal link and asset', () => {
    for (const file of htmlFiles(built.outDir)) {
      for (const link of attributes(built.read(file))) {
        if (link.startsWith('#')) continue;
        const pathOnly = link.startsWith(SITE_URL) ? decodeURI(link.slice(SITE_URL.length)) : decodeURI(link);
        expect(pathOnly.startsWith(PREFIX), `${file}: ${link}`).toBe(true);
      }
    }
  });

  it('puts host and prefix in feed, sitemap and robots URLs', () => {
    const atom = built.read('feed.xml');
    const urls = [...atom.matchAll(/href="([^"]+)"|<id>([^<]+)<\/id>/g)].map((m) => m[1] ?? m[2]!);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(`${SITE_URL}${ENCODED_PREFIX}`), url).toBe(true);
    const json = JSON.parse(built.read('feed.json'));
    expect(json.feed_url).toBe(`${SITE_URL}${ENCODED_PREFIX}feed.json`);
    const locs = [...built.read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    for (const loc of locs) expect(loc.startsWith(`${SITE_URL}${ENCODED_PREFIX}`), loc).toBe(true);
    expect(built.read('robots.txt')).toContain(`Sitemap: ${SITE_URL}${ENCODED_PREFIX}sitemap.xml`);
  });

  it('follows the locale and digits settings', () => {
    const html = built.read('archive/index.html');
    expect(html).toContain('>٢٠٢٤</a>');
    const year = built.read('archive/2024/index.html');
    expect(year).toMatch(/كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين/);
    expect(year).toContain('<h1>أرشيف سنة ٢٠٢٤</h1>');
  });

  it('paginates with the page size setting', () => {
    const home = built.read('index.html');
    expect(home.match(/<li lang=/g)).toHaveLength(5);
    expect(home).toContain(`href="${PREFIX}page/2/" rel="next"`);
  });
});
