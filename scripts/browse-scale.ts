// `npx tsx scripts/browse-scale.ts [COUNT]`: builds a generated archive (10,000 articles by
// default) and prints how long each stage took and the largest page of each kind in bytes,
// so "listing pages stay small" is a measured figure, not a hope.
import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { writeContent } from '../src/build/ingest-seeds.js';
import { buildSiteAtomically } from '../src/build/site.js';
import { makeArticles } from '../tests/helpers/archive.js';

const count = Number(process.argv[2] ?? 10_000);
const root = mkdtempSync(path.join(tmpdir(), 'arshif-scale-'));
const contentDir = path.join(root, 'content');
const outDir = path.join(root, 'dist');
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const articles = makeArticles({ count, topicCount: 120 });
let started = performance.now();
writeContent(contentDir, articles);
console.log(`catalogue with related articles for ${count} articles: ${seconds(started)}`);
started = performance.now();
const pages = await buildSiteAtomically({ contentDir, outDir });
console.log(`site rendered: ${pages} files in ${seconds(started)}`);

/** Page kind of a built file, by its first folder. */
function kindOf(file: string): string {
  const [first, second] = file.split('/');
  if (file.endsWith('.xml') || file.endsWith('.json') || file.endsWith('.txt')) return first!;
  if (first === 'index.html' || first === 'page') return 'home';
  if (first === 'archive') return second === 'index.html' ? 'archive index' : 'archive';
  if (first === 'topics') return second === 'index.html' || second === 'page' ? 'topics index' : 'topic';
  return first!;
}

const largest = new Map<string, { bytes: number; file: string; pages: number }>();
function walk(dir: string, under = ''): void {
  for (const d of readdirSync(path.join(dir, under), { withFileTypes: true })) {
    const rel = under ? `${under}/${d.name}` : d.name;
    if (d.isDirectory()) {
      if (rel !== 'assets') walk(dir, rel);
      continue;
    }
    const kind = kindOf(rel);
    const bytes = statSync(path.join(dir, rel)).size;
    const seen = largest.get(kind) ?? { bytes: 0, file: '', pages: 0 };
    largest.set(kind, { ...(bytes > seen.bytes ? { bytes, file: rel } : seen), pages: seen.pages + 1 });
  }
}
walk(outDir);
console.log('kind\tfiles\tlargest bytes\tlargest file');
for (const [kind, { bytes, file, pages: n }] of [...largest].sort()) console.log(`${kind}\t${n}\t${bytes}\t${file}`);
rmSync(root, { recursive: true, force: true });
