import { makeBareInput } from './scripts/bench/bare-eleventy.ts';
makeBareInput('/tmp/s10k/work/content', '/tmp/s10k/bare-in', { tagPages: process.argv[2] === 'tags' });
