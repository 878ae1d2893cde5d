// Writes many files on a thread of its own while this one goes on with other work. Creating
// 10,000 files costs seconds of system time that a cold build spent waiting; beside the
// related-articles pass (all CPU, on this thread) it costs the wall clock nothing.
import { writeFileSync } from 'node:fs';
import { MessageChannel, Worker } from 'node:worker_threads';
import { awaitReply } from './thread-reply.js';

/** Fewer files than this are written here and now: a thread costs tens of milliseconds to start. */
const ASIDE_MIN_FILES = 200;

/** Far beyond any real wait (50,000 files take about 20 s). */
const WAIT_LIMIT_MS = 10 * 60_000;

// Plain CommonJS for an `eval` worker: writes every file, says what failed, then raises the flag.
const WRITER = `
const { workerData } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
const { files, flag, port } = workerData;
let failure = null;
try {
  for (const [file, text] of files) writeFileSync(file, text);
} catch (error) {
  failure = error instanceof Error ? error.message : String(error);
}
port.postMessage(failure);
Atomics.store(flag, 0, 1);
Atomics.notify(flag, 0);
`;

/**
 * Starts writing `files` ([path, text] pairs); returns the function that waits until they
 * are all written, throwing what failed. It blocks, so callers stay synchronous.
 */
export function writeAside(files: ReadonlyArray<readonly [string, string]>): () => void {
  if (files.length < ASIDE_MIN_FILES) {
    for (const [file, text] of files) writeFileSync(file, text);
    return () => {};
  }
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WRITER, { eval: true, workerData: { files, flag, port: port2 }, transferList: [port2] });
  worker.unref();
  return () => {
    // A thread that never started would never raise the flag: no build waits forever.
    const got = awaitReply<string | null>(flag, port1, WAIT_LIMIT_MS);
    if (!got) throw new Error(`the ${files.length} files were not written within ${WAIT_LIMIT_MS / 60_000} minutes`);
    if (got.answer) throw new Error(got.answer);
  };
}
