// Child process of the benchmark: bare Eleventy over a folder made by makeBareInputs;
// prints its wall time and peak memory as JSON.
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { CONFIG } from './bare-eleventy.js';

const [inputDir, outputDir] = process.argv.slice(2) as [string, string];
const started = performance.now();
const eleventy = new Eleventy(inputDir, outputDir, {
  quietMode: true,
  configPath: path.join(inputDir, CONFIG),
  config(c: { setTemplateFormats(f: string[]): void }) {
    c.setTemplateFormats(['md', 'njk']);
  },
});
await eleventy.write();
console.log(JSON.stringify({
  ms: Math.round(performance.now() - started),
  maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
}));
