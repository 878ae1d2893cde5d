// `npm run build [-- --seeds DIR --out DIR --work DIR]`
import { build, exitCodeOf } from '../build/build.js';
import { summary } from '../build/report.js';
import { parseBuildArgs } from './args.js';

const started = performance.now();
const report = await build(parseBuildArgs(process.argv.slice(2)));
console.log(summary(report));
console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = exitCodeOf(report);
