// `npm run lighthouse [-- --runs N] [/path/ ...]`: builds the example seed, serves it on
// 127.0.0.1 and prints Lighthouse's four scores for the article page (or the paths given).
// Performance varies with machine load, so each page is audited N times (default 3) and
// the median run is reported, as Lighthouse's own docs advise, with every run's figures and
// the audits that cost points. A script, not a test: it prints figures.
import { rmSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browser.js';
import { buildFixture, EXAMPLE_ID, makeSeeds } from '../tests/helpers/build.js';
import { serve } from '../tests/helpers/serve.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'speed-index', 'total-blocking-time', 'cumulative-layout-shift'];

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1');
const paths = args.filter((a) => a.startsWith('/'));
const targets = paths.length > 0 ? paths : [`/articles/${EXAMPLE_ID}/`];

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
/** A category's score out of 100; -1 when Lighthouse could not score it (e.g. a page error). */
const scoreOf = (lhr: Result, id: string) => {
  const score = lhr.categories[id]?.score;
  return score === null || score === undefined ? -1 : Math.round(score * 100);
};

const root = makeSeeds({}, true);
const built = await buildFixture(root);
const served = await serve(built.outDir);
const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
try {
  for (const target of targets) {
    const results: Result[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(served.origin + target, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${target}`);
      results.push(result.lhr);
    }
    console.log(`\n${target} (${runs} run${runs > 1 ? 's' : ''}: ${results.map((r) => CATEGORIES.map((c) => scoreOf(r, c)).join('/')).join(', ')})`);
    const failed = results.find((r) => r.runtimeError);
    if (failed) {
      console.log(`  error: ${failed.runtimeError!.code}: ${failed.runtimeError!.message}`);
      process.exitCode = 1;
      continue;
    }
    const median = [...results].sort((a, b) => scoreOf(a, 'performance') - scoreOf(b, 'performance'))[Math.floor(runs / 2)]!;
    for (const id of CATEGORIES) console.log(`  ${id.padEnd(15)} ${scoreOf(median, id)}`);
    for (const metric of METRICS) console.log(`  ${metric.padEnd(26)} ${median.audits[metric]?.displayValue ?? 'n/a'}`);
    // What cost points in the median run, so the figures say what to fix.
    for (const id of CATEGORIES) {
      for (const ref of median.categories[id]?.auditRefs ?? []) {
        const audit = median.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          console.log(`  - ${id}: ${audit.id} (${audit.score}) ${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
        }
      }
    }
  }
} finally {
  chrome.kill();
  await served.close();
  rmSync(root, { recursive: true, force: true });
}
