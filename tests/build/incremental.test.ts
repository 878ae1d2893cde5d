// A rebuild after adding, changing or removing one seed reuses what did not change, yet
// gives the very same site, file for file, as a clean full build of the same seeds.
import { cpSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.js';
import type { Report } from '../../src/build/report.js';
import { generatedArticle, treeHashes } from '../robust/tree.js';

// Dates spread over two years and some undated, so listings, archive months and feeds all move.
const DATES = ['2021-03-04', '2021-03-19', '2022-11-02', null, '2021-07-30', null, '2022-01-15', '2022-11-20'];

function seedText(i: number): string {
  const date = DATES[i % DATES.length];
  return `${date ? `date: ${date}\n` : ''}${generatedArticle(i, 3, 30)}`;
}

const root = mkdtempSync(path.join(tmpdir(), 'arshif-incremental-'));
const seedsDir = path.join(root, 'seeds');
const outDir = path.join(root, 'dist');
const workDir = path.join(root, 'work');
const seedFile = (i: number) => path.join(seedsDir, `${String(i).padStart(3, '0')}.txt`);

const incremental = () => build({ seedsDir, outDir, workDir });

/** A clean full build of a copy of the same seeds (added dates included) in another folder. */
async function cleanBuild(): Promise<{ report: Report; hashes: Record<string, string> }> {
  const other = mkdtempSync(path.join(tmpdir(), 'arshif-full-'));
  cpSync(seedsDir, path.join(other, 'seeds'), { recursive: true });
  const report = await build({ seedsDir: path.join(other, 'seeds'), outDir: path.join(other, 'dist'), workDir: path.join(other, 'work') });
  expect(report.reusedPages).toBe(0);
  const hashes = treeHashes(path.join(other, 'dist'));
  rmSync(other, { recursive: true, force: true });
  return { report, hashes };
}

describe('incremental rebuild', () => {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  beforeAll(async () => {
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    mkdirSync(seedsDir);
    for (let i = 0; i < 12; i++) writeFileSync(seedFile(i), seedText(i));
    const first = await incremental();
    expect(first.reusedPages).toBe(0);
  });
  afterAll(() => {
    if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = epoch;
    rmSync(root, { recursive: true, force: true });
  });

  async function expectSameAsFullBuild(): Promise<Report> {
    const report = await incremental();
    const full = await cleanBuild();
    expect(report.published).toBe(full.report.published);
    expect(treeHashes(outDir)).toEqual(full.hashes);
    return report;
  }

  it('with nothing changed, reuses every paginated page and changes no file', async () => {
    const before = treeHashes(outDir);
    const report = await expectSameAsFullBuild();
    expect(report.reusedPages).toBeGreaterThan(report.published);
    expect(report.searchUnits).toEqual({ indexed: 0, reused: 3 });
    expect(treeHashes(outDir)).toEqual(before);
  });

  it('after adding one seed: every listing, feed and the sitemap updated', async () => {
    writeFileSync(seedFile(12), seedText(12));
    const report = await expectSameAsFullBuild();
    expect(report.published).toBe(13);
    // The new article and the pages listing it are rendered; most article pages are reused.
    expect(report.reusedPages).toBeGreaterThan(0);
    expect(report.reusedPages).toBeLessThan(report.pages);
    // Its year's search index is written again; in so small an archive one more article also
    // reorders other articles' topics, so other years may follow (units 2021, 2022, 2023).
    expect(report.searchUnits.indexed).toBeGreaterThanOrEqual(1);
  });

  it('after changing one seed', async () => {
    appendFileSync(seedFile(3), 'فقرة أضيفت إلى المقال بعد نشره لتصحيح معلومة وردت فيه.\n');
    const report = await expectSameAsFullBuild();
    expect(report.reusedPages).toBeGreaterThan(0);
  });

  it('after changing the date of one seed, which moves it between archive months', async () => {
    writeFileSync(seedFile(0), `date: 2020-05-05\n${generatedArticle(0, 3, 30)}`);
    const report = await expectSameAsFullBuild();
    // Same text: only the year it left and the year it joined are indexed again.
    expect(report.searchUnits).toEqual({ indexed: 2, reused: 2 });
  });

  it('after removing one seed', async () => {
    unlinkSync(seedFile(5));
    const report = await expectSameAsFullBuild();
    expect(report.published).toBe(12);
  });

  // The site in place was rendered in one run, in this process.
  it.each([
    ['in this process', '1'],
    ['in two processes side by side', '2'],
  ])('renders a site in parts of a few pages, one Eleventy run each, %s, to the same files', async (_, processes) => {
    process.env.ARSHIF_RENDER_PART_PAGES = '7';
    process.env.ARSHIF_RENDER_PROCESSES = processes;
    try {
      const whole = treeHashes(outDir);
      rmSync(outDir, { recursive: true, force: true });
      const report = await incremental();
      expect(report.reusedPages).toBe(0);
      expect(treeHashes(outDir)).toEqual(whole);
    } finally {
      delete process.env.ARSHIF_RENDER_PART_PAGES;
      delete process.env.ARSHIF_RENDER_PROCESSES;
    }
  });

  it('ingests in a process of its own to the same content, report and site', async () => {
    const site = treeHashes(outDir);
    const content = treeHashes(path.join(workDir, 'content'));
    const before = await incremental();
    rmSync(workDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    process.env.ARSHIF_INGEST_PROCESS = '1';
    try {
      const report = await incremental();
      expect(report.entries).toEqual(before.entries);
      expect(report.published).toBe(before.published);
    } finally {
      delete process.env.ARSHIF_INGEST_PROCESS;
    }
    expect(treeHashes(outDir)).toEqual(site);
    expect(treeHashes(path.join(workDir, 'content'))).toEqual(content);
  });

  it('after the previous site was deleted, renders it whole again', async () => {
    rmSync(outDir, { recursive: true, force: true });
    const report = await expectSameAsFullBuild();
    expect(report.reusedPages).toBe(0);
  });
});
