// `npm run bench [-- --corpus DIR --sizes 1000,10000 --runs 3 --big]`: builds archives
// recombined from the corpus and prints wall time and peak memory by stage, the time to
// regenerate after adding or changing one seed, and bare Eleventy on the same articles.
// A script, not a test: CI does not run it.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Report } from '../src/build/report.js';
import { makeBareInputs } from './bench/bare-eleventy.js';
import { makeArchive, seedName } from './bench/make-archive.js';
import { DEFAULT_CORPUS, loadCorpus } from './lib/corpus.js';
import { loadAverage, median, seconds } from './bench/figures.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: DEFAULT_CORPUS },
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
    big: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (values.big) sizes.push(50_000);
const runs = Number(values.runs);

interface Measure { wallMs: number; stages: Record<string, number>; memory: Record<string, number>; maxRssMb: number }

function node(args: string[]): { wallMs: number; stdout: string } {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' },
  });
  const wallMs = performance.now() - started;
  if (child.status !== 0 && child.status !== 2) throw new Error(`${args.join(' ')} failed:\n${child.stderr}`);
  return { wallMs, stdout: child.stdout };
}

/**
 * The build command leaves the previous site's removal to a process of its own, which runs
 * on after it ends: waited for, so it does not slow the next measure.
 */
function awaitRemoval(dir: string): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (readdirSync(dir).some((name) => name.startsWith('dist.previous-'))) Atomics.wait(pause, 0, 0, 100);
}

function buildOnce(dir: string): Measure {
  const { wallMs } = node(['src/cli/build.ts', '--seeds', `${dir}/seeds`, '--out', `${dir}/dist`, '--work', `${dir}/work`]);
  awaitRemoval(dir);
  const report = JSON.parse(readFileSync(`${dir}/work/report.json`, 'utf8')) as Report;
  // Each measure as it comes, so a long run shows where it is.
  console.error(`  build: ${seconds(wallMs)} s, stages ${JSON.stringify(report.timings)}, MB ${JSON.stringify(report.memoryMb)}, ` +
    `${report.published} articles, ${report.pages} pages (${report.reusedPages} reused), ` +
    `search units ${report.searchUnits.indexed} indexed, ${report.searchUnits.reused} reused`);
  return { wallMs, stages: report.timings, memory: report.memoryMb, maxRssMb: report.maxRssMb };
}

/** Times: the median of the runs; memory: the highest. */
function medianOf(measures: Measure[]): Measure {
  const stages = Object.fromEntries(Object.keys(measures[0]!.stages).map((k) => [k, median(measures.map((m) => m.stages[k] ?? 0))]));
  const memory = Object.fromEntries(Object.keys(measures[0]!.memory).map((k) => [k, Math.max(...measures.map((m) => m.memory[k] ?? 0))]));
  return { wallMs: median(measures.map((m) => m.wallMs)), stages, memory, maxRssMb: Math.max(...measures.map((m) => m.maxRssMb)) };
}

