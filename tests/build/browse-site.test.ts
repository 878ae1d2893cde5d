// A fixture archive of 64 articles over three years and eight topics, built once and read
// as a reader, a feed reader and a search engine would.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../src/site/catalog.js';
import { buildArchive, makeArticles, TOPIC_LABELS, VARIANT_LABEL, type BuiltArchive } from '../helpers/archive.js';
import { checkLinks, htmlFiles } from '../helpers/links.js';

const HOSTILE_TITLE = 'عنوان "مقتبس" </script><script>alert(1)</script> {{ 7 * 7 }} & <b>';

let built: BuiltArchive;
let catalog: CatalogEntry[];

function fixture() {
  const articles = makeArticles({ count: 64 });
  articles[5]!.title = HOSTILE_TITLE;
  return articles;
}

beforeAll(async () => {
  built = await buildArchive(fixture());
  catalog = JSON.parse(readFileSync(path.join(built.contentDir, 'catalog.json'), 'utf8'));
});

const articlePage = (id: string) => built.read(`articles/${id}/index.html`);
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => decodeURIComponent(m[1]!));
const dated = () => catalog.filter((e) => e.date);

describe('the fixture', () => {
  it('has at least 60 articles over 3 years and 8 topics', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(60);
    expect(new Set(dated().map((e) => e.date!.slice(0, 4))).size).toBe(3);
    expect(readdirSync(path.join(built.outDir, 'topics'))).toHaveLength(TOPIC_LABELS.length + 1);
  });
});

describe('date archive', () => {
  it('lists years with counts and the undated section', () => {
    const html = built.read('archive/index.html');
    for (const year of ['2022', '2023', '2024']) {
      const count = dated().filter((e) => e.date!.startsWith(year)).length;
      expect(html).toContain(`<a href="/archive/${year}/">${year}</a> <span class="count">(${count} مقالًا)</span>`);
    }
    expect(html).toContain('<a href="/archive/undated/">مقالات بدون تاريخ</a>');
  });

  it('lists a year\'s months by name and a month\'s articles', () => {
    const march = dated().filter((e) => e.date!.startsWith('2024-03'));
    expect(march.length).toBeGreaterThan(0);
    expect(built.read('archive/2024/index.html')).toContain('<a href="/archive/2024/03/">مارس</a>');
    const html = built.read('archive/2024/03/index.html');
    expect(html).toContain('<h1>أرشيف مارس 2024</h1>');
    for (const e of march) expect(html).toContain(`/articles/${e.id}/`);
  });

  it('lists every undated article in its own section', () => {
    const html = built.read('archive/undated/index.html');
    const undated = catalog.filter((e) => !e.date);
    expect(undated.length).toBeGreaterThan(0);
    for (const e of undated) expect(html).toContain(`/articles/${e.id}/`);
  });
});

