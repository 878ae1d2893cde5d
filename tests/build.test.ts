import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Built, buildFixture, EXAMPLE_ID, EXAMPLE_SEED, makeSeeds } from './helpers/build.js';

const EXPECTED_TITLE = 'حذر عبد اللطيف الحموشي من أكبر التحديات التي يواجهها العالم اليوم';
const EXPECTED_HEADINGS = ['الجريمة الإلكترونية', 'مراكش تستضيف الجمعية العامة للإنتربول سنة 2025', 'شكر وتقدير'];
const COMMENT_COUNTER = 'تعليقات الزوار';

/** Visible text of an HTML fragment: tags out, the few entities the renderer writes decoded. */
function textOf(html: string): string {
  return html
    // Bidi isolation wraps runs inside words' neighbourhood: it adds no space.
    .replace(/<\/?bdi[^>]*>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('building the example seed', () => {
  let built: Built;
  let article: string;
  beforeAll(async () => {
    built = await buildFixture(makeSeeds({}, true));
    article = built.read(`articles/${EXAMPLE_ID}/index.html`);
  });

  it('writes the home page and the article at its id URL', () => {
    expect(existsSync(path.join(built.outDir, 'index.html'))).toBe(true);
    expect(built.read('index.html')).toContain(`href="/articles/${EXAMPLE_ID}/"`);
    expect(existsSync(path.join(built.outDir, '404.html'))).toBe(true);
  });

  it('marks every page Arabic and right to left', () => {
    for (const page of ['index.html', '404.html', `articles/${EXAMPLE_ID}/index.html`]) {
      expect(built.read(page)).toMatch(/<html lang="ar" dir="rtl"[ >]/);
    }
  });

  it('uses the derived headline as the only h1', () => {
    const h1s = [...article.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => textOf(m[1]!).trim());
    expect(h1s).toEqual([EXPECTED_TITLE]);
  });

  it('turns the three short lines into h2 subheadings with ids', () => {
    const body = article.slice(article.indexOf('class="body"'));
    const h2s = [...body.matchAll(/<h2 id="([^"]+)">([\s\S]*?)<\/h2>/g)];
    expect(h2s.map((m) => textOf(m[2]!).trim())).toEqual(EXPECTED_HEADINGS);
    expect(h2s.every((m) => m[1]!.length > 0)).toBe(true);
  });

  it('removes the comment counter everywhere and records it in the report', () => {
    for (const page of ['index.html', `articles/${EXAMPLE_ID}/index.html`]) {
      expect(built.read(page)).not.toContain(COMMENT_COUNTER);
    }
    const entry = built.report.entries.find((e) => e.id === EXAMPLE_ID)!;
    expect(entry.removed).toEqual([{ rule: 'comment-counter', text: 'تعليقات الزوار ( 0 )' }]);
    const report = JSON.parse(readFileSync(path.join(built.workDir, 'report.json'), 'utf8'));
    expect(report.entries[0]).toMatchObject({
      file: '000_68def380e0635f55.txt', id: EXAMPLE_ID, status: 'ok', url: `/articles/${EXAMPLE_ID}/`,
      title: EXPECTED_TITLE, lang: 'ar',
    });
  });

  it('keeps every word of the body, in order', () => {
    const seedWords = readFileSync(EXAMPLE_SEED, 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith(COMMENT_COUNTER))
      .join(' ')
      .split(/\s+/)
      .filter(Boolean);
    const body = article.slice(article.indexOf('class="body"'), article.indexOf('class="provenance"'));
    const pageWords = textOf(body).split(/\s+/).filter(Boolean);
    let at = 0;
    for (const word of seedWords) {
      const found = pageWords.indexOf(word, at);
      expect(found, `"${word}" after word ${at}`).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
  });

  it('shows provenance: the seed file name and its sha256', () => {
    expect(article).toContain('000_68def380e0635f55.txt');
    expect(article).toContain('95555b283d5059872289eeaaefffd6dde868297dd340059e4a960d5647a975fc');
  });
});

describe('building with bad seeds beside good ones', () => {
  it('publishes the good seed and reports the bad one by name and reason', async () => {
    const built = await buildFixture(makeSeeds({ 'broken.txt': new Uint8Array([0x41, 0x00, 0x42, 0x43]), 'empty.txt': '' }, true));
    expect(built.report.published).toBe(1);
    const byFile = Object.fromEntries(built.report.entries.map((e) => [e.file, e]));
    expect(byFile['broken.txt']).toMatchObject({ status: 'error' });
    expect(byFile['empty.txt']).toMatchObject({ status: 'error', code: 'empty' });
    expect(existsSync(path.join(built.outDir, `articles/${EXAMPLE_ID}/index.html`))).toBe(true);
  });

  it('publishes nothing and keeps the previous site when no seed builds', async () => {
    const root = makeSeeds({}, true);
    const first = await buildFixture(root);
    const before = first.read('index.html');
    const { rmSync, writeFileSync } = await import('node:fs');
    rmSync(path.join(root, 'seeds', '000_68def380e0635f55.txt'));
    writeFileSync(path.join(root, 'seeds', 'empty.txt'), '');
    const second = await buildFixture(root);
    expect(second.report.published).toBe(0);
    expect(second.read('index.html')).toBe(before);
  });
});
