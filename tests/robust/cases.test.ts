// One case per kind of bad input, each with its own fixture folder under
// tests/fixtures/robust/<case>/: the build reads what it can, refuses the rest with a
// code and a reason, and reports everything.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { build, contentDirOf, exitCodeOf, ingestInto, reportFileOf } from '../../src/build/build.js';
import { errorLine, type Report, summary } from '../../src/build/report.js';
import { SITE_MARKER } from '../../src/build/folders.js';
import { ingestSeeds } from '../../src/build/ingest-seeds.js';
import type { Step } from '../../src/ingest/article.js';
import { STEPS } from '../../src/ingest/pipeline.js';
import { type BuildSettings, buildSettingsFrom } from '../../src/build/settings.js';
import { PROJECT_ROOT } from '../../src/build/site.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/robust');
const DEFAULTS = buildSettingsFrom({});

function fixture(name: string, file: string): string {
  return readFileSync(path.join(FIXTURES, name, file), 'utf8');
}

/** A temporary archive holding the case's `seeds/` folder (if any) plus generated seeds. */
function caseRoot(name: string, extra: Record<string, string | Uint8Array> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), `arshif-${name}-`));
  const seeds = path.join(root, 'seeds');
  const from = path.join(FIXTURES, name, 'seeds');
  if (existsSync(from)) cpSync(from, seeds, { recursive: true });
  else mkdirSync(seeds);
  for (const [file, content] of Object.entries(extra)) writeFileSync(path.join(seeds, file), content);
  return root;
}

function ingestCase(root: string, settings: BuildSettings = DEFAULTS, strict = false): Report {
  return ingestInto({ seedsDir: path.join(root, 'seeds'), workDir: path.join(root, 'work'), strict }, settings);
}

const statusOf = (report: Report) => Object.fromEntries(report.entries.map((e) => [e.file, [e.status, e.code]]));
const articleText = (root: string, id: string) =>
  readFileSync(path.join(contentDirOf(path.join(root, 'work')), 'articles', `${id}.md`), 'utf8');

describe.each(['windows-1256', 'ISO-8859-6'])('%s', (encoding) => {
  it('is converted, published and reported with a warning', () => {
    const source = fixture(encoding.toLowerCase(), 'source.txt');
    const root = caseRoot(encoding.toLowerCase(), { 'old.txt': iconv.encode(source, encoding) });
    const report = ingestCase(root);
    const [entry] = report.entries;
    expect(entry).toMatchObject({ file: 'old.txt', status: 'ok', warnings: [expect.stringContaining(encoding)] });
    expect(articleText(root, entry!.id!)).toContain(source.split('\n')[1]!);
    expect(summary(report)).toContain(`old.txt: warning: legacy-encoding: not UTF-8; read as ${encoding}`);
  });
});

describe('utf-16-bom', () => {
  it('reads UTF-16 with a byte-order mark in either byte order', () => {
    const source = fixture('utf-16-bom', 'source.txt');
    const root = caseRoot('utf-16-bom', {
      'le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(source, 'utf-16le')]),
      'be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(source, 'utf-16be')]),
    });
    const report = ingestCase(root);
    // Both read to the same text: the second is a duplicate of the first.
    expect(statusOf(report)).toEqual({ 'be.txt': ['ok', null], 'le.txt': ['duplicate', 'duplicate'] });
    expect(articleText(root, report.entries[0]!.id!)).toContain('٢٠٠ دار نشر');
  });
});

describe('binary', () => {
  it('refuses bytes that are not text, with a reason', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const report = ingestCase(caseRoot('binary', { 'photo.txt': png, 'story.txt': fixture('windows-1256', 'source.txt') }));
    expect(statusOf(report)).toEqual({ 'photo.txt': ['error', 'binary'], 'story.txt': ['ok', null] });
    expect(exitCodeOf(report)).toBe(2);
  });
});