describe('topics', () => {
  it('lists topics by article count, linked by their percent-encoded Arabic key', () => {
    const html = built.read('topics/index.html');
    const counts = [...html.matchAll(/<li><a href="[^"]+">[^<]+<\/a> <span class="count">\((\d+)/g)].map((m) => Number(m[1]));
    expect(counts).toHaveLength(8);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(html).toContain('href="/topics/%D8%A7%D9%84%D8%B5%D8%AD%D9%87/"');
  });

  it('writes each topic to a folder with its Arabic name, both spellings on one page', () => {
    const html = built.read('topics/الامم-المتحده/index.html');
    const un = catalog.filter((e) => e.topics.some((t) => t.label === VARIANT_LABEL || t.label === 'الأمم المتحدة'));
    expect(un.some((e) => e.topics.some((t) => t.label === VARIANT_LABEL))).toBe(true);
    expect(un.some((e) => e.topics.some((t) => t.label === 'الأمم المتحدة'))).toBe(true);
    const firstPage = un.slice(0, 20);
    for (const e of firstPage) expect(html).toContain(`/articles/${e.id}/`);
    expect(html).toContain('href="/topics/%D8%A7%D9%84%D8%A7%D9%85%D9%85-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D9%87/feed.xml"');
  });
});

describe('article page', () => {
  it('has breadcrumbs to its year and month, topic links and the Hijri date', () => {
    const entry = dated().find((e) => e.topics.length === 2)!;
    const html = articlePage(entry.id);
    const links = hrefs(html);
    expect(links).toContain(`/archive/${entry.date!.slice(0, 4)}/`);
    expect(links).toContain(`/archive/${entry.date!.slice(0, 4)}/${entry.date!.slice(5, 7)}/`);
    for (const topic of entry.topics) expect(html).toContain(`rel="tag">${topic.label}</a>`);
    expect(html).toMatch(/<span class="hijri">\([^)]+هـ\)<\/span>/);
  });

  it('links the previous and next article by date and five related articles', () => {
    const entry = dated()[10]!;
    const html = articlePage(entry.id);
    expect(entry.prev).toBe(dated()[11]!.id);
    expect(entry.next).toBe(dated()[9]!.id);
    expect(html).toMatch(new RegExp(`href="/articles/${entry.prev}/" rel="prev"`));
    expect(html).toMatch(new RegExp(`href="/articles/${entry.next}/" rel="next"`));
    expect(entry.related).toHaveLength(5);
    const related = html.slice(html.indexOf('class="related"'));
    for (const id of entry.related) expect(related).toContain(`/articles/${id}/`);
  });

  it('relates articles that share a main topic more than others', () => {
    let shared = 0;
    for (const entry of catalog) {
      const main = entry.topics[0]!.key;
      shared += entry.related.filter((id) => catalog.find((e) => e.id === id)!.topics[0]!.key === main).length;
    }
    expect(shared / (catalog.length * 5)).toBeGreaterThan(0.6);
  });

  it('has a table of contents when it has three or more subheadings, linking to their ids', () => {
    const withToc = catalog.find((e) => e.headings.length >= 3)!;
    const html = articlePage(withToc.id);
    expect(html).toContain('class="toc"');
    const doc = parseDocument(html);
    const ids = new Set<string>();
    const walk = (node: { attribs?: Record<string, string>; children?: unknown[] }) => {
      if (node.attribs?.id) ids.add(node.attribs.id);
      for (const child of node.children ?? []) walk(child as never);
    };
    walk(doc as never);
    const tocLinks = [...html.matchAll(/<li><a href="#([^"]+)">/g)].map((m) => m[1]!);
    expect(tocLinks).toHaveLength(withToc.headings.length);
    for (const id of tocLinks) expect(ids).toContain(id);
    const without = catalog.find((e) => e.headings.length === 0)!;
    expect(articlePage(without.id)).not.toContain('class="toc"');
  });
});

