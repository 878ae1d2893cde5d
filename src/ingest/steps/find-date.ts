// The date an article was published, when its opening lines say it: a dateline ("جدة 26
// شوال 1436 هـ الموافق 11 أغسطس 2015 م"), a line that is only a date, or a lead that
// names today ("اليوم الخميس 16 فيفري 2017"). Other dates in a lead are about events
// (past, planned, ranges) and are not the article's date. A date-only line is a scraped
// leftover and is taken out.
import type { Step } from '../article.js';
import { normalizeArabic, tokens } from '../../text/arabic.js';
import { findDates, withCorresponding } from '../written-date.js';

/** How many opening lines may carry the date; later dates are about events, not the article. */
export const DATE_LINES = 3;

const WEEKDAYS = ['السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة'].map(normalizeArabic);

/** Words that may stand beside a date on a line that is only a date. */
const DATE_LINE_WORDS = new Set(
  [
    ...WEEKDAYS, 'اليوم', 'يوم', 'في', 'بتاريخ', 'التاريخ', 'تاريخ', 'نشر', 'نشرت', 'تحديث', 'آخر', 'الساعة',
    'ساعة', 'صباحا', 'مساء', 'ص', 'م', 'ه', 'الموافق', 'موافق', 'gmt', 'utc', 'published', 'updated', 'on', 'at',
    'publié', 'le', 'à', 'am', 'pm',
  ].map(normalizeArabic),
);
const NUMBER = /^\d+$/;

// "اليوم الخميس", "صباح اليوم", "هذا اليوم الجمعة": the lead says the date is today.
const TODAY = new RegExp(`(?:^|\\s)اليوم(?:\\s+(?:${WEEKDAYS.join('|')}))?\\s*[,،(]?\\s*$`, 'u');
// French and English leads name the day the same way: "ce lundi 26 mars", "dans la nuit du 26 mars", "today".
const TODAY_LATIN = /(?:^|\s)(?:aujourd'hui|ce|today|this|(?:matinee|nuit|soiree|journee|apres-midi) du)(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday))?\s*,?\s*$/u;
/** A dateline is a place of at most this many words before the date. */
const DATELINE_MAX_WORDS = 3;
/** Words that make the text before a date a sentence, not a place: the date is an event's. */
const NOT_A_PLACE = new Set(
  ['في', 'منذ', 'من', 'إلى', 'حتى', 'غاية', 'بتاريخ', 'تاريخ', 'يوم', 'يومي', 'غد', 'أمس', 'بحلول', 'قبل', 'بعد',
    'خلال', 'بين', 'اعتبارا', 'بدءا', 'بداية', 'ابتداء', 'الفترة', 'مواليد', 'المقبل', 'الماضي', 'عام', 'سنة']
    .map(normalizeArabic),
);

function isDatelineStart(before: string): boolean {
  const words = tokens(before);
  return words.length <= DATELINE_MAX_WORDS && words.every((w) => !NOT_A_PLACE.has(w));
}

/** The publication date a line gives, or null when its dates are about something else. */
export function publicationDateOf(line: string): string | null {
  const normal = normalizeArabic(line);
  const dates = findDates(line);
  for (const [i, date] of dates.entries()) {
    const before = normal.slice(0, date.index);
    const latin = before.normalize('NFD').replace(/\p{M}/gu, '');
    if (TODAY.test(before) || TODAY_LATIN.test(latin) || isDatelineStart(before)) return withCorresponding(line, dates, i).iso;
  }
  return null;
}

/** True when nothing but the date, a weekday, a time or a "published on" word is on the line. */
export function isDateOnlyLine(line: string): boolean {
  const dates = findDates(line);
  if (dates.length === 0) return false;
  let rest = normalizeArabic(line);
  for (const date of [...dates].reverse()) rest = `${rest.slice(0, date.index)} ${rest.slice(date.index + date.length)}`;
  return tokens(rest).every((word) => DATE_LINE_WORDS.has(word) || NUMBER.test(word));
}

export const findDate: Step = (draft) => {
  if (draft.date) return draft;
  for (const [i, line] of draft.lines.slice(0, DATE_LINES).entries()) {
    const date = publicationDateOf(line);
    if (!date) continue;
    const lines = [...draft.lines];
    const removed = [...draft.removed];
    if (isDateOnlyLine(line) && lines.length > 1) {
      lines.splice(i, 1);
      removed.push({ rule: 'date-line', text: line });
    }
    return { ...draft, lines, removed, date, dateKind: 'published' };
  }
  return draft;
};
