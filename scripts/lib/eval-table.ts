// The shape every evaluator returns, and how the eval prints it: one table, each figure
// beside its baseline and target, measured in the same run.
import type { CorpusItem } from './corpus.js';

export interface Row {
  metric: string;
  value: string;
  baseline: string;
  target: string;
  /** null where the figure has no target. */
  met: boolean | null;
}

export interface Section {
  title: string;
  rows: Row[];
  /** Lines printed after the table for a person to judge (samples, pairs). */
  examples: string[];
}

export interface EvalCorpus {
  arabic: CorpusItem[];
  other: CorpusItem[];
}

export type Evaluator = (corpus: EvalCorpus) => Section | Promise<Section>;

export function printSections(sections: Section[]): void {
  const rows = sections.flatMap((s) => s.rows.map((r) => ({ section: s.title, ...r })));
  const head = ['section', 'metric', 'value', 'baseline', 'target', 'met'];
  const cells = rows.map((r) => [r.section, r.metric, r.value, r.baseline, r.target, r.met === null ? '' : r.met ? 'yes' : 'NO']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
  for (const s of sections) {
    if (s.examples.length === 0) continue;
    console.log(`\n## ${s.title}`);
    for (const e of s.examples) console.log(e);
  }
}
