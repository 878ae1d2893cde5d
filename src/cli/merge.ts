// `npm run merge -- --out DIR SHARD_DIR...`: joins shards built with `npm run build -- --shard K/N`.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { mergeShards } from '../build/merge.js';
import { errorText } from '../build/report.js';

try {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { out: { type: 'string', default: 'dist' } },
    allowPositionals: true,
    strict: true,
  });
  const merged = await mergeShards(positionals, path.resolve(values.out));
  console.log(`merged ${merged.shards} shards into ${values.out}: ${merged.files} files`);
} catch (error) {
  console.error(`merge failed, nothing published: ${errorText(error)}`);
  process.exitCode = 1;
}
