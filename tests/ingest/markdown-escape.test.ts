import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/ingest/markdown-escape.js';
import { createMarkdown } from '../../src/site/markdown.js';

const md = createMarkdown();

/** What a reader sees: the paragraph's text with the renderer's entities decoded. */
function rendered(text: string): string {
  const html = md.render(escapeMarkdown(text)).trim();
  expect(html.startsWith('<p>') && html.endsWith('</p>'), html).toBe(true);
  return html.slice(3, -4).replace(/<\/?bdi[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

describe('escapeMarkdown', () => {
  it.each([
    ['emphasis', 'قال **بوضوح** و_ليس_ *هكذا*'],
    ['link', '[اضغط هنا](javascript:alert(1))'],
    ['image', '![صورة](data:text/html,x)'],
    ['autolink', '<https://example.org>'],
    ['raw html', '<b onclick="x()">عريض</b>'],
    ['entity that decodes to a bidi override', '&#x202E;نص&amp;'],
    ['heading marker', '# ليس عنوانا'],
    ['closing hashes', 'عنوان ##'],
    ['quote', '> اقتباس'],
    ['list', '- عنصر'],
    ['plus list', '+ عنصر'],
    ['ordered list', '1. أولا'],
    ['ordered list with paren', '2) ثانيا'],
    ['rule', '---'],
    ['setext underline', '==='],
    ['code span', '`code` هنا'],
    ['fence', '```js'],
    ['table', '| أ | ب |'],
    ['strikethrough', '~~محذوف~~'],
    ['backslash', 'C:\\path\\ هنا'],
    ['template code', '{{ 7*7 }} {% include "x" %} {# تعليق #}'],
    ['reference definition', '[ref]: https://example.org'],
    ['Arabic punctuation and digits', 'في ٢٠٢٤، قال: «نعم» (NAUSS) 50%؟'],
    ['tatweel, ZWNJ and marks', 'الـــوزير\u200Cهنا\u200F'],
  ])('%s renders literally', (_case, text) => {
    expect(rendered(text)).toBe(text);
  });
});
