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

/** Word ids fit below this, so two ids make one exact number key for a pair of words. */
const ID_SPACE = 2 ** 26;
/** Pair numbers fit below this, so a pair and a third word make one exact number key. */
const PAIR_SPACE = 2 ** 27;

/** Grows a list of counts by one at `index`, a new index starting at zero. */
function bumpAt(list: number[], index: number, by = 1): void {
  list[index] = (list[index] ?? 0) + by;
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
  const local = new Map<number, number>();
  const surfaces: string[] = [];
  const surfaceNorm: number[] = [];
  const normIds = new Map<string, number>();
  const normWords: string[] = [];
  const word = (n: number) => {
    let id = local.get(n);
    if (id === undefined) {
      id = surfaces.length;
      local.set(n, id);
      const surface = surfaceOf(n);
      surfaces.push(surface);
      const norm = foldSpelling(normalizeArabic(surface));
      let k = normIds.get(norm);
      if (k === undefined) {
        normIds.set(norm, (k = normWords.length));
        normWords.push(norm);
      }
      surfaceNorm.push(k);
    }
    return id;
  };
  // `written`: each word as written (its surface's number); `words`: once folded, below.
  const docs = articleWords.map(({ written, weightedEnd }) => {
    const dense = written.map((n) => (n === RUN_END ? RUN_END : word(n)));
    return { written: dense, words: dense, weightedEnd };
  });
  local.clear();

  // Every normalised word of the archive, counted, so clitics are only folded into real words.
  const normCount = new Array<number>(normWords.length).fill(0);
  for (const { written } of docs) for (const w of written) if (w !== RUN_END) normCount[surfaceNorm[w]!]!++;
  const known = (norm: string) => {
    const n = normIds.get(norm);
    return n === undefined ? 0 : normCount[n]!;
  };

  // Each written word folded once: its surface without clitics, and the number of its folded form.
  const ids = new Map<string, number>();
  const norms: string[] = [];
  const foldedSurface: string[] = [];
  const foldedId = new Int32Array(surfaces.length);
  surfaces.forEach((surface, s) => {
    const folded = foldClitics(surface, normWords[surfaceNorm[s]!]!, known);
    let id = ids.get(folded.norm);
    if (id === undefined) {
      id = norms.length;
      if (id >= ID_SPACE) throw new Error('too many distinct words for topic keys');
      ids.set(folded.norm, id);
      norms.push(folded.norm);
    }
    foldedId[s] = id;
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
  const pairIndex = new Map<number, number>();
  const pairCount: number[] = [];
  const pairArticles: number[] = [];
  const pairLastDoc: number[] = [];
  const pairWords: number[][] = [];
  const pairsAt = docs.map(({ words }, d) => {
    const at = new Int32Array(words.length).fill(NO_RUN);
    for (let i = 0; i + 1 < words.length; i++) {
      const a = words[i]!, b = words[i + 1]!;
      if (a === RUN_END || b === RUN_END || !nameWord[a] || !nameWord[b]) continue;
      const key = a * ID_SPACE + b;
      let p = pairIndex.get(key);
      if (p === undefined) {
        p = pairCount.length;
        if (p >= PAIR_SPACE) throw new Error('too many distinct runs of words for topic keys');
        pairIndex.set(key, p);
        pairCount.push(0);
        pairArticles.push(0);
        pairLastDoc.push(-1);
        pairWords.push([a, b]);
      }
      at[i] = p;
      pairCount[p]!++;
      if (pairLastDoc[p] !== d) {
        pairLastDoc[p] = d;
        pairArticles[p]!++;
      }
    }
    return at;
  });
  pairIndex.clear();
  const recurs = (p: number) => p !== NO_RUN && pairArticles[p]! >= PHRASE_MIN_ARTICLES;
  const tripleIndex = new Map<number, number>();
  const tripleCount: number[] = [];
  const tripleArticles: number[] = [];
  const tripleLastDoc: number[] = [];
  const tripleWords: number[][] = [];
  const triplesAt = docs.map(({ words }, d) => {
    const pairs = pairsAt[d]!;
    const at = new Int32Array(words.length).fill(NO_RUN);
    for (let i = 0; i + 2 < words.length; i++) {
      // A pair at i and at i + 1 means three words of a name in one run.
      const ab = pairs[i]!, bc = pairs[i + 1]!;
      if (!recurs(ab) || !recurs(bc)) continue;
      const key = ab * ID_SPACE + words[i + 2]!;
      let t = tripleIndex.get(key);
      if (t === undefined) {
        t = tripleCount.length;
        tripleIndex.set(key, t);
        tripleCount.push(0);
        tripleArticles.push(0);
        tripleLastDoc.push(-1);
        tripleWords.push([words[i]!, words[i + 1]!, words[i + 2]!]);
      }
      at[i] = t;
      tripleCount[t]!++;
      if (tripleLastDoc[t] !== d) {
        tripleLastDoc[t] = d;
        tripleArticles[t]!++;
      }
    }
    return at;
  });
  tripleIndex.clear();
  /** A recurring name: in enough articles, ends on a topic word, and its words rarely stand apart. */
  const isName = (words: number[], count: number, articlesUsing: number) => {
    if (articlesUsing < PHRASE_MIN_ARTICLES || !topicWord[words.at(-1)!]) return false;
    const rarest = Math.min(...words.filter((w) => topicWord[w]).map((w) => wordCount[w]!));
    return count / rarest >= PHRASE_MIN_COHESION;
  };
  // Whether each run is a name, asked once per run.
  const pairIsName: Array<boolean | undefined> = [];
  const tripleIsName: Array<boolean | undefined> = [];
  const pairName = (p: number) => (pairIsName[p] ??= isName(pairWords[p]!, pairCount[p]!, pairArticles[p]!));
  const tripleName = (t: number) => (tripleIsName[t] ??= isName(tripleWords[t]!, tripleCount[t]!, tripleArticles[t]!));

  // Candidate keys as numbers: each word's key (shared by "الحكومة" and "حكومة"), then names.
  const keyIds = new Map<string, number>();
  const keys: string[] = [];
  const keyParts: string[][] = [];
  const keyId = (key: string, parts: string[]) => {
    let k = keyIds.get(key);
    if (k === undefined) {
      keyIds.set(key, (k = keys.length));
      keys.push(key);
      keyParts.push(parts);
    }
    return k;
  };
  const wordKeyId = keyOf.map((key) => keyId(key, []));
  const pairKeyId: number[] = [];
  const tripleKeyId: number[] = [];
  const phraseKey = (words: number[]) => keyId(words.map((w) => norms[w]).join('-'), words.map((w) => keyOf[w]!));
  const pairKey = (p: number) => (pairKeyId[p] ??= phraseKey(pairWords[p]!));
  const tripleKey = (t: number) => (tripleKeyId[t] ??= phraseKey(tripleWords[t]!));

  /** The candidate at a place: the longest recurring name starting there, else the word; and its length. */
  const nameAt = (words: Int32Array, pairs: Int32Array, triples: Int32Array, i: number): [key: number, length: number] => {
    const t = triples[i]!;
    if (t !== NO_RUN && tripleName(t)) return [tripleKey(t), 3];
    const p = pairs[i]!;
    if (p !== NO_RUN && pairName(p)) return [pairKey(p), 2];
    return [wordKeyId[words[i]!]!, 1];
  };

  // Each article's candidates: the longest recurring name at each place, else the word itself.
  const slot: number[] = [];
  const slotDoc: number[] = [];
  const documentFrequency: number[] = [];
  const perDoc = docs.map(({ words, weightedEnd }, d) => {
    const pairs = pairsAt[d]!;
    const triples = triplesAt[d]!;
    const found: number[] = [];
    const count: number[] = [];
    const seen: number[] = [];
    for (let i = 0; i < words.length; ) {
      if (words[i] === RUN_END) {
        i++;
        continue;
      }
      const [key, n] = nameAt(words, pairs, triples, i);
      if (n > 1 || topicWord[words[i]!]) {
        const weight = i < weightedEnd ? LEAD_WEIGHT : 1;
        if (slotDoc[key] !== d) {
          slotDoc[key] = d;
          slot[key] = found.length;
          found.push(key);
          count.push(weight);
          seen.push(1);
          bumpAt(documentFrequency, key);
        } else {
          count[slot[key]!]! += weight;
          seen[slot[key]!]! += 1;
        }
      }
      i += n;
    }
    return { found, count, seen };
  });
  const total = docs.length;
  const idf = (key: number) => Math.log((total + 1) / ((documentFrequency[key] ?? 0) + 0.5));
  // The part of the "never written with ال" test that depends on the key alone, asked once per key.
  const neverDefinite: Array<boolean | undefined> = [];
  const isNeverDefinite = (k: number) => {
    const key = keys[k]!;
    return (neverDefinite[k] ??= keyParts[k]!.length === 0 && ARABIC_LETTER.test(key) && !known(`ال${key}`) && !key.startsWith('ال'));
  };

  const chosenPerDoc = perDoc.map(({ found, count, seen }) => {
    const ranked = found
      .map((k, j) => ({
        key: keys[k]!,
        parts: keyParts[k]!,
        score: count[j]! * idf(k) * (keyParts[k]!.length > 0 ? PHRASE_WEIGHT : 1) * (seen[j]! > 1 ? 1 : ONCE_WEIGHT)
          * (seen[j]! < NAME_MIN_SEEN && isNeverDefinite(k) ? NEVER_DEFINITE_WEIGHT : 1),
      }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const chosen: typeof ranked = [];
    for (const c of ranked) {
      if (chosen.length >= TOPICS_MAX) break;
      if (chosen.length >= TOPICS_MIN && c.score < RELATIVE_FLOOR * ranked[0]!.score) break;
      // A word already inside a chosen name, or a name holding a chosen word, says the same thing twice.
      if (chosen.some((o) => o.parts.includes(c.key) || c.parts.includes(o.key))) continue;
      chosen.push(c);
    }
    return chosen.map((c) => c.key);
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
  const wantedPair = pairWords.map((_, p) => wantedRun(pairKeyId[p]));
  const wantedTriple = tripleWords.map((_, t) => wantedRun(tripleKeyId[t]));
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
