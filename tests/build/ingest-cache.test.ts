// Unchanged seeds are not read through the pipeline again: their ingest comes from the
// cache in the work folder, keyed by the seed's bytes, file name, INGEST_VERSION and limits.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestSeeds, writeContent } from '../../src/build/ingest-seeds.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { RACY_MS } from '../../src/build/seed-stats.js';
import { makeSeeds } from '../helpers/build.js';

const SEEDS = {
  'a.txt': 'أعلنت البلدية اليوم افتتاح حديقة جديدة في الحي الشرقي بعد عامين من الأشغال.\nوقال رئيس المجلس إن الحديقة مفتوحة للجميع.\n',
  'b.txt': 'اختتم المعرض الدولي للكتاب دورته بحضور عدد كبير من الزوار والناشرين.\nوأكد المنظمون أن الدورة المقبلة ستكون أوسع.\n',
  'c.txt': 'نص\u0000ثنائي',
};

interface CachedValue {
  article?: { title: string; source: string };
  derived?: { v: string; signature: string; shingles: string; body?: string };
}

/** The cache file's seed lines as key and parsed value, after its header and lexicon lines. */
function readLines(cacheFile: string): Array<[string, CachedValue]> {
  const [, lexicon, ...lines] = readFileSync(cacheFile, 'utf8').split('\n').filter(Boolean);
  expect(lexicon).toMatch(/^lexicon\t/);
  return lines.map((line) => {
    const tab = line.indexOf('\t');
    return [line.slice(0, tab), JSON.parse(line.slice(tab + 1)) as CachedValue];
  });
}

/** Rewrites each seed's cached value with `change`, keeping the header and lexicon lines. */
function editCache(cacheFile: string, change: (value: CachedValue) => void): void {
  const [header, lexicon] = readFileSync(cacheFile, 'utf8').split('\n');
  const lines = readLines(cacheFile).map(([key, value]) => {
    change(value);
    return `${key}\t${JSON.stringify(value)}\n`;
  });
  writeFileSync(cacheFile, `${header}\n${lexicon}\n${lines.join('')}`);
}

/** Rewrites every cached title, to see which articles come from the cache. */
function markCached(cacheFile: string): void {
  editCache(cacheFile, (value) => {
    if (value.article) value.article.title = `من الذاكرة: ${value.article.title}`;
  });
}

const NEAR = {
  'a.txt': SEEDS['a.txt'],
  'b.txt': SEEDS['b.txt'],
  'd.txt': 'أعلنت البلدية افتتاح مكتبة عمومية جديدة في الحي الشرقي بعد أشغال دامت سنة.\nوقال رئيس المجلس إن المكتبة تضم آلاف الكتب للأطفال والكبار.\n',
};

