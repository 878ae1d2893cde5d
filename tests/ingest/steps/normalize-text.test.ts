import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../src/ingest/pipeline.js';
import { normalizeText, NORMALIZE_STEPS } from '../../../src/ingest/steps/normalize-text.js';

const draftOf = (text: string) => ({ ...emptyDraft('x.txt', new Uint8Array()), text });
const run = (text: string) => normalizeText(draftOf(text));

describe('normalizeText', () => {
  it('runs its steps in the documented order', () => {
    expect(NORMALIZE_STEPS.map(([name]) => name)).toEqual([
      'normalize-line-endings', 'fold-presentation-forms', 'compose-nfc', 'remove-invisible',
    ]);
  });

  it.each<[string, string, string, string[]]>([
    ['CRLF, CR, U+2028 and U+2029 as LF', 'أ\r\nب\rج\u2028د\u2029هـ', 'أ\nب\nج\nد\nهـ', []],
    ['tabs as spaces', 'قال\tالوزير', 'قال الوزير', []],
    ['the lam-alef ligature ﻻ as لا', 'ﻻ بديل', 'لا بديل', ['presentation-form']],
    ['isolated and final forms as base letters', 'ﺍﻟﺴﻼﻡ', 'السلام', ['presentation-form']],
    ['lam-alef with hamza ﻷ as لأ', 'ﻷن', 'لأن', ['presentation-form']],
    ['alef + combining hamza above as أ (NFC)', 'ا\u0654حمد', 'أحمد', []],
    ['bidi overrides and isolates removed', 'مرحبا\u202E بكم\u2066 هنا\u2069', 'مرحبا بكم هنا', ['bidi-control']],
    ['a BOM in mid-text and a zero-width space removed', 'نص\uFEFF\u200Bآخر', 'نصآخر', ['invisible-character']],
    ['tag characters (hidden text) removed', 'خبر\u{E0041}\u{E0042}', 'خبر', ['invisible-character']],
    ['C0 and C1 controls removed', 'خبر\u0007\u0085عاجل', 'خبرعاجل', ['control-character']],
    ['noncharacters removed', 'خبر\uFDD0\uFFFF\u{1FFFE}', 'خبر', ['noncharacter']],
  ])('%s', (_, input, text, rules) => {
    const draft = run(input);
    expect(draft.text).toBe(text);
    expect(draft.removed.map((r) => r.rule)).toEqual(rules);
  });

  it.each<[string, string]>([
    ['ZWNJ in Persian', 'می\u200Cخواهم'],
    ['ZWJ', 'ع\u200Dـ'],
    ['LRM and RLM beside Latin and numbers', 'شركة \u200EIBM\u200F في 2024'],
    ['ALM', 'العدد\u061C 5'],
    ['tatweel', 'الـــلـــه'],
    ['Arabic-Indic, Persian and Latin digits', '٢٠٢٤ ۱۴۰۳ 2024'],
    ['hamza forms, ة/ه, ى/ي', 'أإآءؤئ ة ه ى ي'],
    ['Persian ی and ک', 'یک'],
    ['Latin acronyms', 'NATO و UNESCO'],
  ])('keeps %s as it is', (_, input) => {
    const draft = run(input);
    expect(draft.text).toBe(input);
    expect(draft.removed).toEqual([]);
  });

  it('counts what it removes, by code point', () => {
    expect(run('أ\u202Eب\u202E\u2067ج').removed).toEqual([
      { rule: 'bidi-control', text: '3 character(s): U+202E ×2, U+2067 ×1' },
    ]);
  });
});
