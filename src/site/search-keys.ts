// The hidden run of search keys an article page carries for Pagefind to index: the folded
// and clitic-free forms of its words (see src/search/variants.ts), after a mark that lets
// the search page cut them out of excerpts.
import { indexKeysOf, KEYS_MARK } from '../search/variants.js';

/** The keys of the article's title and body, as one line of text. */
export function searchKeysOf(title: string, body: string): string {
  return `${KEYS_MARK} ${indexKeysOf(`${title}\n${body}`).join(' ')}`;
}

/** Eleventy filter: `{{ entry | searchKeys }}`, with the article's body from `bodyOf`. */
export function searchKeysFilter(bodyOf: (id: string) => string) {
  return (entry: { id: string; title: string }) => searchKeysOf(entry.title, bodyOf(entry.id));
}
