// Node's default heap limit is a share of the machine's memory (about 4 GB here), and V8
// lets garbage pile up until near it: a 10,000-article build peaked at 1.4 GB resident
// while it used under 700 MB. The build command therefore runs itself again with a heap
// limit sized to the archive, unless one was given (NODE_OPTIONS or a node flag).
import { spawnSync } from 'node:child_process';
import { heapLimitMb, seedCount } from '../build/processes.js';

const HEAP_FLAG = '--max-old-space-size';

/** Runs this command again with a sized heap and returns its exit status; null when this run keeps going. */
export function relaunchWithHeapLimit(seedsDir: string): number | null {
  if (process.execArgv.some((flag) => flag.startsWith(HEAP_FLAG)) || (process.env.NODE_OPTIONS ?? '').includes(HEAP_FLAG)) return null;
  const seeds = seedCount(seedsDir);
  // A missing seeds folder is reported by the build itself.
  if (seeds === null) return null;
  const child = spawnSync(process.execPath, [...process.execArgv, `${HEAP_FLAG}=${heapLimitMb(seeds)}`, ...process.argv.slice(1)], { stdio: 'inherit' });
  return child.status ?? 1;
}
