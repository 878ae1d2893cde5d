// Recall of the search page's code against plain Pagefind on the real corpus: builds the
// corpus with the real build, writes queries from each article's distinctive words in the
// forms readers type, and runs both through Pagefind's own JS in Node.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from '../../src/build/build.js';
import { INDEX_DIR, indexSite } from '../../src/build/search-index.js';
import { ARTICLES_DIR, CATALOG_FILE } from '../../src/site/catalog.js';
import { fromMarkdown, type FrontMatter } from '../../src/ingest/serialize.js';
import { search, type Mode, type Pagefind } from '../../src/search/engine.js';
import { keysOf, wordsOf } from '../../src/search/variants.js';
import { normalizeArabic } from '../../src/text/arabic.js';
import { sample } from '../lib/corpus.js';
import type { Row, Section } from '../lib/eval-table.js';
import { loadPagefind, removePagefindCopies } from '../lib/pagefind-node.js';

/** Articles whose words become queries; a fixed sample so runs compare. */
const ARTICLES_SAMPLED = 200;
/** A word is distinctive when at most this many articles hold one of its forms. */
const MAX_DOC_FREQUENCY = 5;
/** Letters a query word keeps once ال is off, so it is a word rather than a particle. */
const MIN_BASE_LETTERS = 4;
const TOP = 10;
/** Queries run on a cold instance to measure what one search fetches. */
const COLD_QUERIES = 20;
const TARGET_RECALL = 0.95;
const MODES = ['plain', 'arabic', 'forms'] as const;
const ARABIC_WORD = /^[\u0621-\u064A]+$/;
const LATIN_NUMBER = /^\d{2,4}$/;
const TASHKEEL = { fatha: '\u064E', kasra: '\u0650', shadda: '\u0651' };
const TATWEEL = '\u0640';

export type Kind =
  | 'exact' | 'exact-2words'
  | 'bare' | 'wa' | 'fa' | 'bi' | 'li' | 'ka' | 'wal' | 'bal' | 'lil'
  | 'hamza' | 'ta-marbuta' | 'alef-maqsura' | 'diacritics' | 'tatweel' | 'digits' | '2words';

export interface EvalQuery {
  kind: Kind;
  text: string;
  /** URL of the article the query was written from. */
  target: string;
}

interface Doc {
  url: string;
  words: string[];
}

const isExact = (kind: Kind) => kind.startsWith('exact');
const ARABIC_INDIC = (n: string) => n.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

/** The key of a base form, how the eval counts articles holding any form of it. */
const keyOf = (base: string) => normalizeArabic(base);

/** Surface forms a reader may type for a base `b` that the article prints as الb. */
function variantsOf(base: string): [Kind, string][] {
  const out: [Kind, string][] = [
    ['bare', base], ['wa', `و${base}`], ['fa', `ف${base}`], ['bi', `ب${base}`], ['li', `ل${base}`],
    ['ka', `ك${base}`], ['wal', `وال${base}`], ['bal', `بال${base}`], ['lil', `لل${base}`],
  ];
  if (/[أإآ]/.test(base)) out.push(['hamza', base.replace(/[أإآ]/g, 'ا')]);
  else if (base.startsWith('ا')) out.push(['hamza', `أ${base.slice(1)}`]);
  if (base.endsWith('ة')) out.push(['ta-marbuta', `${base.slice(0, -1)}ه`]);
  if (base.endsWith('ى')) out.push(['alef-maqsura', `${base.slice(0, -1)}ي`]);
  else if (base.endsWith('ي')) out.push(['alef-maqsura', `${base.slice(0, -1)}ى`]);
  const [a, b, ...rest] = [...base];
  out.push(['diacritics', `${a}${TASHKEEL.fatha}${b}${TASHKEEL.shadda}${TASHKEEL.kasra}${rest.join('')}`]);
  out.push(['tatweel', `${a}${b}${TATWEEL}${rest.join('')}`]);
  return out;
}

