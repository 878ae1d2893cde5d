// A build killed midway (SIGKILL, no chance to clean up) leaves the previous dist/ exactly
// as it was, and the next build clears what the killed one left behind.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.js';
import { cleanLeftovers, PROJECT_ROOT } from '../../src/build/site.js';
import { treeHashes, writeGeneratedSeeds } from './tree.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/robust/reproducible/seeds');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Names of staging or previous-site folders beside `dist`. */
const leftovers = (root: string) => readdirSync(root).filter((name) => /^dist\.(staging|previous)-/.test(name));

describe('killed build', () => {
  it('leaves the previous dist/ as it was, and the next build cleans up', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'arshif-killed-'));
    const outDir = path.join(root, 'dist');
    const workDir = path.join(root, 'work');
    cpSync(FIXTURE, path.join(root, 'small'), { recursive: true });
    await build({ seedsDir: path.join(root, 'small'), outDir, workDir });
    const before = treeHashes(outDir);
    expect(Object.keys(before).length).toBeGreaterThan(3);

    // Large enough that rendering takes seconds: the kill lands while the staging folder fills.
    writeGeneratedSeeds(path.join(root, 'large'), 80);
    const child = spawn('npx', ['tsx', 'src/cli/build.ts', '--seeds', path.join(root, 'large'), '--out', outDir, '--work', workDir], {
      cwd: PROJECT_ROOT, detached: true, stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_, signal) => resolve(signal)));
    let killedWhileStaging = false;
    for (let waited = 0; waited < 60_000 && child.exitCode === null; waited += 20) {
      const staging = leftovers(root).find((name) => name.startsWith('dist.staging-'));
      if (staging && existsSync(path.join(root, staging, 'articles')) && readdirSync(path.join(root, staging, 'articles')).length > 0) {
        process.kill(-child.pid!, 'SIGKILL');
        killedWhileStaging = true;
        break;
      }
      await sleep(20);
    }
    expect(await exited).toBe('SIGKILL');
    expect(killedWhileStaging).toBe(true);
    expect(leftovers(root)).toHaveLength(1);
    expect(treeHashes(outDir)).toEqual(before);

    // The next build, through the command line: one seed refused, so it publishes and exits 2.
    writeFileSync(path.join(root, 'small', 'later.txt'), 'افتتحت البلدية حديقة عامة جديدة في الحي الجنوبي يوم الأحد.\n');
    writeFileSync(path.join(root, 'small', 'bad.txt'), Uint8Array.from([0x61, 0, 0x62]));
    const next = spawnSync('npx', ['tsx', 'src/cli/build.ts', '--seeds', path.join(root, 'small'), '--out', outDir, '--work', workDir], {
      cwd: PROJECT_ROOT, encoding: 'utf8',
    });
    expect(next.status).toBe(2);
    expect(next.stdout).toMatch(/^bad\.txt: error binary: the file holds NUL bytes/m);
    // The killed build's staging folder is gone; the site it replaced is removed by a
    // process of the command's own that may still be at work once the command has ended.
    expect(leftovers(root).filter((name) => name.startsWith('dist.staging-'))).toEqual([]);
    for (let waited = 0; waited < 10_000 && leftovers(root).length > 0; waited += 50) await sleep(50);
    expect(leftovers(root)).toEqual([]);
    expect(treeHashes(outDir)).not.toEqual(before);
  });

  it('puts the previous site back when a build was killed between the two renames of the swap', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'arshif-swap-'));
    const dead = spawnSync('true').pid;
    mkdirSync(path.join(root, `dist.previous-${dead}`));
    writeFileSync(path.join(root, `dist.previous-${dead}`, 'index.html'), 'old site');
    mkdirSync(path.join(root, `dist.staging-${dead}`));
    // A build still running elsewhere keeps its staging folder.
    mkdirSync(path.join(root, `dist.staging-${process.pid}`));
    cleanLeftovers(path.join(root, 'dist'));
    expect(readdirSync(root).sort()).toEqual(['dist', `dist.staging-${process.pid}`]);
    expect(readdirSync(path.join(root, 'dist'))).toEqual(['index.html']);
  });
});
