// Files written on a thread of their own while the build goes on: all of them, or an error.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAside } from '../../src/build/write-aside.js';

const root = mkdtempSync(path.join(tmpdir(), 'arshif-aside-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const filesIn = (dir: string, count: number): Array<[string, string]> =>
  Array.from({ length: count }, (_, i) => [path.join(dir, `${i}.md`), `مقال رقم ${i}\n`]);

describe('writeAside', () => {
  it.each([[5], [450]])('writes every one of %i files once waited for', (count) => {
    const dir = mkdtempSync(path.join(root, 'ok-'));
    const files = filesIn(dir, count);
    const wait = writeAside(files);
    wait();
    expect(readdirSync(dir)).toHaveLength(count);
    for (const [file, text] of files) expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('throws what failed, with the file, when it is waited for', () => {
    const files = filesIn(path.join(root, 'missing-folder'), 300);
    const wait = writeAside(files);
    expect(wait).toThrow(/ENOENT.*missing-folder/);
  });
});
