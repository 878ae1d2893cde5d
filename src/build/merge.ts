// Joins the shards of one site (`npm run build -- --shard K/N`, built on one machine or many)
// into the whole site: every file of every shard, linked or copied into a staging folder
// and swapped into place, as a build does. It refuses shards that do not make one site:
// one missing or given twice, shards of different seeds, code or settings, or a file two
// shards both wrote with different bytes.
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { linkOrCopy } from './files.js';
import { isReplaceable, SITE_MARKER, within } from './folders.js';
import { SHARD_FILE, type ShardStamp } from './shards.js';
import { cleanLeftovers, swapInto } from './site.js';

export interface Merged {
  shards: number;
  files: number;
}

function stampOf(dir: string): ShardStamp {
  const file = path.join(dir, SHARD_FILE);
  if (!existsSync(file)) throw new Error(`${dir} is not a shard: it has no ${SHARD_FILE} (build it with --shard K/N)`);
  return JSON.parse(readFileSync(file, 'utf8')) as ShardStamp;
}

/** Checks the shards make one whole site; returns them in shard order. */
function checkShards(dirs: string[]): string[] {
  if (dirs.length === 0) throw new Error('no shards given');
  const stamps = dirs.map((dir) => ({ dir, stamp: stampOf(dir) }));
  const first = stamps[0]!.stamp;
  const byIndex = new Map<number, string>();
  for (const { dir, stamp } of stamps) {
    if (stamp.of !== first.of) throw new Error(`${dir} is shard ${stamp.shard} of ${stamp.of}, the others of ${first.of}`);
    if (stamp.source !== first.source) {
      throw new Error(`${dir} was built from other seeds, code or settings than ${stamps[0]!.dir}: build every shard from the same commit`);
    }
    const seen = byIndex.get(stamp.shard);
    if (seen) throw new Error(`shard ${stamp.shard} of ${stamp.of} is given twice: ${seen} and ${dir}`);
    byIndex.set(stamp.shard, dir);
  }
  const missing = Array.from({ length: first.of }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length) throw new Error(`shard ${missing.join(', ')} of ${first.of} missing: a merge needs every shard`);
  return [...byIndex].sort(([a], [b]) => a - b).map(([, dir]) => dir);
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  if ((await fs.stat(a)).size !== (await fs.stat(b)).size) return false;
  return (await fs.readFile(a)).equals(await fs.readFile(b));
}

/** Adds one shard's files under `staging`; `owner` remembers which shard wrote each file. */
async function addShard(shardDir: string, staging: string, owner: Map<string, string>): Promise<void> {
  const entries = await fs.readdir(shardDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    const source = path.join(entry.parentPath, entry.name);
    const relative = path.relative(shardDir, source);
    if (relative === SHARD_FILE) continue;
    const target = path.join(staging, relative);
    const other = owner.get(relative);
    if (other) {
      if (!(await sameBytes(source, target))) throw new Error(`${relative} differs between ${other} and ${shardDir}`);
      continue;
    }
    owner.set(relative, shardDir);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await linkOrCopy(source, target);
  }
}

/** Merges shard folders into `outDir`, which is replaced only once the whole site is there. */
export async function mergeShards(dirs: string[], outDir: string): Promise<Merged> {
  const shards = checkShards(dirs.map((dir) => path.resolve(dir)));
  for (const dir of shards) {
    if (within(outDir, dir) || within(dir, outDir)) throw new Error(`the output folder ${outDir} and the shard ${dir} must be apart`);
  }
  cleanLeftovers(outDir);
  if (!isReplaceable(outDir)) {
    throw new Error(`the output folder ${outDir} holds files but no ${SITE_MARKER} marker: empty or remove it, or choose another`);
  }
  const staging = `${outDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const owner = new Map<string, string>();
  try {
    for (const dir of shards) {
      if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
      await addShard(dir, staging, owner);
    }
    await swapInto(staging, outDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return { shards: shards.length, files: owner.size };
}
