// The whole build: seeds → Markdown and catalogue → site, with the report written beside.
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import type { BuildArgs } from '../cli/args.js';
import { ingestSeeds, writeContent } from './ingest-seeds.js';
import { countsOf, type Report, type ReportEntry } from './report.js';
import { type BuildSettings, readBuildSettings } from './settings.js';
import { checkFolders } from './folders.js';
import { watchMemory } from './memory.js';
import { forkStage, heapLimitMb, seedCount } from './processes.js';
import { progress } from './progress.js';
import { writeFileAtomically } from './files.js';
import type { Shard } from './shards.js';
import { cleanLeftovers, renderAtomically, PROJECT_ROOT } from './site.js';
import { type StagePeaks, timed, type Timings } from './timed.js';

export const contentDirOf = (workDir: string) => path.join(workDir, 'content');
export const reportFileOf = (workDir: string) => path.join(workDir, 'report.json');
/** Each seed's ingest, kept between builds so unchanged seeds are not read through the pipeline again. */
const INGEST_CACHE_FILE = 'ingest-cache.json';
/** Each shard keeps its own manifest, so shards built in turn in one work folder keep theirs. */
export const manifestFileOf = (workDir: string, shard?: Shard) =>
  path.join(workDir, shard ? `render-manifest.shard-${shard.index}-of-${shard.count}.json` : 'render-manifest.json');

/** Ingests the seeds folder into the work folder's content; returns the report so far. */
export function ingestInto(
  { seedsDir, workDir, strict = false }: Pick<BuildArgs, 'seedsDir' | 'workDir'> & { strict?: boolean },
  settings: BuildSettings = readBuildSettings(),
): Report {
  const cacheFile = path.join(workDir, INGEST_CACHE_FILE);
  const { articles, entries } = ingestSeeds(seedsDir, { ...settings, cacheFile }, progress('ingest'));
  if (strict) entries.forEach(warningsAsErrors);
  // Strict: any error publishes nothing.
  const strictFailed = strict && entries.some((e) => e.status === 'error');
  const published = strictFailed ? [] : articles;
  writeContent(contentDirOf(workDir), published);
  return { ...countsOf(entries, published.length), strictFailed, pages: 0, reusedPages: 0, searchUnits: { indexed: 0, reused: 0 }, timings: {}, memoryMb: {}, maxRssMb: 0, heapLimitMb: 0, entries };
}

/** `--strict`: a seed's first warning (`code: message`) becomes its error. */
function warningsAsErrors(entry: ReportEntry): void {
  if (entry.status === 'error' || entry.status === 'skipped' || entry.warnings.length === 0) return;
  const [code, ...message] = entry.warnings[0]!.split(': ');
  Object.assign(entry, { status: 'error', code, reason: `${message.join(': ')} (a warning; --strict refuses it)` });
}

export function writeReport(workDir: string, report: Report): void {
  writeFileAtomically(reportFileOf(workDir), `${JSON.stringify(report, null, 2)}\n`);
}

/** Seeds from which the ingest runs in a process of its own, unless ARSHIF_INGEST_PROCESS says (1 or 0). */
const INGEST_PROCESS_MIN_SEEDS = 2000;
export const INGEST_PROCESS_ENV = 'ARSHIF_INGEST_PROCESS';

export interface IngestJob {
  args: Pick<BuildArgs, 'seedsDir' | 'workDir' | 'strict'>;
  settings: BuildSettings;
}
export type IngestMessage = { report: Report } | { error: string };

/**
 * The ingest, in this process or in one of its own: a large archive's ingest holds hundreds
 * of MB that this process would otherwise keep while the render processes run beside it.
 */
async function ingestStage(args: BuildArgs, settings: BuildSettings): Promise<Report> {
  const asked = process.env[INGEST_PROCESS_ENV];
  const seeds = seedCount(args.seedsDir) ?? 0;
  if (asked === '0' || (asked !== '1' && seeds < INGEST_PROCESS_MIN_SEEDS)) return ingestInto(args, settings);
  const child = forkStage(path.join(import.meta.dirname, 'ingest-child.ts'), heapLimitMb(seeds));
  const job: IngestJob = { args: { seedsDir: args.seedsDir, workDir: args.workDir, strict: args.strict }, settings };
  child.send(job);
  return new Promise((resolve, reject) => {
    let answer: IngestMessage | undefined;
    child.once('message', (message: IngestMessage) => {
      answer = message;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (answer && 'report' in answer) resolve(answer.report);
      else reject(new Error(answer?.error ?? `the ingest process ended ${signal ? `by ${signal}` : `with status ${code}`}`));
    });
  });
}

/** Exit status: 0 all seeds built, 2 published with some rejected, 1 nothing published. */
export function exitCodeOf(report: Report): number {
  if (report.published === 0) return 1;
  return report.rejected > 0 ? 2 : 0;
}

export async function build(args: BuildArgs, settings: BuildSettings = readBuildSettings()): Promise<Report> {
  checkFolders(args, PROJECT_ROOT);
  // First, whatever happens next: a site left aside by a killed build is put back.
  cleanLeftovers(args.outDir);
  const timings: Timings = {};
  // Memory of this process and the processes it starts, for the report and the benchmark.
  const peaks: StagePeaks = { watch: watchMemory(), mb: {} };
  try {
    const report = await timed(timings, 'ingest', () => ingestStage(args, settings), peaks);
    if (report.published > 0) {
      const rendered = await renderAtomically({
        contentDir: contentDirOf(args.workDir), outDir: args.outDir, manifestFile: manifestFileOf(args.workDir, args.shard),
        onPage: progress('pages'), timings, peaks, shard: args.shard, cleanup: args.cleanup,
      });
      report.pages = rendered.written + rendered.reused;
      report.reusedPages = rendered.reused;
      report.searchUnits = rendered.searchUnits;
    }
    report.timings = timings;
    report.memoryMb = peaks.mb;
    report.maxRssMb = Math.max(...Object.values(peaks.mb));
    report.heapLimitMb = Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);
    writeReport(args.workDir, report);
    return report;
  } finally {
    await peaks.watch.stop();
  }
}
