// Characters a reader cannot see but that change what is shown or compared: bidi
// embeddings, overrides and isolates (they can display text in another order than it is
// stored), other invisible format characters, control characters and noncharacters.
// Kept on purpose: ZWNJ and ZWJ (they shape Persian and Arabic words), LRM, RLM and ALM
// (they place punctuation beside Latin words and numbers), tatweel, and every digit.
import type { Step } from '../article.js';
import { recordMatches } from './count-removed.js';

export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/gu;
// Zero-width space, word joiner and invisible operators, deprecated format characters,
// zero-width no-break space (a BOM in mid-text), soft hyphen, Mongolian vowel separator,
// interlinear annotation marks and tag characters (used to hide text).
export const INVISIBLE_FORMAT = /[\u00AD\u180E\u200B\u2060-\u2064\u206A-\u206F\uFEFF\uFFF9-\uFFFB\u{E0000}-\u{E007F}]/gu;
// C0 and C1 controls except tab and line feed (line endings are normalised before this step).
export const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;
export const NONCHARACTER = /\p{Noncharacter_Code_Point}/gu;

const RULES: ReadonlyArray<[string, RegExp]> = [
  ['bidi-control', BIDI_CONTROL],
  ['invisible-character', INVISIBLE_FORMAT],
  ['control-character', CONTROL],
  ['noncharacter', NONCHARACTER],
];

export const removeInvisible: Step = (draft) => {
  let { text, removed } = draft;
  for (const [rule, pattern] of RULES) {
    removed = recordMatches(removed, rule, text, pattern);
    text = text.replace(pattern, '');
  }
  return { ...draft, text, removed };
};
