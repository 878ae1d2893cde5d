import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/ingest/markdown-escape.js';
import { createMarkdown } from '../../src/site/markdown.js';

const md = createMarkdown();

describe('markdown bidi isolation', () => {
  it('isolates Latin runs in Arabic paragraphs, outside their brackets', () => {
    expect(md.render('ودعا إلى الشراكة مع جامعة نايف (NAUSS) في 2023.')).toBe(
      '<p>ودعا إلى الشراكة مع جامعة نايف (<bdi dir="ltr">NAUSS</bdi>) في <bdi dir="ltr">2023</bdi>.</p>\n',
    );
  });

  it('isolates in headings and keeps their ids from the plain text', () => {
    expect(md.render('## مراكش تستضيف Interpol سنة 2025')).toBe(
      '<h2 id="مراكش-تستضيف-interpol-سنة-2025">مراكش تستضيف <bdi dir="ltr">Interpol</bdi> سنة <bdi dir="ltr">2025</bdi></h2>\n',
    );
  });

  it('isolates Arabic runs in a left-to-right passage', () => {
    expect(md.render('Le ministre الحموشي a parlé.', { dir: 'ltr' })).toBe(
      '<p>Le ministre <bdi dir="rtl" lang="ar">الحموشي</bdi> a parlé.</p>\n',
    );
  });

  it('renders escaped seed markup as text, isolated like any other run', () => {
    const seed = 'قال <b>مرحبا</b> و[رابط](https://evil.example) و`code` & *AT&T*';
    const html = md.render(escapeMarkdown(seed));
    expect(html).not.toMatch(/<(?!\/?(?:p|bdi)[ >])/);
    expect(html).toContain('&lt;<bdi dir="ltr">b</bdi>&gt;');
    expect(html).toContain('<bdi dir="ltr">https://evil.example</bdi>');
    expect(html).toContain('*<bdi dir="ltr">AT&amp;T</bdi>*');
  });
});
