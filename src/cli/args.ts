// Command-line options shared by build and start.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseShard, type Shard } from '../build/shards.js';
import type { Cleanup } from '../build/site.js';

export interface BuildArgs {
  seedsDir: string;
  outDir: string;
  workDir: string;
  /** Warnings count as errors, and any failed seed publishes nothing. */
  strict?: boolean;
  /** Build only this part of the site, for `npm run merge` to join (src/build/shards.ts). */
  shard?: Shard;
  /** How the previous site is removed once the new one is in place (src/build/site.ts `swapInto`). */
  cleanup?: Cleanup;
}

export function parseBuildArgs(argv: string[], cwd = process.cwd()): BuildArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'dist' },
      work: { type: 'string', default: '.arshif' },
      strict: { type: 'boolean', default: false },
      shard: { type: 'string' },
    },
    strict: true,
  });
  return {
    seedsDir: path.resolve(cwd, values.seeds),
    outDir: path.resolve(cwd, values.out),
    workDir: path.resolve(cwd, values.work),
    strict: values.strict,
    ...(values.shard === undefined ? {} : { shard: parseShard(values.shard) }),
  };
}
