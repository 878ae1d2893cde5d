import { chmodSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADDED_FILE, recordAdded, serializeAdded, today } from '../../src/build/added-dates.js';
import { buildFixture, EXAMPLE_ID, makeSeeds } from '../helpers/build.js';

const UNDATED = 'انطلقت فعاليات المهرجان الوطني للمسرح بمشاركة فرق من مختلف الجهات.\n';
const DATED = 'الرباط 3 مارس 2019 - انطلقت فعاليات المهرجان الوطني للفيلم بمشاركة واسعة.\n';
// 2021-06-15T00:00:00Z
const EPOCH = '1623715200';

describe('today', () => {
  it('comes from SOURCE_DATE_EPOCH when set', () => {
    expect(today({ SOURCE_DATE_EPOCH: EPOCH })).toBe('2021-06-15');
    expect(() => today({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow('SOURCE_DATE_EPOCH');
  });
});

describe('recordAdded', () => {
  it('keeps the first day a seed was seen, sorted by name', () => {
    const seedsDir = path.join(makeSeeds({}), 'seeds');
    recordAdded(seedsDir, ['b.txt'], '2020-01-01');
    const { dates } = recordAdded(seedsDir, ['b.txt', 'a.txt'], '2020-02-02');
    expect(dates.get('b.txt')).toBe('2020-01-01');
    expect(readFileSync(path.join(seedsDir, ADDED_FILE), 'utf8')).toBe(
      serializeAdded(new Map([['a.txt', '2020-02-02'], ['b.txt', '2020-01-01']])),
    );
    expect(readFileSync(path.join(seedsDir, ADDED_FILE), 'utf8')).toMatch(/^\{\n {2}"a\.txt"/);
  });

  it('says so when the catalogue cannot be written, and still gives dates', () => {
    const seedsDir = path.join(makeSeeds({}), 'seeds');
    const refuse = () => {
      throw Object.assign(new Error('read-only'), { code: 'EROFS' });
    };
    const { dates, warning } = recordAdded(seedsDir, ['a.txt'], '2020-01-01', refuse);
    expect(dates.get('a.txt')).toBe('2020-01-01');
    expect(warning).toContain(`cannot write ${ADDED_FILE} in the seeds folder (EROFS)`);
  });

  it('leaves a damaged catalogue alone and says so', () => {
    const seedsDir = path.join(makeSeeds({}), 'seeds');
    writeFileSync(path.join(seedsDir, ADDED_FILE), '{ not json');
    const { warning } = recordAdded(seedsDir, ['a.txt'], '2020-01-01');
    expect(warning).toContain('not valid JSON');
    expect(readFileSync(path.join(seedsDir, ADDED_FILE), 'utf8')).toBe('{ not json');
  });
});

describe('added dates in a build', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('dates undated articles by the day they were added, and keeps it on rebuild', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', EPOCH);
    const root = makeSeeds({ 'undated.txt': UNDATED, 'dated.txt': DATED }, true);
    const first = await buildFixture(root);
    expect(first.report.rejected).toBe(0);
    expect(first.report.entries.map((e) => e.status)).toEqual(['ok', 'ok', 'ok']);
    const catalogue = JSON.parse(readFileSync(path.join(root, 'seeds', ADDED_FILE), 'utf8'));
    expect(catalogue).toEqual({ '000_68def380e0635f55.txt': '2021-06-15', 'dated.txt': '2021-06-15', 'undated.txt': '2021-06-15' });
    const id = first.report.entries.find((e) => e.file === 'undated.txt')!.id!;
    const page = first.read(`articles/${id}/index.html`);
    expect(page).toContain('أُضيف إلى الأرشيف في');
    expect(page).toContain('datetime="2021-06-15"');
    const datedId = first.report.entries.find((e) => e.file === 'dated.txt')!.id!;
    expect(first.read(`articles/${datedId}/index.html`)).toContain('نُشر في');

    vi.stubEnv('SOURCE_DATE_EPOCH', String(Number(EPOCH) + 86_400 * 30));
    const second = await buildFixture(root);
    expect(second.read(`articles/${id}/index.html`)).toBe(page);
    expect(second.read(`articles/${EXAMPLE_ID}/index.html`)).toContain('datetime="2021-06-15"');
  });

  it('warns and builds when the seeds folder is read-only', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', EPOCH);
    const root = makeSeeds({ 'undated.txt': UNDATED });
    const seedsDir = path.join(root, 'seeds');
    chmodSync(seedsDir, 0o555);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const built = await buildFixture(root);
      expect(built.report.published).toBe(1);
      expect(built.report.entries[0]!.warnings.join(' ')).toContain(`cannot write ${ADDED_FILE}`);
      expect(readdirSync(seedsDir)).toEqual(['undated.txt']);
    } finally {
      chmodSync(seedsDir, 0o755);
      warn.mockRestore();
    }
  });
});
