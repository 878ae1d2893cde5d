// Topics: 3 to 6 keys per article, drawn from its own words and ranked against the whole
// archive (TF-IDF), so a word every article uses is never a topic. Spelling variants and
// the clitics و/ف/ب/ل/ك and the article ال fold to one key; names of several words that
// recur ("الأمم المتحدة", "عبد اللطيف الحموشي") stay whole. Needs the whole archive, so it
// runs after the per-seed ingest.
import type { Block, Topic } from './article.js';
import { normalizeArabic } from '../text/arabic.js';
import { isStopWord } from '../text/arabic-stop-words.js';
import { Lexicon } from '../text/lexicon.js';


export const TOPICS_MIN = 3;
export const TOPICS_MAX = 6;
/** A topic must score at least this share of the article's best topic, once the minimum is met. */
const RELATIVE_FLOOR = 0.3;
/** Occurrences in the lead (and a header title) count this many times: the lead says what the article is about. */
const LEAD_WEIGHT = 2;
/** A recurring name of several words is more telling than any of its words. */
const PHRASE_WEIGHT = 1.5;
/** A run of words is a name when it recurs in several articles and its words rarely appear without each other. */
const PHRASE_MIN_ARTICLES = 2;
const PHRASE_MIN_COHESION = 0.4;
/** A word written only once in an article is seldom what it is about: usually a verb or an aside. */
const ONCE_WEIGHT = 0.4;
/**
 * An Arabic word the archive never writes with the article ال is seldom a noun: a verb
 * ("يتجرأ", "تحطمت") unless it is a name, and a name recurs in its article.
 */
const NEVER_DEFINITE_WEIGHT = 0.5;
const NAME_MIN_SEEN = 3;
/** Shorter words are particles or abbreviations that fold badly. */
const MIN_LETTERS = 3;

// Words that begin a name of several words and are not topics alone ("عبد اللطيف", "أبو ظبي").
const NAME_PARTICLES = new Set(['عبد', 'ابو', 'ابن', 'بن', 'بو', 'ام', 'ذو', 'آل', 'ال'].map(normalizeArabic));

