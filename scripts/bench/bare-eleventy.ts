// The baseline: bare Eleventy 3 over the same articles as plain Markdown, with one
// minimal layout, a paginated home and tag pages, as a typical Eleventy blog is built.
// Tag pages are numbered: `slugify` transliterates Arabic, so two topics would share a URL.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { fromMarkdown } from '../../src/ingest/serialize.js';

const LAYOUT = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main>{{ content | safe }}</main></body></html>`;
export const CONFIG = 'bare.config.mjs';
const HOME = `---
pagination: { data: collections.posts, size: 20, reverse: true }
permalink: "{% if pagination.pageNumber == 0 %}/{% else %}/page/{{ pagination.pageNumber + 1 }}/{% endif %}"
layout: base.njk
---
<ol>{% for post in pagination.items %}<li><a href="{{ post.url }}">{{ post.data.title }}</a></li>{% endfor %}</ol>`;
const TAGS = `---
pagination: { data: collections, size: 1, alias: tag, filter: [all, posts] }
permalink: "/tags/{{ pagination.pageNumber }}/"
layout: base.njk
---
<ol>{% for post in collections[tag] %}<li><a href="{{ post.url }}">{{ post.data.title }}</a></li>{% endfor %}</ol>`;

/**
 * Turns Arshif's generated Markdown into a plain Eleventy input folder. With `tagPages`
 * false, the articles and the paginated home only: Eleventy's floor for the same articles,
 * since its tag pages (pagination over `collections`) grow with tags × articles.
 */
export function makeBareInput(contentDir: string, inputDir: string, { tagPages = true } = {}): void {
  rmSync(inputDir, { recursive: true, force: true });
  mkdirSync(path.join(inputDir, '_includes'), { recursive: true });
  mkdirSync(path.join(inputDir, 'posts'));
  writeFileSync(path.join(inputDir, '_includes', 'base.njk'), LAYOUT);
  writeFileSync(path.join(inputDir, 'index.njk'), HOME);
  if (tagPages) writeFileSync(path.join(inputDir, 'tags.njk'), TAGS);
  // Its own empty config, so Eleventy does not load Arshif's from the working folder.
  writeFileSync(path.join(inputDir, CONFIG), 'export default function () {}\n');
  const articlesDir = path.join(contentDir, 'articles');
  for (const file of readdirSync(articlesDir)) {
    const { data, body } = fromMarkdown(readFileSync(path.join(articlesDir, file), 'utf8'));
    const tags = ['posts', ...(tagPages ? (data.topics ?? []).map((t) => t.key) : [])];
    const front = stringify({ title: data.title, layout: 'base.njk', tags, ...(data.date ? { date: data.date } : {}) });
    writeFileSync(path.join(inputDir, 'posts', file), `---\n${front}---\n\n${body}`);
  }
}
