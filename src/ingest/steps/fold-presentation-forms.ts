// Arabic presentation forms (isolated, initial, final glyphs and ligatures such as ﻻ) come
// from PDF copies and old software: they look right but search and comparison miss them.
// Only these characters get NFKC, which maps each to its base letters; NFKC on the whole
// text would also rewrite digits, fractions and compatibility characters the seed meant.
import type { Step } from '../article.js';
import { recordMatches } from './count-removed.js';

// Presentation Forms-A and -B, less their noncharacters and the BOM, which NFKC leaves
// alone and the invisible-character step counts and removes.
export const PRESENTATION_FORM = /[\uFB50-\uFDCF\uFDF0-\uFDFF\uFE70-\uFEFE]/g;

export const foldPresentationForms: Step = (draft) => ({
  ...draft,
  text: draft.text.replace(PRESENTATION_FORM, (c) => c.normalize('NFKC')),
  removed: recordMatches(draft.removed, 'presentation-form', draft.text, PRESENTATION_FORM),
});
