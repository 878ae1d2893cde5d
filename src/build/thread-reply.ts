// How the build's worker threads answer a thread that waits for them without giving its
// event loop a turn (the ingest stays synchronous): the answer goes on a message port, then
// a shared counter is raised and the waiter woken, which then reads the port directly.
// The plain-JavaScript thread sources (ts-thread.mjs, write-aside's writer) do the same inline.
import { type MessagePort, receiveMessageOnPort } from 'node:worker_threads';

/** A worker's side: posts `message` on `port`, then counts up `signal` and wakes its waiter. */
export function reply(port: MessagePort, signal: Int32Array, message: unknown): void {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

/**
 * The waiting side of a single answer: blocks until `signal` leaves 0 or `limitMs` pass,
 * then reads the answer from `port` and closes it. Null when none came in time (a thread
 * that died without a word never raises the signal); `{ answer: undefined }` when the
 * signal rose with no message.
 */
export function awaitReply<T>(signal: Int32Array, port: MessagePort, limitMs: number): { answer: T | undefined } | null {
  const timedOut = Atomics.wait(signal, 0, 0, limitMs) === 'timed-out';
  const answer = timedOut ? undefined : (receiveMessageOnPort(port)?.message as T | undefined);
  port.close();
  return timedOut ? null : { answer };
}
