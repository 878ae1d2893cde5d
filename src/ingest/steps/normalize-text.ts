// Text-level clean-up before any structure is read: one line ending, composed characters,
// no invisible controls that could reorder what the reader sees.
import type { Step } from '../article.js';

const LINE_BREAKS = /\r\n|\r|\u2028|\u2029/g;
// Bidi embeddings, overrides and isolates: they can make text display in another order than stored.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// C0/C1 controls except tab and newline, and noncharacters.
const OTHER_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uFDD0-\uFDEF]/g;
const BOM = /^\uFEFF/;

export const normalizeText: Step = (draft) => {
  let text = draft.text.replace(BOM, '').replace(LINE_BREAKS, '\n').normalize('NFC');
  const removed = [...draft.removed];
  const bidi = text.match(BIDI_CONTROLS)?.length ?? 0;
  if (bidi > 0) removed.push({ rule: 'bidi-control', text: `${bidi} character(s)` });
  const other = text.match(OTHER_CONTROLS)?.length ?? 0;
  if (other > 0) removed.push({ rule: 'control-character', text: `${other} character(s)` });
  text = text.replace(BIDI_CONTROLS, '').replace(OTHER_CONTROLS, '').replace(/\t/g, ' ');
  return { ...draft, text, removed };
};
