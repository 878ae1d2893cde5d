// The forms of an Arabic word a reader may type and a newsroom may print, folded to
// shared search keys. The build indexes the keys of every article word beside the text;
// the search page looks up the keys of every query word, so both sides meet on a key.
// This module runs in the browser (bundled into the search page's script) and in the eval.
import { normalizeArabic } from '../text/arabic-browser.js';

/** Article-bearing prefixes, longest first: a conjunction or preposition fused with ال. */
const ARTICLE_PREFIXES = ['وبال', 'فبال', 'وكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
/** One-letter clitics: and, so, with, for, like. */
const CLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
/** A stem shorter than this after stripping is more likely part of the word itself. */
const MIN_STEM_AFTER_ARTICLE = 2;
const MIN_STEM_AFTER_CLITIC = 3;
const ARABIC_LETTER = /[\u0621-\u064A]/;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Joiners and direction marks that may sit inside a word without ending it. */
const INVISIBLE = /[\u200B-\u200F\u061C\u2066-\u2069\u202A-\u202E]/g;
/** Starts the hidden run of keys in an indexed article, so excerpts can stop before it. */
export const KEYS_MARK = '⁂';
const DIGITS_ONLY = /^\d+$/;

// Keys are indexed and looked up in a Latin spelling: Pagefind's Arabic stemmer would
// otherwise cut them down (خدمي, خدمة → خدم) and a rare word would match every page with a
// common one. Letters only, since Pagefind also indexes the parts of a word split at digits.
// The 25 commonest letters left after folding have one letter each; the rest `x` and one
// more, so no spelling is the start of another letter's. A prefix no word starts with.
const KEY_PREFIX = 'zq';
const COMMON_LETTERS = 'الیمونهربتعدسفكقحجشطصزخضث'.replace('ی', 'ي');
const RARE_LETTERS = 'غذظءئؤػؼؽؾؿ';
const SINGLE = 'abcdefghijklmnopqrstuvwyz';
const ESCAPE = 'x';
const KEY_LETTERS = new Map<string, string>([
  ...[...COMMON_LETTERS].map((letter, i): [string, string] => [letter, SINGLE[i]!]),
  ...[...RARE_LETTERS].map((letter, i): [string, string] => [letter, ESCAPE + SINGLE[i]!]),
]);

/** The token Pagefind indexes for a key: Latin letters for Arabic ones, digits as they are. */
export function keyToken(key: string): string {
  if (DIGITS_ONLY.test(key)) return key;
  return KEY_PREFIX + [...key].map((c) => KEY_LETTERS.get(c) ?? c).join('');
}

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
  // Latin words Pagefind matches itself; numbers need only their Latin digits.
  if (!ARABIC_LETTER.test(folded)) return DIGITS_ONLY.test(folded) ? [folded] : [];
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
  return text.replace(INVISIBLE, '').match(WORD) ?? [];
}

export interface QueryTerm {
  word: string;
  keys: string[];
  /** What to ask Pagefind: the word as typed (its own stemming) and the key tokens. */
  lookups: string[];
}

/** Each query word with its keys; words are searched separately and must all match. */
export function queryTerms(query: string): QueryTerm[] {
  const seen = new Set<string>();
  const terms = [];
  for (const word of wordsOf(query)) {
    const folded = normalizeArabic(word);
    if (seen.has(folded)) continue;
    seen.add(folded);
    const keys = keysOf(word);
    terms.push({ word, keys, lookups: [...new Set([word, ...keys.map(keyToken)])] });
  }
  return terms;
}

/**
 * The key tokens of every word of a text, each once, in first-seen order, less numbers
 * already written with Latin digits: what the build indexes beside the text.
 */
export function indexKeysOf(text: string): string[] {
  const words = wordsOf(text);
  const written = new Set(words);
  const tokens = new Set<string>();
  for (const word of words) {
    for (const token of tokensOf(word)) if (!written.has(token)) tokens.add(token);
  }
  return [...tokens];
}

// A build folds the same words over and over across articles; each is worked out once.
const TOKENS_OF_WORD = new Map<string, string[]>();
function tokensOf(word: string): string[] {
  let tokens = TOKENS_OF_WORD.get(word);
  if (!tokens) {
    tokens = keysOf(word).map(keyToken);
    TOKENS_OF_WORD.set(word, tokens);
  }
  return tokens;
}

/** Prefixes a printed word may carry, for `surfaceFormsOf`. */
const PRINTED_PREFIXES = ['', 'ال', 'و', 'وال', 'ب', 'بال', 'ل', 'لل', 'ك', 'ف'];

/**
 * The alternative measured against keys (eval mode `forms`): the printed forms a word may
 * take, each to be looked up as text in an index without keys, so Pagefind stems them as
 * it stemmed the page. Many lookups a word, and ة/ى endings guessed back from ه/ي.
 */
export function surfaceFormsOf(word: string): string[] {
  const forms = new Set([word]);
  for (const key of keysOf(word)) {
    if (!ARABIC_LETTER.test(key)) {
      forms.add(key);
      continue;
    }
    const bare = withoutArticle(key) ?? key;
    const endings = [bare];
    if (bare.endsWith('ه')) endings.push(`${bare.slice(0, -1)}ة`);
    if (bare.endsWith('ي')) endings.push(`${bare.slice(0, -1)}ى`);
    for (const ending of endings) for (const prefix of PRINTED_PREFIXES) forms.add(prefix + ending);
  }
  return [...forms];
}
