// Topics: 3 to 6 keys per article, drawn from its own words and ranked against the whole
// archive (TF-IDF), so a word every article uses is never a topic. Spelling variants and
// the clitics و/ف/ب/ل/ك and the article ال fold to one key; names of several words that
// recur ("الأمم المتحدة", "عبد اللطيف الحموشي") stay whole. Needs the whole archive, so it
// runs after the per-seed ingest.
import type { Block, Topic } from './article.js';
import { normalizeArabic } from '../text/arabic.js';
import { isStopWord } from '../text/arabic-stop-words.js';


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
/** Names of up to three words ("عبد اللطيف الحموشي"). */
const PHRASE_MAX_WORDS = 3;
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

/**
 * Words of a text in runs that punctuation does not break. `token` gives one shared object
 * per distinct word: it caches `normalizeArabic`, the slow part, and an archive's millions
 * of words then hold references, not objects of their own.
 */
function segmentsOf(text: string, token: (word: string) => Token): Token[][] {
  // Marks go first, in one pass over the text: none of them is punctuation that breaks a run.
  return text.replace(MARKS, '').split(BREAK).map((part) => (part.match(WORD) ?? []).map(token));
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

interface Candidate {
  key: string;
  /** Occurrences, the lead's weighted. */
  count: number;
  /** Occurrences as written. */
  seen: number;
  /** Keys of the words a phrase is made of; empty for one word. */
  parts: string[];
}

/** Word ids fit below this, so two ids make one exact number key for a pair of words. */
const ID_SPACE = 2 ** 26;

/** Topics for every article of an archive, in the order given. */
export function topicsOf(articles: TopicSource[]): Topic[][] {
  // Words become small numbers once, so runs of words can be counted without building strings.
  const tokenCache = new Map<string, Token>();
  const token = (surface: string) => {
    let t = tokenCache.get(surface);
    if (t === undefined) tokenCache.set(surface, (t = { surface, norm: foldSpelling(normalizeArabic(surface)) }));
    return t;
  };
  const raw = articles.map((article) => {
    const lead = article.body.find((block) => block.kind === 'paragraph')?.text ?? '';
    const rest = article.body.filter((block) => block.text !== lead || block.kind !== 'paragraph');
    return {
      weighted: [article.title ?? '', lead].flatMap((text) => segmentsOf(text, token)),
      plain: rest.flatMap((block) => segmentsOf(block.text, token)),
    };
  });

  // Every normalised word of the archive, counted, so clitics are only folded into real words.
  const vocabulary = new Map<string, number>();
  for (const doc of raw) for (const segment of [...doc.weighted, ...doc.plain]) for (const t of segment) bump(vocabulary, t.norm);
  const known = (word: string) => vocabulary.get(word) ?? 0;

  const ids = new Map<string, number>();
  const norms: string[] = [];
  const idOf = (norm: string) => {
    let id = ids.get(norm);
    if (id === undefined) {
      id = norms.length;
      if (id >= ID_SPACE) throw new Error('too many distinct words for topic keys');
      ids.set(norm, id);
      norms.push(norm);
    }
    return id;
  };
  const foldCache = new Map<string, { surface: string; id: number }>();
  const fold = (segments: Array<Array<{ surface: string; norm: string }>>) =>
    segments.map((segment) => segment.map((t) => {
      let folded = foldCache.get(t.surface);
      if (!folded) {
        const { surface, norm } = foldClitics(t.surface, t.norm, known);
        foldCache.set(t.surface, (folded = { surface, id: idOf(norm) }));
      }
      return folded;
    }));
  // Each article's unfolded words are let go as soon as they are folded.
  const docs = raw.map((doc, i) => {
    const folded = { weighted: fold(doc.weighted), plain: fold(doc.plain) };
    raw[i] = { weighted: [], plain: [] };
    return folded;
  });
  const all = (doc: (typeof docs)[number]) => [...doc.weighted, ...doc.plain];

  const topicWord = norms.map(isTopicWord);
  const nameWord = norms.map(isNameWord);
  const keyOf = norms.map(wordKey);
  const wordCount = new Array<number>(norms.length).fill(0);
  for (const doc of docs) for (const segment of all(doc)) for (const t of segment) wordCount[t.id]!++;

  // Runs of two words, then of three where both pairs recur: counts and how many articles use them.
  const pairKey = (a: number, b: number) => a * ID_SPACE + b;
  const tripleKey = (a: number, b: number, c: number) => `${a},${b},${c}`;
  const pairCount = new Map<number, number>();
  const pairArticles = new Map<number, number>();
  for (const doc of docs) {
    const here = new Set<number>();
    for (const segment of all(doc)) {
      for (let i = 0; i + 1 < segment.length; i++) {
        const a = segment[i]!.id, b = segment[i + 1]!.id;
        if (!nameWord[a] || !nameWord[b]) continue;
        const key = pairKey(a, b);
        bump(pairCount, key);
        here.add(key);
      }
    }
    for (const key of here) bump(pairArticles, key);
  }
  const recurs = (a: number, b: number) => (pairArticles.get(pairKey(a, b)) ?? 0) >= PHRASE_MIN_ARTICLES;
  const tripleCount = new Map<string, number>();
  const tripleArticles = new Map<string, number>();
  for (const doc of docs) {
    const here = new Set<string>();
    for (const segment of all(doc)) {
      for (let i = 0; i + 2 < segment.length; i++) {
        const a = segment[i]!.id, b = segment[i + 1]!.id, c = segment[i + 2]!.id;
        if (!nameWord[a] || !nameWord[b] || !nameWord[c] || !recurs(a, b) || !recurs(b, c)) continue;
        const key = tripleKey(a, b, c);
        bump(tripleCount, key);
        here.add(key);
      }
    }
    for (const key of here) bump(tripleArticles, key);
  }
  /** A recurring name: in enough articles, ends on a topic word, and its words rarely stand apart. */
  const isName = (words: number[], count: number, articlesUsing: number) => {
    if (articlesUsing < PHRASE_MIN_ARTICLES || !topicWord[words.at(-1)!]) return false;
    const rarest = Math.min(...words.filter((w) => topicWord[w]).map((w) => wordCount[w]!));
    return count / rarest >= PHRASE_MIN_COHESION;
  };
  // Runs were only counted where every word may be part of a name: elsewhere no key is built or looked up.
  const nameAt = (segment: Token2[], i: number): number => {
    const a = segment[i]!.id;
    if (!nameWord[a] || i + 1 >= segment.length) return 1;
    const b = segment[i + 1]!.id;
    if (!nameWord[b]) return 1;
    if (i + 2 < segment.length && nameWord[segment[i + 2]!.id]) {
      const c = segment[i + 2]!.id;
      const key = tripleKey(a, b, c);
      const articlesUsing = tripleArticles.get(key);
      if (articlesUsing && isName([a, b, c], tripleCount.get(key)!, articlesUsing)) return 3;
    }
    const key = pairKey(a, b);
    const articlesUsing = pairArticles.get(key);
    if (articlesUsing && isName([a, b], pairCount.get(key)!, articlesUsing)) return 2;
    return 1;
  };

  // Each article's candidates: the longest recurring name at each place, else the word itself.
  const perDoc = docs.map((doc) => {
    const candidates = new Map<string, Candidate>();
    const add = (key: string, parts: string[], weight: number) => {
      const found = candidates.get(key);
      if (found) {
        found.count += weight;
        found.seen += 1;
      } else candidates.set(key, { key, count: weight, seen: 1, parts });
    };
    const read = (segments: Token2[][], weight: number) => {
      for (const segment of segments) {
        for (let i = 0; i < segment.length; ) {
          const n = nameAt(segment, i);
          if (n > 1) {
            const words = segment.slice(i, i + n).map((t) => t.id);
            add(words.map((w) => norms[w]).join('-'), words.map((w) => keyOf[w]!), weight);
          } else if (topicWord[segment[i]!.id]) add(keyOf[segment[i]!.id]!, [], weight);
          i += n;
        }
      }
    };
    read(doc.weighted, LEAD_WEIGHT);
    read(doc.plain, 1);
    return candidates;
  });

  const documentFrequency = new Map<string, number>();
  for (const candidates of perDoc) for (const key of candidates.keys()) bump(documentFrequency, key);
  const total = docs.length;
  const idf = (key: string) => Math.log((total + 1) / ((documentFrequency.get(key) ?? 0) + 0.5));

  const chosenPerDoc = perDoc.map((candidates) => {
    const ranked = [...candidates.values()]
      .map((c) => ({
        ...c,
        score: c.count * idf(c.key) * (c.parts.length > 0 ? PHRASE_WEIGHT : 1) * (c.seen > 1 ? 1 : ONCE_WEIGHT)
          * (c.parts.length === 0 && c.seen < NAME_MIN_SEEN && ARABIC_LETTER.test(c.key) && !known(`ال${c.key}`) && !c.key.startsWith('ال') ? NEVER_DEFINITE_WEIGHT : 1),
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
  const surfaces = new Map<string, Map<string, number>>();
  const seeForm = (key: string, form: string) => {
    let forms = surfaces.get(key);
    if (!forms) surfaces.set(key, (forms = new Map()));
    bump(forms, form);
  };
  // A chosen name can only start on a word that is its first: the others are not joined and looked up.
  const firstWords = new Set([...wanted].map((key) => key.split('-')[0]!));
  const startsName = norms.map((norm) => firstWords.has(norm.split('-')[0]!));
  for (const doc of docs) {
    for (const segment of all(doc)) {
      for (let i = 0; i < segment.length; i++) {
        const t = segment[i]!;
        if (topicWord[t.id] && wanted.has(keyOf[t.id]!)) seeForm(keyOf[t.id]!, t.surface);
        if (!startsName[t.id]) continue;
        for (let n = 2; n <= PHRASE_MAX_WORDS && i + n <= segment.length; n++) {
          const words = segment.slice(i, i + n);
          if (!words.every((w) => nameWord[w.id])) break;
          const key = words.map((w) => norms[w.id]).join('-');
          if (wanted.has(key)) seeForm(key, words.map((w) => w.surface).join(' '));
        }
      }
    }
  }
  return chosenPerDoc.map((keys) => keys.map((key) => ({ key, label: commonest(surfaces.get(key) ?? new Map([[key, 1]])) })));
}

/** A word of the archive once clitics are folded: as written, and its number. */
interface Token2 {
  surface: string;
  id: number;
}
