// A worker thread of the ingest pool: runs seeds through the pipeline as they come and
// answers each on its port, then counts up the shared signal the main thread waits on.
import { type MessagePort, workerData } from 'node:worker_threads';
import { ingestOutcome, type SeedJob } from './ingest-outcome.js';
import type { Limits } from '../ingest/limits.js';
import { reply } from './thread-reply.js';

const { port, signal, limits } = workerData as { port: MessagePort; signal: Int32Array; limits: Limits };

port.on('message', ({ index, job }: { index: number; job: SeedJob }) => {
  reply(port, signal, { index, outcome: ingestOutcome(job, limits) });
});
