// Starts a worker thread that runs a TypeScript module (`workerData.entry`, a file URL):
// loads it through tsx, whatever flags the parent was started with (a worker takes no
// --import; vitest's own loader does not reach it). If it cannot be loaded, the thread says
// so on `workerData.port` and counts up `workerData.signal`, which the parent waits on; the
// parent then does the work itself.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

try {
  register();
  await import(workerData.entry);
} catch (error) {
  workerData.port.postMessage({ failed: error instanceof Error ? error.message : String(error) });
  Atomics.add(workerData.signal, 0, 1);
  Atomics.notify(workerData.signal, 0);
}
