// Unchanged seeds are told by their file's status: size, times, inode and device recorded
// with the cache key, trusted only when the file last changed well before the build.
import { type BigIntStats, lstatSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RACY_MS, SeedStats } from '../../src/build/seed-stats.js';

function seedFile(text = 'نص') {
  const dir = mkdtempSync(path.join(tmpdir(), 'arshif-stats-'));
  const seed = path.join(dir, 'a.txt');
  writeFileSync(seed, text);
  return { seed, record: path.join(dir, 'seed-stats.json'), stat: () => lstatSync(seed, { bigint: true }) };
}

/** Well after the file's last change, so its status is trusted. */
const later = () => Date.now() + RACY_MS + 1_000;

/** A build that records a.txt under `key` and writes the record. */
function recordOnce(record: string, stat: BigIntStats, key = 'key-a'): void {
  const stats = new SeedStats(record, 'v1', later());
  stats.record('a.txt', stat, key);
  stats.write();
}

describe('seed stats', () => {
  it('gives back the key recorded for a file whose status is unchanged', () => {
    const { record, stat } = seedFile();
    expect(new SeedStats(record, 'v1', later()).keyOf('a.txt', stat())).toBeUndefined();
    recordOnce(record, stat());
    const next = new SeedStats(record, 'v1', later());
    expect(next.keyOf('a.txt', stat())).toBe('key-a');
    expect(next.keyOf('b.txt', stat())).toBeUndefined();
  });

  it('trusts nothing once the file is written again, even with the same size and bytes', async () => {
    const { seed, record, stat } = seedFile();
    recordOnce(record, stat());
    const before = stat();
    // Past the file system's clock tick, then the same bytes written again.
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(seed, readFileSync(seed));
    const after = stat();
    expect(after.size).toBe(before.size);
    expect(after.ctimeNs).not.toBe(before.ctimeNs);
    expect(new SeedStats(record, 'v1', later()).keyOf('a.txt', after)).toBeUndefined();
  });

  it('records no file changed within RACY_MS of the build start', () => {
    const { record, stat } = seedFile();
    const now = new SeedStats(record, 'v1', Date.now());
    now.record('a.txt', stat(), 'key-a');
    now.write();
    expect(() => statSync(record)).toThrow();
    expect(new SeedStats(record, 'v1', later()).keyOf('a.txt', stat())).toBeUndefined();
  });

  it('uses no record made in another context, or damaged', () => {
    const { record, stat } = seedFile();
    recordOnce(record, stat());
    expect(new SeedStats(record, 'v2', later()).keyOf('a.txt', stat())).toBeUndefined();
    const data = JSON.parse(readFileSync(record, 'utf8')) as { files: Record<string, string[]> };
    data.files['a.txt']!.pop();
    writeFileSync(record, JSON.stringify(data));
    expect(new SeedStats(record, 'v1', later()).keyOf('a.txt', stat())).toBeUndefined();
    writeFileSync(record, '{');
    expect(new SeedStats(record, 'v1', later()).keyOf('a.txt', stat())).toBeUndefined();
  });

  it('writes the record only when it changed', () => {
    const { record, stat } = seedFile();
    recordOnce(record, stat());
    // A mark the next write would not keep.
    const marked = `${readFileSync(record, 'utf8').trimEnd()} \n`;
    writeFileSync(record, marked);
    recordOnce(record, stat());
    expect(readFileSync(record, 'utf8')).toBe(marked);
    const gone = new SeedStats(record, 'v1', later());
    gone.write();
    expect(JSON.parse(readFileSync(record, 'utf8'))).toMatchObject({ files: {} });
  });
});
