// Wall time and peak memory of build stages, for the report and the benchmark.
import type { MemoryWatch } from './memory.js';

export type Timings = Record<string, number>;

/** Where stages record their peak memory in MB, from one watch of the build's processes. */
export interface StagePeaks {
  watch: MemoryWatch;
  mb: Record<string, number>;
}

/** Runs one stage and records its wall time in milliseconds under `name`, and its peak memory when watched. */
export async function timed<T>(timings: Timings, name: string, stage: () => T | Promise<T>, peaks?: StagePeaks): Promise<T> {
  const started = performance.now();
  peaks?.watch.takePeak();
  try {
    return await stage();
  } finally {
    timings[name] = Math.round(performance.now() - started);
    if (peaks) peaks.mb[name] = peaks.watch.takePeak();
  }
}
