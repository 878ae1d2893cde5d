// Builds a fixture archive into a temporary folder, the way `npm run build` does.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from '../../src/build/build.js';
import type { Report } from '../../src/build/report.js';

export const EXAMPLE_SEED = path.resolve(import.meta.dirname, '../../seeds/000_68def380e0635f55.txt');
export const EXAMPLE_ID = '68def380e0635f55';

export interface Built {
  root: string;
  seedsDir: string;
  outDir: string;
  workDir: string;
  report: Report;
  /** Reads a built file, e.g. `read('articles/<id>/index.html')`. */
  read(file: string): string;
}

/** A fresh temporary folder holding `seeds/`; `seeds` maps file names to their text or bytes. */
export function makeSeeds(seeds: Record<string, string | Uint8Array>, withExample = false): string {
  const root = mkdtempSync(path.join(tmpdir(), 'arshif-test-'));
  const seedsDir = path.join(root, 'seeds');
  mkdirSync(seedsDir);
  if (withExample) cpSync(EXAMPLE_SEED, path.join(seedsDir, path.basename(EXAMPLE_SEED)));
  for (const [name, content] of Object.entries(seeds)) writeFileSync(path.join(seedsDir, name), content);
  return root;
}

export async function buildFixture(root: string): Promise<Built> {
  const seedsDir = path.join(root, 'seeds');
  const outDir = path.join(root, 'dist');
  const workDir = path.join(root, 'work');
  const report = await build({ seedsDir, outDir, workDir });
  return { root, seedsDir, outDir, workDir, report, read: (file) => readFileSync(path.join(outDir, file), 'utf8') };
}
