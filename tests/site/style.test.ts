// The stylesheet: logical properties only, and only the font files the site ships.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(path.resolve(import.meta.dirname, '../../templates/assets/style.css'), 'utf8');
const WITHOUT_COMMENTS = CSS.replace(/\/\*[\s\S]*?\*\//g, '');

// Physical properties and values that break a right-to-left layout.
const PHYSICAL = [
  /(?:^|[\s;{])(?:margin|padding|border|inset)-(?:left|right|top|bottom)\b/,
  /(?:^|[\s;{])(?:left|right|top|bottom)\s*:/,
  /(?:^|[\s;{])(?:float|clear|text-align)\s*:\s*(?:left|right)\b/,
  /(?:^|[\s;{])(?:min-|max-)?(?:width|height)\s*:/,
];

describe('style.css', () => {
  it.each(PHYSICAL.map((p) => [p.source, p]))('has no physical property matching %s', (_s, pattern) => {
    const offending = WITHOUT_COMMENTS.split('\n').filter((line) => pattern.test(line));
    expect(offending).toEqual([]);
  });

  it('declares only the Arabic 400 and 700 faces, swapping in when loaded', () => {
    const faces = [...WITHOUT_COMMENTS.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!);
    expect(faces).toHaveLength(2);
    for (const face of faces) expect(face).toContain('font-display: swap');
    const files = faces.map((f) => /url\("([^"]+)"\)/.exec(f)?.[1]);
    expect(files).toEqual([
      'fonts/noto-naskh-arabic-arabic-400-normal.woff2',
      'fonts/noto-naskh-arabic-arabic-700-normal.woff2',
    ]);
  });
});
