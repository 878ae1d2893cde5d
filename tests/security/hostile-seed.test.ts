// A seed is text: markup, Markdown and template syntax in it render as the characters typed.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Built, buildFixture, makeSeeds } from '../helpers/build.js';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '{{ 7*7 }}',
  '{% include "base.njk" %}',
  '**bold**',
  '# not a heading',
  '---',
];

const SEED = [
  'هذه فقرة أولى طويلة بما يكفي لتكون مقدمة مقال عن نص يحمل رموزا قد تبدو أوامر برمجية.',
  ...PAYLOADS.map((p) => `فقرة تحمل ${p} في وسطها.`),
  ...PAYLOADS,
].join('\n');

function unescapeHtml(html: string): string {
  return html.replace(/<\/?bdi[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

describe('a seed full of markup and template code', () => {
  let built: Built;
  let html: string;
  let body: string;
  beforeAll(async () => {
    built = await buildFixture(makeSeeds({ 'hostile_0123456789abcdef.txt': SEED }));
    html = built.read('articles/0123456789abcdef/index.html');
    body = html.slice(html.indexOf('class="body"'), html.indexOf('class="provenance"'));
  });

  it('builds', () => {
    expect(built.report.published).toBe(1);
  });

  it.each(PAYLOADS)('shows %s literally', (payload) => {
    expect(unescapeHtml(body)).toContain(`فقرة تحمل ${payload} في وسطها.`);
    expect(unescapeHtml(body)).toContain(`<p>${payload}</p>`.replace(/^<p>|<\/p>$/g, ''));
  });

  it('makes no element, link, emphasis, heading or rule from it', () => {
    // Scripts are the site's own: those of the 404 page (which shows no seed), and JSON-LD
    // data that parses as JSON and holds no raw `<`, so it cannot close its element.
    const scripts = (page: string) => [...page.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)];
    const siteScripts = scripts(built.read('404.html')).map((m) => m[0]);
    for (const page of [html, built.read('index.html')]) {
      for (const [whole, attributes, inner] of scripts(page)) {
        if (attributes === ' type="application/ld+json"') {
          expect(() => JSON.parse(inner!)).not.toThrow();
          expect(inner).not.toContain('<');
        } else {
          expect(siteScripts).toContain(whole);
        }
      }
      expect(page).not.toMatch(/<img/i);
      expect(page).not.toMatch(/href="javascript:/i);
      expect(page).not.toMatch(/<strong>|<em>|<hr/i);
    }
    expect(body).not.toMatch(/<h1/);
    expect(body).not.toMatch(/<a /);
  });

  it('runs no template code', () => {
    expect(html).not.toMatch(/>\s*49\s*</);
    expect(html).not.toContain('فقرة تحمل 49');
    expect(unescapeHtml(body)).toContain('{% include "base.njk" %}');
  });

  it('renders each bare payload as its own paragraph', () => {
    const paragraphs = [...body.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => unescapeHtml(m[1]!));
    for (const payload of PAYLOADS) expect(paragraphs).toContain(payload);
  });
});
