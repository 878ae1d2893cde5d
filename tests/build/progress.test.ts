import { describe, expect, it } from 'vitest';
import { progress, PROGRESS_MIN_ITEMS } from '../../src/build/progress.js';

function recorder(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (text: string) => written.push(text) }, written };
}

describe('progress', () => {
  it('prints nothing for a small build', () => {
    const { stream, written } = recorder(false);
    const tick = progress('ingest', stream);
    for (let i = 0; i <= 10; i++) tick(i, 10);
    expect(written).toEqual([]);
  });

  it('prints a plain line every tenth when not on a terminal, and the time at the end', () => {
    const { stream, written } = recorder(false);
    let clock = 0;
    const tick = progress('ingest', stream, () => clock);
    const total = 2000;
    for (let i = 0; i <= total; i++) {
      clock = i * 5;
      tick(i, total);
    }
    expect(written).toHaveLength(11);
    expect(written[0]).toBe('ingest: 0/2000\n');
    expect(written[5]).toBe('ingest: 1000/2000\n');
    expect(written[10]).toBe('ingest: 2000/2000 in 10 s\n');
    expect(written.every((line) => !line.includes('\r'))).toBe(true);
  });

  it('redraws one line on a terminal with an estimate of the time left', () => {
    const { stream, written } = recorder(true);
    let clock = 0;
    const tick = progress('pages', stream, () => clock);
    const total = PROGRESS_MIN_ITEMS * 4;
    clock = 30_000;
    tick(total / 4, total);
    expect(written.at(-1)).toBe(`\r\x1b[Kpages: ${total / 4}/${total} (25%), about 1 min 30 s left`);
    // Redrawn at most a few times a second.
    tick(total / 4 + 1, total);
    expect(written).toHaveLength(1);
    clock = 120_000;
    tick(total, total);
    expect(written.at(-1)).toBe(`\r\x1b[Kpages: ${total}/${total} (100%) in 2 min 0 s\n`);
  });
});
