// Scraper leftovers: how many articles still end on one once ingested (against the raw
// seeds in the same run), how much was taken out, and removed lines at random for a person
// to check that nothing real went.
import { IngestError, type Removed } from '../../src/ingest/article.js';
import { decode } from '../../src/ingest/decode.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { creditRule } from '../../src/ingest/steps/detect-credit.js';
import { ANYWHERE_LEFTOVERS, TRAILING_LEFTOVERS } from '../../src/ingest/steps/strip-boilerplate.js';
import { sample } from '../lib/corpus.js';
import type { Evaluator } from '../lib/eval-table.js';

const RANDOM_LINES = 20;
// Entries that count characters, not lines (bidi controls and the like).
const CHARACTER_RULES = new Set(['bidi-control', 'control-character']);

/** The rule a line breaks, if it is a known leftover or a credit line. */
export function knownLeftover(line: string): string | null {
  for (const [rule, pattern] of [...TRAILING_LEFTOVERS, ...ANYWHERE_LEFTOVERS]) if (pattern.test(line)) return rule;
  return creditRule(line);
}

const lastLine = (bytes: Uint8Array) =>
  decode(bytes).replace(/^\uFEFF/u, '').split(/\r?\n/u).map((line) => line.trim()).filter(Boolean).at(-1) ?? '';

export const leftovers: Evaluator = ({ arabic }) => {
  let articles = 0;
  let rawEnding = 0;
  let place = 0;
  let credit = 0;
  const stillEnding: string[] = [];
  const removed: Array<Removed & { file: string }> = [];
  const byRule = new Map<string, number>();
  for (const item of arabic) {
    if (knownLeftover(lastLine(item.bytes))) rawEnding++;
    try {
      const result = ingest(item.name, item.bytes);
      articles++;
      const last = result.article.body.at(-1)?.text ?? '';
      const rule = knownLeftover(last);
      if (rule) stillEnding.push(`${item.name} [${rule}]: ${last}`);
      if (result.article.place) place++;
      if (result.article.credit) credit++;
      for (const entry of result.removed) {
        if (CHARACTER_RULES.has(entry.rule)) continue;
        removed.push({ ...entry, file: item.name });
        byRule.set(entry.rule, (byRule.get(entry.rule) ?? 0) + 1);
      }
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
    }
  }
  const rules = [...byRule].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ${n}`).join(', ');
  return {
    title: 'leftovers',
    rows: [
      { metric: 'articles ending with a known leftover', value: String(stillEnding.length), baseline: `raw seeds ${rawEnding}`, target: '0', met: stillEnding.length === 0 },
      { metric: 'lines or prefixes removed, all articles', value: String(removed.length), baseline: `${articles} articles`, target: '', met: null },
      { metric: 'articles with a place (dateline/byline)', value: String(place), baseline: '', target: '', met: null },
      { metric: 'articles with a credit line', value: String(credit), baseline: '', target: '', met: null },
    ],
    examples: [
      `removed by rule: ${rules}`,
      ...stillEnding.map((line) => `! still ends on a leftover: ${line}`),
      `${RANDOM_LINES} removed lines at random (check nothing real went):`,
      ...sample(removed, RANDOM_LINES).map((entry) => `- ${entry.file} [${entry.rule}] ${entry.text}`),
    ],
  };
};