/** Queries for one article from its two most distinctive ال-words and a number it cites. */
function queriesOf(doc: Doc, df: Map<string, number>): EvalQuery[] {
  const counts = new Map<string, { surface: string; base: string; tf: number }>();
  for (const word of doc.words) {
    if (!word.startsWith('ال') || !ARABIC_WORD.test(word)) continue;
    const base = word.slice(2);
    if ([...base].length < MIN_BASE_LETTERS) continue;
    const key = keyOf(base);
    const seen = counts.get(key);
    if (seen) seen.tf++;
    else counts.set(key, { surface: word, base, tf: 1 });
  }
  const ranked = [...counts.entries()]
    .filter(([key]) => (df.get(key) ?? 0) <= MAX_DOC_FREQUENCY)
    .sort(([ka, a], [kb, b]) => b.tf - a.tf || df.get(ka)! - df.get(kb)! || (ka < kb ? -1 : 1))
    .map(([, v]) => v);
  const [first, second] = ranked;
  if (!first) return [];
  const q = (kind: Kind, text: string): EvalQuery => ({ kind, text, target: doc.url });
  const queries = [q('exact', first.surface), ...variantsOf(first.base).map(([kind, text]) => q(kind, text))];
  if (second) {
    queries.push(q('exact-2words', `${first.surface} ${second.surface}`));
    queries.push(q('2words', `و${first.base} ${second.base}`));
  }
  const number = doc.words.find((w) => LATIN_NUMBER.test(w));
  if (number) queries.push(q('digits', `${first.base} ${ARABIC_INDIC(number)}`));
  return queries;
}

