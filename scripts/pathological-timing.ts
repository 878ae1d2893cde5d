// Times ingest and rendering of pathological Markdown-like seeds (thousands of `*`, `[`,
// `>` and friends), one seed per kind, then a whole build of all of them at the
// line-length limit. Prints figures; asserts nothing.
// Usage: npx tsx scripts/pathological-timing.ts
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from '../src/build/build.js';
import { DEFAULT_LIMITS } from '../src/ingest/limits.js';
import { ingest } from '../src/ingest/pipeline.js';
import { fromMarkdown, toMarkdown } from '../src/ingest/serialize.js';
import { createMarkdown } from '../src/site/markdown.js';
import { pathologicalLines } from '../tests/robust/pathological.js';

const md = createMarkdown();
const LEAD = 'خبر قصير قبل النص المرضي.';
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Each kind repeated as often as fits in one paragraph under the line-length limit. */
function atLimit(): string[] {
  return pathologicalLines(1).map((unit) => unit.repeat(Math.floor(DEFAULT_LIMITS.maxLineChars / unit.length)));
}

function seedOf(line: string): Uint8Array {
  return new TextEncoder().encode(`${LEAD}\n${line}\n`);
}

function time(line: string): number {
  return median(Array.from({ length: RUNS }, () => {
    const started = performance.now();
    const { article } = ingest('seed.txt', seedOf(line));
    md.render(fromMarkdown(toMarkdown(article)).body);
    return performance.now() - started;
  }));
}

for (const [label, lines] of [['1,000 repeats', pathologicalLines(1_000)], ['5,000 repeats', pathologicalLines(5_000)], [`at the ${DEFAULT_LIMITS.maxLineChars}-character line limit`, atLimit()]] as const) {
  const times = lines.map((line) => ({ ms: time(line), kind: line.slice(0, 4) }));
  const worst = times.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(`${label}: ingest + render per seed, median of ${RUNS}: slowest ${worst.ms.toFixed(1)} ms (${JSON.stringify(worst.kind)}…), all ${times.length} kinds ${times.reduce((s, t) => s + t.ms, 0).toFixed(1)} ms`);
}

// The worst a seed can be: as large as the size limit, every paragraph one kind of marker.
const atSizeLimit = pathologicalLines(1).map((unit) => {
  const line = unit.repeat(Math.floor(1_000 / unit.length));
  const lines = Math.floor(DEFAULT_LIMITS.maxSeedBytes / (line.length + 1)) - 1;
  return { unit, text: [LEAD, ...Array.from({ length: lines }, () => line)].join('\n') };
});
const worstAtSize = atSizeLimit.map(({ unit, text }) => {
  const started = performance.now();
  const { article } = ingest('seed.txt', new TextEncoder().encode(text));
  md.render(fromMarkdown(toMarkdown(article)).body);
  return { unit, ms: performance.now() - started };
}).reduce((a, b) => (b.ms > a.ms ? b : a));
console.log(`a ${DEFAULT_LIMITS.maxSeedBytes}-byte seed of one marker kind: slowest ${worstAtSize.ms.toFixed(0)} ms (${JSON.stringify(worstAtSize.unit)})`);

const root = mkdtempSync(path.join(tmpdir(), 'arshif-pathological-'));
try {
  mkdirSync(path.join(root, 'seeds'));
  atLimit().forEach((line, i) => writeFileSync(path.join(root, 'seeds', `${String(i).padStart(3, '0')}.txt`), seedOf(line)));
  const started = performance.now();
  const report = await build({ seedsDir: path.join(root, 'seeds'), outDir: path.join(root, 'dist'), workDir: path.join(root, 'work') });
  console.log(`whole build of ${report.published} pathological seeds at the limit: ${((performance.now() - started) / 1000).toFixed(2)} s, ${report.pages} pages`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
