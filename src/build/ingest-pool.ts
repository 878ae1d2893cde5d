// Seeds through the pipeline on worker threads while the main thread goes on with the
// archive-wide work in seed order. The ingest stays synchronous: the main thread takes
// each seed's outcome in turn, waiting on a shared counter the workers count up.
import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Limits } from '../ingest/limits.js';
import { ingestOutcome, type Outcome, type SeedJob } from './ingest-outcome.js';

/**
 * Fewer seeds to ingest than this, and they are ingested in the main thread. Two workers cost
 * about 1 s of CPU to start (tsx and the pipeline loaded again, cold code warming up): cold
 * ingests measured on 2 cores ran 0.4–0.9 s slower on workers at 1,000 seeds, 0.6–1.3 s faster
 * at 2,000 and 1.5–2.3 s faster at 4,000.
 */
export const MIN_SEEDS_FOR_WORKERS = 1_500;
/** Seeds sent ahead to each worker, so it never waits for the main thread. */
const AHEAD_PER_WORKER = 8;
/** No answer from any worker for this long: the workers are given up and the rest ingested here. */
const STALL_MS = 60_000;
const WORKER_FILE = new URL('./ts-thread.mjs', import.meta.url);
const WORKER_ENTRY = new URL('./ingest-worker.ts', import.meta.url).href;

/** Workers for `seeds` seeds to ingest: `requested` when given (0: none), else one per core when there are enough. */
export function workerCount(seeds: number, requested?: number): number {
  if (requested !== undefined) return Math.min(requested, seeds);
  const cores = availableParallelism();
  return cores > 1 && seeds >= MIN_SEEDS_FOR_WORKERS ? cores : 0;
}

interface Thread {
  worker: Worker;
  port: MessagePort;
  inFlight: number;
}

type Reply = { index: number; outcome: Outcome } | { failed: string };

/** The outcome of each job, taken in any order; jobs run on `count` workers, or here once they fail. */
export class IngestPool {
  private readonly threads: Thread[] = [];
  private readonly signal = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  private readonly outcomes = new Map<number, Outcome>();
  private next = 0;

  constructor(private readonly jobs: readonly SeedJob[], private readonly limits: Limits, count: number) {
    for (let i = 0; i < count; i++) {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(WORKER_FILE, {
        // No flags of the parent (a heap size, --import): the bootstrap loads tsx itself.
        execArgv: [],
        workerData: { entry: WORKER_ENTRY, port: port2, signal: this.signal, limits },
        transferList: [port2],
      });
      // A worker never keeps the build's process alive; its errors arrive as a `failed` reply or a stall.
      worker.unref();
      worker.on('error', () => {});
      this.threads.push({ worker, port: port1, inFlight: 0 });
    }
    this.send();
  }

  /** Workers still running: 0 once closed or given up. */
  get workers(): number {
    return this.threads.length;
  }

  /** Job `index`'s outcome, waiting for it when it is not in yet. */
  take(index: number): Outcome {
    let waitedSince = performance.now();
    for (;;) {
      const seen = Atomics.load(this.signal, 0);
      if (this.receive()) waitedSince = performance.now();
      const outcome = this.outcomes.get(index);
      if (outcome) {
        this.outcomes.delete(index);
        this.send();
        return outcome;
      }
      if (this.threads.length === 0) return ingestOutcome(this.jobs[index]!, this.limits);
      this.send();
      if (Atomics.wait(this.signal, 0, seen, STALL_MS) === 'timed-out' && performance.now() - waitedSince >= STALL_MS) this.close();
    }
  }

  /** Stops the workers; jobs not answered yet are ingested in the main thread. */
  close(): void {
    for (const { worker, port } of this.threads) {
      port.close();
      void worker.terminate();
    }
    this.threads.length = 0;
  }

  /** Sends the next jobs to workers with room; jobs go out in order, so the first are answered first. */
  private send(): void {
    for (const thread of this.threads) {
      while (thread.inFlight < AHEAD_PER_WORKER && this.next < this.jobs.length) {
        thread.port.postMessage({ index: this.next, job: this.jobs[this.next] });
        thread.inFlight++;
        this.next++;
      }
    }
  }

  /** Collects the replies in; false when there were none. */
  private receive(): boolean {
    let any = false;
    for (const thread of this.threads) {
      for (let message = receiveMessageOnPort(thread.port); message; message = receiveMessageOnPort(thread.port)) {
        any = true;
        const reply = message.message as Reply;
        if ('failed' in reply) {
          // A worker that cannot start: all are given up, the rest is ingested here.
          this.close();
          return true;
        }
        thread.inFlight--;
        this.outcomes.set(reply.index, reply.outcome);
      }
    }
    return any;
  }
}
