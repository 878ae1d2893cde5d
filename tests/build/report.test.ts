import { describe, expect, it } from 'vitest';
import { errorLine, escapeControls, type ReportEntry } from '../../src/build/report.js';

const base: ReportEntry = {
  file: 'x.txt', id: null, status: 'error', code: 'empty', reason: 'the file is empty', url: null,
  title: null, lang: null, date: null, place: null, credit: null, removed: [], warnings: [],
};

describe('report lines', () => {
  it('names the file, the code and the reason', () => {
    expect(errorLine(base)).toBe('x.txt: error empty: the file is empty');
  });

  it.each([
    ['newline', 'a\nb.txt', 'a\\u{a}b.txt'],
    ['escape sequence', 'a\u001b[2Jb.txt', 'a\\u{1b}[2Jb.txt'],
    ['bidi override', 'a\u202Etxt.exe', 'a\\u{202e}txt.exe'],
    ['Arabic name kept', 'مقال.txt', 'مقال.txt'],
  ])('escapes control characters in names: %s', (_case, name, expected) => {
    expect(escapeControls(name)).toBe(expected);
  });
});
