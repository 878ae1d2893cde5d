// `npm start`'s first look at new seeds: their pages and the listings showing them put into
// the served site at once, and the rebuild after it still giving the site a clean full
// build gives, file for file.
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, manifestFileOf } from '../../src/build/build.js';
import { addedOnly, PREVIEW_MAX_SEEDS, previewSeeds, seedStamps } from '../../src/build/preview.js';
import { readManifest } from '../../src/build/render-plan.js';
import { readBuildSettings } from '../../src/build/settings.js';
import { generatedArticle, treeHashes } from '../robust/tree.js';

const root = mkdtempSync(path.join(tmpdir(), 'arshif-preview-'));
const seedsDir = path.join(root, 'seeds');
const outDir = path.join(root, 'dist');
const workDir = path.join(root, 'work');
const args = { seedsDir, outDir, workDir };
const seedFile = (name: string) => path.join(seedsDir, name);

const DATES = ['2021-03-04', '2022-11-02', null, '2021-07-30', '2022-01-15', null];
const seedText = (i: number) => `${DATES[i % DATES.length] ? `date: ${DATES[i % DATES.length]}\n` : ''}${generatedArticle(i, 3, 30)}`;
const NEWEST = 'date: 2024-06-01\nأطلقت المكتبة العامة برنامجا للقراءة الصيفية يشارك فيه التلاميذ من كل المدارس.\nويستمر البرنامج ثمانية أسابيع تختتم بحفل لتوزيع الجوائز.\n';
const UNDATED = 'افتتحت البلدية حديقة جديدة للأطفال في الحي الشمالي بعد عام من الأشغال.\nوقال المسؤول إن الحديقة مفتوحة كل يوم من الصباح حتى المساء.\n';

const epoch = process.env.SOURCE_DATE_EPOCH;
beforeAll(async () => {
  process.env.SOURCE_DATE_EPOCH = '1700000000';
  mkdirSync(seedsDir);
  for (let i = 0; i < 8; i++) writeFileSync(seedFile(`${i}.txt`), seedText(i));
  await build(args);
});
afterAll(() => {
  if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = epoch;
  rmSync(root, { recursive: true, force: true });
});

describe('which changes are previewed', () => {
  const before = new Map([['a.txt', '10:1'], ['b.txt', '20:2']]);
  it('seeds added, and nothing else changed', () => {
    expect(addedOnly(before, new Map([...before, ['d.txt', '5:3'], ['c.txt', '5:3']]))).toEqual(['c.txt', 'd.txt']);
    expect(addedOnly(before, new Map(before))).toEqual([]);
  });
  it('none when a seed changed or went, or when a batch is being copied in', () => {
    expect(addedOnly(before, new Map([['a.txt', '11:1'], ['b.txt', '20:2'], ['c.txt', '5:3']]))).toEqual([]);
    expect(addedOnly(before, new Map([['a.txt', '10:1'], ['c.txt', '5:3']]))).toEqual([]);
    const many = new Map(before);
    for (let i = 0; i <= PREVIEW_MAX_SEEDS; i++) many.set(`n${i}.txt`, '1:1');
    expect(addedOnly(before, many)).toEqual([]);
  });
  it('reads seed files only', () => {
    const stamps = seedStamps(seedsDir);
    expect([...stamps.keys()].sort()).toEqual(Array.from({ length: 8 }, (_, i) => `${i}.txt`));
  });
  it('takes what the build would not read for no seed: links, folders, other files; a missing folder has none', () => {
    const dir = mkdtempSync(path.join(root, 'stamps-'));
    writeFileSync(path.join(dir, 'seed.txt'), NEWEST);
    symlinkSync(path.join(dir, 'seed.txt'), path.join(dir, 'link.txt'));
    mkdirSync(path.join(dir, 'folder.txt'));
    writeFileSync(path.join(dir, 'notes.md'), 'x');
    writeFileSync(path.join(dir, 'added.json'), '{}');
    expect([...seedStamps(dir).keys()]).toEqual(['seed.txt']);
    expect(seedStamps(path.join(root, 'missing'))).toEqual(new Map());
  });
});

describe('preview of new seeds', () => {
  it('writes their pages and the listings showing them into the site, then the rebuild equals a full build', async () => {
    const before = seedStamps(seedsDir);
    const site = treeHashes(outDir);
    writeFileSync(seedFile('newest.txt'), NEWEST);
    writeFileSync(seedFile('undated.txt'), UNDATED);
    writeFileSync(seedFile('empty.txt'), '\n');
    const added = addedOnly(before, seedStamps(seedsDir));
    expect(added).toEqual(['empty.txt', 'newest.txt', 'undated.txt']);

    const urls = await previewSeeds(args, added, readBuildSettings());
    const articles = urls.filter((url) => url.startsWith('/articles/'));
    // The empty seed is refused: the rebuild reports it.
    expect(articles).toHaveLength(2);
    expect(urls).toContain('/');
    expect(urls).toContain('/archive/2024/06/');
    const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    for (const url of articles) {
      const page = readFileSync(path.join(outDir, url, 'index.html'), 'utf8');
      expect(page).toMatch(/المكتبة العامة|الحي الشمالي/);
      expect(page).toContain('dir="rtl"');
      expect(home).toContain(`href="${url}"`);
    }
    // Nothing else in the site changed, and no file was left beside the pages written.
    const now = treeHashes(outDir);
    const changed = Object.keys(now).filter((file) => now[file] !== site[file]).sort();
    expect(changed).toEqual(urls.map((url) => `${url.slice(1)}index.html`).sort());
    // The rebuild does not take them for pages of the site it made.
    const manifest = readManifest(manifestFileOf(workDir))!;
    for (const url of urls) expect(manifest.pages[url]).toBeUndefined();

    await build(args);
    const other = mkdtempSync(path.join(tmpdir(), 'arshif-preview-full-'));
    try {
      cpSync(seedsDir, path.join(other, 'seeds'), { recursive: true });
      await build({ seedsDir: path.join(other, 'seeds'), outDir: path.join(other, 'dist'), workDir: path.join(other, 'work') });
      expect(treeHashes(outDir)).toEqual(treeHashes(path.join(other, 'dist')));
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('shows nothing for a seed already in the archive, or before any site is built', async () => {
    unlinkSync(seedFile('empty.txt'));
    appendFileSync(seedFile('copy.txt'), readFileSync(seedFile('newest.txt')));
    // Same text as a published seed under another name: the same id, so nothing new to show.
    expect(await previewSeeds(args, ['copy.txt'], readBuildSettings())).toEqual([]);
    expect(await previewSeeds(args, ['0.txt'], readBuildSettings())).toEqual([]);
    const fresh = { ...args, workDir: path.join(root, 'no-work') };
    expect(await previewSeeds(fresh, ['newest.txt'], readBuildSettings())).toEqual([]);
  });
});
