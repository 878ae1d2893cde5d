// Stages of a large build run in processes of their own: each gives its memory back to the
// machine when it ends, and render processes run side by side on a machine's cores.
import { type ChildProcess, fork } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { messageOf } from './report.js';

/** Enough for the code, Eleventy and a small archive. */
const BASE_MB = 700;
/** Room per seed beyond the floor: a 10,000-seed build holds under 700 MB; 50,000 built within 3.5 GB (2.6 GB resident). */
const PER_SEED_MB = 0.07;

/** The heap limit of a build process (and of its ingest and render processes) for an archive of `seeds`. */
export function heapLimitMb(seeds: number): number {
  return Math.max(BASE_MB, Math.round(seeds * PER_SEED_MB));
}

/** Entries in the seeds folder (what sizes a build before it reads them); null when it cannot be read. */
export function seedCount(seedsDir: string): number | null {
  try {
    return readdirSync(seedsDir).length;
  } catch {
    return null;
  }
}

/** Starts a TypeScript module of the build as a child process, talking over IPC, with its heap limit. */
export function forkStage(file: string, heapMb: number): ChildProcess {
  return fork(file, [], {
    execArgv: ['--import', 'tsx', `--max-old-space-size=${heapMb}`],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** Eleventy wraps the error a template met ("Having trouble rendering …"): what it wraps goes along. */
export function describeError(error: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = error; e !== undefined && messages.length < 5; e = wrapped(e)) {
    messages.push(messageOf(e));
  }
  return messages.join(': ');
}

const wrapped = (error: unknown): unknown =>
  error instanceof Error ? ((error as Error & { originalError?: unknown }).originalError ?? error.cause) : undefined;
