// The build report: one entry per seed, written as JSON outside the site and summarised on the terminal.
import type { Removed } from '../ingest/article.js';

export type SeedStatus = 'ok' | 'error' | 'duplicate' | 'skipped';

export interface ReportEntry {
  file: string;
  id: string | null;
  status: SeedStatus;
  /** Error, skip or duplicate code, e.g. `encoding`; null when the seed built as it is. */
  code: string | null;
  reason: string | null;
  url: string | null;
  title: string | null;
  lang: string | null;
  date: string | null;
  /** Dateline or byline taken from the lead, and the credit taken from the end. */
  place: string | null;
  credit: string | null;
  removed: Removed[];
  /** Each `code: message`, e.g. `legacy-encoding: not UTF-8; read as windows-1256 …`. */
  warnings: string[];
}

export interface Report {
  /** Seed files read (skipped files are not seeds). */
  seeds: number;
  published: number;
  /** Seeds refused with an error. */
  rejected: number;
  /** Seeds published as another seed's article: same or nearly the same text. */
  duplicates: number;
  /** Folder entries that are not seeds. */
  skipped: number;
  /** Seeds that built with warnings (legacy encoding, broken bytes). */
  warned: number;
  /** True when `--strict` found an error or warning and nothing was published. */
  strictFailed: boolean;
  pages: number;
  /** Of `pages`, those linked unchanged from the previous site rather than rendered. */
  reusedPages: number;
  /** Units of the search index (src/site/search-units.ts) indexed this time, and kept from the previous site. */
  searchUnits: { indexed: number; reused: number };
  /** Wall time of each build stage in milliseconds. */
  timings: Record<string, number>;
  /**
   * Peak memory of each stage in MB: this process and the processes it started (render
   * processes, Pagefind), resident memory summed. Their own peaks where /proc is missing.
   */
  memoryMb: Record<string, number>;
  /** The highest of `memoryMb`. */
  maxRssMb: number;
  /** Node's heap limit for this build (`npm run build` sizes it to the archive). */
  heapLimitMb: number;
  entries: ReportEntry[];
}

export function countsOf(
  entries: ReportEntry[],
  published: number,
): Omit<Report, 'pages' | 'reusedPages' | 'searchUnits' | 'entries' | 'strictFailed' | 'timings' | 'memoryMb' | 'maxRssMb' | 'heapLimitMb'> {
  const count = (status: SeedStatus) => entries.filter((e) => e.status === status).length;
  return {
    seeds: entries.length - count('skipped'),
    published,
    rejected: count('error'),
    duplicates: count('duplicate'),
    skipped: count('skipped'),
    warned: entries.filter((e) => e.status !== 'error' && e.warnings.length > 0).length,
  };
}

// C0 and C1 controls, bidi controls, line and paragraph separators: none may reach the terminal raw.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u061C\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

/** File names and messages are shown with control characters escaped, so a name cannot rewrite the terminal. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** An error's message; what was thrown when it is not an Error. */
export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What a command prints of an error that stopped it: its message, controls escaped. */
export const errorText = (error: unknown) => escapeControls(messageOf(error));

/** `file: error CODE: message` for an error; the same shape for duplicates and skipped files. */
export function errorLine(entry: ReportEntry): string {
  const status = entry.status === 'ok' ? 'note' : entry.status;
  const detail = entry.code ? `${status} ${entry.code}` : status;
  return `${escapeControls(entry.file)}: ${detail}: ${escapeControls(entry.reason ?? '')}`;
}

export function warningLines(entry: ReportEntry): string[] {
  return entry.warnings.map((w) => `${escapeControls(entry.file)}: warning: ${escapeControls(w)}`);
}

export function summary(report: Report): string {
  const lines = report.entries.flatMap((e) => [
    ...(e.status !== 'ok' || e.code ? [errorLine(e)] : []),
    ...(e.status !== 'error' ? warningLines(e) : []),
  ]);
  if (report.strictFailed) lines.push('strict: a seed failed or warned, so nothing was published');
  lines.push(
    `seeds read: ${report.seeds}, articles published: ${report.published}, rejected: ${report.rejected}, ` +
      `duplicates: ${report.duplicates}, with warnings: ${report.warned}, skipped: ${report.skipped}, pages written: ${report.pages}`,
  );
  return lines.join('\n');
}
