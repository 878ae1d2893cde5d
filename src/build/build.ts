// The whole build: seeds → Markdown and catalogue → site, with the report written beside.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildArgs } from '../cli/args.js';
import { ingestSeeds, writeContent } from './ingest-seeds.js';
import type { Report } from './report.js';
import { buildSiteAtomically } from './site.js';

export const contentDirOf = (workDir: string) => path.join(workDir, 'content');
export const reportFileOf = (workDir: string) => path.join(workDir, 'report.json');

/** Ingests the seeds folder into the work folder's content; returns the report so far. */
export function ingestInto({ seedsDir, workDir }: Pick<BuildArgs, 'seedsDir' | 'workDir'>): Report {
  const { articles, entries } = ingestSeeds(seedsDir);
  writeContent(contentDirOf(workDir), articles);
  return {
    seeds: entries.filter((e) => e.status !== 'skipped').length,
    published: articles.length,
    rejected: entries.length - articles.length,
    pages: 0,
    timings: {},
    maxRssMb: 0,
    entries,
  };
}

export function writeReport(workDir: string, report: Report): void {
  mkdirSync(workDir, { recursive: true });
  writeFileSync(reportFileOf(workDir), `${JSON.stringify(report, null, 2)}\n`);
}

/** Exit status: 0 all seeds built, 2 published with some rejected, 1 nothing published. */
export function exitCodeOf(report: Report): number {
  if (report.published === 0) return 1;
  return report.rejected > 0 ? 2 : 0;
}

/** Runs one stage and records its wall time in milliseconds under `name`. */
async function timed<T>(timings: Record<string, number>, name: string, stage: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await stage();
  } finally {
    timings[name] = Math.round(performance.now() - started);
  }
}

export async function build(args: BuildArgs): Promise<Report> {
  const timings: Record<string, number> = {};
  const report = await timed(timings, 'ingest', () => ingestInto(args));
  if (report.published > 0) {
    const contentDir = contentDirOf(args.workDir);
    report.pages = await timed(timings, 'pages', () => buildSiteAtomically({ contentDir, outDir: args.outDir }));
  }
  report.timings = timings;
  // Peak resident memory of this process (Eleventy runs in it), for the benchmark.
  report.maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  writeReport(args.workDir, report);
  return report;
}
