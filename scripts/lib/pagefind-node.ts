// Runs a built site's own pagefind.js in Node, as the browser would, reading the files it
// fetches from disk and counting their bytes. Each call gives a fresh instance (cold cache).
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Pagefind } from '../../src/search/engine.js';

export interface LoadedPagefind {
  pagefind: Pagefind & { init(): Promise<void> };
  /** Bytes fetched by this instance so far. */
  bytes(): number;
}

const hosts = new Map<string, { root: string; bytes: number }>();
let instances = 0;
const COPIES = path.join(tmpdir(), `arshif-pagefind-${process.pid}`);
const realFetch = globalThis.fetch;

// One fetch for every instance: the host of the URL names the instance and its folder.
globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const host = hosts.get(url.host);
  if (!host) return realFetch(input, init);
  const body = await readFile(path.join(host.root, decodeURIComponent(url.pathname)));
  host.bytes += body.length;
  return new Response(body);
};

/** `bundleDir` is a folder holding pagefind.js and its index, e.g. `dist/pagefind`. */
export async function loadPagefind(bundleDir: string): Promise<LoadedPagefind> {
  const host = `instance-${++instances}.invalid`;
  const entry = { root: path.dirname(bundleDir), bytes: 0 };
  hosts.set(host, entry);
  // A copy of the module per instance, so no two share Pagefind's loaded chunks (the
  // module loader caches by file, query strings aside).
  const copy = path.join(COPIES, String(instances), 'pagefind.js');
  mkdirSync(path.dirname(copy), { recursive: true });
  copyFileSync(path.join(bundleDir, 'pagefind.js'), copy);
  const pagefind = await import(pathToFileURL(copy).href);
  await pagefind.options({ basePath: `http://${host}/${path.basename(bundleDir)}/`, baseUrl: '/' });
  await pagefind.init();
  return { pagefind, bytes: () => entry.bytes };
}

/** Removes the module copies the instances were loaded from. */
export function removePagefindCopies(): void {
  rmSync(COPIES, { recursive: true, force: true });
}
