// Related articles ranked on a thread of their own while the ingest's main thread gives
// topics: both passes read the articles' term counts and neither needs the other, so on two
// cores the related pass costs the wall clock nothing but the wait for what is left of it.
import { MessageChannel, Worker } from 'node:worker_threads';
import type { Lexicon } from '../text/lexicon.js';
import { relatedByTerms, type TermCounts } from './related.js';
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
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./ts-thread.mjs', import.meta.url), {
      workerData: { entry: new URL('./related-worker.ts', import.meta.url).href, job, port: port2, signal }, transferList: [port2],
    });
  } catch (error) {
    port1.close();
    return () => here(messageOf(error));
  }
  worker.unref();
  return () => {
    const got = awaitReply<{ related: Array<[string, string[]]> } | { failed: string }>(signal, port1, WAIT_LIMIT_MS);
    const answer = got?.answer;
    if (answer && 'related' in answer) return new Map(answer.related);
    // A thread that died without a word never raises the signal: stopped, and ranked here.
    if (!got) void worker.terminate();
    return here(answer?.failed ?? 'no answer');
  };
}
