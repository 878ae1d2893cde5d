// The related-articles thread: ranks the documents it was given and answers once.
import { type MessagePort, workerData } from 'node:worker_threads';
import { Lexicon } from '../text/lexicon.js';
import { relatedByTerms } from './related.js';
import type { RelatedJob } from './related-thread.js';
import { messageOf } from './report.js';
import { reply } from './thread-reply.js';

const { job, port, signal } = workerData as { job: RelatedJob; port: MessagePort; signal: Int32Array };
let answer: { related: Array<[string, string[]]> } | { failed: string };
try {
  const docs = job.ids.map((id, i) => ({ id, counts: { terms: job.terms[i]!, counts: job.counts[i]! } }));
  answer = { related: [...relatedByTerms(docs, new Lexicon(job.words))] };
} catch (error) {
  answer = { failed: messageOf(error) };
}
reply(port, signal, answer);
