// A result's excerpt with the query's words marked, found by the same keys as the search,
// so الوزير is marked when the reader typed وزير. Pagefind's own excerpt marks only its stems.
import { KEYS_MARK, keysOf, queryTerms } from './variants.js';

export interface Segment {
  text: string;
  mark: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const ELLIPSIS = '…';
/** Words shown before the first marked word, for context. */
const LEAD_WORDS = 6;

/** What may follow the title where Pagefind joined it to the body. */
const AFTER_TITLE = /^[\s.]+/;

/**
 * The article's own text: what Pagefind stored, less the hidden run of search keys and
 * less the title it starts with, which the result shows already.
 */
export function visibleText(content: string, title = ''): string {
  const end = content.lastIndexOf(KEYS_MARK);
  let text = (end >= 0 ? content.slice(0, end) : content).trim();
  if (title && text.startsWith(title)) text = text.slice(title.length).replace(AFTER_TITLE, '');
  return text;
}

/** About `length` words of `content` around the densest run of query words. */
export function excerpt(content: string, query: string, { length = 30, title = '' } = {}): Segment[] {
  const text = visibleText(content, title);
  const wanted = new Set(queryTerms(query).flatMap((t) => t.keys));
  const words = [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    hit: keysOf(m[0]).some((k) => wanted.has(k)),
  }));
  if (words.length === 0) return [];
  // The window of `length` words holding the most marked words, its start pulled back for context.
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.hit) count++;
    if (i >= length && words[i - length]!.hit) count--;
    const start = Math.max(0, i - length + 1);
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  const firstHit = words.findIndex((w, i) => i >= best && w.hit);
  const from = firstHit >= 0 ? Math.max(0, Math.min(best, firstHit - LEAD_WORDS)) : 0;
  const to = Math.min(words.length, from + length);
  const segments: Segment[] = [];
  const push = (s: string, mark: boolean) => {
    if (s) segments.push({ text: s, mark });
  };
  if (from > 0) push(ELLIPSIS + ' ', false);
  let cursor = words[from]!.start;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (!w.hit) continue;
    push(text.slice(cursor, w.start), false);
    push(text.slice(w.start, w.end), true);
    cursor = w.end;
  }
  push(text.slice(cursor, to < words.length ? words[to - 1]!.end : text.length), false);
  if (to < words.length) push(' ' + ELLIPSIS, false);
  return segments;
}
