// The related-articles thread: builds the ranking's index in shared memory, hands it to the
// thread that waits for it (which joins in once its own work is done), then ranks chunks of
// documents until none is left.
import { type MessagePort, workerData } from 'node:worker_threads';
import { rankedArray, relatedIndex } from './related.js';
import { type RelatedJob, type RelatedShared, rankChunks } from './related-thread.js';
import { messageOf } from './report.js';
import { reply } from './thread-reply.js';

const { job, port, signal, chunks } = workerData as { job: RelatedJob; port: MessagePort; signal: Int32Array; chunks: Int32Array };
let shared: RelatedShared | null = null;
try {
  const docs = job.ids.map((id, i) => ({ id, counts: { terms: job.terms[i]!, counts: job.counts[i]! } }));
  const allocate = (bytes: number) => new SharedArrayBuffer(bytes);
  const { ids: _ids, ...arrays } = relatedIndex(docs, job.words, allocate);
  shared = { arrays, ranked: rankedArray(docs.length, undefined, allocate) };
} catch (error) {
  // The waiting thread then ranks everything itself.
  reply(port, signal, { failed: messageOf(error) });
}
if (shared) {
  reply(port, signal, shared);
  rankChunks({ ...shared.arrays, ids: job.ids }, shared.ranked, chunks);
}
