// Markdown-like text that makes naive parsers backtrack: thousands of emphasis markers,
// unclosed brackets, nested quotes and list markers. Shared by the test and the timing script.

/** Lines of `n` repeated markers each, one line per kind of construct. */
export function pathologicalLines(n: number): string[] {
  return [
    '*'.repeat(n),
    '*a '.repeat(n),
    '_'.repeat(n),
    '['.repeat(n),
    '[a]('.repeat(n),
    '>'.repeat(n),
    '> '.repeat(n),
    '`'.repeat(n),
    '<'.repeat(n),
    '&#'.repeat(n),
    '- '.repeat(n),
    '![['.repeat(n),
    '\\'.repeat(n),
    '|'.repeat(n),
  ];
}
