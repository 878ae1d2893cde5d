// One seed through the pipeline, as the build keeps it: the article, the refusal the
// pipeline gave (repeatable, so cached), or a fault in a step (a bug: reported, never cached).
// Plain data, so a worker thread can send it back as it is.
import { IngestError, type Step } from '../ingest/article.js';
import type { Limits } from '../ingest/limits.js';
import { ingest, type Ingested, STEPS } from '../ingest/pipeline.js';
import { messageOf } from './report.js';

export type Outcome = { ingested: Ingested } | { refused: { code: string; reason: string } } | { fault: string };

/** A seed for the pipeline: its file name as shown (controls escaped) and its bytes. */
export interface SeedJob {
  source: string;
  bytes: Uint8Array;
}

/** The pipeline (the project's, unless tests give other steps) on one seed; a fault keeps its message as the build reports it. */
export function ingestOutcome({ source, bytes }: SeedJob, limits: Limits, steps: ReadonlyArray<[string, Step]> = STEPS): Outcome {
  try {
    return { ingested: ingest(source, bytes, steps, limits) };
  } catch (error) {
    if (error instanceof IngestError) return { refused: { code: error.code, reason: error.message } };
    return { fault: messageOf(error) };
  }
}