describe('files', () => {
  it('reads regular .txt files in the seeds folder only; skips the rest with a reason; names never reach a shell', () => {
    const root = caseRoot('files');
    const outside = path.join(root, 'outside.txt');
    writeFileSync(outside, fixture('limits', 'source.txt'));
    symlinkSync(outside, path.join(root, 'seeds', 'link.txt'));
    writeFileSync(path.join(root, 'seeds', 'new\nline\u202E.txt'), fixture('empty', 'seeds/story.txt'));
    const report = ingestCase(root);
    expect(statusOf(report)).toEqual({
      '$(touch pwned); echo hi.txt': ['ok', null],
      '001_a1b2c3d4e5f60718.txt': ['ok', null],
      'SHOUTING.TXT': ['skipped', 'not-a-seed'],
      'archive.txt': ['skipped', 'not-a-seed'],
      'link.txt': ['skipped', 'not-a-seed'],
      'new\nline\u202E.txt': ['ok', null],
      'notes.md': ['skipped', 'not-a-seed'],
    });
    // added.json is a project file read elsewhere: not reported at all.
    expect(report.entries.map((e) => e.file)).not.toContain('added.json');
    expect(report.entries.find((e) => e.file === 'link.txt')!.reason).toMatch(/symbolic link/);
    expect(report.entries.find((e) => e.file === 'archive.txt')!.reason).toMatch(/folder/);
    expect(readdirSync(root).sort()).toEqual(['outside.txt', 'seeds', 'work']);
    expect(existsSync(path.join(process.cwd(), 'pwned'))).toBe(false);
    expect(report).toMatchObject({ seeds: 3, published: 3, rejected: 0, skipped: 4 });
    expect(exitCodeOf(report)).toBe(0);
  });
});

describe('empty', () => {
  it('refuses empty, blank and boilerplate-only seeds with a reason; the rest builds', () => {
    const report = ingestCase(caseRoot('empty'));
    expect(statusOf(report)).toEqual({
      'blank.txt': ['error', 'empty'],
      'comments-only.txt': ['error', 'no-text'],
      'empty.txt': ['error', 'empty'],
      'story.txt': ['ok', null],
    });
  });
});

describe('limits', () => {
  it('refuses a seed over any limit set in the site settings, never cutting it', () => {
    const source = fixture('limits', 'source.txt');
    const settings = buildSettingsFrom({ limits: { maxSeedBytes: 4_000, maxLineChars: 500, maxParagraphs: 8 } });
    const root = caseRoot('limits', {
      'fits.txt': source,
      'big.txt': source.repeat(20),
      'long-line.txt': `${source}${'كلمة '.repeat(120)}\n`,
      'many-paragraphs.txt': source.split('\n').map((line, i) => `${line} ${i}`).join('\n').repeat(5),
    });
    const report = ingestCase(root, settings);
    expect(statusOf(report)).toEqual({
      'big.txt': ['error', 'too-large'],
      'fits.txt': ['ok', null],
      'long-line.txt': ['error', 'line-too-long'],
      'many-paragraphs.txt': ['error', 'too-many-paragraphs'],
    });
    expect(report.entries.find((e) => e.file === 'big.txt')!.reason).toMatch(/over the limit of 4000/);
  });

  it('are read from templates/_data/site.json', () => {
    const site = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../templates/_data/site.json'), 'utf8'));
    expect(buildSettingsFrom(site).limits).toEqual(site.limits);
  });
});

