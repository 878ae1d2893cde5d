// Shards: two machines each build half of the site (`--shard 1/2`, `--shard 2/2`), a merge
// joins them, and the result is the very site one full build makes, file for file.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.js';
import { mergeShards } from '../../src/build/merge.js';
import { parseShard, planShard, SHARD_FILE } from '../../src/build/shards.js';
import { generatedArticle, treeHashes } from '../robust/tree.js';

const DATES = ['2019-02-11', '2020-06-01', '2021-09-30', null, '2020-01-17', '2019-12-05', '2021-03-03'];
const root = mkdtempSync(path.join(tmpdir(), 'arshif-shards-'));
const seedsDir = path.join(root, 'seeds');

/** One "machine": its own copy of the seeds and its own work folder, as on a CI runner. */
async function buildOn(machine: string, shard?: string) {
  const dir = path.join(root, machine);
  cpSync(seedsDir, path.join(dir, 'seeds'), { recursive: true });
  const outDir = path.join(dir, 'out');
  const report = await build({
    seedsDir: path.join(dir, 'seeds'), outDir, workDir: path.join(dir, 'work'),
    ...(shard ? { shard: parseShard(shard) } : {}),
  });
  return { outDir, report };
}

const articleIds = (site: string) => readdirSync(path.join(site, 'articles')).sort();

let full: Record<string, string>;
let shards: { outDir: string }[];
const epoch = process.env.SOURCE_DATE_EPOCH;

beforeAll(async () => {
  // Undated seeds take the day they were added: every machine must agree on it.
  process.env.SOURCE_DATE_EPOCH = '1700000000';
  mkdirSync(seedsDir);
  for (let i = 0; i < 21; i++) {
    const date = DATES[i % DATES.length];
    writeFileSync(path.join(seedsDir, `${String(i).padStart(3, '0')}.txt`), `${date ? `date: ${date}\n` : ''}${generatedArticle(i, 3, 30)}`);
  }
  full = treeHashes((await buildOn('whole')).outDir);
  shards = [await buildOn('one', '1/2'), await buildOn('two', '2/2')];
}, 120_000);

afterAll(() => {
  if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = epoch;
  rmSync(root, { recursive: true, force: true });
});

describe('shards', () => {
  it('split the article pages and the search index between them, none twice', () => {
    const [a, b] = shards.map((s) => articleIds(s.outDir));
    expect(a!.length).toBeGreaterThan(0);
    expect(b!.length).toBeGreaterThan(0);
    expect(a!.filter((id) => b!.includes(id))).toEqual([]);
    const units = shards.map((s) => readdirSync(path.join(s.outDir, 'pagefind')));
    expect(units[0]!.filter((u) => units[1]!.includes(u))).toEqual([]);
  });

  it('merge into the same site as one full build, file for file', async () => {
    const out = path.join(root, 'merged');
    const merged = await mergeShards(shards.map((s) => s.outDir), out);
    expect(merged.shards).toBe(2);
    expect(treeHashes(out)).toEqual(full);
    expect(Object.keys(full)).not.toContain(SHARD_FILE);
  });

  it('refuse to merge without every shard', async () => {
    await expect(mergeShards([shards[0]!.outDir], path.join(root, 'partial'))).rejects.toThrow('shard 2 of 2 missing');
    await expect(mergeShards([shards[0]!.outDir, shards[0]!.outDir], path.join(root, 'twice'))).rejects.toThrow('given twice');
  });

  it('refuse to merge shards built from different seeds', async () => {
    writeFileSync(path.join(seedsDir, '099.txt'), `date: 2020-02-02\n${generatedArticle(99, 3, 30)}`);
    const later = await buildOn('three', '2/2');
    await expect(mergeShards([shards[0]!.outDir, later.outDir], path.join(root, 'mixed'))).rejects.toThrow('other seeds');
  });

  it('refuse a folder that is not a shard, and an output inside a shard', async () => {
    await expect(mergeShards([path.join(root, 'whole', 'out'), shards[1]!.outDir], path.join(root, 'x'))).rejects.toThrow('is not a shard');
    await expect(mergeShards(shards.map((s) => s.outDir), path.join(shards[0]!.outDir, 'site'))).rejects.toThrow('must be apart');
  });
});

describe('shard plan', () => {
  const catalog = Array.from({ length: 40 }, (_, i) => ({ id: `a${i}`, date: `20${10 + (i % 4)}-0${1 + (i % 9)}-01` }));
  const urls = [
    ...catalog.map((e) => `/articles/${e.id}/`), '/', '/page/2/', '/archive/', '/archive/2010/',
    ...['سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'صحة'].flatMap((k) => [`/topics/${k}/`, `/topics/${k}/page/2/`, `/topics/${k}/feed.xml`]),
    '/topics/', '/topics/page/2/',
  ];

  it('gives every page to exactly one of the shards, and keeps a topic\'s pages together', () => {
    for (const count of [1, 2, 3, 5]) {
      const plans = Array.from({ length: count }, (_, i) => planShard(urls, catalog, { index: i + 1, count }));
      const all = plans.flatMap((p) => [...p.pages]);
      expect(all.sort()).toEqual([...urls].sort());
      expect(plans.flatMap((p) => p.searchUnits.map((u) => u.name)).sort()).toEqual(['2010', '2011', '2012', '2013']);
      for (const plan of plans) {
        const topicPages = [...plan.pages].filter((u) => u.startsWith('/topics/اقتصاد/'));
        expect([0, 3]).toContain(topicPages.length);
      }
    }
  });

  it('balances the pages between the shards', () => {
    const sizes = [1, 2].map((index) => planShard(urls, catalog, { index, count: 2 }).pages.size);
    expect(Math.abs(sizes[0]! - sizes[1]!)).toBeLessThanOrEqual(10);
  });

  it('reads K/N and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/2', '3/2', '2', 'a/b', '1/0', '-1/2']) expect(() => parseShard(bad), bad).toThrow('expected K/N');
  });
});
