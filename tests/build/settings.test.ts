import { describe, expect, it } from 'vitest';
import { buildTime } from '../../src/build/settings.js';

describe('buildTime', () => {
  it('takes "now" from SOURCE_DATE_EPOCH when set', () => {
    expect(buildTime({ SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });

  it('uses the clock when it is not set, and refuses a value that is not whole seconds', () => {
    const before = Date.now();
    expect(buildTime({}).getTime()).toBeGreaterThanOrEqual(before);
    expect(() => buildTime({ SOURCE_DATE_EPOCH: '2023-11-14' })).toThrow(/whole seconds/);
  });
});
