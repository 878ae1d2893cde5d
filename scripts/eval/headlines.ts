// Derived headlines against the headlines the newsrooms published: ROUGE-1 and ROUGE-L F1
// on normalised tokens, beside the naive headline "first 10 words of the lead" in the same run:
// the baseline takes the seed's first line as scraped; the stricter one takes it after the
// dateline step, so it shows what the headline rules add beyond removing datelines.
import { IngestError } from '../../src/ingest/article.js';
import { decode } from '../../src/ingest/decode.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { DANGLING_WORDS } from '../../src/ingest/steps/derive-title.js';
import { normalizeArabic, tokens } from '../../src/text/arabic.js';
import { sample } from '../lib/corpus.js';
import type { Evaluator, Row } from '../lib/eval-table.js';
import { rouge } from '../lib/rouge.js';

export const BASELINE_WORDS = 10;
export const TARGET_ROUGE1 = 0.27;
/** The derived headline must beat the baseline by this factor. */
export const TARGET_RATIO = 1.35;
/** Median length within this fraction of the published median. */
export const LENGTH_TOLERANCE = 0.3;
const PAIRS = 15;

const PARTICLES = new Set([...DANGLING_WORDS].map(normalizeArabic));
// Written independently of the dateline step: the forms a dateline or byline takes at the
// start of a lead (a place and an agency in brackets, "place – name", the Saudi agency's dated line).
const DATELINE_START = [
  /^[^.!?؟]{0,60}\((?:CNN|[^()]{0,20}(?:أ ف ب|أ\.ف\.ب|رويترز|الأناضول|واس|د ب أ))\)/u,
  /^\S+(?: \S+){0,3} [-–—ـ]+ /u,
  /^\S+(?: \S+){0,2} [0-9٠-٩]{1,2} \S+ [0-9٠-٩]{4} هـ/u,
];

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
const fixed = (x: number, digits = 3) => x.toFixed(digits);
const within = (value: number, target: number) => Math.abs(value - target) <= LENGTH_TOLERANCE * target;
const wordsOf = (text: string) => text.split(/\s+/u).filter(Boolean).length;

export function firstWords(text: string, n = BASELINE_WORDS): string {
  return text.split(/\s+/u).filter(Boolean).slice(0, n).join(' ');
}

export function endsOnParticle(title: string): boolean {
  const last = tokens(title).at(-1);
  return last !== undefined && PARTICLES.has(last);
}

export const startsWithDateline = (title: string) => DATELINE_START.some((pattern) => pattern.test(title));

interface Scored {
  name: string;
  derived: string;
  published: string;
  baseline: string;
  derived1: number;
  derivedL: number;
  base1: number;
  baseL: number;
  clean1: number;
  cleanL: number;
}

/** The seed's first line as scraped: the lead a naive reader would take the first words of. */
export function rawLead(bytes: Uint8Array): string {
  return decode(bytes).replace(/^\uFEFF/u, '').split(/\r?\n/u).map((line) => line.trim()).find(Boolean) ?? '';
}

export const headlines: Evaluator = ({ arabic }) => {
  const scored: Scored[] = [];
  for (const item of arabic) {
    const published = item.label.title?.trim();
    if (!published) continue;
    let derived: string;
    let lead: string;
    try {
      const { article } = ingest(item.name, item.bytes);
      derived = article.title;
      lead = article.body.find((block) => block.kind === 'paragraph')?.text ?? '';
    } catch (error) {
      if (error instanceof IngestError) continue;
      throw error;
    }
    const ours = rouge(derived, published);
    const baseline = firstWords(rawLead(item.bytes));
    const base = rouge(baseline, published);
    const clean = rouge(firstWords(lead), published);
    scored.push({
      name: item.name, derived, published, baseline, derived1: ours.rouge1, derivedL: ours.rougeL,
      base1: base.rouge1, baseL: base.rougeL, clean1: clean.rouge1, cleanL: clean.rougeL,
    });
  }
  const r1 = mean(scored.map((s) => s.derived1));
  const rl = mean(scored.map((s) => s.derivedL));
  const b1 = mean(scored.map((s) => s.base1));
  const bl = mean(scored.map((s) => s.baseL));
  const c1 = mean(scored.map((s) => s.clean1));
  const cl = mean(scored.map((s) => s.cleanL));
  const chars = median(scored.map((s) => s.derived.length));
  const words = median(scored.map((s) => wordsOf(s.derived)));
  const pubChars = median(scored.map((s) => s.published.length));
  const pubWords = median(scored.map((s) => wordsOf(s.published)));
  const particles = scored.filter((s) => endsOnParticle(s.derived));
  const datelines = scored.filter((s) => startsWithDateline(s.derived));
  const empty = scored.filter((s) => !s.derived);
  const rows: Row[] = [
    { metric: `articles with a published title`, value: String(scored.length), baseline: '', target: '', met: null },
    { metric: 'ROUGE-1 F1 (mean)', value: fixed(r1), baseline: fixed(b1), target: `≥ ${TARGET_ROUGE1}`, met: r1 >= TARGET_ROUGE1 },
    { metric: 'ROUGE-L F1 (mean)', value: fixed(rl), baseline: fixed(bl), target: '', met: null },
    { metric: 'ROUGE-1 ratio to baseline', value: `${fixed(r1 / b1, 2)}×`, baseline: '1.00×', target: `≥ ${TARGET_RATIO}×`, met: r1 / b1 >= TARGET_RATIO },
    { metric: 'ROUGE-L ratio to baseline', value: `${fixed(rl / bl, 2)}×`, baseline: '1.00×', target: `≥ ${TARGET_RATIO}×`, met: rl / bl >= TARGET_RATIO },
    { metric: 'ROUGE-1 vs stricter baseline (lead without dateline)', value: fixed(r1), baseline: fixed(c1), target: '', met: null },
    { metric: 'ROUGE-L vs stricter baseline (lead without dateline)', value: fixed(rl), baseline: fixed(cl), target: '', met: null },
    { metric: 'ROUGE-1 ratio to stricter baseline', value: `${fixed(r1 / c1, 2)}×`, baseline: '1.00×', target: '', met: null },
    { metric: 'median length, characters', value: String(chars), baseline: `published ${pubChars}`, target: `±${LENGTH_TOLERANCE * 100}%`, met: within(chars, pubChars) },
    { metric: 'median length, words', value: String(words), baseline: `published ${pubWords}`, target: `±${LENGTH_TOLERANCE * 100}%`, met: within(words, pubWords) },
    { metric: 'titles ending on a particle', value: String(particles.length), baseline: String(scored.filter((s) => endsOnParticle(s.baseline)).length), target: '0', met: particles.length === 0 },
    { metric: 'titles starting with a dateline', value: String(datelines.length), baseline: String(scored.filter((s) => startsWithDateline(s.baseline)).length), target: '0', met: datelines.length === 0 },
    { metric: 'empty titles', value: String(empty.length), baseline: '', target: '0', met: empty.length === 0 },
  ];
  const examples = [
    `${PAIRS} random pairs (derived ⟶ published, ROUGE-1 derived / baseline):`,
    ...sample(scored, PAIRS).flatMap((s) => [
      `- ${s.name} [${fixed(s.derived1, 2)} / ${fixed(s.base1, 2)}]`,
      `  derived:   ${s.derived}`,
      `  published: ${s.published}`,
    ]),
    ...[...particles, ...datelines].map((s) => `! ${s.name}: ${s.derived}`),
  ];
  return { title: 'headlines', rows, examples };
};
