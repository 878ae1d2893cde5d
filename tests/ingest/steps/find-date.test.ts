import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../src/ingest/pipeline.js';
import { findDate, isDateOnlyLine, publicationDateOf } from '../../../src/ingest/steps/find-date.js';

const draftOf = (lines: string[]) => ({ ...emptyDraft('x.txt', new Uint8Array()), lines });

describe('publicationDateOf', () => {
  it.each<[string, string | null]>([
    // A dateline: a place, then the date
    ['الرباط 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م (ومع) أعلنت الوزارة...', '2015-08-11'],
    ['القدس المحتلة 3 أيار 2018 - قالت الشرطة...', '2018-05-03'],
    ['الخميس 16 فيفري 2017 الساعة 17:00', '2017-02-16'],
    ['٢٢/٠٥/٢٠١٨', '2018-05-22'],
    // Edge cases: tatweel, Arabic-Indic digits, an invisible mark, Persian ی in the month
    ['الرباط ٢٢ مـايـو ٢٠١٨ - أعلنت', '2018-05-22'],
    ['الرباط \u200F22 مايو 2018', '2018-05-22'],
    ['اليوم الجمعة 3 ينایر 2020', '2020-01-03'],
    ['إسلام آباد 26 شوال 1436هـ', '2015-08-11'],
    // The lead says "today"
    ['أعلنت الوزارة اليوم الخميس 13 أكتوبر 2016 عن برنامج جديد', '2016-10-13'],
    ['عقد المجلس صباح اليوم 9 أبريل 2016 جلسة', '2016-04-09'],
    ['La séance a eu lieu dans la nuit du lundi 26 mars 2018.', '2018-03-26'],
    // Dates of events, not of the article
    ['ولد الكاتب في 11 فبراير 1974 بمدينة فاس', null],
    ['تنطلق الدورة يوم غد الأربعاء 7 جوان 2017', null],
    ['قال مساء أمس الخميس 14 جانفي 2017 إن', null],
    ['تقام المباريات في الفترة من 8 إلى 10 نوفمبر 2015', null],
    ['يبدأ العمل بالقرار اعتبارا من 26 أغسطس 2018', null],
    ['لا تاريخ هنا', null],
  ])('%s → %s', (line, expected) => {
    expect(publicationDateOf(line)).toBe(expected);
  });
});

describe('isDateOnlyLine', () => {
  it.each<[string, boolean]>([
    ['الخميس 16 فيفري 2017 الساعة 17:00', true],
    ['نشر في 22/05/2018', true],
    ['الرباط 22 مايو 2018', false],
    ['أعلنت الوزارة اليوم 13 أكتوبر 2016', false],
  ])('%s → %s', (line, expected) => {
    expect(isDateOnlyLine(line)).toBe(expected);
  });
});

describe('findDate', () => {
  it('dates the article and takes out a date-only line', () => {
    const draft = findDate(draftOf(['الأحد 3 مارس 2019', 'افتتح المعرض أبوابه أمام الزوار.']));
    expect(draft.date).toBe('2019-03-03');
    expect(draft.dateKind).toBe('published');
    expect(draft.lines).toEqual(['افتتح المعرض أبوابه أمام الزوار.']);
    expect(draft.removed).toEqual([{ rule: 'date-line', text: 'الأحد 3 مارس 2019' }]);
  });

  it('keeps a dateline in the lead', () => {
    const draft = findDate(draftOf(['جدة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس أعلن المركز...']));
    expect(draft.date).toBe('2015-08-10');
    expect(draft.lines).toHaveLength(1);
  });

  it('looks no further than the opening lines', () => {
    const lines = ['السطر الأول.', 'السطر الثاني.', 'السطر الثالث.', 'الرباط 22 مايو 2018'];
    expect(findDate(draftOf(lines)).date).toBeNull();
  });

  it('leaves a date from the header alone', () => {
    const draft = { ...draftOf(['الرباط 22 مايو 2018 قال...']), date: '2020-01-01', dateKind: 'published' as const };
    expect(findDate(draft).date).toBe('2020-01-01');
  });
});
