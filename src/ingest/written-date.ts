// Dates as newsrooms write them: Gregorian month names in their Maghrebi, Egyptian and
// Levantine forms, numeric dates, Arabic-Indic digits, and Hijri dates converted to Gregorian.
import { normalizeArabic } from '../text/arabic.js';

export type Calendar = 'gregorian' | 'hijri';

export interface WrittenDate {
  /** The Gregorian date, yyyy-mm-dd. */
  iso: string;
  calendar: Calendar;
  /** Where the date was found in the normalised text, and how long it is. */
  index: number;
  length: number;
}

/** Month names per month, written as readers write them; matched after `normalizeArabic`. */
export const GREGORIAN_MONTHS: ReadonlyArray<readonly string[]> = [
  ['يناير', 'جانفي', 'كانون الثاني', 'ينار', 'january', 'jan', 'janvier'],
  ['فبراير', 'فيفري', 'فبرير', 'شباط', 'february', 'feb', 'février', 'fevrier'],
  ['مارس', 'آذار', 'march', 'mar', 'mars'],
  ['أبريل', 'إبريل', 'أفريل', 'ابريل', 'نيسان', 'april', 'apr', 'avril'],
  ['مايو', 'ماي', 'أيار', 'may', 'mai'],
  ['يونيو', 'يونيه', 'جوان', 'حزيران', 'june', 'jun', 'juin'],
  ['يوليو', 'يوليوز', 'يوليه', 'جويلية', 'جويلة', 'تموز', 'july', 'jul', 'juillet'],
  ['أغسطس', 'أغشت', 'غشت', 'أوت', 'آب', 'august', 'aug', 'août', 'aout'],
  ['سبتمبر', 'شتنبر', 'أيلول', 'september', 'sep', 'sept', 'septembre'],
  ['أكتوبر', 'اكتوبر', 'تشرين الأول', 'october', 'oct', 'octobre'],
  ['نوفمبر', 'نونبر', 'تشرين الثاني', 'november', 'nov', 'novembre'],
  ['ديسمبر', 'دجنبر', 'كانون الأول', 'december', 'dec', 'décembre', 'decembre'],
];

export const HIJRI_MONTHS: ReadonlyArray<readonly string[]> = [
  ['محرم', 'المحرم'],
  ['صفر'],
  ['ربيع الأول', 'ربيع أول'],
  ['ربيع الثاني', 'ربيع الآخر', 'ربيع ثاني', 'ربيع آخر'],
  ['جمادى الأولى', 'جمادى الأول', 'جمادى أولى'],
  ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى الثاني'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعدة', 'ذي القعدة'],
  ['ذو الحجة', 'ذي الحجة'],
];

/** Normalised month name → month number (1-12). */
function monthTable(months: ReadonlyArray<readonly string[]>): Map<string, number> {
  const table = new Map<string, number>();
  months.forEach((names, i) => names.forEach((name) => table.set(normalizeArabic(name), i + 1)));
  return table;
}

const GREGORIAN = monthTable(GREGORIAN_MONTHS);
const HIJRI = monthTable(HIJRI_MONTHS);
// Longest names first, so "كانون الثاني" is never read as a shorter name.
const alternation = (table: Map<string, number>) =>
  [...table.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/ /g, '\\s+')).join('|');

// Letters on either side would make the name part of another word (ماي in مايكل).
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';
const DAY = '(\\d{1,2})';
const YEAR = '(\\d{4})';
const MONTH_NAMES = `(${alternation(GREGORIAN)}|${alternation(HIJRI)})`;
// "11 سبتمبر/ أيلول 2018", "آب (أغسطس) 2015": a second name for the same month.
const SECOND_NAME = `(?:\\s*[/(]\\s*(?:${alternation(GREGORIAN)})\\s*\\)?)?`;
// Era marks: هـ (Hijri) and م (Gregorian) after the year, possibly with a space.
const ERA = '(?:\\s*(هـ|ه|م)(?![\\p{L}]))?';

/** "22 مايو 2018", "22 من شهر مايو سنة 2018", "26 شوال 1436 هـ". */
const DAY_MONTH_YEAR = new RegExp(
  `${NOT_LETTER_BEFORE}${DAY}(?:\\s*(?:من\\s+)?(?:شهر\\s+)?)\\s*${MONTH_NAMES}${NOT_LETTER_AFTER}${SECOND_NAME}\\s*[,،]?\\s*(?:(?:من\\s+)?(?:سنه|عام)\\s+)?${YEAR}${ERA}`,
  'gu',
);
/** "May 22, 2018". */
const MONTH_DAY_YEAR = new RegExp(`${NOT_LETTER_BEFORE}${MONTH_NAMES}\\s+${DAY}(?:st|nd|rd|th)?\\s*,?\\s*${YEAR}${NOT_LETTER_AFTER}`, 'gu');
/** "2018/05/22", "2018-05-22". */
const YEAR_FIRST = new RegExp(`${NOT_LETTER_BEFORE}${YEAR}([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)${ERA}`, 'gu');
/** "22/05/2018", "22-05-2018", "22 / 5 / 1436هـ". */
const DAY_FIRST = new RegExp(`${NOT_LETTER_BEFORE}(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*${YEAR}(?!\\d)${ERA}`, 'gu');

/** Years a news date can have; anything else is a number that looks like a date. */
const GREGORIAN_YEARS = [1900, 2100] as const;
const HIJRI_YEARS = [1318, 1525] as const;

const pad = (n: number) => String(n).padStart(2, '0');

