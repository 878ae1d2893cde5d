// The excerpt shown in listings and meta descriptions: the lead's first sentence or two,
// without the dateline (an earlier step took it out), cut at a word boundary.
import type { Step } from '../article.js';
import { cutAtWord, LEAD_MIN_WORDS } from './derive-title.js';

export const EXCERPT_MAX_CHARS = 200;
// A sentence ends on . ! ? ؟ or … before a space or the end; "3.5" and the "S." of "U.S." do not end one.
const SENTENCE_END = /(?<![A-Z])[.!?؟…]+(?=\s|$)/gu;
const TRAILING_PUNCTUATION = /[\s،,؛;:\-–—(«"“]+$/u;

export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter(Boolean);
}

export function excerptOf(lead: string, max = EXCERPT_MAX_CHARS): string {
  let excerpt = '';
  for (const sentence of sentencesOf(lead)) {
    const next = `${excerpt} ${sentence}`.trim();
    if (excerpt && next.length > max) break;
    excerpt = next;
  }
  if (excerpt.length <= max) return excerpt;
  return `${cutAtWord(excerpt, max - 1).replace(TRAILING_PUNCTUATION, '')}…`;
}

const wordsIn = (text: string) => text.split(/\s+/u).filter(Boolean).length;

export const deriveExcerpt: Step = (draft) => {
  if (draft.description) return draft;
  const paragraphs = draft.body.filter((block) => block.kind === 'paragraph').map((block) => block.text);
  // A caption or byline standing first is not the lead: the excerpt reads from the same paragraph as the headline.
  const lead = paragraphs.find((text) => wordsIn(text) >= LEAD_MIN_WORDS) ?? paragraphs[0] ?? '';
  return { ...draft, description: excerptOf(lead) };
};
