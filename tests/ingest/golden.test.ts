// Golden tests: each folder in tests/fixtures/ingest holds a seed (`input.txt`) with one
// quirk and the Markdown it must become (`expected.md`). `UPDATE=1 npm test` rewrites them;
// review the diff before committing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/pipeline.js';
import { toMarkdown } from '../../src/ingest/serialize.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/ingest');
const UPDATE = process.env.UPDATE === '1';
const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe('ingest golden files', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s', (name) => {
    const input = readFileSync(path.join(FIXTURES, name, 'input.txt'));
    const markdown = toMarkdown(ingest('input.txt', input).article);
    const expectedFile = path.join(FIXTURES, name, 'expected.md');
    if (UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, markdown);
    expect(markdown).toBe(readFileSync(expectedFile, 'utf8'));
  });
});
