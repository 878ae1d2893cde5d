// `npm run bench:start [-- --corpus DIR --size 10000 --runs 3]`: `npm start` as its user
// meets it on a large archive. A seed is dropped into the folder; printed: how long until
// its article page answers and the home page links it (the preview), and how long until the
// full incremental rebuild (topics, related articles, search) is in place. The median of
// the runs, each with a new seed. A script, not a test: CI does not run it.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seedId } from '../src/ingest/pipeline.js';
import { makeArchive } from './bench/make-archive.js';
import { DEFAULT_CORPUS, loadCorpus } from './lib/corpus.js';
import { freePort } from '../tests/helpers/serve.js';
import { loadAverage, median, seconds } from './bench/figures.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: DEFAULT_CORPUS },
    size: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
  },
});
const size = Number(values.size);
const runs = Number(values.runs);

/** Resolves once `probe` holds, polled every 50 ms; the time it took from `since`. */
async function until(what: string, since: number, probe: () => Promise<boolean> | boolean, timeoutMs = 600_000): Promise<number> {
  while (performance.now() - since < timeoutMs) {
    if (await Promise.resolve(probe()).catch(() => false)) return performance.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const loadAtStart = loadAverage();
const dir = mkdtempSync(path.join(tmpdir(), `arshif-bench-start-${size}-`));
makeArchive(loadCorpus(path.resolve(values.corpus)), size, `${dir}/seeds`);
const port = await freePort();
const origin = `http://localhost:${port}`;
let output = '';
const builds = () => output.match(/^built in/gm)?.length ?? 0;
const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts', '--seeds', `${dir}/seeds`, '--out', `${dir}/dist`, '--work', `${dir}/work`], {
  cwd: ROOT, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'],
});
child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
child.stderr!.on('data', (chunk: Buffer) => (output += chunk));

try {
  const first = await until('the first build', performance.now(), () => builds() === 1, 1_800_000);
  console.error(`${size} seeds in ${dir}: first build and server ready in ${seconds(first)} s`);
  const shown: number[] = [];
  const listed: number[] = [];
  const rebuilt: number[] = [];
  for (let r = 0; r < runs; r++) {
    const text = `date: 2030-01-0${r + 1}\nمقال جديد أسقط في مجلد البذور رقم ${r} لقياس ظهوره في المتصفح أثناء تشغيل الخادم.\nفقرة ثانية تكمل الخبر بتفاصيل إضافية.\n`;
    const name = `new-${r}.txt`;
    const url = `${origin}/articles/${seedId(name, createHash('sha256').update(text).digest('hex'))}/`;
    const before = builds();
    const dropped = performance.now();
    writeFileSync(`${dir}/seeds/${name}`, text);
    shown.push(await until('the article page', dropped, async () => (await fetch(url)).status === 200));
    listed.push(await until('the home page link', dropped, async () => (await (await fetch(`${origin}/`)).text()).includes(new URL(url).pathname)));
    rebuilt.push(await until('the rebuild', dropped, () => builds() > before));
    console.error(`  seed ${r + 1}: page ${seconds(shown.at(-1)!)} s, on the home page ${seconds(listed.at(-1)!)} s, rebuilt ${seconds(rebuilt.at(-1)!)} s`);
  }
  console.log(`npm start at ${size} seeds, a seed dropped into the folder; median of ${runs} run(s), seconds from the drop`);
  console.log('| seeds | article page answers | on the home page | full rebuild in place (topics, related, search) |');
  console.log('|------:|---------------------:|-----------------:|-----------------------------------------------:|');
  console.log(`| ${size} | ${seconds(median(shown))} | ${seconds(median(listed))} | ${seconds(median(rebuilt))} |`);
  console.log(`load average (1, 5, 15 min): ${loadAtStart} at start, ${loadAverage()} at end`);
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
}
