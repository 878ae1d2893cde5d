import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../src/ingest/pipeline.js';
import { datelineOf, detectDateline } from '../../../src/ingest/steps/detect-dateline.js';

const draftOf = (lines: string[]) => ({ ...emptyDraft('t.txt', new Uint8Array()), lines });

describe('datelineOf', () => {
  it.each([
    // lead, rule, place, rest
    ['دبي، الإمارات العربية المتحدة (CNN)-- افتتحت البلدية حديقة جديدة للأطفال.', 'agency-dateline', 'دبي، الإمارات العربية المتحدة (CNN)', 'افتتحت البلدية حديقة جديدة للأطفال.'],
    ['القاهرة، مصر (CNN) — أعلنت الوزارة خطة للنقل.', 'agency-dateline', 'القاهرة، مصر (CNN)', 'أعلنت الوزارة خطة للنقل.'],
    ['(الأناضول) - وصل الوفد إلى أنقرة صباحا.', 'agency-dateline', '(الأناضول)', 'وصل الوفد إلى أنقرة صباحا.'],
    ['بيروت (رويترز): قررت الحكومة رفع الأجور.', 'agency-dateline', 'بيروت (رويترز)', 'قررت الحكومة رفع الأجور.'],
    ['واشنطن - أ ف ب: وقع الرئيس قانونا جديدا.', 'place-dateline', 'واشنطن - أ ف ب', 'وقع الرئيس قانونا جديدا.'],
    ['الرباط - أطلقت الجامعة برنامجا للمنح.', 'place-dateline', 'الرباط', 'أطلقت الجامعة برنامجا للمنح.'],
    // Hamza forms and tatweel inside the place name are kept as printed.
    ['أبهــا – إفتتح المعرض أبوابه للزوار.', 'place-dateline', 'أبهــا', 'إفتتح المعرض أبوابه للزوار.'],
    // A whole line that is only a byline: name and paper, or paper and city; tatweel as a dash.
    ['صحيفة الضحى – جدة', 'byline', 'صحيفة الضحى – جدة', ''],
    ['سارة المهدي – صحيفة الضحى', 'byline', 'سارة المهدي – صحيفة الضحى', ''],
    ['جدة ـ يوسف الحربي', 'byline', 'جدة ـ يوسف الحربي', ''],
    // The Saudi agency's dated line, with Latin or Arabic-Indic digits.
    ['الرياض 12 رمضان 1440 هـ الموافق 17 مايو 2019 م واس', 'dated-dateline', 'الرياض 12 رمضان 1440 هـ الموافق 17 مايو 2019 م واس', ''],
    ['جازان ١٢ رمضان ١٤٤٠ هـ الموافق ١٧ مايو ٢٠١٩ م واس', 'dated-dateline', 'جازان ١٢ رمضان ١٤٤٠ هـ الموافق ١٧ مايو ٢٠١٩ م واس', ''],
  ])('%s', (lead, rule, place, rest) => {
    expect(datelineOf(lead)).toEqual({ rule, place, rest });
  });

  it.each([
    // A sentence that merely contains a dash or brackets later on is not a dateline.
    'أعلنت منظمة الصحة العالمية (WHO) عن حملة تطعيم جديدة - وهي الأكبر منذ سنوات.',
    'قال رئيس البلدية إن الأشغال ستنتهي قريبا، وإن الطريق – بحسب الخطة – سيفتح في الصيف.',
    // Persian letters, ZWNJ and a Latin acronym: still an ordinary first sentence.
    'کارشناسان می‌گویند NASA برنامه‌ای جدید دارد.',
    'العنوان الفرعي دون فاصلة',
  ])('leaves %s alone', (lead) => {
    expect(datelineOf(lead)).toBeNull();
  });
});

describe('detectDateline', () => {
  it('moves the dateline to place and records it', () => {
    const draft = detectDateline(draftOf(['الدوحة (قنا) - بدأت البطولة أمس.', 'وشارك فيها عشرون فريقا.']));
    expect(draft.place).toBe('الدوحة (قنا)');
    expect(draft.lines).toEqual(['بدأت البطولة أمس.', 'وشارك فيها عشرون فريقا.']);
    expect(draft.removed).toEqual([{ rule: 'agency-dateline', text: 'الدوحة (قنا)' }]);
  });

  it('drops a byline line and reads the next line as the lead', () => {
    const draft = detectDateline(draftOf(['صحيفة الضحى – جدة', 'افتتح المتحف قاعة جديدة.']));
    expect(draft.place).toBe('صحيفة الضحى – جدة');
    expect(draft.lines).toEqual(['افتتح المتحف قاعة جديدة.']);
  });

  it('never empties a seed that is only a dateline', () => {
    const draft = detectDateline(draftOf(['صحيفة الضحى – جدة']));
    expect(draft.lines).toEqual(['صحيفة الضحى – جدة']);
    expect(draft.place).toBeNull();
  });
});
