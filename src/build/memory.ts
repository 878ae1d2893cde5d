// Peak memory of a build: this process and every process it started (render processes,
// Pagefind's indexer) measured together, their resident memory summed a few times a second.
// Each process's own high-water mark would add peaks that never met: the ingest's before
// the render processes started, theirs after it ended. Sampled on a thread of its own,
// since the ingest and Eleventy keep the main thread busy for seconds at a time.
import { Worker } from 'node:worker_threads';

const SAMPLE_MS = 200;

// Plain JavaScript, run as is by the worker: no TypeScript loader needed there.
const SAMPLER = `
const { readdirSync, readFileSync } = require('node:fs');
const { workerData } = require('node:worker_threads');
const shared = new Int32Array(workerData.shared);
const VM_RSS = /^VmRSS:\\s+(\\d+) kB$/m;
const read = (file) => { try { return readFileSync(file, 'utf8'); } catch { return ''; } };
const rssKb = (pid) => Number(VM_RSS.exec(read('/proc/' + pid + '/status'))?.[1] ?? 0);
// The processes a process started: each of its threads lists its own children.
function childrenOf(pid) {
  let tids = [];
  try { tids = readdirSync('/proc/' + pid + '/task'); } catch {}
  return tids.flatMap((tid) => read('/proc/' + pid + '/task/' + tid + '/children').split(' ').filter(Boolean));
}
const treeKb = (pid) => rssKb(pid) + childrenOf(pid).reduce((sum, child) => sum + treeKb(child), 0);
while (Atomics.load(shared, 1) === 0) {
  const kb = treeKb(workerData.pid);
  if (kb > Atomics.load(shared, 0)) Atomics.store(shared, 0, kb);
  Atomics.wait(shared, 1, 0, ${SAMPLE_MS});
}
`;

export interface MemoryWatch {
  /** The highest sum seen since the last call (or the start), in MB; sampling goes on afresh. */
  takePeak(): number;
  /** Stops sampling. */
  stop(): Promise<void>;
}

/** Samples this process and its descendants until stopped; stages take their peak in turn. */
export function watchMemory(): MemoryWatch {
  // [0]: peak in kB since last taken; [1]: set to 1 to stop.
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(SAMPLER, { eval: true, workerData: { shared: shared.buffer, pid: process.pid } });
  worker.unref();
  return {
    takePeak() {
      // Without /proc (not Linux) nothing is read: this process's own high-water mark.
      const ownMb = Math.round(process.resourceUsage().maxRSS / 1024);
      const sampledMb = Math.round(Atomics.exchange(shared, 0, 0) / 1024);
      return sampledMb > 0 ? sampledMb : ownMb;
    },
    async stop() {
      Atomics.store(shared, 1, 1);
      Atomics.notify(shared, 1);
      await worker.terminate();
    },
  };
}
