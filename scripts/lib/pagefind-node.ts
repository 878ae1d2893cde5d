// Runs a built site's own pagefind.js in Node, as the browser would, reading the files it
// fetches from disk and counting their bytes. Each call gives a fresh instance (cold cache).
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
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

/**
 * `bundleDir` is a folder holding pagefind.js and its index, or (like a site's `dist/pagefind`)
 * a folder of such bundles, the units of a split index: the first is loaded and the others
 * merged into it, as the search page does.
 */
export async function loadPagefind(bundleDir: string): Promise<LoadedPagefind> {
  const units = existsSync(path.join(bundleDir, 'pagefind.js')) ? [''] : readdirSync(bundleDir).sort().map((unit) => `${unit}/`);
  const host = `instance-${++instances}.invalid`;
  const entry = { root: path.dirname(bundleDir), bytes: 0 };
  hosts.set(host, entry);
  // A copy of the module per instance, so no two share Pagefind's loaded chunks (the
  // module loader caches by file, query strings aside).
  const copy = path.join(COPIES, String(instances), 'pagefind.js');
  mkdirSync(path.dirname(copy), { recursive: true });
  copyFileSync(path.join(bundleDir, units[0]!, 'pagefind.js'), copy);
  const pagefind = await import(pathToFileURL(copy).href);
  const base = `http://${host}/${path.basename(bundleDir)}/`;
  await pagefind.options({ basePath: `${base}${units[0]}`, baseUrl: '/' });
  await pagefind.init();
  await Promise.all(units.slice(1).map((unit) => pagefind.mergeIndex(`${base}${unit}`, { baseUrl: '/' })));
  return { pagefind, bytes: () => entry.bytes };
}

/** Removes the module copies the instances were loaded from. */
export function removePagefindCopies(): void {
  rmSync(COPIES, { recursive: true, force: true });
}