describe('feeds', () => {
  it('an Atom feed of the newest 50 with the site language, full content and absolute links', () => {
    const xml = built.read('feed.xml');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="ar">/);
    const ids = [...xml.matchAll(/<id>https:\/\/example.org\/articles\/([0-9a-f]+)\/<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual(catalog.slice(0, 50).map((e) => e.id));
    expect(xml).toContain('<content type="html">&lt;p&gt;');
    const doc = parseDocument(xml, { xmlMode: true });
    expect(doc.children.filter((n) => n.type === 'tag')).toHaveLength(1);
  });

  it('a JSON Feed of the newest 50', () => {
    const feed = JSON.parse(built.read('feed.json'));
    expect(feed.language).toBe('ar');
    expect(feed.items.map((i: { url: string }) => i.url)).toEqual(
      catalog.slice(0, 50).map((e) => `https://example.org/articles/${e.id}/`),
    );
  });

  it('a feed per topic, and every page links the site feeds in its head', () => {
    const xml = built.read('topics/الصحه/feed.xml');
    expect(xml).toContain('<link href="https://example.org/topics/%D8%A7%D9%84%D8%B5%D8%AD%D9%87/" rel="alternate"');
    for (const file of htmlFiles(built.outDir).filter((f) => f !== '404.html')) {
      const head = built.read(file).split('</head>')[0]!;
      expect(head, file).toContain('<link rel="alternate" type="application/atom+xml" title="أرشيف" href="/feed.xml">');
      expect(head, file).toContain('<link rel="alternate" type="application/feed+json" title="أرشيف" href="/feed.json">');
    }
  });
});

describe('for search engines and sharing', () => {
  it('a sitemap of every page with lastmod, and robots.txt pointing to it', () => {
    const xml = built.read('sitemap.xml');
    const locs = [...xml.matchAll(/<loc>https:\/\/example.org([^<]*)<\/loc>/g)].map((m) => decodeURIComponent(m[1]!));
    const pages = htmlFiles(built.outDir).filter((f) => f !== '404.html').map((f) => `/${f.replace(/index\.html$/, '')}`);
    expect([...locs].sort()).toEqual([...pages].sort());
    const entry = dated()[0]!;
    expect(xml).toContain(`<loc>https://example.org/articles/${entry.id}/</loc><lastmod>${entry.date}</lastmod>`);
    expect(built.read('robots.txt')).toContain('Sitemap: https://example.org/sitemap.xml');
  });

  it('canonical URL, description, Open Graph and JSON-LD NewsArticle on article pages', () => {
    const entry = dated()[0]!;
    const html = articlePage(entry.id);
    expect(html).toContain(`<link rel="canonical" href="https://example.org/articles/${entry.id}/">`);
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain(`<meta property="og:url" content="https://example.org/articles/${entry.id}/">`);
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: entry.title, datePublished: entry.date });
  });

  it('escapes hostile titles for every place they appear', () => {
    const entry = catalog.find((e) => e.title === HOSTILE_TITLE)!;
    const html = articlePage(entry.id);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('{{ 7 * 7 }}');
    expect(html).toContain('<meta property="og:title" content="عنوان &quot;مقتبس&quot; &lt;/script&gt;');
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(ld.headline).toBe(HOSTILE_TITLE);
    expect(built.read('feed.xml')).toContain('&lt;/script&gt;&lt;script&gt;alert(1)');
  });

  it('canonical URL on every page', () => {
    for (const file of htmlFiles(built.outDir).filter((f) => f !== '404.html')) {
      expect(built.read(file), file).toContain(`<link rel="canonical" href="https://example.org/`);
    }
  });
});

describe('builds', () => {
  it('the same articles give a byte-identical site', async () => {
    const again = await buildArchive(fixture());
    const files = (dir: string) => {
      const list: string[] = [];
      const walk = (under: string) => {
        for (const d of readdirSync(path.join(dir, under), { withFileTypes: true })) {
          const rel = path.join(under, d.name);
          if (d.isDirectory()) walk(rel);
          else list.push(rel);
        }
      };
      walk('');
      return list.sort();
    };
    expect(files(again.outDir)).toEqual(files(built.outDir));
    for (const file of files(built.outDir)) {
      expect(readFileSync(path.join(again.outDir, file)).equals(readFileSync(path.join(built.outDir, file))), file).toBe(true);
    }
  });
});

describe('links', () => {
  it('every internal href and src resolves to a built file and every #fragment to an id', () => {
    const { checked, dead } = checkLinks(built.outDir);
    expect(checked).toBeGreaterThan(1000);
    expect(dead).toEqual([]);
  });

  it('the walker does see a dead link', () => {
    const { dead } = checkLinks(path.resolve(import.meta.dirname, '../fixtures/site/dead-link'));
    expect(dead).toEqual(['index.html: /nowhere/ (no nowhere/index.html)', 'index.html: #missing (no id missing)']);
  });
});
