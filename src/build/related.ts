// Links worked out once across the whole archive and stored in the catalogue: the articles
// before and after by date, and the articles most alike in content (TF-IDF cosine over
// normalised Arabic words), so an article page renders from its own entry alone.
import type { Article } from '../ingest/article.js';
import { type ArticleLinks, byNewest } from '../site/catalog.js';
import { tokens } from '../text/arabic.js';
import { isStopWord } from '../text/arabic-stop-words.js';
import { Lexicon } from '../text/lexicon.js';

export const RELATED_COUNT = 5;
/** Each article is compared on its strongest terms only: this keeps 10,000 articles fast. */
const TERMS_PER_ARTICLE = 150;
/** A term links an article only to the articles where it weighs most (a "champion list"). */
const POSTINGS_PER_TERM = 100;
/** Words this short (after folding) are mostly particles and clitics. */
const MIN_TOKEN_LENGTH = 2;
const DIGITS_ONLY = /^\p{N}+$/u;

/** The content words of a text: folded, stop words, numbers and one-letter tokens out. */
export function contentTerms(text: string): string[] {
  return tokens(text).filter((t) => t.length >= MIN_TOKEN_LENGTH && !isStopWord(t) && !DIGITS_ONLY.test(t));
}

export function articleText(article: Pick<Article, 'title' | 'body'>): string {
  return [article.title, ...article.body.map((block) => block.text)].join('\n');
}

/**
 * A text's content terms counted: each distinct term once, as its number, in the order it
 * first occurs (the order its weights are summed in), with how often it occurs. Depends on
 * the text alone, so the ingest cache keeps it per seed.
 */
export interface TermCounts {
  terms: Int32Array;
  counts: number[];
}

export function termCounts(text: string, lexicon: Lexicon): TermCounts {
  // Counted by string first, so the archive-wide lexicon is asked once per distinct term, in
  // first-occurrence order: the numbers it gives are the same as when asked for every word.
  const tf = new Map<string, number>();
  for (const term of contentTerms(text)) tf.set(term, (tf.get(term) ?? 0) + 1);
  const terms = new Int32Array(tf.size);
  let i = 0;
  for (const term of tf.keys()) terms[i++] = lexicon.number(term);
  return { terms, counts: [...tf.values()] };
}

interface Vector {
  id: string;
  /** The strongest terms (by number) with their weight, divided by the full vector's length. */
  terms: Int32Array;
  weights: Float64Array;
}

/** `termOf` gives the term each number stands for; `termCount` is above every number used. */
function vectors(docs: ReadonlyArray<{ id: string; counts: TermCounts }>, termOf: (n: number) => string, termCount: number): Vector[] {
  const df = new Int32Array(termCount);
  for (const { counts: { terms } } of docs) for (const t of terms) df[t]!++;
  const n = docs.length;
  return docs.map(({ id, counts: { terms, counts } }) => {
    // Sublinear term frequency; a term in every article weighs nothing.
    const weights = counts.map((count, i) => (1 + Math.log(count)) * Math.log(n / df[terms[i]!]!));
    // A loop, not Math.hypot(...spread): a very long article could exceed the argument limit.
    let sum = 0;
    for (const w of weights) sum += w * w;
    const length = Math.sqrt(sum) || 1;
    const strongest: number[] = [];
    for (let i = 0; i < terms.length; i++) if (weights[i]! > 0 && df[terms[i]!]! > 1) strongest.push(i);
    strongest.sort((a, b) => weights[b]! - weights[a]! || (termOf(terms[a]!) < termOf(terms[b]!) ? -1 : 1));
    strongest.length = Math.min(strongest.length, TERMS_PER_ARTICLE);
    return {
      id,
      terms: Int32Array.from(strongest, (i) => terms[i]!),
      weights: Float64Array.from(strongest, (i) => weights[i]! / length),
    };
  });
}

/**
 * For each id, the ids of the `count` most similar documents (cosine > 0), best first, ties
 * by id. Scores are summed term by term through an inverted index whose lists keep only
 * the articles where the term weighs most, so the work grows with the archive, not its square.
 */
export function relatedByContent(docs: { id: string; text: string }[], count = RELATED_COUNT): Map<string, string[]> {
  const lexicon = new Lexicon();
  return relatedByTerms(docs.map(({ id, text }) => ({ id, counts: termCounts(text, lexicon) })), lexicon, count);
}

