// Topics: do an article's topics name what its published headline names, and do topics
// keep to one newsroom section. Prints sample articles for a person to judge.
import { ingest } from '../../src/ingest/pipeline.js';
import type { Article, Topic } from '../../src/ingest/article.js';
import { topicsOf, wordKey } from '../../src/ingest/topics.js';
import { tokens } from '../../src/text/arabic.js';
import { sample, type CorpusItem } from '../lib/corpus.js';
import type { Evaluator } from '../lib/eval-table.js';

const pct = (n: number, of: number) => (of === 0 ? 'n/a' : `${((100 * n) / of).toFixed(1)}% (${n}/${of})`);
// Folded the way topic keys are, so "والحكومة" in a headline meets the topic "الحكومة".
const CLITICS = /^(?:و|ف)?(?:ب|ك|ل)?(?=ال)|^(?:و|ف)?ل(?=ل)/u;
const foldWord = (word: string) => wordKey(word.replace(CLITICS, ''));
const wordsOf = (text: string) => new Set(tokens(text).flatMap((w) => [w, foldWord(w), foldWord(w.slice(1))]));

function sharesWord(topics: Topic[], title: string): boolean {
  const titleWords = wordsOf(title);
  return topics.some((topic) => tokens(topic.label).some((w) => titleWords.has(foldWord(w)) || titleWords.has(w)));
}

/** Baseline: the commonest non-short words of the article, with no archive weighting. */
function frequentWords(article: Article): Topic[] {
  const counts = new Map<string, number>();
  for (const block of article.body) for (const w of tokens(block.text)) if (w.length > 3) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([w]) => ({ key: w, label: w }));
}

/** Weighted share of each topic's articles that are in its commonest section, over topics used at least 5 times. */
function purity(items: Array<{ topics: Topic[]; category: string | null }>): { value: number; topics: number } {
  const byTopic = new Map<string, Map<string, number>>();
  for (const { topics, category } of items) {
    if (!category) continue;
    for (const t of topics) {
      const m = byTopic.get(t.key) ?? new Map<string, number>();
      m.set(category, (m.get(category) ?? 0) + 1);
      byTopic.set(t.key, m);
    }
  }
  let top = 0, all = 0, used = 0;
  for (const m of byTopic.values()) {
    const counts = [...m.values()];
    const n = counts.reduce((a, b) => a + b, 0);
    if (n < 5) continue;
    used++;
    top += Math.max(...counts);
    all += n;
  }
  return { value: all ? top / all : 0, topics: used };
}

export const evaluateTopics: Evaluator = ({ arabic }) => {
  const read: Array<{ item: CorpusItem; article: Article }> = [];
  for (const item of arabic) {
    try {
      read.push({ item, article: ingest(item.name, item.bytes).article });
    } catch { /* refused seeds have no topics */ }
  }
  const started = performance.now();
  const topics = topicsOf(read.map(({ article }) => article));
  const seconds = (performance.now() - started) / 1000;
  const titled = read.map((r, i) => ({ ...r, topics: topics[i]! })).filter((r) => r.item.label.title);
  const hits = titled.filter((r) => sharesWord(r.topics, r.item.label.title!)).length;
  const baseHits = titled.filter((r) => sharesWord(frequentWords(r.article), r.item.label.title!)).length;
  const counts = topics.map((t) => t.length);
  const inRange = counts.filter((n) => n >= 3 && n <= 6).length;
  const withCategory = read.map((r, i) => ({ topics: topics[i]!, category: r.item.label.category }));
  const pure = purity(withCategory);
  const basePure = purity(read.map((r) => ({ topics: frequentWords(r.article), category: r.item.label.category })));
  const multi = topics.flat().filter((t) => t.key.includes('-')).length;
  const examples = sample(titled, 15).map((r) => `${r.item.name} | ${r.item.label.title} | ${r.topics.map((t) => t.label).join(' · ')}`);
  examples.push(`keys of several words: ${multi} of ${topics.flat().length}; computed in ${seconds.toFixed(2)} s`);
  return {
    title: 'topics',
    rows: [
      { metric: 'topics share a word with headline', value: pct(hits, titled.length), baseline: `5 commonest words ${pct(baseHits, titled.length)}`, target: '≥ 70%', met: hits >= 0.7 * titled.length },
      { metric: 'articles with 3 to 6 topics', value: pct(inRange, counts.length), baseline: '', target: '100%', met: inRange === counts.length },
      { metric: 'section purity of topics (≥5 uses)', value: `${(100 * pure.value).toFixed(1)}% over ${pure.topics} topics`, baseline: `5 commonest words ${(100 * basePure.value).toFixed(1)}% over ${basePure.topics}`, target: '', met: null },
    ],
    examples,
  };
};
