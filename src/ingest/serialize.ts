// Article to Markdown with YAML front matter, keys in a fixed order so output is stable.
import { parse, stringify } from 'yaml';
import type { Article, Block } from './article.js';
import { escapeMarkdown } from './markdown-escape.js';

export type FrontMatter = Omit<Article, 'body'>;

/** The order of keys in every generated file. */
export const FRONT_MATTER_KEYS = [
  'id', 'title', 'description', 'lang', 'dir', 'date', 'dateKind', 'place', 'credit', 'publisher', 'url', 'section', 'topics',
  'headings', 'words', 'readingMinutes', 'source', 'sha256',
] as const satisfies ReadonlyArray<keyof FrontMatter>;

function blockToMarkdown(block: Block): string {
  const text = escapeMarkdown(block.text);
  return block.kind === 'heading' ? `## ${text}` : text;
}

export function frontMatterOf(article: Article): FrontMatter {
  return Object.fromEntries(FRONT_MATTER_KEYS.map((key) => [key, article[key]])) as FrontMatter;
}

export function toMarkdown(article: Article): string {
  const yaml = stringify(frontMatterOf(article), { lineWidth: 0 });
  return `---\n${yaml}---\n\n${article.body.map(blockToMarkdown).join('\n\n')}\n`;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n\n?/;

/** Reads back a file written by `toMarkdown`. */
export function fromMarkdown(markdown: string): { data: FrontMatter; body: string } {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) throw new Error('no front matter');
  return { data: parse(match[1]!) as FrontMatter, body: markdown.slice(match[0].length) };
}

const FRONT_MATTER_END = '\n---\n';

/**
 * The Markdown body of a file written by `toMarkdown`, without parsing its front matter:
 * every value there is one line, so the first `---` line after the opening one ends it.
 */
export function bodyOfMarkdown(markdown: string): string {
  if (!markdown.startsWith('---\n')) throw new Error('no front matter');
  const end = markdown.indexOf(FRONT_MATTER_END, 3);
  if (end < 0) throw new Error('no front matter');
  const start = end + FRONT_MATTER_END.length;
  return markdown.slice(markdown[start] === '\n' ? start + 1 : start);
}
