// The forms of an Arabic word a reader may type and a newsroom may print, folded to
// shared search keys. The build indexes the keys of every article word beside the text;
// the search page looks up the keys of every query word, so both sides meet on a key.
// This module runs in the browser (bundled into the search page's script) and in the eval.
import { normalizeArabic } from '../text/arabic.js';

/** Article-bearing prefixes, longest first: a conjunction or preposition fused with ال. */
const ARTICLE_PREFIXES = ['وبال', 'فبال', 'وكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
/** One-letter clitics: and, so, with, for, like. */
const CLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
/** A stem shorter than this after stripping is more likely part of the word itself. */
const MIN_STEM_AFTER_ARTICLE = 2;
const MIN_STEM_AFTER_CLITIC = 3;
const ARABIC_LETTER = /[\u0621-\u064A]/;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Starts the hidden run of keys in an indexed article, so excerpts can stop before it. */
export const KEYS_MARK = '⁂';

/** The word with its article-bearing prefix removed, or null when it has none. */
function withoutArticle(folded: string): string | null {
  for (const prefix of ARTICLE_PREFIXES) {
    if (folded.startsWith(prefix) && folded.length - prefix.length >= MIN_STEM_AFTER_ARTICLE) {
      return folded.slice(prefix.length);
    }
  }
  return null;
}

/** The word with a leading one-letter clitic removed, or null. */
function withoutClitic(folded: string): string | null {
  if (CLITICS.has(folded[0] ?? '') && folded.length - 1 >= MIN_STEM_AFTER_CLITIC) return folded.slice(1);
  return null;
}

/**
 * Search keys of one word: its folded form (hamza, ة/ه, ى/ي, diacritics, tatweel, digits),
 * that form without a fused article, and without a one-letter clitic. A clitic cannot be
 * told from a root letter (وزير, وكتاب), so both readings are keys; two forms of one word
 * always share at least one key.
 */
export function keysOf(word: string): string[] {
  const folded = normalizeArabic(word);
  if (!ARABIC_LETTER.test(folded)) return folded ? [folded] : [];
  const keys = new Set([folded]);
  const bare = withoutArticle(folded);
  if (bare) keys.add(bare);
  const stripped = withoutClitic(folded);
  if (stripped) {
    keys.add(stripped);
    const strippedBare = withoutArticle(stripped);
    if (strippedBare) keys.add(strippedBare);
  }
  return [...keys];
}

/** The words of a text as a reader would split them. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Each query word with its keys; words are searched separately and must all match. */
export function queryTerms(query: string): { word: string; keys: string[] }[] {
  const seen = new Set<string>();
  const terms = [];
  for (const word of wordsOf(query)) {
    const folded = normalizeArabic(word);
    if (seen.has(folded)) continue;
    seen.add(folded);
    terms.push({ word, keys: keysOf(word) });
  }
  return terms;
}

/**
 * The keys of every word of a text, each once, in first-seen order, less those already
 * written in the text as they are: what the build indexes beside the text.
 */
export function indexKeysOf(text: string): string[] {
  const words = wordsOf(text);
  const written = new Set(words);
  const keys = new Set<string>();
  for (const word of words) for (const key of keysOf(word)) if (!written.has(key)) keys.add(key);
  return [...keys];
}
