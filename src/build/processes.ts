// Stages of a large build run in processes of their own: each gives its memory back to the
// machine when it ends, and render processes run side by side on a machine's cores.
import { type ChildProcess, fork } from 'node:child_process';

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
    messages.push(e instanceof Error ? e.message : String(e));
  }
  return messages.join(': ');
}

const wrapped = (error: unknown): unknown =>
  error instanceof Error ? ((error as Error & { originalError?: unknown }).originalError ?? error.cause) : undefined;
