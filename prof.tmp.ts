import { readFileSync, writeFileSync } from 'node:fs';
import { renderSite } from './src/build/site.ts';
const re = new RegExp(process.argv[2] ?? '^/articles/');
const all = Object.keys(JSON.parse(readFileSync('/tmp/s10k/work/render-manifest.json', 'utf8')).pages);
const urls = all.filter((u) => re.test(u)).slice(0, Number(process.argv[3] ?? 1000));
writeFileSync('/tmp/s10k/only.json', JSON.stringify(urls));
const t = performance.now();
const n = await renderSite({ contentDir: '/tmp/s10k/work/content', dir: '/tmp/s10k/prof-out', onlyFile: '/tmp/s10k/only.json', singles: false });
console.log(urls.length, n, Math.round(performance.now() - t), 'ms');
