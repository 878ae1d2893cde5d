// Unchanged seeds are not read through the pipeline again: their ingest comes from the
// cache in the work folder, keyed by the seed's bytes, file name, INGEST_VERSION and limits.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestSeeds } from '../../src/build/ingest-seeds.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { makeSeeds } from '../helpers/build.js';

const SEEDS = {
  'a.txt': 'أعلنت البلدية اليوم افتتاح حديقة جديدة في الحي الشرقي بعد عامين من الأشغال.\nوقال رئيس المجلس إن الحديقة مفتوحة للجميع.\n',
  'b.txt': 'اختتم المعرض الدولي للكتاب دورته بحضور عدد كبير من الزوار والناشرين.\nوأكد المنظمون أن الدورة المقبلة ستكون أوسع.\n',
  'c.txt': 'نص\u0000ثنائي',
};

/** Rewrites every cached title, to see which articles come from the cache. */
function markCached(cacheFile: string): void {
  const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, { article?: { title: string } }>;
  for (const value of Object.values(cache)) if (value.article) value.article.title = `من الذاكرة: ${value.article.title}`;
  writeFileSync(cacheFile, JSON.stringify(cache));
}

describe('ingest cache', () => {
  it('takes unchanged seeds from the cache and ingests changed ones again', () => {
    const root = makeSeeds(SEEDS);
    const seedsDir = path.join(root, 'seeds');
    const cacheFile = path.join(root, 'work', 'ingest-cache.json');
    const first = ingestSeeds(seedsDir, { cacheFile });
    expect(first.articles).toHaveLength(2);
    expect(first.entries.find((e) => e.file === 'c.txt')?.status).toBe('error');
    markCached(cacheFile);
    writeFileSync(path.join(seedsDir, 'b.txt'), `${SEEDS['b.txt']}فقرة ثالثة أضيفت بعد النشر.\n`);
    const second = ingestSeeds(seedsDir, { cacheFile });
    const titles = new Map(second.articles.map((a) => [a.source, a.title]));
    expect(titles.get('a.txt')).toMatch(/^من الذاكرة: /);
    expect(titles.get('b.txt')).not.toMatch(/^من الذاكرة: /);
    // A refused seed is refused again from the cache, with the same reason.
    expect(second.entries.find((e) => e.file === 'c.txt')).toMatchObject(first.entries.find((e) => e.file === 'c.txt')!);
  });

  it('ingests every seed again when the limits change, and keeps only current seeds', () => {
    const root = makeSeeds(SEEDS);
    const seedsDir = path.join(root, 'seeds');
    const cacheFile = path.join(mkdtempSync(path.join(tmpdir(), 'arshif-cache-')), 'ingest-cache.json');
    ingestSeeds(seedsDir, { cacheFile });
    markCached(cacheFile);
    const limits = { ...DEFAULT_LIMITS, maxLineChars: DEFAULT_LIMITS.maxLineChars - 1 };
    const again = ingestSeeds(seedsDir, { cacheFile, limits });
    expect(again.articles.every((a) => !a.title.startsWith('من الذاكرة'))).toBe(true);
    expect(Object.keys(JSON.parse(readFileSync(cacheFile, 'utf8')))).toHaveLength(3);
  });
});
