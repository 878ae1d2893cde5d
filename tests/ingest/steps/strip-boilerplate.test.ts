import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../src/ingest/pipeline.js';
import { stripBoilerplate } from '../../../src/ingest/steps/strip-boilerplate.js';

const BODY = ['افتتحت البلدية مكتبة عامة في الحي القديم.', 'وتضم المكتبة ثلاثة آلاف كتاب.'];
const strip = (lines: string[]) => stripBoilerplate({ ...emptyDraft('t.txt', new Uint8Array()), lines });

describe('stripBoilerplate', () => {
  it.each([
    // trailing line, rule
    ['تعليقات الزوار ( 3 )', 'comment-counter'],
    ['التعليقات (٠)', 'comment-counter'],
    ['737000 - Zain', 'sms-subscription'],
    ['موبايلي 635000', 'sms-subscription'],
    ['تبدأ بالرمز (12) ثم مسافة ثم نص الرسالة إلى', 'sms-subscription'],
    ['للتواصل مع الكاتب ارسل رسالة SMS', 'sms-subscription'],
    ['16:02 ت م', 'timestamp'],
    ['١٦:٠٢', 'timestamp'],
    ['// انتهى //', 'end-marker'],
    ['...المزيد', 'read-more'],
    ['يمكنكم متابعة آخر الأخبار بعد تحميل تطبيق الصحيفة على هواتفكم.', 'app-promo'],
    ['شارك عبر تويتر وفيسبوك', 'share'],
    ['رابط الخبر: افتتاح مكتبة عامة في الحي القديم', 'link-back'],
    ['مقالات أخرى للكاتبعنوان أول عنوان ثان', 'more-by-author'],
    ['** جميع المقالات المنشورة تمثل رأي كتابها فقط.', 'disclaimer'],
    ['writer.name@example.com', 'author-contact'],
    ['@writer_name', 'author-contact'],
    ['سمات مكتبة عامة البلدية الحي القديم', 'tags'],
    ['\uFEFF', 'invisible-only'],
    ['اقرأ أيضاً: البلدية تفتح حديقة جديدة', 'read-also'],
    ['فرانس24/ أ ف ب', 'agency-credit'],
  ])('removes trailing %s', (line, rule) => {
    const draft = strip([...BODY, line]);
    expect(draft.lines).toEqual(BODY);
    expect(draft.removed).toEqual([{ rule, text: line }]);
  });

  it('removes a run of leftovers and keeps the credit', () => {
    const draft = strip([...BODY, '(الأناضول)', '\u200B', 'يمكنكم تسلم إشعارات بعد تحميل تطبيق الموقع.']);
    expect(draft.lines).toEqual(BODY);
    expect(draft.credit).toBe('الأناضول');
    // Invisible-only lines go in the first pass, wherever they stand; then the trailing run, in reading order.
    expect(draft.removed.map((r) => r.rule)).toEqual(['invisible-only', 'agency-credit', 'app-promo']);
  });

  it('keeps lines of symbols: a seed\'s --- or * * * is shown as typed', () => {
    expect(strip([...BODY, '---', 'وتضم المكتبة ثلاثة آلاف كتاب.']).lines).toEqual([...BODY, '---', 'وتضم المكتبة ثلاثة آلاف كتاب.']);
    expect(strip([...BODY, '* * *']).lines).toEqual([...BODY, '* * *']);
  });

  it('removes related links in the middle, and share buttons before the lead', () => {
    const draft = strip([
      'شارك من خلال تويتر فيسبوك اكتب رأيك افتتحت البلدية مكتبة عامة.',
      'اقرأ أيضا: حديقة جديدة في الحي',
      'وتضم المكتبة ثلاثة آلاف كتاب.',
    ]);
    expect(draft.lines).toEqual(['افتتحت البلدية مكتبة عامة.', 'وتضم المكتبة ثلاثة آلاف كتاب.']);
    expect(draft.removed.map((r) => r.rule)).toEqual(['share', 'read-also']);
  });

  it.each([
    // Sentences that share words with leftovers stay: they are article text.
    'وقالت الوزارة إن التطبيق الجديد سيتيح للمواطنين متابعة طلباتهم.',
    'وشارك في الحفل عدد من الفنانين.',
    'وانتهى اللقاء بالتعادل السلبي.',
    'وبلغ عدد الرسائل المرسلة 5000 رسالة.',
    'اقرأ المقال كاملا لتعرف المزيد عن تاريخ الحي',
  ])('keeps %s', (line) => {
    expect(strip([...BODY, line]).lines).toEqual([...BODY, line]);
  });

  it('leaves nothing of a seed that is all leftovers, so the ingest refuses it', () => {
    expect(strip(['16:02 ت م']).lines).toEqual([]);
    expect(strip(['تعليقات الزوار ( 3 )']).removed).toEqual([{ rule: 'comment-counter', text: 'تعليقات الزوار ( 3 )' }]);
  });
});
