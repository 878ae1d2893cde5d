// Starts the related-articles thread: loads TypeScript through tsx, whatever flags the parent
// was started with (a worker takes no --import).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

try {
  register();
  await import('./related-worker.ts');
} catch (error) {
  // Told to the main thread, which then ranks related articles itself.
  workerData.port.postMessage({ failed: error instanceof Error ? error.message : String(error) });
  Atomics.store(workerData.flag, 0, 1);
  Atomics.notify(workerData.flag, 0);
}