/** The NEAR seeds ingested once into a cache, with a.txt's cached derived data. */
function nearArchiveCached() {
  const root = makeSeeds(NEAR);
  const seedsDir = path.join(root, 'seeds');
  const cacheFile = path.join(root, 'work', 'ingest-cache.json');
  expect(ingestSeeds(seedsDir, { cacheFile }).articles).toHaveLength(3);
  const ofA = readLines(cacheFile).find(([, value]) => value.article?.source === 'a.txt')![1].derived!;
  return { root, seedsDir, cacheFile, ofA };
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
    expect(readLines(cacheFile)).toHaveLength(3);
  });

  it('leaves the cache file as it is when no seed changed', () => {
    const root = makeSeeds(SEEDS);
    const seedsDir = path.join(root, 'seeds');
    const cacheFile = path.join(root, 'work', 'ingest-cache.json');
    ingestSeeds(seedsDir, { cacheFile });
    const before = statSync(cacheFile, { bigint: true });
    ingestSeeds(seedsDir, { cacheFile });
    const after = statSync(cacheFile, { bigint: true });
    expect([after.ino, after.mtimeNs]).toEqual([before.ino, before.mtimeNs]);
  });

  it('ingests again only the seed whose cache line is damaged, and a cache in another format whole', () => {
    const root = makeSeeds(SEEDS);
    const seedsDir = path.join(root, 'seeds');
    const cacheFile = path.join(root, 'work', 'ingest-cache.json');
    ingestSeeds(seedsDir, { cacheFile });
    markCached(cacheFile);
    const lines = readFileSync(cacheFile, 'utf8').split('\n');
    const damaged = lines.findIndex((line) => line.includes('"source":"b.txt"'));
    lines[damaged] = lines[damaged]!.slice(0, 100);
    writeFileSync(cacheFile, lines.join('\n'));
    const titles = new Map(ingestSeeds(seedsDir, { cacheFile }).articles.map((a) => [a.source, a.title]));
    expect(titles.get('a.txt')).toMatch(/^من الذاكرة: /);
    expect(titles.get('b.txt')).not.toMatch(/^من الذاكرة: /);
    // An older build's cache, one JSON object, is not read; it is replaced by this format.
    writeFileSync(cacheFile, JSON.stringify(Object.fromEntries(readLines(cacheFile))));
    expect(ingestSeeds(seedsDir, { cacheFile }).articles.every((a) => !a.title.startsWith('من الذاكرة'))).toBe(true);
    expect(readLines(cacheFile)).toHaveLength(3);
  });

  it('reads no seed whose file status is recorded unchanged, and reads one written since', async () => {
    const root = makeSeeds(NEAR);
    const seedsDir = path.join(root, 'seeds');
    const cacheFile = path.join(root, 'work', 'ingest-cache.json');
    const statsFile = path.join(root, 'work', 'seed-stats.json');
    // A build started well after the seeds were written trusts their status.
    const startedMs = () => Date.now() + RACY_MS + 1_000;
    expect(ingestSeeds(seedsDir, { cacheFile, startedMs: startedMs() }).articles).toHaveLength(3);
    const record = JSON.parse(readFileSync(statsFile, 'utf8')) as { files: Record<string, string[]> };
    expect(Object.keys(record.files)).toEqual(['a.txt', 'b.txt', 'd.txt']);
    // a.txt recorded with b.txt's key: only a build that does not read a.txt takes b.txt's article for it.
    record.files['a.txt']![5] = record.files['b.txt']![5]!;
    writeFileSync(statsFile, JSON.stringify(record));
    const trusted = ingestSeeds(seedsDir, { cacheFile, startedMs: startedMs() });
    expect(trusted.entries.find((e) => e.file === 'a.txt')).toMatchObject({ status: 'ok', title: trusted.entries.find((e) => e.file === 'b.txt')!.title });
    // Written again (same bytes): its status changed, so it is read, and is itself again.
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(path.join(seedsDir, 'a.txt'), SEEDS['a.txt']);
    writeFileSync(statsFile, JSON.stringify(record));
    const read = ingestSeeds(seedsDir, { cacheFile, startedMs: startedMs() });
    expect(read.articles.map((a) => a.source)).toEqual(['a.txt', 'b.txt', 'd.txt']);
    expect(read.articles[0]!.title).not.toBe(read.articles[1]!.title);
  });

  it('finds exact duplicates from the cached body key, and makes the key again for a cache without it', () => {
    const { seedsDir, cacheFile, ofA } = nearArchiveCached();
    // b.txt given a.txt's key: only the cache can make it the same text as a.txt.
    expect(ofA.body).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    editCache(cacheFile, (value) => {
      if (value.article?.source === 'b.txt') value.derived!.body = ofA.body;
    });
    const merged = ingestSeeds(seedsDir, { cacheFile });
    expect(merged.articles.map((a) => a.source)).toEqual(['a.txt', 'd.txt']);
    expect(merged.entries.find((e) => e.file === 'b.txt')).toMatchObject({ status: 'duplicate', reason: 'same text as a.txt, which is published' });
    // A cache written before the key was kept: made again from the text, so b.txt is itself once more.
    editCache(cacheFile, (value) => {
      if (value.derived) delete value.derived.body;
    });
    expect(ingestSeeds(seedsDir, { cacheFile }).articles).toHaveLength(3);
    expect(readLines(cacheFile).every(([, value]) => !value.derived || value.derived.body)).toBe(true);
  });

  it('finds near-duplicates from the cached signature and shingles, made again by other code', () => {
    const { seedsDir, cacheFile, ofA } = nearArchiveCached();
    // d.txt given a.txt's signature and shingles: only the cache can make it a copy of a.txt.
    editCache(cacheFile, (value) => {
      if (value.article?.source === 'd.txt') Object.assign(value.derived!, { signature: ofA.signature, shingles: ofA.shingles });
    });
    const merged = ingestSeeds(seedsDir, { cacheFile });
    expect(merged.articles.map((a) => a.source)).toEqual(['a.txt', 'b.txt']);
    expect(merged.entries.find((e) => e.file === 'd.txt')).toMatchObject({ code: 'near-duplicate', reason: expect.stringMatching(/^100% the same as a\.txt/) });
    // Derived data written by other code (another version) is made again from the text.
    editCache(cacheFile, (value) => {
      if (value.derived) value.derived.v = 'other code';
    });
    expect(ingestSeeds(seedsDir, { cacheFile }).articles).toHaveLength(3);
    expect(readLines(cacheFile).every(([, value]) => value.derived?.v !== 'other code')).toBe(true);
  });

  it('starts the lexicon afresh when it mostly holds words no seed uses, with the same results', () => {
    const root = makeSeeds(NEAR);
    const seedsDir = path.join(root, 'seeds');
    const cacheFile = path.join(root, 'work', 'ingest-cache.json');
    const clean = ingestSeeds(seedsDir, { cacheFile });
    // As if many seeds had been removed: their words are still in the lexicon.
    const [header, lexiconLine, ...rest] = readFileSync(cacheFile, 'utf8').split('\n');
    const lexicon = JSON.parse(lexiconLine!.slice('lexicon\t'.length)) as { generation: string; words: string[] };
    for (let i = 0; i < 150_000; i++) lexicon.words.push(`كلمة${i}`);
    writeFileSync(cacheFile, [header, `lexicon\t${JSON.stringify(lexicon)}`, ...rest].join('\n'));
    expect(ingestSeeds(seedsDir, { cacheFile }).articles).toEqual(clean.articles);
    // The next change writes the cache: with a fresh lexicon, and no derived data in its numbers.
    writeFileSync(path.join(seedsDir, 'e.txt'), 'خبر قصير كتب لهذا الاختبار عن سوق الخضر في المدينة.\n');
    ingestSeeds(seedsDir, { cacheFile });
    const written = JSON.parse(readFileSync(cacheFile, 'utf8').split('\n')[1]!.slice('lexicon\t'.length)) as { generation: string; words: string[] };
    expect(written.generation).not.toBe(lexicon.generation);
    expect(written.words.length).toBeLessThan(1000);
    expect(readLines(cacheFile).filter(([, value]) => value.derived)).toHaveLength(0);
    const again = ingestSeeds(seedsDir, { cacheFile });
    expect(again.articles).toEqual(ingestSeeds(seedsDir).articles);
    expect(readLines(cacheFile).every(([, value]) => value.derived?.v)).toBe(true);
  });

  it('links related articles the same from cached term counts as from the texts', () => {
    const root = makeSeeds(NEAR);
    const seedsDir = path.join(root, 'seeds');
    const cacheFile = path.join(root, 'work', 'ingest-cache.json');
    ingestSeeds(seedsDir, { cacheFile });
    const { articles } = ingestSeeds(seedsDir, { cacheFile });
    writeContent(path.join(root, 'cached'), articles);
    // Copies are not the articles the counts were kept for: their terms are counted from the text.
    writeContent(path.join(root, 'counted'), structuredClone(articles));
    const catalog = (dir: string) => readFileSync(path.join(root, dir, 'catalog.json'), 'utf8');
    expect(catalog('cached')).toBe(catalog('counted'));
    expect(JSON.parse(catalog('cached')).some((a: { related: string[] }) => a.related.length > 0)).toBe(true);
  });
});
