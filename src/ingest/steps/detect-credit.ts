// Who the story or its pictures come from is printed after the last paragraph
// ("فرانس24/ أ ف ب", "(الأناضول)", "المصدر: …", "Photos are copyright.") or tagged onto it
// ("… الأربعاء. (أ ف ب)"). It is a credit line for the reader, not a paragraph of the article.
import type { Step } from '../article.js';
import { AGENCIES } from './detect-dateline.js';

/** Newsrooms that credit themselves beside an agency, e.g. "فرانس24/ أ ف ب". */
const OUTLETS = ['فرانس ?24', 'بي بي سي', 'BBC', 'الجزيرة', 'العربية', 'سكاي نيوز', 'وكالات'];
const SOURCE = `(?:${[...AGENCIES, ...OUTLETS].join('|')})`;

/** A rule: a name for the report and the pattern a whole trailing line must match. */
export const CREDIT_LINES: ReadonlyArray<[string, RegExp]> = [
  // One or more agencies alone on the line, joined by slashes or plus signs, bracketed or dashed.
  ['agency-credit', new RegExp(`^[-–(（\\s]*${SOURCE}(?:\\s*[/+،,&]\\s*${SOURCE})*[-–)）.\\s]*$`, 'u')],
  // "المصدر: القدس العربي", "مصدر الخبر: …"
  ['source-credit', /^(?:ال)?مصدر(?: الخبر| الصورة)?\s*[:：]\s*\S.{0,80}$/u],
  // Republished opinion pieces: "*نقلاً عن الأهرام المصرية"
  ['reprint-credit', /^[*\s]*نقلا?ً? عن\s+\S.{0,60}$/u],
  // Picture credits and copyright notes.
  ['photo-credit', /^(?:photos?|pictures?|images?)(?![\p{L}\p{M}]).{0,60}(?<![\p{L}\p{M}])copyright(?![\p{L}\p{M}]).{0,40}$|^(?:الصور|الصورة|صور|تصوير)\s*[:：]\s*\S.{0,60}$/iu],
  ['copyright', /^[*\s]*(?:جميع )?حقوق (?:النشر|الطبع)(?: والتوزيع)? محفوظة.{0,80}$|^(?:©|\(c\)|copyright)\s.{0,80}$/iu],
];

// An agency tag closing the last paragraph: "… في العاصمة. (أ ف ب)"
const INLINE_TAG = new RegExp(`\\s*[(（]\\s*(${SOURCE}(?:\\s*[/+،,]\\s*${SOURCE})*)\\s*[)）]\\s*\\.?$`, 'u');

export function creditRule(line: string): string | null {
  for (const [rule, pattern] of CREDIT_LINES) if (pattern.test(line)) return rule;
  return null;
}

/** The credit as shown: brackets, dashes and leading asterisks trimmed. */
export function creditText(line: string): string {
  return line.replace(/^[*\s\-–(（]+|[\s\-–)）.]+$/gu, '').trim();
}

/** Adds a credit to those already found, nearest the body first. */
export function addCredit(credit: string | null, found: string): string {
  return credit ? `${found} · ${credit}` : found;
}

export const detectCredit: Step = (draft) => {
  const last = draft.lines.at(-1);
  if (last === undefined || draft.lines.length < 2) return draft;
  const match = INLINE_TAG.exec(last);
  if (!match) return draft;
  const text = last.slice(0, match.index).trim();
  if (!text) return draft;
  return {
    ...draft,
    lines: [...draft.lines.slice(0, -1), text],
    credit: addCredit(draft.credit, match[1]!),
    removed: [...draft.removed, { rule: 'agency-tag', text: match[0].trim() }],
  };
};
