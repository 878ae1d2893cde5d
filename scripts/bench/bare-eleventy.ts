// The baseline: bare Eleventy 3 over the same articles as plain Markdown, with one
// minimal layout, a paginated home and tag pages, as a typical Eleventy blog is built.
// Tag pages are numbered: `slugify` transliterates Arabic, so two topics would share a URL.
// The topics are not Eleventy `tags`: Eleventy makes a collection per tag by sorting the
// whole archive again for each (tags × articles log articles), which ran over 5 minutes at
// 10,000 articles and 9,000 topics. One collection groups the articles by topic in a pass,
// as a large Eleventy site would, and the tag pages paginate over it.
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
pagination: { data: collections.topicPages, size: 1, alias: topic }
permalink: "/tags/{{ pagination.pageNumber }}/"
layout: base.njk
---
<ol>{% for post in topic.posts %}<li><a href="{{ post.url }}">{{ post.data.title }}</a></li>{% endfor %}</ol>`;
/** Its own config, so Eleventy does not load Arshif's from the working folder. */
const CONFIG_TEXT = `export default function (config) {
  config.addCollection('topicPages', (api) => {
    const byTopic = new Map();
    for (const post of api.getFilteredByTag('posts')) {
      for (const key of post.data.topics ?? []) {
        if (!byTopic.has(key)) byTopic.set(key, []);
        byTopic.get(key).push(post);
      }
    }
    return [...byTopic].map(([key, posts]) => ({ key, posts }));
  });
}
`;

/**
 * Turns Arshif's generated Markdown into two plain Eleventy input folders, reading each
 * article once: `floor`, the articles and the paginated home only (Eleventy's floor for the
 * same articles), and `tags`, the same with a page per topic.
 */
export function makeBareInputs(contentDir: string, { floor, tags }: { floor: string; tags: string }): void {
  for (const inputDir of [floor, tags]) {
    rmSync(inputDir, { recursive: true, force: true });
    mkdirSync(path.join(inputDir, '_includes'), { recursive: true });
    mkdirSync(path.join(inputDir, 'posts'));
    writeFileSync(path.join(inputDir, '_includes', 'base.njk'), LAYOUT);
    writeFileSync(path.join(inputDir, 'index.njk'), HOME);
    writeFileSync(path.join(inputDir, CONFIG), CONFIG_TEXT);
  }
  writeFileSync(path.join(tags, 'tags.njk'), TAGS);
  const articlesDir = path.join(contentDir, 'articles');
  for (const file of readdirSync(articlesDir)) {
    const { data, body } = fromMarkdown(readFileSync(path.join(articlesDir, file), 'utf8'));
    const post = (extra: object) =>
      `---\n${stringify({ title: data.title, layout: 'base.njk', tags: ['posts'], ...extra, ...(data.date ? { date: data.date } : {}) })}---\n\n${body}`;
    writeFileSync(path.join(floor, 'posts', file), post({}));
    writeFileSync(path.join(tags, 'posts', file), post({ topics: (data.topics ?? []).map((t) => t.key) }));
  }
}
