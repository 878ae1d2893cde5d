// The excerpt shown in listings and meta descriptions: the lead's first sentence or two.
import type { Step } from '../article.js';
import { cutAtWord } from './derive-title.js';

export const EXCERPT_MAX_CHARS = 200;
const SENTENCE = /[^.!?؟]+(?:[.!?؟]+(?=\s|$)|$)/gu;

export function excerptOf(lead: string, max = EXCERPT_MAX_CHARS): string {
  let excerpt = '';
  for (const sentence of lead.match(SENTENCE) ?? []) {
    const next = `${excerpt} ${sentence.trim()}`.trim();
    if (excerpt && next.length > max) break;
    excerpt = next;
  }
  if (excerpt.length <= max) return excerpt;
  return `${cutAtWord(excerpt, max - 1).replace(/[\s،,؛;:]+$/u, '')}…`;
}

export const deriveExcerpt: Step = (draft) => {
  if (draft.description) return draft;
  const lead = draft.body.find((block) => block.kind === 'paragraph')?.text ?? '';
  return { ...draft, description: excerptOf(lead) };
};
