// Language and direction: the ingest's reading of each corpus article against its label.
import { ingest } from '../../src/ingest/pipeline.js';
import type { Evaluator } from '../lib/eval-table.js';

const DIRECTION: Record<string, 'rtl' | 'ltr'> = { ar: 'rtl', fa: 'rtl', ur: 'rtl', fr: 'ltr', en: 'ltr' };
const pct = (n: number, of: number) => (of === 0 ? 'n/a' : `${((100 * n) / of).toFixed(1)}% (${n}/${of})`);

export const evaluateLanguage: Evaluator = ({ arabic, other }) => {
  const examples: string[] = [];
  const measure = (items: typeof arabic) => {
    let right = 0, dirRight = 0, baseline = 0;
    for (const item of items) {
      const expected = item.label.lang;
      let lang = '?', dir = '?';
      try {
        ({ lang, dir } = ingest(item.name, item.bytes).article);
      } catch { /* refused seeds count as wrong */ }
      if (lang === expected) right++;
      else if (examples.length < 10) examples.push(`${item.name}: labelled ${expected}, read ${lang}`);
      if (dir === DIRECTION[expected]) dirRight++;
      // The baseline says every article is in the site's language, Arabic.
      if (expected === 'ar') baseline++;
    }
    return { right, dirRight, baseline, n: items.length };
  };
  const ar = measure(arabic);
  const ot = measure(other);
  return {
    title: 'language',
    rows: [
      { metric: 'Arabic seeds read as Arabic', value: pct(ar.right, ar.n), baseline: `all Arabic ${pct(ar.baseline, ar.n)}`, target: '100%', met: ar.right === ar.n },
      { metric: 'French/English read right', value: pct(ot.right, ot.n), baseline: `all Arabic ${pct(ot.baseline, ot.n)}`, target: '100%', met: ot.right === ot.n },
      { metric: 'direction right, all', value: pct(ar.dirRight + ot.dirRight, ar.n + ot.n), baseline: '', target: '100%', met: ar.dirRight + ot.dirRight === ar.n + ot.n },
    ],
    examples,
  };
};
