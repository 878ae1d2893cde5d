// Wall time of build stages, for the report and the benchmark.

export type Timings = Record<string, number>;

/** Runs one stage and records its wall time in milliseconds under `name`. */
export async function timed<T>(timings: Timings, name: string, stage: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await stage();
  } finally {
    timings[name] = Math.round(performance.now() - started);
  }
}