describe('duplicates', () => {
  const source = fixture('duplicates', 'source.txt');
  // The same text as saved by other tools: BOM, CRLF, a presentation-form ligature, a bidi mark.
  const sameText = `\uFEFF${source.replace(/\n/g, '\r\n').replace('لا', 'ﻻ').replace('المدينة', 'المدينة\u202B')}`;
  // Re-scraped: a typo (الشتاء as الشتاا) and the site's footer added.
  const rescraped = `${source.replace('الشتاء', 'الشتاا')}تابعونا للمزيد\n`;

  it('publishes one article for the same text, naming the kept seed', () => {
    const report = ingestCase(caseRoot('duplicates', { 'a.txt': source, 'b.txt': sameText }));
    expect(statusOf(report)).toEqual({ 'a.txt': ['ok', null], 'b.txt': ['duplicate', 'duplicate'] });
    expect(report.entries[1]!.reason).toBe('same text as a.txt, which is published');
    expect(report).toMatchObject({ published: 1, duplicates: 1, rejected: 0 });
    expect(exitCodeOf(report)).toBe(0);
  });

  it('merges a near-duplicate (a typo, a footer) into the first by file name', () => {
    const report = ingestCase(caseRoot('duplicates', { 'a.txt': rescraped, 'b.txt': source }));
    expect(statusOf(report)).toEqual({ 'a.txt': ['ok', null], 'b.txt': ['duplicate', 'near-duplicate'] });
    expect(report.entries[1]!.reason).toMatch(/^9\d% the same as a\.txt, which is published in its place$/);
    expect(report.published).toBe(1);
  });

  it('refuses a second seed whose file name gives the same id but whose text differs', () => {
    const report = ingestCase(caseRoot('duplicates', {
      '001_00000000000000aa.txt': source,
      '002_00000000000000aa.txt': fixture('limits', 'source.txt'),
    }));
    expect(statusOf(report)).toEqual({ '001_00000000000000aa.txt': ['ok', null], '002_00000000000000aa.txt': ['error', 'duplicate-id'] });
    expect(report.entries[1]!.reason).toBe('its id 00000000000000aa is already used by 001_00000000000000aa.txt, which has other text');
  });

  it('only reports near-duplicates when merging is off', () => {
    const settings = buildSettingsFrom({ duplicates: { mergeNear: false } });
    const report = ingestCase(caseRoot('duplicates', { 'a.txt': source, 'b.txt': rescraped }), settings);
    expect(statusOf(report)).toEqual({ 'a.txt': ['ok', null], 'b.txt': ['ok', 'near-duplicate'] });
    expect(report.published).toBe(2);
    expect(summary(report)).toMatch(/^b\.txt: note near-duplicate: 9\d% the same as a\.txt; both are published$/m);
  });
});

describe('errors', () => {
  it('gives each rejected seed one line `file: error CODE: message`, control characters escaped', () => {
    const root = caseRoot('errors', { 'bad\u001b[31m\u202E.txt': '', 'nul.txt': Uint8Array.from([0x61, 0, 0x62]) });
    const report = ingestCase(root);
    const lines = report.entries.filter((e) => e.status === 'error').map(errorLine);
    expect(lines).toEqual([
      'bad\\u{1b}[31m\\u{202e}.txt: error empty: the file is empty',
      'nul.txt: error binary: the file holds NUL bytes: it is not text (UTF-16 needs a byte-order mark)',
    ]);
    expect(summary(report)).not.toMatch(/[\u001b\u202E]/);
  });

  it('exits 0 when all built, 2 when some were rejected, 1 when nothing was published', () => {
    expect(exitCodeOf(ingestCase(caseRoot('errors')))).toBe(0);
    expect(exitCodeOf(ingestCase(caseRoot('errors', { 'x.txt': '' })))).toBe(2);
    expect(exitCodeOf(ingestCase(caseRoot('empty', { 'story.txt': '\n' })))).toBe(1);
  });

  it('--strict: a warning or an error publishes nothing and leaves the previous site as it was', async () => {
    const root = caseRoot('errors');
    const args = { seedsDir: path.join(root, 'seeds'), outDir: path.join(root, 'dist'), workDir: path.join(root, 'work') };
    expect((await build({ ...args, strict: true })).published).toBe(1);
    const before = readFileSync(path.join(args.outDir, 'index.html'), 'utf8');
    writeFileSync(path.join(args.seedsDir, 'old.txt'), iconv.encode(fixture('windows-1256', 'source.txt'), 'windows-1256'));
    const lenient = ingestCase(root);
    expect(exitCodeOf(lenient)).toBe(0);
    const strict = await build({ ...args, strict: true });
    expect(strict).toMatchObject({ published: 0, strictFailed: true, pages: 0 });
    expect(exitCodeOf(strict)).toBe(1);
    expect(summary(strict)).toContain('strict: a seed failed or warned, so nothing was published');
    expect(summary(strict)).toMatch(/^old\.txt: error legacy-encoding: not UTF-8; read as windows-1256 .*--strict refuses it\)$/m);
    expect(readFileSync(path.join(args.outDir, 'index.html'), 'utf8')).toBe(before);
    expect(JSON.parse(readFileSync(reportFileOf(args.workDir), 'utf8')).strictFailed).toBe(true);
  });
});

