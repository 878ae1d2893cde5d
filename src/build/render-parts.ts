// A large site is rendered in parts, one Eleventy run each (Eleventy holds every page of a
// run in memory until it ends). Eleventy renders on one thread: on a machine with more
// cores, parts run in child processes side by side (src/build/render-child.ts), each child
// rendering one part after another. Small renders stay in this process.
import type { ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { rmSync, writeFileSync } from 'node:fs';
import { forkStage } from './processes.js';
import { renderProgress } from './render-plan.js';
import { type RenderJob, renderSite } from './site.js';

/**
 * Pages per Eleventy run: a few hundred MB of Eleventy's memory. With the catalogue and its
 * listings shared by the runs of a process, 1,000 renders as fast as 1,500 at 10,000 articles
 * and holds ~50 MB less. The variable lets tests use parts of a few pages.
 */
const partPages = () => Number(process.env.ARSHIF_RENDER_PART_PAGES) || 1000;
/** Below this many pages, starting processes costs more than it saves. */
const PROCESSES_MIN_PAGES = 3000;
/** Processes to render in: the variable sets it (tests, benchmarks); else one per core, at most two. */
export const RENDER_PROCESSES_ENV = 'ARSHIF_RENDER_PROCESSES';

/** A part: its page URLs are listed in `onlyFile`, in the content folder. */
export type PartJob = Required<RenderJob>;

/** What a render process tells its parent. */
export type ChildMessage =
  | { pages: number }
  | { written: number }
  | { error: string };

function partsOf<T>(items: T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts.length ? parts : [[]];
}

function processCount(pages: number): number {
  const asked = Number(process.env[RENDER_PROCESSES_ENV]);
  if (asked >= 1) return Math.floor(asked);
  return pages >= PROCESSES_MIN_PAGES ? Math.min(2, availableParallelism()) : 1;
}

/**
 * Parts of about equal size, every process given as many: the last part of each round is
 * not left to one process while the others wait.
 */
export function splitPages(urls: string[], processes: number, maxPart = partPages()): string[][] {
  const rounds = Math.max(1, Math.ceil(urls.length / (processes * maxPart)));
  const parts = Math.min(Math.max(1, urls.length), processes * rounds);
  return partsOf(urls, Math.ceil(urls.length / parts));
}

/**
 * Renders the page URLs in parts, here or in render processes. Render processes get a heap
 * limit of `heapMb`: each holds the whole catalogue besides its part.
 */
export async function renderParts(urls: string[], job: Required<Pick<RenderJob, 'contentDir' | 'dir' | 'settings'>>, heapMb: number): Promise<number> {
  const processes = processCount(urls.length);
  const parts = splitPages(urls, processes);
  const jobs = parts.map((part, i): PartJob => {
    const onlyFile = path.join(job.contentDir, `render-only-${i}.json`);
    writeFileSync(onlyFile, JSON.stringify(part));
    return { ...job, onlyFile, singles: i === 0 };
  });
  try {
    if (processes > 1) return await renderInChildren(jobs, processes, heapMb);
    let written = 0;
    for (const part of jobs) written += await renderSite(part);
    return written;
  } finally {
    // The lists are for this render only: none is left in the content folder.
    for (const { onlyFile } of jobs) rmSync(onlyFile, { force: true });
  }
}

const CHILD = path.join(import.meta.dirname, 'render-child.ts');

async function renderInChildren(jobs: PartJob[], processes: number, heapMb: number): Promise<number> {
  const queue = [...jobs];
  const children: ChildProcess[] = [];
  let written = 0;
  const runChild = () =>
    new Promise<void>((resolve, reject) => {
      const child = forkStage(CHILD, heapMb);
      children.push(child);
      let failed = false;
      const fail = (error: Error) => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const next = () => {
        const part = queue.shift();
        if (part) child.send(part);
        else child.disconnect();
      };
      child.on('message', (message: ChildMessage) => {
        if ('pages' in message) for (let i = 0; i < message.pages; i++) renderProgress.onPage?.();
        else if ('written' in message) {
          written += message.written;
          next();
        } else fail(new Error(message.error));
      });
      child.on('error', fail);
      child.on('exit', (code, signal) => {
        if (code === 0 && !failed && queue.length === 0) resolve();
        else fail(new Error(`a render process ended ${signal ? `by ${signal}` : `with status ${code}`} before its part was done`));
      });
      next();
    });
  try {
    await Promise.all(Array.from({ length: Math.min(processes, jobs.length) }, runChild));
  } finally {
    // One failed: the others stop too; the caller removes the staging folder.
    for (const child of children) if (child.exitCode === null) child.kill();
  }
  return written;
}
