// One paragraph per line in a seed: blank lines carry nothing, runs of spaces are one space.
import type { Step } from '../article.js';

const SPACES = /[ \u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

export const splitLines: Step = (draft) => {
  const lines = draft.text
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').trim())
    .filter((line) => line.length > 0);
  return { ...draft, lines };
};
