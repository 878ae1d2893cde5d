import { describe, expect, it } from 'vitest';
import { findDates, firstDate, hijriToGregorian } from '../../src/ingest/written-date.js';

// Written forms of dates, each with the Gregorian day it names (null: not a full date).
const FORMS: Array<[string, string | null]> = [
  // Egyptian / Gulf month names
  ['22 مايو 2018', '2018-05-22'],
  ['الثلاثاء 22 مايو 2018', '2018-05-22'],
  ['1 يناير 2020', '2020-01-01'],
  ['29 فبراير 2016', '2016-02-29'],
  ['29 فبراير 2017', null],
  ['15 أبريل 2019', '2019-04-15'],
  ['15 إبريل 2019', '2019-04-15'],
  ['15 ابريل 2019', '2019-04-15'],
  ['3 يونيو 2018', '2018-06-03'],
  ['3 يونيه 2018', '2018-06-03'],
  ['4 يوليو 2017', '2017-07-04'],
  ['10 أغسطس 2015', '2015-08-10'],
  ['10 اغسطس 2015', '2015-08-10'],
  ['8 سبتمبر 2014', '2014-09-08'],
  ['31 أكتوبر 2013', '2013-10-31'],
  ['30 نوفمبر 2016', '2016-11-30'],
  ['25 ديسمبر 2012', '2012-12-25'],
  // Maghrebi names
  ['16 فيفري 2017', '2017-02-16'],
  ['18 جانفي 2016', '2016-01-18'],
  ['9 أفريل 2016', '2016-04-09'],
  ['28 ماي 2014', '2014-05-28'],
  ['7 جوان 2017', '2017-06-07'],
  ['4 جويلية 2017', '2017-07-04'],
  ['12 يوليوز 2019', '2019-07-12'],
  ['20 غشت 2018', '2018-08-20'],
  ['13 أوت 2016', '2016-08-13'],
  ['5 شتنبر 2018', '2018-09-05'],
  ['6 نونبر 2018', '2018-11-06'],
  ['24 دجنبر 2018', '2018-12-24'],
  // Levantine names, and both names together
  ['22 كانون الثاني 2019', '2019-01-22'],
  ['14 شباط 2018', '2018-02-14'],
  ['21 آذار 2018', '2018-03-21'],
  ['2 نيسان 2018', '2018-04-02'],
  ['1 أيار 2018', '2018-05-01'],
  ['5 حزيران 2018', '2018-06-05'],
  ['17 تموز 2014', '2014-07-17'],
  ['6 آب 2015', '2015-08-06'],
  ['11 أيلول 2001', '2001-09-11'],
  ['24 تشرين الأول 2017', '2017-10-24'],
  ['9 تشرين الثاني 2018', '2018-11-09'],
  ['31 كانون الأول 2018', '2018-12-31'],
  ['11 سبتمبر/ أيلول 2018', '2018-09-11'],
  ['24 حزيران/يونيو 2018', '2018-06-24'],
  ['5 يناير (كانون الثاني) 2013', '2013-01-05'],
  ['23 من جانفي 2017', '2017-01-23'],
  ['23 من شهر مايو سنة 2018', '2018-05-23'],
  // Spelling variants: tatweel, hamza, diacritics
  ['22 مـايـو 2018', '2018-05-22'],
  ['22 مَايُو 2018', '2018-05-22'],
  // Arabic-Indic and Persian digits
  ['٢٢ مايو ٢٠١٨', '2018-05-22'],
  ['۲۲ مايو ۲۰۱۸', '2018-05-22'],
  ['٢٢/٠٥/٢٠١٨', '2018-05-22'],
  // Numeric forms: day first, year first
  ['2018/05/22', '2018-05-22'],
  ['2018-05-22', '2018-05-22'],
  ['22-05-2018', '2018-05-22'],
  ['22/05/2018', '2018-05-22'],
  ['22.05.2018', '2018-05-22'],
  ['22 / 8 / 2015م', '2015-08-22'],
  ['31/02/2018', null],
  ['13/13/2018', null],
  ['22/05/18', null],
  // Hijri, converted with the Umm al-Qura calendar
  ['26 شوال 1436 هـ', '2015-08-11'],
  ['26 شوال 1436هـ', '2015-08-11'],
  ['1 رمضان 1445 هـ', '2024-03-11'],
  ['1 محرم 1400 هـ', '1979-11-21'],
  ['10 ذو الحجة 1444 هـ', '2023-06-28'],
  ['10 ذي الحجة 1444 هـ', '2023-06-28'],
  ['12 ربيع الأول 1445 هـ', '2023-09-27'],
  ['11/10/1436هـ', '2015-07-27'],
  ['27 / 10 / 1436 ه', '2015-08-12'],
  ['30 محرم 1445 هـ', null], // Muharram 1445 has 29 days
  ['30 صفر 1445 هـ', '2023-09-15'],
  // English and French, for articles in those languages
  ['May 22, 2018', '2018-05-22'],
  ['22 May 2018', '2018-05-22'],
  ['03 Avril 2018', '2018-04-03'],
  ['lundi 26 mars 2018', '2018-03-26'],
  ['1er août 2018', null],
  // Not dates
  ['مايكل 22 2018', null],
  ['بين 2015 و2018', null],
  ['مونديال روسيا 2018', null],
];

describe('findDates', () => {
  it.each(FORMS)('%s → %s', (text, expected) => {
    expect(findDates(text)[0]?.iso ?? null).toBe(expected);
  });

  it('reads at least 40 written forms', () => {
    expect(FORMS.filter(([, iso]) => iso).length).toBeGreaterThanOrEqual(40);
  });

  it('finds every date in a text, in order', () => {
    const dates = findDates('من 12 أبريل 2017 إلى 2017/04/15');
    expect(dates.map((d) => d.iso)).toEqual(['2017-04-12', '2017-04-15']);
  });
});

describe('firstDate', () => {
  it('gives the Gregorian date written beside a Hijri one', () => {
    const found = firstDate('الرياض 25 شوال 1436 هـ الموافق 9 أغسطس 2015 م');
    expect(found?.iso).toBe('2015-08-09');
    expect(found?.calendar).toBe('gregorian');
  });

  it('converts a Hijri date alone', () => {
    expect(firstDate('الرياض 25 شوال 1436 هـ')?.calendar).toBe('hijri');
  });
});

describe('hijriToGregorian', () => {
  it('is the inverse of Intl for every day of a year', () => {
    const format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
      timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
    });
    for (let day = Date.UTC(2023, 0, 1); day < Date.UTC(2024, 0, 1); day += 86_400_000) {
      const parts = format.formatToParts(new Date(day));
      const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
      expect(hijriToGregorian(get('year'), get('month'), get('day'))).toBe(new Date(day).toISOString().slice(0, 10));
    }
  });

  it('refuses days and years that do not exist', () => {
    expect(hijriToGregorian(1436, 13, 1)).toBeNull();
    expect(hijriToGregorian(1436, 1, 31)).toBeNull();
    expect(hijriToGregorian(900, 1, 1)).toBeNull();
  });
});
