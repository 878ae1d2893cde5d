// The build command sizes Node's heap to the archive, so V8 collects garbage instead of
// growing towards a share of the machine's memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { heapLimitMb } from '../../src/build/processes.js';
import { PROJECT_ROOT } from '../../src/build/site.js';
import { makeSeeds } from '../helpers/build.js';

describe('heap limit', () => {
  it('grows with the archive from a floor', () => {
    expect(heapLimitMb(1)).toBe(700);
    expect(heapLimitMb(10_000)).toBe(700);
    expect(heapLimitMb(50_000)).toBe(3500);
  });

  it('is given to the build run by the command, unless one is set already', () => {
    const root = makeSeeds({ 'a.txt': 'خبر قصير عن افتتاح مكتبة جديدة في المدينة.\nفقرة ثانية من الخبر.\n' });
    const work = mkdtempSync(path.join(tmpdir(), 'arshif-heap-'));
    const run = (env: Record<string, string>) => {
      const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/build.ts', '--seeds', path.join(root, 'seeds'), '--out', path.join(work, 'dist'), '--work', path.join(work, 'work')], {
        cwd: PROJECT_ROOT, env: { ...process.env, ...env }, encoding: 'utf8',
      });
      expect(child.status, child.stderr).toBe(0);
      return JSON.parse(readFileSync(path.join(work, 'work', 'report.json'), 'utf8')).heapLimitMb as number;
    };
    try {
      // The limit covers the old space; the young space comes on top.
      expect(run({ NODE_OPTIONS: '' })).toBeGreaterThanOrEqual(700);
      expect(run({ NODE_OPTIONS: '' })).toBeLessThan(800);
      expect(run({ NODE_OPTIONS: '--max-old-space-size=1500' })).toBeGreaterThanOrEqual(1500);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);
});
