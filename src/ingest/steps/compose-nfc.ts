// Canonical composition (NFC), so a letter with hamza or a vowel sign is one code point
// whichever way the source typed it, and equal words compare equal.
import type { Step } from '../article.js';

export const composeNfc: Step = (draft) => ({ ...draft, text: draft.text.normalize('NFC') });
