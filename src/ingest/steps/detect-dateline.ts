// A dateline or byline opens many wire and newspaper leads ("دبي، الإمارات (CNN)--",
// "الرباط - أ ف ب:", "مراسلنا – جدة"). It says where the story was filed, not what happened:
// it goes to the article's place line and out of the lead the headline is read from.
import type { Step } from '../article.js';

/** News agencies and channels that sign datelines, in Arabic and Latin forms. */
export const AGENCIES = [
  'CNN', 'AFP', 'AP', 'Reuters', 'سي إن إن', 'أ ف ب', 'أ\\.ف\\.ب', 'ا ف ب', 'فرانس برس', 'رويترز',
  'د ب أ', 'د\\.ب\\.أ', 'الأناضول', 'واس', 'وام', 'قنا', 'كونا', 'بنا', 'سبأ', 'وات', 'ومع', 'سانا', 'معا',
];
const AGENCY = `(?:${AGENCIES.join('|')})`;
// A word of letters; a tatweel standing alone is a dash, not a word.
const WORD = '(?!\u0640+\\s)[\\p{L}\\p{M}]+';
// A place: one to six words, optionally joined by commas ("دبي، الإمارات العربية المتحدة").
const PLACE = `${WORD}(?:[ ،,]+${WORD}){0,5}`;
const SHORT_PLACE = `${WORD}(?: ${WORD}){0,3}`;
// Dashes newsrooms use after a dateline; tatweel with spaces around it stands in for a dash.
const DASH = '(?:[-–—]+|(?<=\\s)\u0640+(?=\\s))';

/** Ordered: the first that matches the start of the lead wins. */
export const DATELINES: ReadonlyArray<[string, RegExp]> = [
  // "دبي، الإمارات العربية المتحدة (CNN)--", "(الأناضول) -", "القاهرة (رويترز):"
  ['agency-dateline', new RegExp(`^((?:${PLACE}\\s*)?[(（]\\s*${AGENCY}\\s*[)）])\\s*(?:${DASH}|[:：])?\\s*`, 'u')],
  // "واشنطن - أ ف ب:", "الرباط – "
  ['place-dateline', new RegExp(`^(${SHORT_PLACE}\\s*${DASH}\\s*${AGENCY}?)\\s*[:：]?\\s+(?=\\S)`, 'u')],
  // The Saudi agency's dated line: "<city> 25 <Hijri month> 1436 هـ الموافق 10 <month> 2015 م واس"
  ['dated-dateline', new RegExp(`^(${SHORT_PLACE} [0-9٠-٩]{1,2} [\\p{L}]+ [0-9٠-٩]{4} ?هـ(?: الموافق [0-9٠-٩]{1,2} [\\p{L}]+ [0-9٠-٩]{4} ?م)?(?: ${AGENCY})?)\\s*$`, 'u')],
];

// A whole first line that is only a byline: "<name> – <paper or city>", at most eight words.
const BYLINE_LINE = new RegExp(`^(${SHORT_PLACE}\\s*${DASH}\\s*${SHORT_PLACE})$`, 'u');

const TRAILING_MARKS = /[\s\-–—ـ:：]+$/u;

export interface Dateline {
  rule: string;
  /** The dateline as printed, without its closing dash or colon. */
  place: string;
  /** The lead without its dateline; empty when the line was nothing but the dateline. */
  rest: string;
}

export function datelineOf(lead: string): Dateline | null {
  const byline = BYLINE_LINE.exec(lead);
  if (byline) return { rule: 'byline', place: byline[1]!.replace(TRAILING_MARKS, ''), rest: '' };
  for (const [rule, pattern] of DATELINES) {
    const match = pattern.exec(lead);
    if (!match) continue;
    return { rule, place: match[1]!.replace(TRAILING_MARKS, '').trim(), rest: lead.slice(match[0].length).trim() };
  }
  return null;
}

export const detectDateline: Step = (draft) => {
  const [lead, ...rest] = draft.lines;
  if (lead === undefined || draft.place) return draft;
  const found = datelineOf(lead);
  // A dateline alone is kept when nothing follows it: a seed is never emptied by this step.
  if (!found || (!found.rest && rest.length === 0)) return draft;
  return {
    ...draft,
    place: found.place,
    lines: found.rest ? [found.rest, ...rest] : rest,
    removed: [...draft.removed, { rule: found.rule, text: found.place }],
  };
};
