// Shared by the normalising steps: every character they take out or replace is counted in
// the report, by code point, so nothing leaves a seed's text unrecorded.
import type { Removed } from '../article.js';

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** `U+202E ×2, U+2066 ×1` for the characters of `text` that match `pattern` (global). */
export function tally(text: string, pattern: RegExp): { count: number; detail: string } {
  const counts = new Map<string, number>();
  for (const match of text.match(pattern) ?? []) counts.set(codePoint(match), (counts.get(codePoint(match)) ?? 0) + 1);
  const detail = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, n]) => `${c} ×${n}`).join(', ');
  return { count: [...counts.values()].reduce((a, b) => a + b, 0), detail };
}

/** Appends a report entry for what `pattern` matches in `text`, when it matches anything. */
export function recordMatches(removed: Removed[], rule: string, text: string, pattern: RegExp): Removed[] {
  const { count, detail } = tally(text, pattern);
  return count === 0 ? removed : [...removed, { rule, text: `${count} character(s): ${detail}` }];
}