export function gregorianIso(year: number, month: number, day: number): string | null {
  if (year < GREGORIAN_YEARS[0] || year > GREGORIAN_YEARS[1] || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const HIJRI_FORMAT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
});
const DAY_MS = 86_400_000;

/** The Umm al-Qura date of a UTC day, as a number that sorts like the date: y*10000+m*100+d. */
function hijriKey(ms: number): number {
  const parts = HIJRI_FORMAT.formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  // The year part reads e.g. "1436" (relatedYear is Gregorian and is not used).
  return get('year') * 10000 + get('month') * 100 + get('day');
}

/** Hijri (Umm al-Qura) to Gregorian: a binary search over days, since Intl only converts the other way. */
export function hijriToGregorian(year: number, month: number, day: number): string | null {
  if (year < HIJRI_YEARS[0] || year > HIJRI_YEARS[1] || month < 1 || month > 12 || day < 1 || day > 30) return null;
  const target = year * 10000 + month * 100 + day;
  // 1 Muharram 1 AH is about 16 July 622; a Hijri year is about 354.37 days.
  const estimate = Date.UTC(622, 6, 16) + Math.round((year - 1) * 354.367 + (month - 1) * 29.53 + day - 1) * DAY_MS;
  let low = estimate - 40 * DAY_MS;
  let high = estimate + 40 * DAY_MS;
  while (low < high) {
    const mid = low + Math.floor((high - low) / DAY_MS / 2) * DAY_MS;
    if (hijriKey(mid) < target) low = mid + DAY_MS;
    else high = mid;
  }
  // Day 30 of a 29-day month does not exist: the search lands on the next month.
  if (hijriKey(low) !== target) return null;
  const found = new Date(low);
  return gregorianIso(found.getUTCFullYear(), found.getUTCMonth() + 1, found.getUTCDate());
}

function fromParts(year: number, month: number, day: number, hijri: boolean): WrittenDate['iso'] | null {
  return hijri ? hijriToGregorian(year, month, day) : gregorianIso(year, month, day);
}

/** Is the year Hijri: marked هـ, or in the Hijri range and not in the Gregorian one. */
function isHijriYear(year: number, era: string | undefined): boolean {
  if (era === 'هـ' || era === 'ه') return true;
  return year >= HIJRI_YEARS[0] && year <= HIJRI_YEARS[1] && year < GREGORIAN_YEARS[0];
}

/** Every full date written in a text, in order; the text is normalised first. */
export function findDates(text: string): WrittenDate[] {
  const normal = normalizeArabic(text);
  const found: WrittenDate[] = [];
  const add = (match: RegExpExecArray, iso: string | null, calendar: Calendar) => {
    if (!iso) return;
    // Patterns overlap ("22 / 5 / 2018" is no month name): keep the first that covers a place.
    if (found.some((f) => match.index < f.index + f.length && f.index < match.index + match[0].length)) return;
    found.push({ iso, calendar, index: match.index, length: match[0].length });
  };
  for (const m of normal.matchAll(DAY_MONTH_YEAR)) {
    const name = m[2]!.replace(/\s+/g, ' ');
    const year = Number(m[3]);
    const hijriMonth = HIJRI.get(name);
    if (hijriMonth !== undefined) add(m, hijriToGregorian(year, hijriMonth, Number(m[1])), 'hijri');
    else add(m, gregorianIso(year, GREGORIAN.get(name)!, Number(m[1])), 'gregorian');
  }
  for (const m of normal.matchAll(MONTH_DAY_YEAR)) {
    const month = GREGORIAN.get(m[1]!.replace(/\s+/g, ' '));
    if (month !== undefined) add(m, gregorianIso(Number(m[3]), month, Number(m[2])), 'gregorian');
  }
  for (const m of normal.matchAll(YEAR_FIRST)) {
    const year = Number(m[1]);
    const hijri = isHijriYear(year, m[5]);
    add(m, fromParts(year, Number(m[3]), Number(m[4]), hijri), hijri ? 'hijri' : 'gregorian');
  }
  for (const m of normal.matchAll(DAY_FIRST)) {
    const year = Number(m[4]);
    const hijri = isHijriYear(year, m[5]);
    add(m, fromParts(year, Number(m[3]), Number(m[1]), hijri), hijri ? 'hijri' : 'gregorian');
  }
  return found.sort((a, b) => a.index - b.index);
}

// "26 شوال 1436 هـ الموافق 11 أغسطس 2015 م": the Gregorian date the writer gives beside the Hijri one.
const CORRESPONDING = /^\s*[,،(]?\s*(?:الموافق|الموافق ل|الموافق لـ|الموافق ليوم|موافق)?\s*(?:ل)?\s*$/u;

/**
 * The date at `i`, or, when it is Hijri and "الموافق" and a Gregorian date follow it,
 * the Gregorian date as the writer gave it.
 */
export function withCorresponding(text: string, dates: WrittenDate[], i: number): WrittenDate {
  const date = dates[i]!;
  const next = dates[i + 1];
  if (date.calendar === 'hijri' && next?.calendar === 'gregorian') {
    const between = normalizeArabic(text).slice(date.index + date.length, next.index);
    if (CORRESPONDING.test(between)) return next;
  }
  return date;
}

/** The first full date in a text (see `withCorresponding`). */
export function firstDate(text: string): WrittenDate | null {
  const dates = findDates(text);
  return dates.length > 0 ? withCorresponding(text, dates, 0) : null;
}
