// `npm run build [-- --seeds DIR --out DIR --work DIR --strict --shard K/N]`
// Exit status: 0 all seeds built, 2 published with some seeds rejected, 1 nothing published.
import { errorText } from '../build/report.js';
import { parseBuildArgs } from './args.js';
import { relaunchWithHeapLimit } from './heap.js';

const started = performance.now();
try {
  // The command ends once the new site is in place; the old one is removed by a process of its own.
  const args = { ...parseBuildArgs(process.argv.slice(2)), cleanup: 'detached' as const };
  const relaunched = relaunchWithHeapLimit(args.seedsDir);
  if (relaunched !== null) process.exit(relaunched);
  // Loaded only in the run that builds: the relaunching one stays light and quick.
  const { build, exitCodeOf } = await import('../build/build.js');
  const { summary } = await import('../build/report.js');
  const report = await build(args);
  console.log(summary(report));
  console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = exitCodeOf(report);
} catch (error) {
  // A build that cannot finish (no seeds folder, a template error) publishes nothing; dist/ is as it was.
  console.error(`build failed, nothing published: ${errorText(error)}`);
  process.exitCode = 1;
}