/** The same from each document's term counts, numbered by `lexicon`. */
export function relatedByTerms(
  docs: ReadonlyArray<{ id: string; counts: TermCounts }>, lexicon: Lexicon, count = RELATED_COUNT,
): Map<string, string[]> {
  const index = relatedIndex(docs, lexicon.list());
  const ranked = rankedArray(docs.length, count);
  rankRange(index, ranked, 0, docs.length);
  return relatedLists(index.ids, ranked);
}

/**
 * What the ranking reads, as flat arrays (so threads can share them): each document's
 * strongest terms and their weights, and each term's list of the documents where it weighs
 * most. `words` are the lexicon's words in number order (ties between equal weights go by
 * word); `allocate` gives the memory (a SharedArrayBuffer for threads).
 */
export interface RelatedIndex {
  ids: readonly string[];
  /** Document d's terms and weights are at `vectorStarts[d]` up to `vectorStarts[d + 1]`. */
  vectorStarts: Int32Array;
  vectorTerms: Int32Array;
  vectorWeights: Float64Array;
  /** Term t's list is at `postingStarts[t]` up to `postingEnds[t]`, strongest first when cut. */
  postingStarts: Int32Array;
  postingEnds: Int32Array;
  postingDocs: Int32Array;
  postingWeights: Float64Array;
}

type Allocate = (bytes: number) => ArrayBufferLike;
const local: Allocate = (bytes) => new ArrayBuffer(bytes);
const int32s = (allocate: Allocate, length: number) => new Int32Array(allocate(length * Int32Array.BYTES_PER_ELEMENT));
const float64s = (allocate: Allocate, length: number) => new Float64Array(allocate(length * Float64Array.BYTES_PER_ELEMENT));

export function relatedIndex(docs: ReadonlyArray<{ id: string; counts: TermCounts }>, words: readonly string[], allocate: Allocate = local): RelatedIndex {
  const termCount = words.length;
  const all = vectors(docs, (n) => words[n]!, termCount);
  const vectorStarts = int32s(allocate, all.length + 1);
  all.forEach((vector, d) => (vectorStarts[d + 1] = vectorStarts[d]! + vector.terms.length));
  const vectorTerms = int32s(allocate, vectorStarts[all.length]!);
  const vectorWeights = float64s(allocate, vectorStarts[all.length]!);
  all.forEach((vector, d) => {
    vectorTerms.set(vector.terms, vectorStarts[d]!);
    vectorWeights.set(vector.weights, vectorStarts[d]!);
  });
  // Each term's list: the documents using it, in order, then strongest first and cut short.
  const sizes = new Int32Array(termCount);
  for (const t of vectorTerms) sizes[t]!++;
  const postingStarts = int32s(allocate, termCount + 1);
  for (let t = 0; t < termCount; t++) postingStarts[t + 1] = postingStarts[t]! + sizes[t]!;
  const fill = postingStarts.slice(0, termCount);
  const postingDocs = int32s(allocate, postingStarts[termCount]!);
  const postingWeights = float64s(allocate, postingStarts[termCount]!);
  for (let d = 0; d < all.length; d++) {
    for (let k = vectorStarts[d]!; k < vectorStarts[d + 1]!; k++) {
      const at = fill[vectorTerms[k]!]!++;
      postingDocs[at] = d;
      postingWeights[at] = vectorWeights[k]!;
    }
  }
  // Only lists longer than the cut are ranked: which documents a list keeps is all that counts.
  const postingEnds = int32s(allocate, termCount);
  postingEnds.set(postingStarts.subarray(1));
  for (let t = 0; t < termCount; t++) {
    const from = postingStarts[t]!;
    const size = postingStarts[t + 1]! - from;
    if (size <= POSTINGS_PER_TERM) continue;
    const order = Array.from({ length: size }, (_, k) => from + k)
      .sort((a, b) => postingWeights[b]! - postingWeights[a]! || postingDocs[a]! - postingDocs[b]!)
      .slice(0, POSTINGS_PER_TERM);
    const keptDocs = order.map((k) => postingDocs[k]!);
    const keptWeights = order.map((k) => postingWeights[k]!);
    postingDocs.set(keptDocs, from);
    postingWeights.set(keptWeights, from);
    postingEnds[t] = from + POSTINGS_PER_TERM;
  }
  return { ids: all.map((v) => v.id), vectorStarts, vectorTerms, vectorWeights, postingStarts, postingEnds, postingDocs, postingWeights };
}

