// Text-level clean-up before any structure is read, in a fixed order (each step is one file):
// 1. line endings: CRLF, CR, U+2028/2029 to LF, tabs to spaces;
// 2. Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) to base letters, NFKC on those only;
// 3. NFC, after folding, since folded ligatures may need composing;
// 4. bidi controls, other invisible characters, controls and noncharacters removed.
// Everything folded or removed is counted in the report.
import type { Step } from '../article.js';
import { composeNfc } from './compose-nfc.js';
import { foldPresentationForms } from './fold-presentation-forms.js';
import { normalizeLineEndings } from './normalize-line-endings.js';
import { removeInvisible } from './remove-invisible.js';

export const NORMALIZE_STEPS: ReadonlyArray<[string, Step]> = [
  ['normalize-line-endings', normalizeLineEndings],
  ['fold-presentation-forms', foldPresentationForms],
  ['compose-nfc', composeNfc],
  ['remove-invisible', removeInvisible],
];

export const normalizeText: Step = (draft) => NORMALIZE_STEPS.reduce((d, [, step]) => step(d), draft);
