// An optional metadata header at the top of a seed, for archivists who know the title,
// date or newsroom: YAML front matter, or `key: value` lines in Arabic or English.
// Read as data only: YAML is parsed with the failsafe schema (strings, lists, maps).
//
//   العنوان: افتتاح معرض الكتاب          title: …     (the headline; no title is derived)
//   التاريخ: 7 فبراير 2019               date: …      (ISO 8601 or any written form, Hijri too)
//   المصدر: وكالة المغرب العربي          source: …    (the newsroom → `publisher`)
//   الرابط: https://example.org/…        url: …       (http or https only)
//   القسم: ثقافة                         section: …
//
// Key lines run from the first line to the first line that is not one; YAML sits between
// two `---` lines. Unknown YAML keys and unreadable values are warnings, invalid YAML an error.
import { parse } from 'yaml';
import { type Draft, IngestError, type Step } from '../article.js';
import { normalizeArabic } from '../../text/arabic.js';
import { firstDate, gregorianIso } from '../written-date.js';

export type HeaderField = 'title' | 'date' | 'publisher' | 'url' | 'section';

/** Key names accepted in a header, Arabic and English, matched after `normalizeArabic`. */
export const HEADER_KEYS: ReadonlyArray<[HeaderField, readonly string[]]> = [
  ['title', ['title', 'العنوان', 'عنوان']],
  ['date', ['date', 'التاريخ', 'تاريخ']],
  ['publisher', ['source', 'publisher', 'المصدر', 'مصدر', 'الناشر']],
  ['url', ['url', 'link', 'الرابط', 'رابط']],
  ['section', ['section', 'category', 'القسم', 'قسم', 'الباب']],
];

const KEY_TO_FIELD = new Map<string, HeaderField>(
  HEADER_KEYS.flatMap(([field, names]) => names.map((name) => [normalizeArabic(name), field] as const)),
);

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
// "العنوان: …" or "title: …"; the colon may be Arabic-spaced ("التاريخ : …").
const KEY_LINE = /^[ \t]*([\p{L}\p{M}]+)[ \t]*[:：][ \t]*(.*?)[ \t]*$/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const WEB_URL = /^https?:\/\/[^\s<>"]+$/i;
/** A header line is short: a long line is the article. Addresses, percent-encoded, run longer. */
const HEADER_LINE_MAX = 300;
const URL_LINE_MAX = 2048;

export type Header = Partial<Record<HeaderField, string>>;

export function fieldOf(key: string): HeaderField | undefined {
  return KEY_TO_FIELD.get(normalizeArabic(key));
}

/** The header's fields and the text after it; `null` when the seed has no header. */
export function splitHeader(text: string): { header: Header; rest: string; warnings: string[] } | null {
  const warnings: string[] = [];
  const yaml = FRONT_MATTER.exec(text);
  if (yaml) {
    let data: unknown;
    try {
      data = parse(yaml[1]!, { schema: 'failsafe', maxAliasCount: 0, logLevel: 'error' });
    } catch (error) {
      throw new IngestError('bad-header', `the metadata header is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
    if (data === null || data === undefined) return { header: {}, rest: text.slice(yaml[0].length), warnings };
    if (typeof data !== 'object' || Array.isArray(data)) {
      throw new IngestError('bad-header', 'the metadata header must be `key: value` lines');
    }
    const header: Header = {};
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      const field = fieldOf(key);
      if (!field) warnings.push(`header key "${key}" is not one Arshif reads`);
      else if (typeof value !== 'string') warnings.push(`header key "${key}" must be a single value`);
      else header[field] = value;
    }
    return { header, rest: text.slice(yaml[0].length), warnings };
  }
  const lines = text.split('\n');
  const header: Header = {};
  let taken = 0;
  for (const line of lines) {
    if (line.length > URL_LINE_MAX) break;
    const match = KEY_LINE.exec(line);
    const field = match && fieldOf(match[1]!);
    if (!match || !field || header[field] !== undefined || !match[2]) break;
    if (field !== 'url' && line.length > HEADER_LINE_MAX) break;
    header[field] = match[2];
    taken++;
  }
  if (taken === 0) return null;
  return { header, rest: lines.slice(taken).join('\n'), warnings };
}

// Runs of spaces in a value are one space, as in the body.
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/gu;
const tidy = (value: string) => value.replace(SPACES, ' ').trim();

/** A header date: ISO 8601, or any written form the text reader knows. */
export function headerDate(value: string): string | null {
  const iso = ISO_DATE.exec(value.trim());
  if (iso) return gregorianIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return firstDate(value)?.iso ?? null;
}

export const readHeader: Step = (draft) => {
  const found = splitHeader(draft.text);
  if (!found) return draft;
  const header = Object.fromEntries(Object.entries(found.header).map(([k, v]) => [k, tidy(v)])) as Header;
  const { rest } = found;
  const warnings = [...draft.warnings, ...found.warnings];
  const next: Draft = { ...draft, text: rest, warnings };
  if (header.title) next.title = header.title;
  if (header.publisher) next.publisher = header.publisher;
  if (header.section) next.section = header.section;
  if (header.url) {
    if (WEB_URL.test(header.url)) next.url = header.url;
    else warnings.push(`header url "${header.url}" is not an http(s) address; ignored`);
  }
  if (header.date) {
    const date = headerDate(header.date);
    if (date) Object.assign(next, { date, dateKind: 'published' });
    else warnings.push(`header date "${header.date}" is not a date Arshif can read; ignored`);
  }
  return next;
};
