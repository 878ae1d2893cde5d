// Which seeds are unchanged, told from their file's status alone, as git and make tell it:
// a seed whose size, times, inode and device are those recorded with its cache key at the
// last build is neither read nor hashed again. Writing a file always moves its change time
// (ctime, which no program sets back), and a file is recorded only when its change time is
// at least RACY_MS before the build started: a write within the same clock tick as the
// recording could otherwise leave every time as it was.
import { createHash } from 'node:crypto';
import type { BigIntStats } from 'node:fs';
import { readFileSync } from 'node:fs';
import { writeFileAtomically } from './files.js';

/** How long before the build a file must have last changed for its status to be trusted next time. */
export const RACY_MS = 2_000;

/** A file's status as recorded: size, modification and change times (ns), inode, device; then its cache key. */
type Entry = [size: string, mtime: string, ctime: string, ino: string, dev: string, key: string];

const statusOf = (stat: BigIntStats): string[] => [stat.size, stat.mtimeNs, stat.ctimeNs, stat.ino, stat.dev].map(String);

export class SeedStats {
  private readonly context: string;
  private readonly previous: Map<string, Entry>;
  private readonly recorded = new Map<string, Entry>();
  private changed = false;
  /** Change times from this one on are too recent to trust. */
  private readonly trustBefore: bigint;

  /**
   * `context` names what else the cache key holds (the ingest's version, the limits): the
   * record of another context is not used. `file` unset: nothing is recorded or trusted.
   */
  constructor(private readonly file: string | undefined, context: string, startedMs = Date.now()) {
    this.trustBefore = BigInt(startedMs - RACY_MS) * 1_000_000n;
    this.context = createHash('sha256').update(context).digest('hex').slice(0, 16);
    this.previous = file ? readRecord(file, this.context) : new Map();
  }

  /** The cache key recorded for the seed `name` when its file's status is the one recorded with it. */
  keyOf(name: string, stat: BigIntStats): string | undefined {
    const entry = this.previous.get(name);
    if (!entry) return undefined;
    const status = statusOf(stat);
    return status.every((value, i) => value === entry[i]) ? entry[5] : undefined;
  }

  /** Records the seed's key with its file's status, unless that status is too recent to trust. */
  record(name: string, stat: BigIntStats, key: string): void {
    if (!this.file || stat.ctimeNs >= this.trustBefore) return;
    const entry = [...statusOf(stat), key] as Entry;
    this.recorded.set(name, entry);
    const before = this.previous.get(name);
    if (!before || before.some((value, i) => value !== entry[i])) this.changed = true;
  }

  /** Writes the record of this build's seeds, when it differs from the one read. */
  write(): void {
    if (!this.file || (!this.changed && this.recorded.size === this.previous.size)) return;
    const files = Object.fromEntries([...this.recorded].sort(([a], [b]) => (a < b ? -1 : 1)));
    writeFileAtomically(this.file, `${JSON.stringify({ context: this.context, files })}\n`);
  }
}

/** The record in `file` when it was made in `context` and is whole; else none. */
function readRecord(file: string, context: string): Map<string, Entry> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { context?: unknown; files?: unknown };
    if (data.context !== context || typeof data.files !== 'object' || data.files === null) return new Map();
    const entries = Object.entries(data.files as Record<string, unknown>);
    const whole = (value: unknown): value is Entry => Array.isArray(value) && value.length === 6 && value.every((v) => typeof v === 'string');
    return entries.every(([, value]) => whole(value)) ? new Map(entries as Array<[string, Entry]>) : new Map();
  } catch {
    return new Map();
  }
}
