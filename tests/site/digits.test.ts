// Every number the templates print goes through the `number` or date filters, so the
// site's `digits` setting applies everywhere: rendered here with Arabic-Indic digits, the
// visible text of the partials must hold no Western digit.
import path from 'node:path';
import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { formatNumber, gregorianDate, hijriDate, type DateSettings } from '../../src/site/dates.js';
import { isolateBidiHtml, dirOf } from '../../src/site/bidi.js';
import { browseOf } from '../../src/site/browse.js';
import type { CatalogEntry } from '../../src/site/catalog.js';
import type { SiteSettings } from '../../src/site/settings.js';

const TEMPLATES = path.resolve(import.meta.dirname, '../../templates');
const WESTERN_DIGIT = /[0-9]/;

function environment(): nunjucks.Environment {
  const env = new nunjucks.Environment(
    new nunjucks.FileSystemLoader([path.join(TEMPLATES, '_includes'), TEMPLATES]),
    { autoescape: true },
  );
  env.addFilter('number', (n: number, s: DateSettings) => formatNumber(n, s));
  env.addFilter('gregorianDate', (iso: string, s: DateSettings) => gregorianDate(iso, s));
  env.addFilter('hijriDate', (iso: string, s: DateSettings) => hijriDate(iso, s));
  env.addFilter('bidi', (text: string, dir: string) => isolateBidiHtml(text, dirOf(dir)));
  env.addFilter('href', (sitePath: string) => sitePath);
  return env;
}

/** Visible text: tags (and so attribute values such as datetime and href) removed. */
const visibleText = (html: string) => html.replace(/<[^>]*>/g, ' ');

const SITE = { locale: 'ar-MA', digits: 'arab' } as const;
const ENTRY = {
  id: 'abc', title: 'عنوان', description: 'وصف', lang: 'ar', dir: 'rtl',
  date: '2024-03-11', readingMinutes: 12,
};
const SETTINGS = { ...SITE, pageSize: 1, pathPrefix: '/', url: 'https://example.org', name: 'أرشيف', lang: 'ar', dir: 'rtl' };
/** The second of three home pages, as src/site/browse.ts makes it. */
const homePage = () => {
  const entries = [1, 2, 3].map((n) => ({ ...ENTRY, id: `abc${n}`, topics: [], related: [] }));
  return browseOf(entries as unknown as CatalogEntry[], SETTINGS as unknown as SiteSettings).homePages[1]!;
};

describe('numbers in templates follow the digits setting', () => {
  const env = environment();

  it.each([
    ['partials/article-meta.njk', { site: SITE, entry: ENTRY }],
    ['partials/pager.njk', { site: SITE, listPage: homePage() }],
  ])('%s', (template, context) => {
    const html = env.render(template, context);
    expect(html).toMatch(/[٠-٩]/);
    expect(visibleText(html)).not.toMatch(WESTERN_DIGIT);
  });

  it('the undated article meta too', () => {
    const html = env.render('partials/article-meta.njk', { site: SITE, entry: { ...ENTRY, date: null, readingMinutes: 3 } });
    expect(visibleText(html)).toContain('٣ دقائق قراءة');
    expect(visibleText(html)).not.toMatch(WESTERN_DIGIT);
  });

  it('the home page heading and list', () => {
    const body = env.render('partials/list-page.njk', { site: SITE, listPage: homePage(), page: { url: '/page/2/' } });
    expect(visibleText(body)).toContain('الصفحة ٢');
    expect(visibleText(body)).not.toMatch(WESTERN_DIGIT);
  });
});

describe('reading time in Arabic', () => {
  const env = environment();
  it.each([
    [1, 'دقيقة'], [2, 'دقيقة'], [3, 'دقائق'], [10, 'دقائق'], [11, 'دقيقة'], [25, 'دقيقة'],
  ])('%i minutes read as %s', (minutes, word) => {
    const html = env.render('partials/article-meta.njk', { site: { ...SITE, digits: 'latn' }, entry: { ...ENTRY, readingMinutes: minutes } });
    expect(visibleText(html)).toMatch(new RegExp(`${minutes} ${word} قراءة`));
  });
});