/** Each document's `count` most similar documents, as indices, -1 where there are fewer. */
export interface RankedArray {
  count: number;
  lists: Int32Array;
}

export const rankedArray = (docs: number, count = RELATED_COUNT, allocate: Allocate = local): RankedArray => ({
  count, lists: int32s(allocate, docs * count).fill(-1),
});

/**
 * Ranks documents `from` up to `to` into `ranked`. Each document's list depends on the index
 * alone, so ranges can be ranked in any order, by any thread, to the same lists.
 */
export function rankRange(index: RelatedIndex, ranked: RankedArray, from: number, to: number): void {
  const { vectorStarts, vectorTerms, vectorWeights, postingStarts, postingEnds, postingDocs, postingWeights } = index;
  const scores = new Float64Array(index.ids.length);
  const touched: number[] = [];
  for (let d = from; d < to; d++) {
    for (let j = vectorStarts[d]!, last = vectorStarts[d + 1]!; j < last; j++) {
      const term = vectorTerms[j]!;
      const weight = vectorWeights[j]!;
      for (let k = postingStarts[term]!, end = postingEnds[term]!; k < end; k++) {
        const other = postingDocs[k]!;
        if (other === d) continue;
        const score = scores[other]!;
        if (score === 0) touched.push(other);
        scores[other] = score + weight * postingWeights[k]!;
      }
    }
    best(touched, scores, index.ids, ranked.count).forEach((other, i) => (ranked.lists[d * ranked.count + i] = other));
    for (const other of touched) scores[other] = 0;
    touched.length = 0;
  }
}

/** The ranked lists as ids. */
export function relatedLists(ids: readonly string[], { count, lists }: RankedArray): Map<string, string[]> {
  const related = new Map<string, string[]>();
  ids.forEach((id, d) => {
    const list: string[] = [];
    for (let i = 0; i < count; i++) {
      const other = lists[d * count + i]!;
      if (other >= 0) list.push(ids[other]!);
    }
    related.set(id, list);
  });
  return related;
}

/** The `count` highest scores among `candidates`, ties to the smaller id: a short insertion list. */
function best(candidates: number[], scores: Float64Array, ids: readonly string[], count: number): number[] {
  const top: number[] = [];
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && ids[a]! < ids[b]!);
  for (const candidate of candidates) {
    if (top.length === count && !better(candidate, top[count - 1]!)) continue;
    let i = Math.min(top.length, count - 1);
    top[i] = candidate;
    while (i > 0 && better(top[i]!, top[i - 1]!)) {
      [top[i], top[i - 1]] = [top[i - 1]!, top[i]!];
      i--;
    }
  }
  return top;
}

/** Older and newer neighbours: dated articles chain by date, undated ones by id among themselves. */
export function dateNeighbours(articles: Pick<Article, 'id' | 'date'>[]): Map<string, Pick<ArticleLinks, 'prev' | 'next'>> {
  const ordered = [...articles].sort(byNewest);
  const links = new Map<string, Pick<ArticleLinks, 'prev' | 'next'>>();
  ordered.forEach((article, i) => {
    const older = ordered[i + 1];
    const newer = ordered[i - 1];
    const sameKind = (other: typeof article | undefined) => other && (other.date === null) === (article.date === null);
    links.set(article.id, {
      prev: sameKind(older) ? older!.id : null,
      next: sameKind(newer) ? newer!.id : null,
    });
  });
  return links;
}

/**
 * `known` gives an article's term counts, numbered by `lexicon`, when they are known (kept
 * from an earlier build); the others are counted from their text.
 */
export function linkArticles(
  articles: Article[], lexicon = new Lexicon(), known: (article: Article) => TermCounts | undefined = () => undefined,
  ranked?: () => Map<string, string[]>,
): Map<string, ArticleLinks> {
  // `ranked`: the same ranking, started earlier (src/build/related-thread.ts).
  const related = ranked ? ranked() : relatedByTerms(articles.map((a) => ({ id: a.id, counts: known(a) ?? termCounts(articleText(a), lexicon) })), lexicon);
  const neighbours = dateNeighbours(articles);
  return new Map(articles.map((a) => [a.id, { ...neighbours.get(a.id)!, related: related.get(a.id) ?? [] }]));
}
