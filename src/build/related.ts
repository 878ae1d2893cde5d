// Links worked out once across the whole archive and stored in the catalogue: the articles
// before and after by date, and the articles most alike in content (TF-IDF cosine over
// normalised Arabic words), so an article page renders from its own entry alone.
import type { Article } from '../ingest/article.js';
import { type ArticleLinks, byNewest } from '../site/catalog.js';
import { tokens } from '../text/arabic.js';
import { isStopWord } from '../text/arabic-stop-words.js';

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

interface Vector {
  id: string;
  /** The strongest terms with their weight, divided by the full vector's length. */
  terms: Map<string, number>;
}

function vectors(docs: { id: string; terms: string[] }[]): Vector[] {
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of new Set(doc.terms)) df.set(term, (df.get(term) ?? 0) + 1);
  const n = docs.length;
  return docs.map(({ id, terms }) => {
    const tf = new Map<string, number>();
    for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
    // Sublinear term frequency; a term in every article weighs nothing.
    const weights = [...tf].map(([term, count]) => [term, (1 + Math.log(count)) * Math.log(n / df.get(term)!)] as const);
    // A loop, not Math.hypot(...spread): a very long article could exceed the argument limit.
    const length = Math.sqrt(weights.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    const strongest = weights
      .filter(([term, w]) => w > 0 && df.get(term)! > 1)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TERMS_PER_ARTICLE);
    return { id, terms: new Map(strongest.map(([term, w]) => [term, w / length])) };
  });
}

/**
 * For each id, the ids of the `count` most similar documents (cosine > 0), best first, ties
 * by id. Scores are summed term by term through an inverted index whose lists keep only
 * the articles where the term weighs most, so the work grows with the archive, not its square.
 */
export function relatedByContent(docs: { id: string; text: string }[], count = RELATED_COUNT): Map<string, string[]> {
  const all = vectors(docs.map(({ id, text }) => ({ id, terms: contentTerms(text) })));
  const postings = new Map<string, [number, number][]>();
  all.forEach((vector, index) => {
    for (const [term, weight] of vector.terms) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push([index, weight]);
    }
  });
  // Each term's list, strongest first and cut short, flattened into typed arrays for speed.
  const lists = new Map<string, { docs: Int32Array; weights: Float64Array }>();
  for (const [term, list] of postings) {
    list.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const kept = list.slice(0, POSTINGS_PER_TERM);
    lists.set(term, { docs: Int32Array.from(kept, ([d]) => d), weights: Float64Array.from(kept, ([, w]) => w) });
  }
  const scores = new Float64Array(all.length);
  const touched: number[] = [];
  const related = new Map<string, string[]>();
  all.forEach((vector, index) => {
    for (const [term, weight] of vector.terms) {
      const { docs: others, weights } = lists.get(term)!;
      for (let k = 0; k < others.length; k++) {
        const other = others[k]!;
        if (other === index) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = scores[other]! + weight * weights[k]!;
      }
    }
    related.set(vector.id, best(touched, scores, all, count).map((other) => all[other]!.id));
    for (const other of touched) scores[other] = 0;
    touched.length = 0;
  });
  return related;
}

/** The `count` highest scores among `candidates`, ties to the smaller id: a short insertion list. */
function best(candidates: number[], scores: Float64Array, all: Vector[], count: number): number[] {
  const top: number[] = [];
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && all[a]!.id < all[b]!.id);
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

export function linkArticles(articles: Article[]): Map<string, ArticleLinks> {
  const related = relatedByContent(articles.map((a) => ({ id: a.id, text: articleText(a) })));
  const neighbours = dateNeighbours(articles);
  return new Map(articles.map((a) => [a.id, { ...neighbours.get(a.id)!, related: related.get(a.id) ?? [] }]));
}
