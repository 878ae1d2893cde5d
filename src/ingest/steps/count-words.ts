// Reading time for Arabic news: about 180 words a minute for an average adult reader.
import type { Step } from '../article.js';
import { wordCount } from './detect-headings.js';

export const WORDS_PER_MINUTE = 180;

export const countWords: Step = (draft) => {
  const words = draft.body.reduce((sum, block) => sum + wordCount(block.text), 0);
  return { ...draft, words, readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
};
