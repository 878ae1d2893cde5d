// Related articles ranked on a thread of their own while the ingest's main thread gives
// topics: both passes read the articles' term counts and neither needs the other, so on two
// cores the related pass costs the wall clock nothing but the wait for what is left of it.
// That wait is shared: the thread builds its index in shared memory and ranks documents a
// chunk at a time, and the waiting thread, its topics done, takes chunks too. Each
// document's list depends on the index alone, so who ranks it changes nothing.
import { MessageChannel, Worker } from 'node:worker_threads';
import type { Lexicon } from '../text/lexicon.js';
import { type RankedArray, rankRange, type RelatedIndex, relatedByTerms, relatedLists, type TermCounts } from './related.js';
import { messageOf } from './report.js';
import { awaitReply } from './thread-reply.js';

/** What the thread is sent: each document's id and term counts, and the lexicon's words in order. */
export interface RelatedJob {
  ids: string[];
  terms: Int32Array[];
  counts: number[][];
  words: readonly string[];
}

/** Far beyond the ranking's own time (50,000 articles take about 15 s). */
const WAIT_LIMIT_MS = 10 * 60_000;
/** Fewer documents than this are ranked in this thread when asked: a thread costs about half a second to start. */
const THREAD_MIN_DOCS = 2000;
/** Documents ranked at a time by whichever thread takes them. */
const CHUNK_DOCS = 128;

/** What the thread hands over once its index is built: the index's arrays and the lists, in shared memory. */
export interface RelatedShared {
  arrays: Omit<RelatedIndex, 'ids'>;
  ranked: RankedArray;
}

/** `chunks`: [the next chunk to take, chunks done], shared by the threads ranking. */
const NEXT = 0;
const DONE = 1;

/** Takes chunks of documents and ranks them until none is left; each done is counted and its waiter woken. */
export function rankChunks(index: RelatedIndex, ranked: RankedArray, chunks: Int32Array): void {
  const total = Math.ceil(index.ids.length / CHUNK_DOCS);
  for (let chunk = Atomics.add(chunks, NEXT, 1); chunk < total; chunk = Atomics.add(chunks, NEXT, 1)) {
    rankRange(index, ranked, chunk * CHUNK_DOCS, Math.min(index.ids.length, (chunk + 1) * CHUNK_DOCS));
    Atomics.add(chunks, DONE, 1);
    Atomics.notify(chunks, DONE);
  }
}

/** Waits until every chunk is ranked; false when none was done for `limitMs` (a thread died with chunks taken). */
function awaitChunks(chunks: Int32Array, total: number, limitMs: number): boolean {
  for (let done = Atomics.load(chunks, DONE); done < total; done = Atomics.load(chunks, DONE)) {
    if (Atomics.wait(chunks, DONE, done, limitMs) === 'timed-out') return false;
  }
  return true;
}

/**
 * Starts ranking `docs` (as `relatedByTerms` would, numbered by `lexicon`); returns the
 * function that waits for the ranking. It blocks, so callers stay synchronous; should the
 * thread fail, `onFallback` is told why and the ranking is done here, to the same result.
 */
export function rankRelatedAside(
  docs: ReadonlyArray<{ id: string; counts: TermCounts }>, lexicon: Lexicon,
  onFallback: (why: string) => void = (why) => console.warn(`warning: related articles ranked without their thread (${why})`),
): () => Map<string, string[]> {
  const ranked = () => relatedByTerms(docs, lexicon);
  const here = (why: string) => {
    onFallback(why);
    return ranked();
  };
  if (docs.length < THREAD_MIN_DOCS) return ranked;
  const job: RelatedJob = {
    ids: docs.map((d) => d.id),
    terms: docs.map((d) => d.counts.terms),
    counts: docs.map((d) => d.counts.counts),
    words: lexicon.list(),
  };
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const chunks = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./ts-thread.mjs', import.meta.url), {
      workerData: { entry: new URL('./related-worker.ts', import.meta.url).href, job, port: port2, signal, chunks }, transferList: [port2],
    });
  } catch (error) {
    port1.close();
    return () => here(messageOf(error));
  }
  worker.unref();
  return () => {
    const got = awaitReply<RelatedShared | { failed: string }>(signal, port1, WAIT_LIMIT_MS);
    const answer = got?.answer;
    if (answer && 'ranked' in answer) {
      // The index is built: this thread ranks chunks beside the other, then waits for those the other took.
      const index = { ...answer.arrays, ids: job.ids };
      rankChunks(index, answer.ranked, chunks);
      if (awaitChunks(chunks, Math.ceil(docs.length / CHUNK_DOCS), WAIT_LIMIT_MS)) return relatedLists(job.ids, answer.ranked);
      void worker.terminate();
      return here('a chunk was never done');
    }
    // A thread that died without a word never raises the signal: stopped, and ranked here.
    if (!got) void worker.terminate();
    return here(answer?.failed ?? 'no answer');
  };
}
