// `npm start`: build, serve with live reload, and re-ingest whenever a seed is added or changed.
import Eleventy from '@11ty/eleventy';
import { contentDirOf, ingestInto } from '../build/build.js';
import { summary } from '../build/report.js';
import { PROJECT_ROOT } from '../build/site.js';
import { parseBuildArgs } from './args.js';

const args = parseBuildArgs(process.argv.slice(2));
const port = Number(process.env.PORT ?? 8080);
process.env.ARSHIF_CONTENT = contentDirOf(args.workDir);
process.chdir(PROJECT_ROOT);

const eleventy = new Eleventy('templates', args.outDir, {
  configPath: '.eleventy.js',
  runMode: 'serve',
  // Eleventy's config object is untyped in its package.
  config(eleventyConfig: {
    addWatchTarget(p: string): void;
    on(e: string, f: () => void): void;
    setWatchJavaScriptDependencies(b: boolean): void;
  }) {
    // Eleventy's dependency scan cannot parse TypeScript; templates and seeds are still watched.
    eleventyConfig.setWatchJavaScriptDependencies(false);
    eleventyConfig.addWatchTarget(args.seedsDir);
    // Runs before the first build and before every rebuild the watcher triggers.
    eleventyConfig.on('eleventy.before', () => {
      console.log(summary(ingestInto(args)));
    });
  },
});
await eleventy.init();
await eleventy.watch();
await eleventy.serve(port);