// Letters that are marks on a letter, or joiners: gone from the surface form as well as the key.
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u061C]/gu;
const WORD = /[\p{L}\p{N}]+/gu;
// Punctuation that ends a phrase: a name never runs across it.
const BREAK = /[.!?؟،,;؛:()«»"“”\[\]{}\-–—/|]+/u;
// A word (captured) or a run of punctuation that ends a phrase: the two never share a character.
const WORD_OR_BREAK = new RegExp(`(${WORD.source})|${BREAK.source}`, 'gu');
const ARABIC_LETTER = /[\u0600-\u06FF]/u;
const DIGIT = /\d/u;
// The clitic before the article: و/ف, then ب/ك/ل, then ال ("وبالحكومة" → "الحكومة").
const CLITIC_ARTICLE = /^(?:و|ف)?(?:ب|ك|ل)?ال/u;
const CLITIC_LIL = /^(?:و|ف)?لل/u;
const CLITIC = /^(?:و|ف|ب|ل|ك)/u;
// Attached pronouns that cannot be ة: "نتائجها" is "نتائج" as a topic.
const PRONOUN_SUFFIX = /(?:هما|ها|هم|هن|كم|نا)$/u;

// Names newsrooms spell two ways, beyond what `normalizeArabic` folds: one spelling for the key.
export const SPELLING_VARIANTS: ReadonlyArray<[RegExp, string]> = [
  [/اميرك/gu, 'امريك'], // أميركا, الأميركية → أمريكا
  [/اوربا/gu, 'اوروبا'], // أوربا → أوروبا
  [/اوربي/gu, 'اوروبي'], // الأوربي → الأوروبي
  [/^(ال)?فايسبوك$/u, '$1فيسبوك'],
];

/** A normalised word with the second spelling of a known name replaced by the first. */
export function foldSpelling(norm: string): string {
  let out = norm;
  for (const [pattern, replacement] of SPELLING_VARIANTS) out = out.replace(pattern, replacement);
  return out;
}

interface Token {
  /** The word as written, with marks removed and any clitic before ال taken off. */
  surface: string;
  /** The normalised word the key is made of, with the same clitics taken off. */
  norm: string;
}

/** The text an article's topics are drawn from: its title when an editor gave one, and its body. */
export interface TopicSource {
  title?: string;
  body: Block[];
}

/** Ends a run of words in an article's word list: a name never spans it. */
const RUN_END = -1;
/** At a place where no run of name words starts. */
const NO_RUN = -1;

/**
 * Appends the words of a text, as numbers from `word`, to `out`, each run that punctuation
 * does not break followed by RUN_END. Numbers, not strings: an archive has millions of words.
 */
function appendRuns(text: string, word: (surface: string) => number, out: number[]): void {
  // Marks go first, in one pass over the text: none of them is punctuation that breaks a run.
  // Then one pass finds words and breaks alike: faster than splitting, then matching each part.
  let inRun = false;
  for (const match of text.replace(MARKS, '').matchAll(WORD_OR_BREAK)) {
    const surface = match[1];
    if (surface !== undefined) {
      out.push(word(surface));
      inRun = true;
    } else if (inRun) {
      out.push(RUN_END);
      inRun = false;
    }
  }
  if (inRun) out.push(RUN_END);
}

/**
 * Folds the clitics before a word. `known` counts every normalised word in the archive:
 * a single-letter clitic (و, ب, …) is only taken off when what is left is itself a word
 * the archive uses, so "وزير" stays and "وترامب" becomes "ترامب".
 */
export function foldClitics(surface: string, norm: string, known: (word: string) => number): Token {
  if (!ARABIC_LETTER.test(norm)) return { surface, norm };
  // Clitic and article are only taken off when the archive writes the word with the article
  // alone too: "كاليفورنيا" is a name, not "ك" + "اليفورنيا".
  const lil = CLITIC_LIL.exec(norm);
  if (lil && norm.length - lil[0].length >= MIN_LETTERS && known(`ال${norm.slice(lil[0].length)}`) > 0) {
    const cut = lil[0].length;
    return { surface: `ال${surface.slice(cut)}`, norm: `ال${norm.slice(cut)}` };
  }
  const article = CLITIC_ARTICLE.exec(norm);
  if (article && article[0].length > 2 && norm.length - article[0].length >= MIN_LETTERS && known(norm.slice(article[0].length - 2)) > 0) {
    const cut = article[0].length - 2;
    return { surface: surface.slice(cut), norm: norm.slice(cut) };
  }
  if (CLITIC.test(norm) && !article && norm.length - 1 >= MIN_LETTERS && known(norm.slice(1)) >= Math.max(2, known(norm))) {
    return foldSuffix(surface.slice(1), norm.slice(1), known);
  }
  return foldSuffix(surface, norm, known);
}

/** Takes an attached pronoun off when the word without it is one the archive uses more. */
function foldSuffix(surface: string, norm: string, known: (word: string) => number): Token {
  const suffix = PRONOUN_SUFFIX.exec(norm);
  if (!suffix) return { surface, norm };
  const stem = norm.slice(0, -suffix[0].length);
  if (stem.length < MIN_LETTERS || known(stem) === 0) return { surface, norm };
  return { surface: surface.slice(0, surface.length - suffix[0].length), norm: stem };
}

/** The key of one word: without the article ال, so "الحكومة" and "حكومة" are one topic. */
export function wordKey(norm: string): string {
  return norm.startsWith('ال') && norm.length - 2 >= MIN_LETTERS ? norm.slice(2) : norm;
}

// "والذي", "فإن": a stop word behind و or ف is still one.
const LEADING_CONJUNCTION = /^[وف]/u;
const isStopword = (norm: string) =>
  isStopWord(norm) || isStopWord(wordKey(norm)) || isStopWord(norm.replace(LEADING_CONJUNCTION, ''));
// Asked for every word at every place a name may start: remembered per word.
const topicWordCache = new Map<string, boolean>();
const isTopicWord = (norm: string) => {
  let is = topicWordCache.get(norm);
  if (is === undefined) {
    is = norm.length >= MIN_LETTERS && !DIGIT.test(norm) && !isStopword(norm) && !NAME_PARTICLES.has(norm);
    if (topicWordCache.size < 500_000) topicWordCache.set(norm, is);
  }
  return is;
};
/** A word a name may be made of: a topic word, or a particle like "عبد". */
const isNameWord = (norm: string) => isTopicWord(norm) || NAME_PARTICLES.has(norm);


function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** The most frequent surface form; ties go to the first in code-point order, so output is stable. */
function commonest(forms: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [form, n] of forms) {
    if (n > bestCount || (n === bestCount && form < best)) {
      best = form;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Numbers for pairs of numbers, given in order of first sight: an open-addressing table over
 * typed arrays, as runs of words number in the millions and a Map keyed by a pair is slow.
 */
class PairNumbers {
  private firsts = new Int32Array(1 << 16);
  private seconds = new Int32Array(1 << 16);
  private numbers = new Int32Array(1 << 16).fill(-1);
  size = 0;
  /** Whether the last `add` gave a new number. */
  isNew = false;

  private slot(a: number, b: number): number {
    const mask = this.numbers.length - 1;
    let i = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) & mask;
    while (this.numbers[i] !== -1 && (this.firsts[i] !== a || this.seconds[i] !== b)) i = (i + 1) & mask;
    return i;
  }

  /** The pair's number, given the next one when it has none. */
  add(a: number, b: number): number {
    let i = this.slot(a, b);
    if (this.numbers[i] === -1) {
      if (2 * (this.size + 1) > this.numbers.length) {
        this.grow();
        i = this.slot(a, b);
      }
      this.firsts[i] = a;
      this.seconds[i] = b;
      this.numbers[i] = this.size++;
      this.isNew = true;
    } else this.isNew = false;
    return this.numbers[i]!;
  }

  private grow(): void {
    const { firsts, seconds, numbers } = this;
    this.firsts = new Int32Array(numbers.length * 2);
    this.seconds = new Int32Array(numbers.length * 2);
    this.numbers = new Int32Array(numbers.length * 2).fill(-1);
    for (let j = 0; j < numbers.length; j++) {
      if (numbers[j] === -1) continue;
      const i = this.slot(firsts[j]!, seconds[j]!);
      this.firsts[i] = firsts[j]!;
      this.seconds[i] = seconds[j]!;
      this.numbers[i] = numbers[j]!;
    }
  }
}

/**
 * Runs of words, numbered on first sight by a pair of numbers (two words, or a pair's number
 * and the next word), with how often each occurs and in how many articles.
 */
class RunTally {
  private readonly index = new PairNumbers();
  readonly count: number[] = [];
  readonly articles: number[] = [];
  /** Each run's words. */
  readonly words: number[][] = [];
  /** The article that last counted each run: articles are counted in turn, each once. */
  private readonly lastDoc: number[] = [];

  /** `length`: words in a run. */
  constructor(private readonly length: number) {}

  /** Counts the run keyed `(a, b)`, the words of `words` from `at`, in article `doc`; returns its number. */
  add(a: number, b: number, words: Int32Array, at: number, doc: number): number {
    const run = this.index.add(a, b);
    if (this.index.isNew) {
      this.count.push(0);
      this.articles.push(0);
      this.lastDoc.push(-1);
      this.words.push(Array.from(words.subarray(at, at + this.length)));
    }
    this.count[run]!++;
    if (this.lastDoc[run] !== doc) {
      this.lastDoc[run] = doc;
      this.articles[run]!++;
    }
    return run;
  }
}

/** An article's words as numbers (RUN_END after each run), the lead's (and a header title's) first. */
export interface TopicWords {
  written: Int32Array;
  /** Words before this place are in the lead (or title) and weigh more. */
  weightedEnd: number;
}

/**
 * The words topics are drawn from, numbered by `word`: depends on the article alone, so the
 * ingest cache keeps it per seed.
 */
export function topicWords(article: TopicSource, word: (surface: string) => number): TopicWords {
  const lead = article.body.find((block) => block.kind === 'paragraph')?.text ?? '';
  const out: number[] = [];
  appendRuns(article.title ?? '', word, out);
  appendRuns(lead, word, out);
  const weightedEnd = out.length;
  for (const block of article.body) if (block.text !== lead || block.kind !== 'paragraph') appendRuns(block.text, word, out);
  return { written: Int32Array.from(out), weightedEnd };
}

/**
 * The archive size the topic weights are worked out with: the count itself below 100, above
 * it cut down to two significant digits (10,000 to 10,999 articles weigh as 10,000). Every
 * weight is log(size / frequency), so each new article shifted every weight of the archive
 * a little, and articles whose topics scored nearly alike swapped them, so their pages and
 * search units were made again though nothing about them changed. Held steady, only the
 * articles sharing words with the new one can move, and all of them move together when the
 * size passes a step (every 1 to 10% of growth). Cut down, not rounded up, so a word in
 * (nearly) every article weighs nothing or less and is never a topic.
 */
export function idfScale(articles: number): number {
  if (articles < 100) return articles;
  const step = 10 ** (String(articles).length - 2);
  return Math.floor(articles / step) * step;
}

/** Topics for every article of an archive, in the order given. */
export function topicsOf(articles: TopicSource[]): Topic[][] {
  const lexicon = new Lexicon();
  const words = articles.map((article) => topicWords(article, (surface) => lexicon.number(surface)));
  return topicsOfWords(words, (n) => lexicon.word(n)!);
}

/** The same from each article's `topicWords`, with `surfaceOf` giving the word each number stands for. */
export function topicsOfWords(articleWords: readonly TopicWords[], surfaceOf: (n: number) => string): Topic[][] {
  // Each distinct word as written (numbered by the caller), with its normalised form's number:
  // the passes below then count over numbers, not strings. Numbers are renumbered densely here.
  let largest = -1;
  for (const { written } of articleWords) for (const n of written) if (n > largest) largest = n;
  const local = new Int32Array(largest + 1).fill(-1);
  const surfaces: string[] = [];
  const surfaceNorm: number[] = [];
  const normLexicon = new Lexicon();
  const normWords = normLexicon.list();
  const word = (n: number) => {
    let id = local[n]!;
    if (id === -1) {
      id = surfaces.length;
      local[n] = id;
      const surface = surfaceOf(n);
      surfaces.push(surface);
      surfaceNorm.push(normLexicon.number(foldSpelling(normalizeArabic(surface))));
    }
    return id;
  };
  // `written`: each word as written (its surface's number); `words`: once folded, below.
  const docs = articleWords.map(({ written, weightedEnd }) => {
    const dense = written.map((n) => (n === RUN_END ? RUN_END : word(n)));
    return { written: dense, words: dense, weightedEnd };
  });

  // Every normalised word of the archive, counted, so clitics are only folded into real words.
  const normCount = new Array<number>(normWords.length).fill(0);
  for (const { written } of docs) for (const w of written) if (w !== RUN_END) normCount[surfaceNorm[w]!]!++;
  const known = (norm: string) => {
    const n = normLexicon.find(norm);
    return n === undefined ? 0 : normCount[n]!;
  };

  // Each written word folded once: its surface without clitics, and the number of its folded form.
  const foldedLexicon = new Lexicon();
  const norms = foldedLexicon.list();
  const foldedSurface: string[] = [];
  const foldedId = new Int32Array(surfaces.length);
  surfaces.forEach((surface, s) => {
    const folded = foldClitics(surface, normWords[surfaceNorm[s]!]!, known);
    foldedId[s] = foldedLexicon.number(folded.norm);
    foldedSurface.push(folded.surface);
  });
  // Articles as runs of folded words, RUN_END kept.
  for (const doc of docs) doc.words = doc.written.map((w) => (w === RUN_END ? RUN_END : foldedId[w]!));

  const topicWord = norms.map(isTopicWord);
  const nameWord = norms.map(isNameWord);
  const keyOf = norms.map(wordKey);
  const wordCount = new Array<number>(norms.length).fill(0);
  for (const { words } of docs) for (const w of words) if (w !== RUN_END) wordCount[w]!++;

  // Runs of two words, then of three where both pairs recur (names of up to three words, "عبد اللطيف الحموشي"):
  // counts and how many articles use them.
  // Each run gets a number on first sight, kept at each place it starts (NO_RUN elsewhere), so
  // later passes read it there; the article that last counted a run saves a set per article.
  const pairRuns = new RunTally(2);
  const pairsAt = docs.map(({ words }, d) => {
    const at = new Int32Array(words.length).fill(NO_RUN);
    for (let i = 0; i + 1 < words.length; i++) {
      const a = words[i]!, b = words[i + 1]!;
      if (a === RUN_END || b === RUN_END || !nameWord[a] || !nameWord[b]) continue;
      at[i] = pairRuns.add(a, b, words, i, d);
    }
    return at;
  });
  const recurs = (p: number) => p !== NO_RUN && pairRuns.articles[p]! >= PHRASE_MIN_ARTICLES;
  const tripleRuns = new RunTally(3);
  const triplesAt = docs.map(({ words }, d) => {
    const pairAt = pairsAt[d]!;
    const at = new Int32Array(words.length).fill(NO_RUN);
    for (let i = 0; i + 2 < words.length; i++) {
      // A pair at i and at i + 1 means three words of a name in one run.
      const ab = pairAt[i]!, bc = pairAt[i + 1]!;
      if (!recurs(ab) || !recurs(bc)) continue;
      at[i] = tripleRuns.add(ab, words[i + 2]!, words, i, d);
    }
    return at;
  });
  /** A recurring name: in enough articles, ends on a topic word, and its words rarely stand apart. */
  const isName = (words: number[], count: number, articlesUsing: number) => {
    if (articlesUsing < PHRASE_MIN_ARTICLES || !topicWord[words.at(-1)!]) return false;
    const rarest = Math.min(...words.filter((w) => topicWord[w]).map((w) => wordCount[w]!));
    return count / rarest >= PHRASE_MIN_COHESION;
  };
  // Whether each run is a name, asked once per run.
  const pairIsName: Array<boolean | undefined> = [];
  const tripleIsName: Array<boolean | undefined> = [];
  const pairName = (p: number) => (pairIsName[p] ??= isName(pairRuns.words[p]!, pairRuns.count[p]!, pairRuns.articles[p]!));
  const tripleName = (t: number) => (tripleIsName[t] ??= isName(tripleRuns.words[t]!, tripleRuns.count[t]!, tripleRuns.articles[t]!));

  // Candidate keys as numbers: each word's key (shared by "الحكومة" and "حكومة"), then names.
  const keyLexicon = new Lexicon();
  const keys = keyLexicon.list();
  const keyParts: string[][] = [];
  const keyId = (key: string, parts: string[]) => {
    const k = keyLexicon.number(key);
    // A key seen for the first time: its parts (none for a single word) are recorded with it.
    if (k === keyParts.length) keyParts.push(parts);
    return k;
  };
  const wordKeyId = keyOf.map((key) => keyId(key, []));
  const pairKeyId: number[] = [];
  const tripleKeyId: number[] = [];
  const phraseKey = (words: number[]) => keyId(words.map((w) => norms[w]).join('-'), words.map((w) => keyOf[w]!));
  const pairKey = (p: number) => (pairKeyId[p] ??= phraseKey(pairRuns.words[p]!));
  const tripleKey = (t: number) => (tripleKeyId[t] ??= phraseKey(tripleRuns.words[t]!));

  // Each article's candidates: the longest recurring name at each place, else the word itself.
  // Keys number at most one per word, pair and run of three: typed arrays of that size.
  const keyBound = keys.length + pairRuns.count.length + tripleRuns.count.length;
  const slot = new Int32Array(keyBound);
  const slotDoc = new Int32Array(keyBound).fill(-1);
  const documentFrequency = new Int32Array(keyBound);
  const perDoc = docs.map(({ words, weightedEnd }, d) => {
    const pairs = pairsAt[d]!;
    const triples = triplesAt[d]!;
    const found: number[] = [];
    const count: number[] = [];
    const seen: number[] = [];
    for (let i = 0; i < words.length; ) {
      const w = words[i]!;
      if (w === RUN_END) {
        i++;
        continue;
      }
      // The longest recurring name starting here, else the word.
      const t = triples[i]!;
      const p = pairs[i]!;
      let key = wordKeyId[w]!;
      let n = 1;
      if (t !== NO_RUN && tripleName(t)) {
        key = tripleKey(t);
        n = 3;
      } else if (p !== NO_RUN && pairName(p)) {
        key = pairKey(p);
        n = 2;
      }
      if (n > 1 || topicWord[w]) {
        const weight = i < weightedEnd ? LEAD_WEIGHT : 1;
        if (slotDoc[key] !== d) {
          slotDoc[key] = d;
          slot[key] = found.length;
          found.push(key);
          count.push(weight);
          seen.push(1);
          documentFrequency[key]!++;
        } else {
          count[slot[key]!]! += weight;
          seen[slot[key]!]! += 1;
        }
      }
      i += n;
    }
    return { found, count, seen };
  });
  const scale = idfScale(docs.length);
  const idf = (key: number) => Math.log((scale + 1) / (documentFrequency[key]! + 0.5));
  // The part of the "never written with ال" test that depends on the key alone, asked once per key.
  const neverDefinite: Array<boolean | undefined> = [];
  const isNeverDefinite = (k: number) => {
    const key = keys[k]!;
    return (neverDefinite[k] ??= keyParts[k]!.length === 0 && ARABIC_LETTER.test(key) && !known(`ال${key}`) && !key.startsWith('ال'));
  };

  const chosenPerDoc = perDoc.map(({ found, count, seen }) => {
    // Scores first, as numbers: objects only for the few candidates looked at in rank order.
    const score = found.map((k, j) => count[j]! * idf(k) * (keyParts[k]!.length > 0 ? PHRASE_WEIGHT : 1) * (seen[j]! > 1 ? 1 : ONCE_WEIGHT)
      * (seen[j]! < NAME_MIN_SEEN && isNeverDefinite(k) ? NEVER_DEFINITE_WEIGHT : 1));
    // Candidates in rank order, taken while fewer than the minimum are chosen or while they
    // score at least the floor. Most of an article's words score under the floor, and after
    // those above it the minimum is usually met: they are sorted only when it is not.
    let best = 0;
    for (const s of score) if (s > best) best = s;
    const floor = RELATIVE_FLOOR * best;
    const above: number[] = [];
    const below: number[] = [];
    for (let j = 0; j < found.length; j++) if (score[j]! > 0) (score[j]! >= floor ? above : below).push(j);
    const byRank = (a: number, b: number) => score[b]! - score[a]! || (keys[found[a]!]! < keys[found[b]!]! ? -1 : keys[found[a]!]! > keys[found[b]!]! ? 1 : 0);
    const chosen: number[] = [];
    /** Takes from one group in rank order; false once no later candidate can be taken. */
    const take = (group: number[]): boolean => {
      group.sort(byRank);
      for (const j of group) {
        if (chosen.length >= TOPICS_MAX) return false;
        if (chosen.length >= TOPICS_MIN && score[j]! < floor) return false;
        // A word already inside a chosen name, or a name holding a chosen word, says the same thing twice.
        const key = keys[found[j]!]!;
        const parts = keyParts[found[j]!]!;
        if (chosen.some((o) => keyParts[found[o]!]!.includes(key) || parts.includes(keys[found[o]!]!))) continue;
        chosen.push(j);
      }
      return true;
    };
    if (take(above) && chosen.length < TOPICS_MIN) take(below);
    return chosen.map((j) => keys[found[j]!]!);
  });

  // Display forms: how each chosen key is most often written across the archive.
  const wanted = new Set(chosenPerDoc.flat());
  const surfaceCounts = new Map<string, Map<string, number>>();
  const seeForm = (key: string, form: string, times: number) => {
    let forms = surfaceCounts.get(key);
    if (!forms) surfaceCounts.set(key, (forms = new Map()));
    bump(forms, form, times);
  };
  const wantedWord = keyOf.map((key, w) => topicWord[w]! && wanted.has(key));
  const wantedRun = (k: number | undefined) => k !== undefined && wanted.has(keys[k]!);
  const wantedPair = pairRuns.words.map((_, p) => wantedRun(pairKeyId[p]));
  const wantedTriple = tripleRuns.words.map((_, t) => wantedRun(tripleKeyId[t]));
  // Counted by number first: how often each written word, and each written run, stands for a chosen key.
  const wordSeen = new Int32Array(surfaces.length);
  const runSeen = new Map<string, number>();
  docs.forEach(({ written, words }, d) => {
    const pairs = pairsAt[d]!;
    const triples = triplesAt[d]!;
    for (let i = 0; i < words.length; i++) {
      if (words[i] === RUN_END) continue;
      if (wantedWord[words[i]!]) wordSeen[written[i]!]!++;
      const p = pairs[i]!;
      if (p !== NO_RUN && wantedPair[p]) bump(runSeen, `${pairKeyId[p]} ${written[i]} ${written[i + 1]}`);
      const t = triples[i]!;
      if (t !== NO_RUN && wantedTriple[t]) bump(runSeen, `${tripleKeyId[t]} ${written[i]} ${written[i + 1]} ${written[i + 2]}`);
    }
  });
  wordSeen.forEach((n, s) => {
    if (n > 0) seeForm(keyOf[foldedId[s]!]!, foldedSurface[s]!, n);
  });
  for (const [run, n] of runSeen) {
    const [k, ...written] = run.split(' ').map(Number);
    seeForm(keys[k!]!, written.map((s) => foldedSurface[s!]).join(' '), n);
  }
  return chosenPerDoc.map((chosen) => chosen.map((key) => ({ key, label: commonest(surfaceCounts.get(key) ?? new Map([[key, 1]])) })));
}
