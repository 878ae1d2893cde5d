// Seeds not in the cache can go through the pipeline on worker threads: the articles, the
// report and the cache are the same as when the main thread ingests them, in seed order.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestPool, MIN_SEEDS_FOR_WORKERS, workerCount } from '../../src/build/ingest-pool.js';
import { ingestSeeds } from '../../src/build/ingest-seeds.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { makeSeeds } from '../helpers/build.js';

// Written for these tests: stories, a copy, a seed with nothing but leftovers, a binary one, one too big, and a folder entry that is no seed.
const SEEDS = {
  'a.txt': 'أعلنت البلدية اليوم افتتاح حديقة جديدة في الحي الشرقي بعد عامين من الأشغال.\nوقال رئيس المجلس إن الحديقة مفتوحة للجميع.\n',
  'b.txt': 'اختتم المعرض الدولي للكتاب دورته بحضور عدد كبير من الزوار والناشرين.\nوأكد المنظمون أن الدورة المقبلة ستكون أوسع.\n',
  'b-copy.txt': 'اختتم المعرض الدولي للكتاب دورته بحضور عدد كبير من الزوار والناشرين.\nوأكد المنظمون أن الدورة المقبلة ستكون أوسع.\n',
  'c.txt': 'نص\u0000ثنائي',
  'd.txt': 'date: ٢٠٢٤-٠٣-١٥\nانطلقت صباح الأحد حملة لتشجير الطرق المؤدية إلى المدينة بمشاركة المتطوعين.\n## المرحلة الثانية\nوتشمل المرحلة الثانية غرس ألف شجرة قبل نهاية الربيع.\n',
  'e.txt': 'شارك\u200Cوا في الإحصاء السنوي لطيور المنطقة الرطبة أكثر من مائة متطوع هذا الأسبوع.\n',
  'f.txt': `${'كلمة '.repeat(300)}\n`.repeat(3),
  'notes.md': 'ليست بذرة',
  'g.txt': `${'جملة طويلة '.repeat(100)}\n`,
  'leftovers.txt': 'تابعونا على فيسبوك\n',
};
// Small enough for f.txt's bytes and g.txt's line: limits reach the workers too.
const LIMITS = { ...DEFAULT_LIMITS, maxSeedBytes: 4_000, maxLineChars: 1_000 };

describe('ingest on worker threads', () => {
  it('gives the same articles, report and cache as the main thread', () => {
    const root = makeSeeds(SEEDS);
    const seedsDir = path.join(root, 'seeds');
    const inThread = ingestSeeds(seedsDir, { limits: LIMITS, workers: 0, cacheFile: path.join(root, 'work-0', 'cache.json') });
    const onWorkers = ingestSeeds(seedsDir, { limits: LIMITS, workers: 2, cacheFile: path.join(root, 'work-2', 'cache.json') });
    expect(onWorkers).toEqual(inThread);
    expect(inThread.entries.map((e) => [e.file, e.status, e.code])).toEqual([
      ['a.txt', 'ok', null], ['b-copy.txt', 'ok', null], ['b.txt', 'duplicate', 'duplicate'], ['c.txt', 'error', 'binary'],
      ['d.txt', 'ok', null], ['e.txt', 'ok', null], ['f.txt', 'error', 'too-large'], ['g.txt', 'error', 'line-too-long'],
      ['leftovers.txt', 'error', 'no-text'],
      ['notes.md', 'skipped', 'not-a-seed'],
    ]);
    // The caches differ only in the lexicon's random generation name.
    const cacheOf = (work: string) => {
      const text = readFileSync(path.join(root, work, 'cache.json'), 'utf8');
      const generation = /"generation":"([0-9a-f]+)"/.exec(text)![1]!;
      return text.replaceAll(generation, 'GENERATION');
    };
    expect(cacheOf('work-2')).toBe(cacheOf('work-0'));
  });

  it('reads back a cache written from worker threads', () => {
    const root = makeSeeds(SEEDS);
    const seedsDir = path.join(root, 'seeds');
    const cacheFile = path.join(root, 'work', 'cache.json');
    const first = ingestSeeds(seedsDir, { limits: LIMITS, workers: 2, cacheFile });
    expect(ingestSeeds(seedsDir, { limits: LIMITS, workers: 2, cacheFile })).toEqual(first);
    expect(ingestSeeds(seedsDir, { limits: LIMITS })).toEqual(first);
  });

  it('answers each job whatever order they are taken in', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const jobs = [
      { source: 'a.txt', bytes: bytes(SEEDS['a.txt']) },
      { source: 'leftovers.txt', bytes: bytes(SEEDS['leftovers.txt']) },
      { source: 'd.txt', bytes: bytes(SEEDS['d.txt']) },
    ];
    const pool = new IngestPool(jobs, DEFAULT_LIMITS, 2);
    try {
      const outcomes = [pool.take(2), pool.take(0), pool.take(1)];
      expect(outcomes.map((o) => ('ingested' in o ? o.ingested.article.source : 'refused' in o ? o.refused.code : o.fault)))
        .toEqual(['d.txt', 'a.txt', 'no-text']);
      // Answered by the workers, not by the main thread after they failed to start.
      expect(pool.workers).toBe(2);
    } finally {
      pool.close();
    }
  });

  it('ingests in the main thread once the workers are closed', () => {
    const jobs = [{ source: 'a.txt', bytes: new TextEncoder().encode(SEEDS['a.txt']) }];
    const pool = new IngestPool(jobs, DEFAULT_LIMITS, 1);
    pool.close();
    const outcome = pool.take(0);
    expect('ingested' in outcome && outcome.ingested.article.source).toBe('a.txt');
  });

  it('starts workers only when there are enough seeds to pay for them', () => {
    expect(workerCount(MIN_SEEDS_FOR_WORKERS - 1)).toBe(0);
    expect(workerCount(10, 0)).toBe(0);
    expect(workerCount(10, 4)).toBe(4);
    expect(workerCount(1, 4)).toBe(1);
  });
});