/** Rank (1-based) of the target among the first TOP results, or null. */
async function rankOf(pagefind: Pagefind, query: EvalQuery, mode: Mode): Promise<number | null> {
  const results = (await search(pagefind, { text: query.text }, mode)).slice(0, TOP);
  for (let i = 0; i < results.length; i++) {
    if ((await results[i]!.data()).url === query.target) return i + 1;
  }
  return null;
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

const fixed = (n: number, digits = 3) => n.toFixed(digits);
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

export async function evaluateSearch(seedsDir: string): Promise<Section> {
  const root = mkdtempSync(path.join(tmpdir(), 'arshif-search-eval-'));
  try {
    const outDir = path.join(root, 'dist');
    const workDir = path.join(root, 'work');
    await build({ seedsDir, outDir, workDir });
    // Plain Pagefind: the same pages indexed without the hidden search keys.
    const plainDir = path.join(root, 'plain', INDEX_DIR);
    await indexSite(outDir, { outputDir: plainDir, excludeSelectors: ['[data-search-keys]'] });

    const catalog = JSON.parse(readFileSync(path.join(workDir, 'content', CATALOG_FILE), 'utf8')) as FrontMatter[];
    const docs: Doc[] = catalog
      .filter((entry) => entry.lang === 'ar')
      .map((entry) => {
        const { body } = fromMarkdown(readFileSync(path.join(workDir, 'content', ARTICLES_DIR, `${entry.id}.md`), 'utf8'));
        return { url: `/articles/${entry.id}/`, words: wordsOf(`${entry.title}\n${body}`) };
      });
    const df = new Map<string, number>();
    for (const doc of docs) {
      const keys = new Set(doc.words.flatMap(keysOf));
      for (const key of keys) df.set(key, (df.get(key) ?? 0) + 1);
    }
    const queries = sample(docs, ARTICLES_SAMPLED).flatMap((doc) => queriesOf(doc, df));

    const engines: Record<Mode, Pagefind> = {
      plain: (await loadPagefind(plainDir)).pagefind,
      arabic: (await loadPagefind(path.join(outDir, INDEX_DIR))).pagefind,
      forms: (await loadPagefind(plainDir)).pagefind,
    };
    const ranks: Record<Mode, (number | null)[]> = { plain: [], arabic: [], forms: [] };
    for (const query of queries) {
      for (const mode of MODES) ranks[mode].push(await rankOf(engines[mode], query, mode));
    }

    type Score = { n: number; recall: number; mrr: number };
    const score = (mode: Mode, pick: (q: EvalQuery) => boolean): Score => {
      const r = queries.flatMap((q, i) => (pick(q) ? [ranks[mode][i]] : []));
      const recall = r.filter((x) => x !== null).length / Math.max(1, r.length);
      const mrr = r.reduce<number>((sum, x) => sum + (x ? 1 / x : 0), 0) / Math.max(1, r.length);
      return { n: r.length, recall, mrr };
    };
    const variant = (q: EvalQuery) => !isExact(q.kind);
    const exact = (q: EvalQuery) => isExact(q.kind);
    const [vo, vp, eo, ep] = [score('arabic', variant), score('plain', variant), score('arabic', exact), score('plain', exact)];
    const [vf, ef] = [score('forms', variant), score('forms', exact)];

    // Fresh instances: what a reader's first query costs (Pagefind's WASM and metadata,
    // index chunks, ten result fragments), then what a second, different query adds.
    const cold: Record<Mode, { first: number[]; next: number[] }> = {
      plain: { first: [], next: [] }, arabic: { first: [], next: [] }, forms: { first: [], next: [] },
    };
    const coldQueries = sample(queries.filter(variant), COLD_QUERIES * 2, 7);
    for (let i = 0; i + 1 < coldQueries.length; i += 2) {
      for (const mode of MODES) {
        const loaded = await loadPagefind(mode === 'arabic' ? path.join(outDir, INDEX_DIR) : plainDir);
        for (const [j, query] of [coldQueries[i]!, coldQueries[i + 1]!].entries()) {
          const before = loaded.bytes();
          const results = await search(loaded.pagefind, { text: query.text }, mode);
          await Promise.all(results.slice(0, TOP).map((r) => r.data()));
          cold[mode][j === 0 ? 'first' : 'next'].push(loaded.bytes() - before);
        }
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const ours = folderSize(path.join(outDir, INDEX_DIR));
    const plain = folderSize(plainDir);

    const rows: Row[] = [
      { metric: `recall@${TOP}, variant queries (n=${vo.n})`, value: fixed(vo.recall), baseline: fixed(vp.recall), target: `>= ${TARGET_RECALL}`, met: vo.recall >= TARGET_RECALL },
      { metric: `MRR@${TOP}, variant queries (n=${vo.n})`, value: fixed(vo.mrr), baseline: fixed(vp.mrr), target: '', met: null },
      { metric: `recall@${TOP}, exact queries (n=${eo.n})`, value: fixed(eo.recall), baseline: fixed(ep.recall), target: '>= baseline', met: eo.recall >= ep.recall },
      { metric: `MRR@${TOP}, exact queries (n=${eo.n})`, value: fixed(eo.mrr), baseline: fixed(ep.mrr), target: '>= baseline', met: eo.mrr >= ep.mrr },
      { metric: `alternative, forms typed out, no keys: recall@${TOP} variant / exact`, value: `${fixed(vf.recall)} / ${fixed(ef.recall)}`, baseline: `${fixed(vp.recall)} / ${fixed(ep.recall)}`, target: '', met: null },
      { metric: `alternative, forms typed out, no keys: MRR@${TOP} variant / exact`, value: `${fixed(vf.mrr)} / ${fixed(ef.mrr)}`, baseline: `${fixed(vp.mrr)} / ${fixed(ep.mrr)}`, target: '', met: null },
      { metric: 'index size on disk', value: kib(ours.bytes), baseline: kib(plain.bytes), target: '', met: null },
      { metric: 'index files', value: String(ours.files), baseline: String(plain.files), target: '', met: null },
      { metric: `bytes a first query fetches, top ${TOP} shown (mean of ${COLD_QUERIES})`, value: kib(mean(cold.arabic.first)), baseline: kib(mean(cold.plain.first)), target: '', met: null },
      { metric: `bytes a second query adds (mean of ${COLD_QUERIES})`, value: kib(mean(cold.arabic.next)), baseline: kib(mean(cold.plain.next)), target: '', met: null },
      { metric: 'alternative, forms typed out: bytes first / second query', value: `${kib(mean(cold.forms.first))} / ${kib(mean(cold.forms.next))}`, baseline: `${kib(mean(cold.plain.first))} / ${kib(mean(cold.plain.next))}`, target: '', met: null },
    ];
    const kinds = [...new Set(queries.map((q) => q.kind))];
    const examples = [
      `${docs.length} articles, ${queries.length} queries from ${ARTICLES_SAMPLED} sampled; value = ours (keys + variants), baseline = plain Pagefind`,
      'by kind: ours | plain Pagefind | forms typed out without keys',
      ...kinds.map((kind) => {
        const [p, o, f] = MODES.map((mode) => score(mode, (q) => q.kind === kind)) as [Score, Score, Score];
        return `  ${kind.padEnd(13)} n=${String(o.n).padStart(4)}  recall@${TOP} ${fixed(o.recall)} | ${fixed(p.recall)} | ${fixed(f.recall)}`
          + `   MRR ${fixed(o.mrr)} | ${fixed(p.mrr)} | ${fixed(f.mrr)}`;
      }),
      'misses of ours (first 12):',
      ...queries.flatMap((q, i) => (ranks.arabic[i] === null ? [`  ${q.kind}: ${q.text} → ${q.target}`] : [])).slice(0, 12),
    ];
    return { title: 'search', rows, examples };
  } finally {
    removePagefindCopies();
    rmSync(root, { recursive: true, force: true });
  }
}
