// Related articles against the newsrooms' own sections: of the five articles shown beside
// an article, how many come from the same section (economy, sport…)? Chance is the figure
// a random pick would reach; the labels are never used to compute related articles.
import { articleText, relatedByContent, RELATED_COUNT } from '../../src/build/related.js';
import { IngestError } from '../../src/ingest/article.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { sample } from '../lib/corpus.js';
import type { Evaluator } from '../lib/eval-table.js';

const TARGET = 0.6;

export const evaluateRelated: Evaluator = ({ arabic }) => {
  const docs: { id: string; title: string; text: string; category: string }[] = [];
  for (const item of arabic) {
    if (!item.label.category) continue;
    try {
      const { article } = ingest(item.name, item.bytes);
      docs.push({ id: article.id, title: article.title, text: articleText(article), category: item.label.category });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
    }
  }
  const started = performance.now();
  const related = relatedByContent(docs);
  const seconds = (performance.now() - started) / 1000;
  const byId = new Map(docs.map((d) => [d.id, d]));
  let same = 0;
  let shown = 0;
  for (const doc of docs) {
    for (const id of related.get(doc.id) ?? []) {
      shown++;
      if (byId.get(id)!.category === doc.category) same++;
    }
  }
  const shares = new Map<string, number>();
  for (const doc of docs) shares.set(doc.category, (shares.get(doc.category) ?? 0) + 1 / docs.length);
  const chance = [...shares.values()].reduce((sum, p) => sum + p * p, 0);
  const precision = same / Math.max(1, shown);
  const full = docs.filter((d) => (related.get(d.id) ?? []).length === RELATED_COUNT).length;
  return {
    title: 'related articles',
    rows: [
      { metric: 'same section among related', value: precision.toFixed(3), baseline: `${chance.toFixed(3)} (chance)`, target: `≥ ${TARGET}`, met: precision >= TARGET },
      { metric: `articles with ${RELATED_COUNT} related`, value: `${full}/${docs.length}`, baseline: '', target: '', met: null },
      { metric: 'seconds to relate all', value: seconds.toFixed(2), baseline: '', target: '', met: null },
    ],
    examples: sample(docs, 3).flatMap((doc) => [
      `${doc.title} [${doc.category}]`,
      ...(related.get(doc.id) ?? []).map((id) => `  → ${byId.get(id)!.title} [${byId.get(id)!.category}]`),
    ]),
  };
};
