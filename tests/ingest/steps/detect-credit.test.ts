import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../src/ingest/pipeline.js';
import { creditRule, creditText, detectCredit } from '../../../src/ingest/steps/detect-credit.js';

const draftOf = (lines: string[]) => ({ ...emptyDraft('t.txt', new Uint8Array()), lines });

describe('creditRule', () => {
  it.each([
    ['فرانس24/ أ ف ب', 'agency-credit', 'فرانس24/ أ ف ب'],
    ['(الأناضول)', 'agency-credit', 'الأناضول'],
    ['-وات-', 'agency-credit', 'وات'],
    ['رويترز + وكالات', 'agency-credit', 'رويترز + وكالات'],
    ['AFP', 'agency-credit', 'AFP'],
    ['المصدر: صحيفة النهار', 'source-credit', 'المصدر: صحيفة النهار'],
    ['مصدر الخبر : موقع البلدية', 'source-credit', 'مصدر الخبر : موقع البلدية'],
    ['*نقلاً عن صحيفة الضحى', 'reprint-credit', 'نقلاً عن صحيفة الضحى'],
    ['* نقلا عن مجلة الأفق', 'reprint-credit', 'نقلا عن مجلة الأفق'],
    ['Photos are copyright.', 'photo-credit', 'Photos are copyright'],
    ['الصور: سامي الأحمد', 'photo-credit', 'الصور: سامي الأحمد'],
    ['**حقوق النشر محفوظة لمجلة الأفق', 'copyright', 'حقوق النشر محفوظة لمجلة الأفق'],
  ])('%s', (line, rule, text) => {
    expect(creditRule(line)).toBe(rule);
    expect(creditText(line)).toBe(text);
  });

  it.each([
    // A sentence that names an agency is text, not a credit line.
    'وقالت وكالة رويترز إن الاجتماع تأجل إلى الأسبوع المقبل.',
    'نقلت الصحيفة عن مصدر مطلع أن الاتفاق وشيك.',
    'المصدر الرئيسي للدخل هو السياحة',
  ])('%s is not a credit', (line) => {
    expect(creditRule(line)).toBeNull();
  });
});

describe('detectCredit', () => {
  it('takes an agency tag off the last paragraph', () => {
    const draft = detectCredit(draftOf(['افتتح الجسر الجديد.', 'وحضر الافتتاح مئات السكان. (أ ف ب)']));
    expect(draft.lines.at(-1)).toBe('وحضر الافتتاح مئات السكان.');
    expect(draft.credit).toBe('أ ف ب');
    expect(draft.removed).toEqual([{ rule: 'agency-tag', text: '(أ ف ب)' }]);
  });

  it('leaves brackets that are part of the sentence', () => {
    const lines = ['افتتح الجسر الجديد.', 'وبلغت الكلفة مليون دينار (نحو ثلاثة ملايين دولار).'];
    expect(detectCredit(draftOf(lines)).lines).toEqual(lines);
  });
});
