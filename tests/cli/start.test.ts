// `npm start` as its user meets it: the site served, a seed dropped into the folder, the new
// article answering at its address (first from the preview), then the incremental rebuild,
// search included.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedId } from '../../src/ingest/pipeline.js';
import { PROJECT_ROOT } from '../../src/build/site.js';
import { freePort } from '../helpers/serve.js';

const root = mkdtempSync(path.join(tmpdir(), 'arshif-start-'));
const seedsDir = path.join(root, 'seeds');
let child: ChildProcess;
let output = '';
let origin: string;

const SEED = 'date: 2022-04-05\nافتتحت البلدية حديقة جديدة للأطفال في الحي الشمالي بعد عام من الأشغال.\nوقال المسؤول إن الحديقة مفتوحة كل يوم من الصباح حتى المساء.\n';
const NEW_SEED = 'date: 2023-01-09\nأطلقت المكتبة العامة برنامجا للقراءة الصيفية يشارك فيه التلاميذ من كل المدارس.\nويستمر البرنامج ثمانية أسابيع تختتم بحفل لتوزيع الجوائز.\n';

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 60_000): Promise<T> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}; output:\n${output}`);
}

const status = async (url: string) => (await fetch(`${origin}${url}`)).status;

beforeAll(async () => {
  mkdirSync(seedsDir);
  writeFileSync(path.join(seedsDir, 'park.txt'), SEED);
  const port = await freePort();
  origin = `http://localhost:${port}`;
  child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts', '--seeds', seedsDir, '--out', path.join(root, 'dist'), '--work', path.join(root, 'work')], {
    cwd: PROJECT_ROOT, env: { ...process.env, PORT: String(port), NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await until('the server', async () => ((await status('/')) === 200 ? true : null));
}, 90_000);

afterAll(() => {
  child?.kill('SIGTERM');
  rmSync(root, { recursive: true, force: true });
});

describe('npm start', () => {
  it('serves the built site', async () => {
    expect(await status('/')).toBe(200);
    expect(await status(`/articles/${seedId('park.txt', createHash('sha256').update(SEED).digest('hex'))}/`)).toBe(200);
  });

  it('shows a seed dropped into the folder, with its year in the search index', async () => {
    const id = seedId('library.txt', createHash('sha256').update(NEW_SEED).digest('hex'));
    expect(await status(`/articles/${id}/`)).toBe(404);
    writeFileSync(path.join(seedsDir, 'library.txt'), NEW_SEED);
    // First its page alone (the preview), then the rebuild with its year's search index.
    await until('the new article', async () => ((await status(`/articles/${id}/`)) === 200 ? true : null));
    expect(await (await fetch(`${origin}/`)).text()).toContain(`/articles/${id}/`);
    await until('the search index', async () => ((await status('/pagefind/2023/pagefind-entry.json')) === 200 ? true : null));
    expect(output).toMatch(/1 new seed\(s\) shown in [\d.]+ s \(3 pages\); the full rebuild follows/);
    await until('the rebuild', async () => (output.match(/built in/g)!.length >= 2 ? true : null));
    expect(await (await fetch(`${origin}/`)).text()).toContain(`/articles/${id}/`);
  }, 90_000);
});
