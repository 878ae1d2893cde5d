import { describe, expect, it } from 'vitest';
import { articleCrumbs, browseOf, topicGroups, type ListPage } from '../../src/site/browse.js';
import type { CatalogEntry } from '../../src/site/catalog.js';
import { byNewest } from '../../src/site/catalog.js';
import { loadSettings } from '../../src/site/settings.js';
import { normalizeArabic } from '../../src/text/arabic.js';

const site = loadSettings({ locale: 'ar-MA', digits: 'latn', pageSize: 20 });

function entry(id: string, date: string | null, labels: string[] = []): CatalogEntry {
  return {
    id, title: `عنوان ${id}`, description: 'وصف', lang: 'ar', dir: 'rtl', date,
    dateKind: date ? 'published' : 'undated', place: null, credit: null, publisher: null, url: null, section: null,
    topics: labels.map((label) => ({ key: normalizeArabic(label), label })), headings: [], words: 100,
    readingMinutes: 1, source: `${id}.txt`, sha256: id.padEnd(64, '0'), prev: null, next: null, related: [],
  };
}

/** A catalogue of `n` entries over ten years and 300 topics, one in 50 undated. */
function bigCatalog(n: number): CatalogEntry[] {
  return Array.from({ length: n }, (_, i) => {
    const date = i % 50 === 49 ? null
      : `${2015 + (i % 10)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    return entry(i.toString(16).padStart(16, '0'), date, [`موضوع ${i % 300}`, `قسم ${i % 7}`]);
  }).sort(byNewest);
}

const allPages = (pages: { homePages: ListPage[]; archivePages: ListPage[]; topicPages: ListPage[] }) =>
  [...pages.homePages, ...pages.archivePages, ...pages.topicPages];

describe('browseOf', () => {
  const catalog = [
    entry('a', '2024-03-02', ['الأمم المتحدة']),
    entry('b', '2024-03-01', ['الامم المتحدة', 'الاقتصاد']),
    entry('c', '2024-01-15', ['الاقتصاد']),
    entry('d', '2023-12-31'),
    entry('e', null, ['الأمم المتحدة']),
  ];
  const browse = browseOf(catalog, site);

  it('lists years newest first with counts, then the undated section', () => {
    const years = browse.archivePages.find((p) => p.kind === 'years')!;
    expect(years.url).toBe('/archive/');
    expect(years.groups.map((g) => [g.label, g.href, g.countText])).toEqual([
      ['2024', '/archive/2024/', '3 مقالات'],
      ['2023', '/archive/2023/', 'مقال واحد'],
      ['مقالات بدون تاريخ', '/archive/undated/', 'مقال واحد'],
    ]);
  });

  it('lists a year\'s months by Arabic name and a month\'s articles', () => {
    const year = browse.archivePages.find((p) => p.url === '/archive/2024/')!;
    expect(year.groups.map((g) => [g.label, g.href, g.count])).toEqual([
      ['مارس', '/archive/2024/03/', 2],
      ['يناير', '/archive/2024/01/', 1],
    ]);
    const march = browse.archivePages.find((p) => p.url === '/archive/2024/03/')!;
    expect(march.title).toBe('أرشيف مارس 2024');
    expect(march.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(march.lastmod).toBe('2024-03-02');
    expect(march.crumbs.map((c) => c.href)).toEqual(['/', '/archive/', '/archive/2024/']);
    const undated = browse.archivePages.find((p) => p.kind === 'undated')!;
    expect(undated.entries.map((e) => e.id)).toEqual(['e']);
  });

  it('follows the locale for month names and the digits setting for numbers', () => {
    const syrian = browseOf(catalog, loadSettings({ locale: 'ar-SY', digits: 'arab' }));
    const year = syrian.archivePages.find((p) => p.url === '/archive/2024/')!;
    expect(year.title).toBe('أرشيف سنة ٢٠٢٤');
    expect(year.groups.map((g) => g.label)).toEqual(['آذار', 'كانون الثاني']);
    const tunisian = browseOf(catalog, loadSettings({ locale: 'ar-TN' }));
    expect(tunisian.archivePages.find((p) => p.url === '/archive/2024/')!.groups[1]!.label).toBe('جانفي');
  });

  it('puts two spellings of one topic on one page, named by the commonest spelling', () => {
    const un = browse.topics.find((t) => t.key === normalizeArabic('الأمم المتحدة'))!;
    expect(un.entries.map((e) => e.id)).toEqual(['a', 'b', 'e']);
    expect(un.label).toBe('الأمم المتحدة');
    expect(un.url).toBe('/topics/الامم-المتحده/');
    expect(un.href).toBe('/topics/%D8%A7%D9%84%D8%A7%D9%85%D9%85-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D9%87/');
    expect(browse.topics.map((t) => t.entries.length)).toEqual([3, 2]);
    expect(browse.topicPages.find((p) => p.kind === 'topics')!.lastmod).toBe('2024-03-02');
  });

  it('counts an article once per topic even when it lists both spellings', () => {
    const twice = [entry('x', '2024-01-01', ['الأمم المتحدة', 'الامم المتحده'])];
    expect(topicGroups(twice).map((t) => t.entries.length)).toEqual([1]);
  });

  it('gives article pages breadcrumbs to their year and month', () => {
    expect(articleCrumbs(entry('a', '2024-03-02'), site).map((c) => [c.label, c.href])).toEqual([
      ['الرئيسية', '/'], ['2024', '/archive/2024/'], ['مارس', '/archive/2024/03/'],
    ]);
    expect(articleCrumbs(entry('e', null), site).at(-1)!.href).toBe('/archive/undated/');
  });

  it('links pages of a long list to each other', () => {
    const many = Array.from({ length: 45 }, (_, i) => entry(`m${String(i).padStart(2, '0')}`, '2024-05-01'));
    const pages = browseOf(many, site).archivePages.filter((p) => p.kind === 'month');
    expect(pages.map((p) => [p.url, p.entries.length, p.prev, p.next])).toEqual([
      ['/archive/2024/05/', 20, null, '/archive/2024/05/page/2/'],
      ['/archive/2024/05/page/2/', 20, '/archive/2024/05/', '/archive/2024/05/page/3/'],
      ['/archive/2024/05/page/3/', 5, '/archive/2024/05/page/2/', null],
    ]);
    expect(pages[1]!.title).toBe('أرشيف ماي 2024 · الصفحة 2');
  });
});

describe('at 10,000 articles', () => {
  const catalog = bigCatalog(10_000);
  const browse = browseOf(catalog, site);
  const pages = allPages(browse);

  it('no listing page holds more than one page-size of items', () => {
    const largest = Math.max(...pages.map((p) => p.entries.length + p.groups.length));
    expect(largest).toBe(site.pageSize);
  });

  it('every article is listed exactly once on home, once by date, and under each topic', () => {
    const count = (list: ListPage[]) => list.reduce((n, p) => n + p.entries.length, 0);
    expect(count(browse.homePages)).toBe(10_000);
    expect(count(browse.archivePages)).toBe(10_000);
    expect(count(browse.topicPages.filter((p) => p.kind === 'topic'))).toBe(20_000);
  });

  it('gives every page its own URL', () => {
    expect(new Set(pages.map((p) => p.url)).size).toBe(pages.length);
  });
});
