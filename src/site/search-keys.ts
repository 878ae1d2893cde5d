// The hidden run of search keys an article page carries for Pagefind to index: the folded
// and clitic-free forms of its words (see src/search/variants.ts), after a mark that lets
// the search page cut them out of excerpts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromMarkdown } from '../ingest/serialize.js';
import { indexKeysOf, KEYS_MARK } from '../search/variants.js';
import { ARTICLES_DIR } from './catalog.js';

/** The keys of the article's title and body, as one line of text. */
export function searchKeysOf(title: string, body: string): string {
  return `${KEYS_MARK} ${indexKeysOf(`${title}\n${body}`).join(' ')}`;
}

/** Eleventy filter: `{{ entry | searchKeys }}`, reading the article's generated Markdown. */
export function searchKeysFilter(workDir: string) {
  return (entry: { id: string; title: string }) => {
    const file = path.join(workDir, ARTICLES_DIR, `${entry.id}.md`);
    return searchKeysOf(entry.title, fromMarkdown(readFileSync(file, 'utf8')).body);
  };
}
