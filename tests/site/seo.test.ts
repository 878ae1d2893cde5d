import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../src/site/catalog.js';
import { jsonFeed, newsArticle, scriptJson } from '../../src/site/seo.js';
import { fullUrl, loadSettings, normalizePathPrefix } from '../../src/site/settings.js';

const site = loadSettings({ url: 'https://news.example', pathPrefix: 'archive' });
const entry: CatalogEntry = {
  id: 'abc', title: 'عنوان </script><script>alert(1)</script>', description: 'وصف & <b>', lang: 'ar', dir: 'rtl',
  date: '2024-03-02', dateKind: 'published', place: 'الرباط', credit: 'وكالة', publisher: null, url: null, section: null, headings: [], words: 10,
  readingMinutes: 1, source: 'abc.txt', sha256: '0'.repeat(64), prev: null, next: null, related: [],
  topics: [{ key: 'الصحه', label: 'الصحة' }],
};

describe('scriptJson', () => {
  it('cannot close the script element, and reads back as the same value', () => {
    const text = scriptJson(newsArticle(entry, site));
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text).headline).toBe(entry.title);
  });
});

describe('newsArticle', () => {
  it('describes the article from its catalogue entry', () => {
    expect(newsArticle(entry, site)).toMatchObject({
      '@type': 'NewsArticle', headline: entry.title, datePublished: '2024-03-02', inLanguage: 'ar',
      url: 'https://news.example/archive/articles/abc/', keywords: ['الصحة'],
    });
    expect(newsArticle({ ...entry, date: null, dateKind: 'undated' }, site)).not.toHaveProperty('datePublished');
  });
});

describe('fullUrl and the path prefix', () => {
  it.each([['', '/'], ['/', '/'], ['archive', '/archive/'], ['/a/b/', '/a/b/']])('%j → %s', (raw, prefix) => {
    expect(normalizePathPrefix(raw)).toBe(prefix);
  });
  it('percent-encodes Arabic paths after host and prefix', () => {
    expect(fullUrl('/topics/الصحه/', site)).toBe('https://news.example/archive/topics/%D8%A7%D9%84%D8%B5%D8%AD%D9%87/');
  });
});

describe('jsonFeed', () => {
  it('is JSON Feed 1.1 with the site language and absolute URLs', () => {
    const feed = JSON.parse(jsonFeed([entry], site, () => '<p>نص</p>'));
    expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', language: 'ar' });
    expect(feed.items[0]).toMatchObject({
      id: 'https://news.example/archive/articles/abc/', title: entry.title, content_html: '<p>نص</p>',
      date_published: '2024-03-02T00:00:00Z', tags: ['الصحة'],
    });
  });
});