const loadAtStart = loadAverage();
const corpus = loadCorpus(path.resolve(values.corpus));
const rows: string[][] = [];
for (const size of sizes) {
  const dir = mkdtempSync(path.join(tmpdir(), `arshif-bench-${size}-`));
  const names = makeArchive(corpus, size, `${dir}/seeds`);
  const n = size >= 50_000 ? 1 : runs;
  console.error(`${size} seeds in ${dir}: ${n} run(s)`);

  // Bare Eleventy (scripts/bench/bare-eleventy.ts): the articles and a paginated home (its
  // floor), and the same with a page per topic, made from the first build's Markdown.
  const bareOnce = (input: string, label: string): Measure => {
    rmSync(`${dir}/bare-out`, { recursive: true, force: true });
    const { stdout } = node(['scripts/bench/bare-run.ts', input, `${dir}/bare-out`]);
    const { ms, maxRssMb } = JSON.parse(stdout.trim().split('\n').at(-1)!);
    console.error(`  bare eleventy${label}: ${seconds(ms)} s, ${maxRssMb} MB`);
    return { wallMs: ms, stages: {}, memory: {}, maxRssMb };
  };
  const full: Measure[] = [];
  const floor: Measure[] = [];
  const bare: Measure[] = [];
  for (let r = 0; r < n; r++) {
    rmSync(`${dir}/work`, { recursive: true, force: true });
    rmSync(`${dir}/dist`, { recursive: true, force: true });
    full.push(buildOnce(dir));
    if (r === 0) {
      makeBareInputs(`${dir}/work/content`, { floor: `${dir}/bare-in`, tags: `${dir}/bare-tags-in` });
    }
    // Right after each full build, so both meet the machine as it is then: its speed drifts
    // by tens of percent over minutes (other machines share its host).
    floor.push(bareOnce(`${dir}/bare-in`, ' (no tag pages)'));
    bare.push(bareOnce(`${dir}/bare-tags-in`, ''));
  }
  const added: Measure[] = [];
  const changed: Measure[] = [];
  for (let r = 0; r < n; r++) {
    const text = `date: 2019-03-0${r + 1}\nمقال جديد أضيف إلى الأرشيف رقم ${r} لقياس إعادة البناء بعد إضافة بذرة واحدة إلى المجموعة.\nفقرة ثانية تكمل الخبر بتفاصيل إضافية.\n`;
    writeFileSync(`${dir}/seeds/${seedName(size + r, text)}`, text);
    added.push(buildOnce(dir));
    appendFileSync(`${dir}/seeds/${names[r]}`, `فقرة مضافة في التعديل رقم ${r}.\n`);
    changed.push(buildOnce(dir));
  }

  const f = medianOf(full);
  const a = medianOf(added);
  const c = medianOf(changed);
  const b = medianOf(bare);
  const fl = medianOf(floor);
  // Each run's ratio against the bare build right after it, then their median.
  const ratio = (bares: Measure[]) =>
    median(full.map((m, r) => ((m.stages.ingest ?? 0) + (m.stages.pages ?? 0)) / bares[r]!.wallMs)).toFixed(2);
  rows.push([
    String(size),
    seconds(f.stages.ingest ?? 0), String(f.memory.ingest ?? '—'), seconds(f.stages.pages ?? 0), String(f.memory.pages ?? '—'),
    seconds(f.stages.search ?? 0), String(f.memory.search ?? '—'), seconds(f.wallMs), String(f.maxRssMb),
    seconds(a.wallMs), `${((100 * a.wallMs) / f.wallMs).toFixed(1)}%`, seconds(c.wallMs),
    seconds(fl.wallMs), String(fl.maxRssMb), ratio(floor),
    seconds(b.wallMs), String(b.maxRssMb), ratio(bare),
  ]);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

const head = [
  'seeds', 'ingest s', 'ingest MB', 'pages s', 'pages MB', 'search s', 'search MB', 'full s', 'peak MB', 'add 1 s', 'add/full', 'change 1 s',
  'bare 11ty s', 'bare MB', '(ingest+pages)/bare', 'bare+tags s', 'MB', '(ingest+pages)/bare+tags',
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
console.log(`median of ${runs} run(s) (1 at 50,000); full = wall time of the whole build command`);
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log('targets at 10,000: (ingest+pages)/bare ≤ 1.3, add/full ≤ 20%, peak ≤ 1024 MB');
console.log('bare 11ty: the same articles as Markdown, one minimal layout, a paginated home; bare+tags: also a page per topic, listing its articles');
console.log('(ingest+pages)/bare: the median of each run\'s ratio to the bare build run right after its full build');
console.log('MB: peak resident memory of the build and every process it starts (render processes, Pagefind), summed');
// The machine may be shared: the figures mean little without how busy it was.
console.log(`load average (1, 5, 15 min): ${loadAtStart} at start, ${loadAverage()} at end`);
