// One line ending: CRLF, CR and the Unicode line and paragraph separators all end a line;
// tabs are spaces. Done first, so every later step sees `\n` only.
import type { Step } from '../article.js';

const LINE_BREAKS = /\r\n|\r|\u2028|\u2029/g;
const TAB = /\t/g;

export const normalizeLineEndings: Step = (draft) => ({
  ...draft,
  text: draft.text.replace(LINE_BREAKS, '\n').replace(TAB, ' '),
});
