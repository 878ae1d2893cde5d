// The search index holds page text as typed, seed payloads included; the search page must
// never hand it to the HTML parser.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SEARCH_SOURCES = path.resolve(import.meta.dirname, '../../src/search');
const HTML_SINKS = /\.(?:innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/;

describe('the search page script', () => {
  const files = readdirSync(SEARCH_SOURCES).filter((f) => f.endsWith('.ts'));

  it('has sources', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s inserts results as text, never as HTML', (file) => {
    expect(readFileSync(path.join(SEARCH_SOURCES, file), 'utf8')).not.toMatch(HTML_SINKS);
  });
});
