import { describe, expect, it } from 'vitest';
import { parseBuildArgs } from '../../src/cli/args.js';

describe('parseBuildArgs', () => {
  it('resolves folders against the working folder and reads --strict', () => {
    expect(parseBuildArgs(['--seeds', 's', '--out', 'o', '--work', 'w', '--strict'], '/x')).toEqual({
      seedsDir: '/x/s', outDir: '/x/o', workDir: '/x/w', strict: true,
    });
    expect(parseBuildArgs([], '/x').strict).toBe(false);
  });

  it('refuses unknown options', () => {
    expect(() => parseBuildArgs(['--strcit'])).toThrow(/Unknown option/);
  });
});
