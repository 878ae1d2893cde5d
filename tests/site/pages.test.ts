// Every built page: valid HTML (html-validate with the project's .htmlvalidate.json) and
// lean (page plus stylesheets under 50 KB before compression; fonts aside).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../browser/fixture.js';
import type { Built } from '../helpers/build.js';

const CONFIG = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8'),
) as ConfigData;
const PAGE_BUDGET_BYTES = 50 * 1024;
const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g;

let built: Built;
let pages: string[];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

beforeAll(async () => {
  built = await buildSite();
  pages = htmlFiles(built.outDir);
});

describe('built pages', () => {
  it('include every page type', () => {
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
    expect(pages).toContain(path.join('page', '2', 'index.html'));
    expect(pages.filter((p) => p.startsWith('articles'))).toHaveLength(23);
  });

  it('are valid HTML', async () => {
    const validator = new HtmlValidate(CONFIG);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(built.read(page), page);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('weigh under 50 KB each with their stylesheets', () => {
    const heavy: string[] = [];
    for (const page of pages) {
      const html = built.read(page);
      const css = [...html.matchAll(STYLESHEET)].map((m) => statSync(path.join(built.outDir, m[1]!)).size);
      const bytes = Buffer.byteLength(html) + css.reduce((a, b) => a + b, 0);
      expect(css.length, `${page} links its stylesheet`).toBeGreaterThan(0);
      if (bytes > PAGE_BUDGET_BYTES) heavy.push(`${page}: ${bytes} bytes`);
    }
    expect(heavy).toEqual([]);
  });

  it('load nothing render-blocking from another host', () => {
    const BLOCKING = /<(?:link\b[^>]*\brel="stylesheet"|script\b(?![^>]*\b(?:async|defer)\b)[^>]*\bsrc=)[^>]*>/g;
    const foreign = pages.flatMap((page) =>
      [...built.read(page).matchAll(BLOCKING)].map((m) => m[0]).filter((tag) => /(?:href|src)="(?:https?:)?\/\//.test(tag)),
    );
    expect(foreign).toEqual([]);
  });
});
