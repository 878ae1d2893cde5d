// The build report: one entry per seed, written as JSON outside the site and summarised on the terminal.
import type { Removed } from '../ingest/article.js';

export type SeedStatus = 'ok' | 'error' | 'duplicate' | 'skipped';

export interface ReportEntry {
  file: string;
  id: string | null;
  status: SeedStatus;
  /** Error or skip code, e.g. `encoding`; null when the seed built. */
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
  warnings: string[];
}

export interface Report {
  seeds: number;
  published: number;
  rejected: number;
  pages: number;
  entries: ReportEntry[];
}

const CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

/** File names and messages are shown with control characters escaped, so a name cannot rewrite the terminal. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

export function errorLine(entry: ReportEntry): string {
  return `${escapeControls(entry.file)}: ${entry.status} ${entry.code}: ${escapeControls(entry.reason ?? '')}`;
}

export function summary(report: Report): string {
  const lines = report.entries.filter((e) => e.status !== 'ok').map(errorLine);
  lines.push(
    `seeds read: ${report.seeds}, articles published: ${report.published}, rejected or skipped: ${report.rejected}, pages written: ${report.pages}`,
  );
  return lines.join('\n');
}
