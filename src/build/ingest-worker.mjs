// Starts an ingest worker thread: loads TypeScript through tsx, whatever flags the parent
// was started with (a worker takes no --import; vitest's own loader does not reach it).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

try {
  register();
  await import('./ingest-worker.ts');
} catch (error) {
  // Told to the main thread, which then ingests in its own thread.
  workerData.port.postMessage({ failed: error instanceof Error ? error.message : String(error) });
  Atomics.add(workerData.signal, 0, 1);
  Atomics.notify(workerData.signal, 0);
}
