// `npm run lighthouse [-- /path/ ...]`: builds the example seed, serves it on 127.0.0.1 and
// prints Lighthouse's four scores for the article page (or the paths given), with the
// audits that cost points. A script, not a test: it prints figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browser.js';
import { buildFixture, EXAMPLE_ID, makeSeeds } from '../tests/helpers/build.js';
import { serve } from '../tests/helpers/serve.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const targets = paths.length > 0 ? paths : [`/articles/${EXAMPLE_ID}/`];

const root = makeSeeds({}, true);
const built = await buildFixture(root);
const served = await serve(built.outDir);
const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
try {
  for (const target of targets) {
    const result = await lighthouse(served.origin + target, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${target}`);
    const { categories, audits } = result.lhr;
    console.log(`\n${target}`);
    for (const id of CATEGORIES) {
      const score = categories[id]?.score;
      console.log(`  ${id.padEnd(15)} ${score === null || score === undefined ? 'n/a' : Math.round(score * 100)}`);
    }
    // What cost points, so the figures say what to fix.
    for (const id of CATEGORIES) {
      for (const ref of categories[id]?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          console.log(`  - ${id}: ${audit.id} (${audit.score}) ${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
        }
      }
    }
    for (const metric of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']) {
      console.log(`  ${metric.padEnd(26)} ${audits[metric]?.displayValue ?? 'n/a'}`);
    }
  }
} finally {
  chrome.kill();
  await served.close();
  rmSync(root, { recursive: true, force: true });
}
