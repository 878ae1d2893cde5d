// The day each seed was first added to the archive, kept in a catalogue beside the seeds
// and committed with them: an undated article then keeps its place in the archive across
// rebuilds and fresh clones. Seed files themselves are never touched.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Lives in the seeds folder; the seed reader knows it is not a seed. */
export const ADDED_FILE = 'added.json';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today in UTC, or the day `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention) names. */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds, not "${epoch}"`);
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return new Date().toISOString().slice(0, 10);
}

export interface AddedCatalogue {
  /** Seed file name → yyyy-mm-dd. */
  dates: Map<string, string>;
  /** Set when the file exists but cannot be read as a catalogue: it is then left as it is. */
  problem: string | null;
}

export function readAdded(seedsDir: string): AddedCatalogue {
  let text: string;
  try {
    text = readFileSync(path.join(seedsDir, ADDED_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { dates: new Map(), problem: null };
    return { dates: new Map(), problem: `${ADDED_FILE} cannot be read: ${(error as Error).message}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { dates: new Map(), problem: `${ADDED_FILE} is not valid JSON; left as it is` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { dates: new Map(), problem: `${ADDED_FILE} must be an object of file name to date; left as it is` };
  }
  const dates = new Map<string, string>();
  for (const [file, date] of Object.entries(data)) {
    if (typeof date === 'string' && ISO_DAY.test(date)) dates.set(file, date);
  }
  return { dates, problem: null };
}

/** The catalogue as written: keys sorted by code point, one per line, so diffs stay small. */
export function serializeAdded(dates: Map<string, string>): string {
  const keys = [...dates.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify(Object.fromEntries(keys.map((k) => [k, dates.get(k)])), null, 2)}\n`;
}

// A folder without write permission is left alone even by a superuser, whom the system would let write.
const WRITE_BITS = 0o222;

function writeAtomically(target: string, text: string): void {
  if ((statSync(path.dirname(target)).mode & WRITE_BITS) === 0) {
    throw Object.assign(new Error('the folder is read-only'), { code: 'EACCES' });
  }
  const temporary = `${target}.tmp-${process.pid}`;
  writeFileSync(temporary, text);
  renameSync(temporary, target);
}

/**
 * Gives every seed in `files` an added date (today for new ones) and writes the
 * catalogue when it changed. Returns the dates and a warning when it could not be kept.
 */
export function recordAdded(
  seedsDir: string,
  files: string[],
  day = today(),
  write: (file: string, text: string) => void = writeAtomically,
): { dates: Map<string, string>; warning: string | null } {
  const { dates, problem } = readAdded(seedsDir);
  const before = serializeAdded(dates);
  for (const file of files) if (!dates.has(file)) dates.set(file, day);
  const after = serializeAdded(dates);
  if (problem) return { dates, warning: `${problem}; added dates are not kept` };
  if (after === before) return { dates, warning: null };
  try {
    write(path.join(seedsDir, ADDED_FILE), after);
  } catch (error) {
    return { dates, warning: `cannot write ${ADDED_FILE} in the seeds folder (${(error as NodeJS.ErrnoException).code ?? 'error'}); added dates are not kept` };
  }
  return { dates, warning: null };
}
