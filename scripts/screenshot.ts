// `npm run screenshot`: the README's picture, the example article at 1280px in the light
// theme, taken from a served build of the example seed into docs/screenshot-article.png.
import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.js';
import { buildFixture, EXAMPLE_ID, makeSeeds } from '../tests/helpers/build.js';
import { serve } from '../tests/helpers/serve.js';

const OUT = path.resolve(import.meta.dirname, '../docs/screenshot-article.png');
const WIDTH = 1280;
// The top of the article: header, title, date line, lead and the first section.
const HEIGHT = 1200;

const root = makeSeeds({}, true);
const built = await buildFixture(root);
const served = await serve(built.outDir);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${served.origin}/articles/${EXAMPLE_ID}/`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  mkdirSync(path.dirname(OUT), { recursive: true });
  await page.screenshot({ path: OUT });
  console.log(`${path.relative(process.cwd(), OUT)}: ${WIDTH}×${HEIGHT}, ${Math.round(statSync(OUT).size / 1024)} KB`);
} finally {
  await browser.close();
  await served.close();
  rmSync(root, { recursive: true, force: true });
}
