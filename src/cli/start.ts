// `npm start [-- --seeds DIR --out DIR --work DIR]`: builds the site, serves it with live
// reload, and builds again whenever a seed or a template changes. New seeds are first shown
// alone (src/build/preview.ts): their pages and the listings that show them, in a couple of
// seconds at 10,000 articles. Then comes the incremental build of `npm run build`: changed
// seeds only are ingested, changed pages only rendered, changed search units only indexed,
// and the whole site is as a full build makes it, topics, related articles and search
// included (13 to 24 s at 10,000 articles). A rebuild that fails leaves the site being
// served as it was. Changes to the TypeScript code need a restart.
import { type FSWatcher, watch } from 'node:fs';
import path from 'node:path';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { build } from '../build/build.js';
import { addedOnly, previewSeeds, seedStamps } from '../build/preview.js';
import { readBuildSettings } from '../build/settings.js';
import { isProjectFile } from '../build/ingest-seeds.js';
import { errorText, summary } from '../build/report.js';
import { PROJECT_ROOT } from '../build/site.js';
import { loadSettings } from '../site/settings.js';
import { parseBuildArgs } from './args.js';

/** Changes closer together than this (a copy of many seeds) make one rebuild. */
const SETTLE_MS = 300;
// The browser reloads as soon as the new site is in place; the old one is removed meanwhile.
const args = { ...parseBuildArgs(process.argv.slice(2)), cleanup: 'background' as const };
const port = Number(process.env.PORT ?? 8080);

async function rebuild(): Promise<boolean> {
  const started = performance.now();
  try {
    const report = await build(args);
    console.log(summary(report));
    console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return true;
  } catch (error) {
    console.error(`build failed, the site served is unchanged: ${errorText(error)}`);
    return false;
  }
}

/** Tells what a preview shows; false when it has nothing to show or fails (the rebuild follows either way). */
async function preview(files: string[]): Promise<boolean> {
  const started = performance.now();
  try {
    const urls = await previewSeeds(args, files, readBuildSettings());
    if (urls.length === 0) return false;
    console.log(`${files.length} new seed(s) shown in ${((performance.now() - started) / 1000).toFixed(1)} s (${urls.length} pages); the full rebuild follows`);
    return true;
  } catch (error) {
    console.error(`preview failed, the full rebuild follows: ${errorText(error)}`);
    return false;
  }
}

// The seeds as the last build read them: seeds added since, and nothing else changed, are previewed.
let stamps = seedStamps(args.seedsDir);
let templatesChanged = false;
await rebuild();
const server = EleventyDevServer.getServer('arshif', args.outDir, { pathPrefix: loadSettings().pathPrefix });
server.serve(port);

// One rebuild at a time; changes during a rebuild make one more after it.
let running = false;
let pending = false;
let timer: ReturnType<typeof setTimeout> | undefined;
async function run(): Promise<void> {
  if (running) {
    pending = true;
    return;
  }
  running = true;
  do {
    pending = false;
    const now = seedStamps(args.seedsDir);
    // A shard or a strict build publishes what the whole archive decides: no preview.
    const added = templatesChanged || args.shard || args.strict ? [] : addedOnly(stamps, now);
    templatesChanged = false;
    if (added.length > 0 && (await preview(added))) server.reload();
    stamps = now;
    if (await rebuild()) server.reload();
  } while (pending);
  running = false;
}
const schedule = () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), SETTLE_MS);
};

// The build itself writes the added-dates catalogue beside the seeds: not a change to answer.
const watchers: FSWatcher[] = [
  watch(args.seedsDir, (_event, name) => {
    if (name === null || !isProjectFile(name)) schedule();
  }),
  watch(path.join(PROJECT_ROOT, 'templates'), { recursive: true }, () => {
    templatesChanged = true;
    schedule();
  }),
];

const stop = async () => {
  for (const watcher of watchers) watcher.close();
  clearTimeout(timer);
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
