import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from './serve.js';

let served: Served;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'arshif-serve-'));
  const site = path.join(root, 'site');
  mkdirSync(path.join(site, 'articles', 'a'), { recursive: true });
  writeFileSync(path.join(site, 'index.html'), 'home');
  writeFileSync(path.join(site, '404.html'), 'missing');
  writeFileSync(path.join(site, 'articles', 'a', 'index.html'), 'article');
  writeFileSync(path.join(root, 'secret.txt'), 'outside the site');
  served = await serve(site);
});

afterAll(() => served.close());

describe('serve', () => {
  it.each([
    ['/', 200, 'home', 'text/html; charset=utf-8'],
    ['/articles/a/', 200, 'article', 'text/html; charset=utf-8'],
    ['/articles/a', 200, 'article', 'text/html; charset=utf-8'],
    ['/nothing/', 404, 'missing', 'text/html; charset=utf-8'],
    ['/%E0%A4%A', 404, 'missing', 'text/html; charset=utf-8'],
    ['/../secret.txt', 404, 'missing', 'text/html; charset=utf-8'],
    ['/%2e%2e/secret.txt', 404, 'missing', 'text/html; charset=utf-8'],
  ])('%s answers %i', async (urlPath, status, body, type) => {
    const response = await fetch(served.origin + urlPath);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe(type);
    expect(await response.text()).toBe(body);
  });

  it('listens on the loopback address only', () => {
    expect(served.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
