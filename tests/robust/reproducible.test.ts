// Same seeds in, byte-identical dist/ out: two copies at different paths, their files
// created in opposite orders, build to the same bytes. And the seeds are never touched.
import { ADDED_FILE } from '../../src/build/added-dates.js';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.js';
import { treeHashes, treeStamps } from './tree.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/robust/reproducible/seeds');
const LEGACY = path.resolve(import.meta.dirname, '../fixtures/robust/windows-1256/source.txt');

/** The fixture seeds plus a Windows-1256 one, a duplicate and a broken file, written in the given order. */
function seedFiles(): Array<[string, Uint8Array]> {
  const files = readdirSync(FIXTURE).sort().map((name): [string, Uint8Array] => [name, readFileSync(path.join(FIXTURE, name))]);
  files.push(['050_old.txt', iconv.encode(readFileSync(LEGACY, 'utf8'), 'windows-1256')]);
  files.push(['060_copy.txt', files[0]![1]]);
  files.push(['070_nul.txt', Uint8Array.from([0x61, 0, 0x62])]);
  return files;
}

function copyAt(dir: string, files: Array<[string, Uint8Array]>): string {
  const seeds = path.join(dir, 'seeds');
  mkdirSync(seeds, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(path.join(seeds, name), bytes);
  return seeds;
}

describe('reproducible build', () => {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  beforeAll(() => {
    process.env.SOURCE_DATE_EPOCH = '1700000000';
  });
  afterAll(() => {
    if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = epoch;
  });

  it('gives byte-identical dist/ trees from copies at different paths in a different file order', async () => {
    const files = seedFiles();
    const first = mkdtempSync(path.join(tmpdir(), 'arshif-repro-a-'));
    const second = path.join(mkdtempSync(path.join(tmpdir(), 'arshif-repro-b-')), 'nested', 'deeper');
    const seedsA = copyAt(first, files);
    const seedsB = copyAt(second, [...files].reverse());
    const a = await build({ seedsDir: seedsA, outDir: path.join(first, 'dist'), workDir: path.join(first, 'work') });
    const b = await build({ seedsDir: seedsB, outDir: path.join(second, 'out'), workDir: path.join(second, 'w') });
    expect(a.published).toBeGreaterThan(3);
    expect(a.rejected).toBe(1);
    const hashesA = treeHashes(path.join(first, 'dist'));
    expect(Object.keys(hashesA).length).toBeGreaterThan(a.published);
    expect(treeHashes(path.join(second, 'out'))).toEqual(hashesA);
    expect(b.entries).toEqual(a.entries);
  });

  it('never modifies a seed: same bytes and modification times after a build', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'arshif-readonly-'));
    const seeds = copyAt(root, seedFiles());
    cpSync(FIXTURE, path.join(seeds, 'sub.txt'), { recursive: true });
    const before = treeStamps(seeds);
    await build({ seedsDir: seeds, outDir: path.join(root, 'dist'), workDir: path.join(root, 'work') });
    // The build adds the added-dates catalogue beside the seeds; every seed stays as it was.
    const { [ADDED_FILE]: catalogue, ...after } = treeStamps(seeds);
    expect(catalogue).toBeDefined();
    expect(after).toEqual(before);
  });
});
