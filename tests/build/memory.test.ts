// The build's peak memory counts the processes it starts, not this process alone.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { watchMemory } from '../../src/build/memory.js';

const CHILD_MB = 300;
// A child that fills and touches CHILD_MB of memory, says so, and holds it until killed.
const HOLDER = `const b = Buffer.alloc(${CHILD_MB} * 2 ** 20, 1); console.log('ready'); setInterval(() => b[0]++, 1000);`;

describe('watchMemory', () => {
  it.skipIf(process.platform !== 'linux')('adds the memory of a child process to this one', async () => {
    const watch = watchMemory();
    const child = spawn(process.execPath, ['-e', HOLDER], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    // A few samples while the child holds its memory.
    await new Promise((resolve) => setTimeout(resolve, 700));
    child.kill();
    const peakMb = watch.takePeak();
    await watch.stop();
    const ownMb = Math.round(process.memoryUsage().rss / 2 ** 20);
    expect(peakMb).toBeGreaterThanOrEqual(ownMb + CHILD_MB - 20);
  });

  it.skipIf(process.platform !== 'linux')('starts afresh each time the peak is taken', async () => {
    const watch = watchMemory();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const first = watch.takePeak();
    const child = spawn(process.execPath, ['-e', HOLDER], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 700));
    child.kill();
    await new Promise((resolve) => child.once('exit', resolve));
    const withChild = watch.takePeak();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = watch.takePeak();
    await watch.stop();
    expect(withChild).toBeGreaterThanOrEqual(first + CHILD_MB - 20);
    // The child is gone: the next stage does not carry its peak.
    expect(after).toBeLessThan(withChild - CHILD_MB / 2);
  });
});