describe('folders', () => {
  const at = (root: string, seeds: string, out: string, work: string) => ({
    seedsDir: path.join(root, seeds), outDir: path.join(root, out), workDir: path.join(root, work),
  });

  it.each<[string, string, string, string, RegExp]>([
    ['a missing seeds folder', 'nowhere', 'dist', 'work', /does not exist/],
    ['the seeds folder as output', 'seeds', 'seeds', 'work', /seeds folder must be apart/],
    ['an output folder holding the seeds', 'seeds', '.', 'work', /seeds folder must be apart/],
    ['the work folder as output', 'seeds', 'work', 'work', /work folder must be apart/],
    ['seeds inside the work folder\'s content', 'work/content', 'dist', 'work', /work folder and the seeds folder/],
    ['an output folder of unrelated files', 'seeds', 'documents', 'work', /may not be a site Arshif built/],
  ])('refuses %s before touching anything', async (_, seeds, out, work, message) => {
    const root = caseRoot('errors');
    cpSync(path.join(root, 'seeds'), path.join(root, 'work', 'content'), { recursive: true });
    mkdirSync(path.join(root, 'documents'));
    writeFileSync(path.join(root, 'documents', 'letter.txt'), 'رسالة');
    const before = readdirSync(root, { recursive: true }).sort();
    await expect(build(at(root, seeds, out, work))).rejects.toThrow(message);
    expect(readdirSync(root, { recursive: true }).sort()).toEqual(before);
  });

  // The project folder itself: its parent could hold this test's temporary folder too (a
  // checkout under the system's temporary folder), which another check refuses first.
  it('refuses an output folder that holds the project', async () => {
    const root = caseRoot('errors');
    await expect(build({ seedsDir: path.join(root, 'seeds'), outDir: PROJECT_ROOT, workDir: path.join(root, 'work') }))
      .rejects.toThrow(/must not hold the project/);
  });

  it('replaces a site it built before, marked as such', async () => {
    const root = caseRoot('errors');
    const args = at(root, 'seeds', 'dist', 'work');
    await build(args);
    expect(readdirSync(args.outDir)).toContain(SITE_MARKER);
    expect((await build(args)).published).toBe(1);
  });
});

describe('ingest-failed', () => {
  it('costs only the seed a faulty step fails on; the rest builds', () => {
    // A step that trips on one seed's text, as a runaway regex or a bug might.
    const faulty: Step = (draft) => {
      if (draft.source === 'x.txt') throw new RangeError('Maximum call stack size exceeded');
      return draft;
    };
    const root = caseRoot('errors', { 'x.txt': fixture('limits', 'source.txt') });
    const { entries } = ingestSeeds(path.join(root, 'seeds'), { steps: [...STEPS, ['faulty', faulty]] });
    expect(entries.map((e) => [e.file, e.status, e.code])).toEqual([['good.txt', 'ok', null], ['x.txt', 'error', 'ingest-failed']]);
    expect(entries[1]!.reason).toMatch(/Maximum call stack size exceeded/);
  });
});
