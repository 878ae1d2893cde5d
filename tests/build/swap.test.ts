// The swap puts the new site in place at once, whichever way the old one is removed after.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanLeftovers, swapInto } from '../../src/build/site.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A site folder of `files` pages in nested folders, each saying `text`. */
function site(dir: string, text: string, files = 200): string {
  for (let i = 0; i < files; i++) {
    mkdirSync(path.join(dir, 'articles', String(i)), { recursive: true });
    writeFileSync(path.join(dir, 'articles', String(i), 'index.html'), text);
  }
  return dir;
}

function newRoot(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'arshif-swap-'));
  roots.push(root);
  return root;
}

const besides = (root: string) => readdirSync(root).filter((name) => name !== 'dist').sort();
const page = (outDir: string) => readFileSync(path.join(outDir, 'articles', '7', 'index.html'), 'utf8');

describe('swapInto', () => {
  it('in the background: the new site is in place at once, and the next swap waits for the removal', async () => {
    const root = newRoot();
    const outDir = site(path.join(root, 'dist'), 'first');
    await swapInto(site(path.join(root, 'staging-a'), 'second'), outDir, { cleanup: 'background' });
    expect(page(outDir)).toBe('second');
    // The next swap reuses the name of the folder being removed: it waits, then goes on.
    await swapInto(site(path.join(root, 'staging-b'), 'third'), outDir, { cleanup: 'wait' });
    expect(page(outDir)).toBe('third');
    expect(besides(root)).toEqual([]);
  });

  it('detached: a process of its own removes the old site after this one goes on', async () => {
    const root = newRoot();
    const outDir = site(path.join(root, 'dist'), 'old', 3000);
    await swapInto(site(path.join(root, 'staging'), 'new', 3000), outDir, { cleanup: 'detached' });
    expect(page(outDir)).toBe('new');
    // A build starting meanwhile leaves the folder to the process removing it.
    cleanLeftovers(outDir);
    expect(page(outDir)).toBe('new');
    for (let waited = 0; waited < 10_000 && besides(root).length > 0; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(besides(root)).toEqual([]);
  });
});
