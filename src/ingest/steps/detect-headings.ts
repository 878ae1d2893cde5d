// Sources lose their subheading markup when scraped; what is left is a short line
// with no closing punctuation standing before a paragraph.
import type { Block, Step } from '../article.js';

export const HEADING_MAX_WORDS = 12;
export const HEADING_MAX_CHARS = 90;
const CLOSING_PUNCTUATION = /[.!?؟…:؛;,،"»”)\]]$/u;
// Subheadings are words; a short line of markup or code symbols is a paragraph.
const NOT_IN_HEADINGS = /[<>{}[\]*#|=_`~\\]/u;

export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function looksLikeHeading(line: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (CLOSING_PUNCTUATION.test(line) || NOT_IN_HEADINGS.test(line)) return false;
  const words = wordCount(line);
  if (words === 0 || words > HEADING_MAX_WORDS || line.length > HEADING_MAX_CHARS) return false;
  // A heading introduces a paragraph: a longer line that is a sentence, not another short line.
  return next.length > line.length && (CLOSING_PUNCTUATION.test(next) || wordCount(next) > HEADING_MAX_WORDS);
}

export const detectHeadings: Step = (draft) => {
  const body: Block[] = draft.lines.map((text, i) =>
    // The lead is never a heading: it is the article's first paragraph.
    i > 0 && looksLikeHeading(text, draft.lines[i + 1])
      ? { kind: 'heading', text }
      : { kind: 'paragraph', text },
  );
  return { ...draft, body };
};
