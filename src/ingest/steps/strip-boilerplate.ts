// Scraper leftovers at the end of a seed are not part of the article; each removal is recorded.
import type { Removed, Step } from '../article.js';

/** A rule: a name for the report and the pattern a whole line must match. */
export const TRAILING_LEFTOVERS: ReadonlyArray<[string, RegExp]> = [
  ['comment-counter', /^(?:تعليقات الزوار|التعليقات|تعليقات)\s*[(（]?\s*[0-9٠-٩]+\s*[)）]?$/u],
];

function leftoverRule(line: string): string | null {
  for (const [rule, pattern] of TRAILING_LEFTOVERS) if (pattern.test(line)) return rule;
  return null;
}

export const stripBoilerplate: Step = (draft) => {
  const lines = [...draft.lines];
  const removed: Removed[] = [];
  for (let rule = leftoverRule(lines.at(-1) ?? ''); rule && lines.length > 0; rule = leftoverRule(lines.at(-1) ?? '')) {
    removed.unshift({ rule, text: lines.pop()! });
  }
  return { ...draft, lines, removed: [...draft.removed, ...removed] };
};
