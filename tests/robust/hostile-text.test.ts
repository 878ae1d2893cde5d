// Hostile seed text stays text on every page type, feed, sitemap, JSON-LD and search
// index: the test builds seeds full of markup, URLs, template code and bidi tricks, then
// parses every file in dist/ (so pages added later are covered too).
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/build/report.js';
import { buildFixture, type Built } from '../helpers/build.js';
import { pathologicalLines } from './pathological.js';
import { findElements, parseHtml, SiteInspector, siteSource, textOfNode } from './inspect-site.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/robust/hostile-text/seeds');
const TEMPLATES = path.resolve(import.meta.dirname, '../../templates');
const BIDI = /[\u202A-\u202E\u2066-\u2069]/gu;
const SPACES = /\s+/gu;
const PATHOLOGICAL = '11-pathological.txt';
// A file name is shown on the page too (provenance): markup and a bidi override in it.
const HOSTILE_NAME = '12-<img src=x onerror=alert(1)>\u202Etxt.exe.txt';
const PATHOLOGICAL_LEAD = 'خبر قصير تليه أسطر من رموز التنسيق.';

/** A seed's lines as the article shows them: bidi controls removed, spaces collapsed, blank lines dropped. */
function expectedLines(file: string): string[] {
  return readFileSync(path.join(FIXTURE, file), 'utf8').split('\n')
    .map((line) => line.replace(BIDI, '').replace(SPACES, ' ').trim())
    .filter(Boolean);
}

describe('hostile text', () => {
  let built: Built;
  let report: Report;
  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'arshif-hostile-'));
    cpSync(FIXTURE, path.join(root, 'seeds'), { recursive: true });
    // Thousands of Markdown markers: built and walked like the rest (timed by scripts/pathological-timing.ts).
    writeFileSync(path.join(root, 'seeds', PATHOLOGICAL), `${PATHOLOGICAL_LEAD}\n${pathologicalLines(2_000).join('\n')}\n`);
    writeFileSync(path.join(root, 'seeds', HOSTILE_NAME), 'نشرت البلدية جدول مواعيد جمع النفايات الجديد في الأحياء.\n');
    built = await buildFixture(root);
    report = built.report;
  });

  it('publishes every hostile seed', () => {
    expect(report.entries.map((e) => [e.file, e.status])).toEqual([...readdirSync(FIXTURE), PATHOLOGICAL, HOSTILE_NAME].sort().map((f) => [f, 'ok']));
  });

  it('finds no script, handler, javascript:/data: URL, foreign element or bidi override in any file of dist/', () => {
    const inspector = new SiteInspector(built.outDir, siteSource(TEMPLATES)).checkAll();
    expect(inspector.files).toBeGreaterThan(report.published);
    expect(inspector.findings).toEqual([]);
  });

  it.each(readdirSync(FIXTURE).sort())('shows %s literally in the article text', (file) => {
    const entry = report.entries.find((e) => e.file === file)!;
    const page = parseHtml(built.read(`${entry.url!.replace(/^\//, '')}index.html`));
    const [article] = findElements(page, (n) => n.tagName === 'article');
    const text = textOfNode(article!).replace(SPACES, ' ');
    for (const line of expectedLines(file)) expect(text).toContain(line);
    const [h1] = findElements(article!, (n) => n.tagName === 'h1');
    expect(textOfNode(h1!).trim()).toBe(entry.title);
  });

  it('shows pathological Markdown-like text literally', () => {
    const entry = report.entries.find((e) => e.file === PATHOLOGICAL)!;
    const page = parseHtml(built.read(`${entry.url!.replace(/^\//, '')}index.html`));
    const text = textOfNode(findElements(page, (n) => n.tagName === 'article')[0]!);
    for (const line of pathologicalLines(2_000)) expect(text).toContain(line.trim());
  });

  it('shows a hostile file name as text, its bidi override escaped', () => {
    const entry = report.entries.find((e) => e.file === HOSTILE_NAME)!;
    const page = parseHtml(built.read(`${entry.url!.replace(/^\//, '')}index.html`));
    const text = textOfNode(findElements(page, (n) => n.tagName === 'article')[0]!);
    expect(text).toContain('12-<img src=x onerror=alert(1)>\\u{202e}txt.exe.txt');
  });

  it('counts the bidi controls it removed in the report', () => {
    const entry = report.entries.find((e) => e.file === '05-raw-bidi.txt')!;
    expect(entry.removed).toContainEqual({ rule: 'bidi-control', text: '3 character(s): U+202E ×1, U+2066 ×1, U+2069 ×1' });
  });

  it('keeps the inspector honest: it flags what it is meant to find', () => {
    const planted = mkdtempSync(path.join(tmpdir(), 'arshif-planted-'));
    cpSync(built.outDir, planted, { recursive: true });
    const inspector = new SiteInspector(planted, siteSource(TEMPLATES));
    const page = `<!doctype html><html><head><script>alert(1)</script><script src="https://evil.example/x.js"></script></head>
      <body><a href=" java\tscript:alert(1)">x</a><img src="data:text/html,x" onerror="alert(1)"><p>\u202Eabc</p>
      <p>&#x202E;</p><iframe src="/"></iframe><script type="application/ld+json">{"url":"javascript:alert(1)"}</script></body></html>`;
    writeFileSync(path.join(planted, 'page.html'), page);
    writeFileSync(path.join(planted, 'feed.xml'), '<?xml version="1.0"?><feed><entry><content type="html">&lt;script&gt;x&lt;/script&gt;</content><link href="javascript:x"/></entry></feed>');
    writeFileSync(path.join(planted, 'sitemap.xml'), '<?xml version="1.0"?><urlset><url><loc>javascript:alert(1)</loc></url></urlset>');
    writeFileSync(path.join(planted, 'rss.xml'), '<?xml version="1.0"?><rss><channel><item><title>&#x202E;x</title><description>&lt;a href="data:text/html,x"&gt;x&lt;/a&gt;</description></item></channel></rss>');
    writeFileSync(path.join(planted, 'feed.json'), JSON.stringify({ items: [{ url: 'vbscript:x', content_html: '<svg onload="alert(1)"></svg>' }] }));
    writeFileSync(path.join(planted, 'fragment.pf_fragment'), gzipSync(`pagefind_dcd${JSON.stringify({ url: 'javascript:alert(1)', content: 'نص \u202Eمقلوب', meta: { title: 'x' } })}`));
    writeFileSync(path.join(planted, 'broken.xml'), '<?xml version="1.0"?><feed><title>a</feed>');
    inspector.checkAll();
    const problems = inspector.findings.map((f) => `${f.file}: ${f.problem.split(':')[0]}`);
    expect(problems).toEqual(expect.arrayContaining([
      'page.html: inline <script> not written by the site',
      'page.html: <script src="https',
      'page.html: <a href> holds a javascript',
      'page.html: <img src> holds a data',
      'page.html: event handler onerror on <img>',
      'page.html: bidi override in #text',
      'page.html: <iframe src="/"> not written by the site',
      'page.html: JSON-LD url holds a javascript',
      'feed.xml: <script> inside carried HTML',
      'feed.xml: <link href> holds a javascript',
      'broken.xml: XML not well-formed',
      'fragment.pf_fragment: search index url holds a javascript',
      'fragment.pf_fragment: bidi override in gzip content',
      'sitemap.xml: <loc> holds a javascript',
      'rss.xml: bidi override in <title> text',
      'rss.xml: <a href> holds a data',
      'feed.json: JSON url holds a vbscript',
      'feed.json: event handler onload on <svg>',
    ]));
  });
});
