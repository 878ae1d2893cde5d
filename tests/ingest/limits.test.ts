import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/article.js';
import { DEFAULT_LIMITS, limitsFrom } from '../../src/ingest/limits.js';
import { ingest, STEPS } from '../../src/ingest/pipeline.js';
import { toMarkdown, fromMarkdown } from '../../src/ingest/serialize.js';
import { createMarkdown } from '../../src/site/markdown.js';
import { pathologicalLines } from '../robust/pathological.js';

const PARAGRAPH = 'قال المتحدث باسم الدفاع المدني إن فرق الإطفاء سيطرت على الحريق بعد ساعتين من اندلاعه.';
const utf8 = (text: string) => new TextEncoder().encode(text);
const small = { maxSeedBytes: 2_000, maxLineChars: 300, maxParagraphs: 5 };

function codeOf(text: string, limits = small): string | null {
  try {
    ingest('seed.txt', utf8(text), STEPS, limits);
    return null;
  } catch (error) {
    if (error instanceof IngestError) return error.code;
    throw error;
  }
}

describe('limits', () => {
  it('reads the settings, defaults for what is left out, and refuses wrong ones', () => {
    expect(limitsFrom(undefined)).toEqual(DEFAULT_LIMITS);
    expect(limitsFrom({ maxParagraphs: 10 })).toEqual({ ...DEFAULT_LIMITS, maxParagraphs: 10 });
    expect(() => limitsFrom({ maxParagraphs: 0 })).toThrow(/positive/);
    expect(() => limitsFrom({ maxLines: 10 })).toThrow(/unknown setting maxLines/);
  });

  it.each<[string, string, string | null]>([
    ['a seed within every limit', `${PARAGRAPH}\n${PARAGRAPH}`, null],
    ['a seed over the size limit', `${PARAGRAPH}\n`.repeat(30), 'too-large'],
    ['a paragraph over the line-length limit', `${PARAGRAPH}\n${'كلمة '.repeat(70)}`, 'line-too-long'],
    ['a seed over the paragraph limit', `${PARAGRAPH}\n`.repeat(6), 'too-many-paragraphs'],
    ['a seed of blank space and invisible characters only', ' \n\u200B\u202E\n\t\n', 'empty'],
    ['a seed with only a comment counter', 'تعليقات (3)\n', 'no-text'],
  ])('%s', (_, text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('says which paragraph is too long and by how much', () => {
    expect(() => ingest('seed.txt', utf8(`${PARAGRAPH}\n${'ب'.repeat(301)}`), STEPS, small)).toThrow(
      'paragraph 2 has 301 characters, over the limit of 300',
    );
  });
});

describe('pathological Markdown-like text', () => {
  it('renders as the same text, with no Markdown structure', () => {
    const md = createMarkdown();
    const lines = pathologicalLines(2_000);
    const { article } = ingest('seed.txt', utf8(['خبر عن النص المرضي.', ...lines].join('\n')));
    const html = md.render(fromMarkdown(toMarkdown(article)).body);
    expect(html).not.toMatch(/<(?:em|strong|a|blockquote|ul|ol|li|code|pre|table|hr|h\d|img)\b/);
    const text = html.replace(/<\/?(?:p|bdi)\b[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&quot;/g, '"');
    // Lines are trimmed when read: a trailing space is not text.
    for (const line of lines) expect(text).toContain(line.trim());
  });
});
