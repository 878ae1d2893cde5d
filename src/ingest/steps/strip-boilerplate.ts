// Scraper leftovers are not part of the article: page furniture after the last paragraph
// (comment counters, share and subscribe lines, "read more", SMS numbers, timestamps),
// related-link lines and invisible-only lines wherever they stand, share buttons before the lead.
// Credit lines among the trailing leftovers go to the article's credit. Each removal is recorded.
import type { Draft, Removed, Step } from '../article.js';
import { addCredit, creditRule, creditText } from './detect-credit.js';

/** A rule: a name for the report and the pattern a whole line must match. */
export type Rule = readonly [string, RegExp];

// Word edges: `\b` knows only Latin letters, so Arabic words are bounded by lookarounds.
// SMS subscription short codes are 4 to 6 digits next to an operator's name.
const OPERATORS = '(?:zain|mobily|stc|زين|موبايلي|الاتصالات|اتصالات|فودافون|vodafone|orange|أورنج)';

/** Leftovers after the last paragraph: removed from the end until a line is none of them. */
export const TRAILING_LEFTOVERS: ReadonlyArray<Rule> = [
  ['comment-counter', /^(?:تعليقات الزوار|التعليقات|تعليقات)\s*[(（]?\s*[0-9٠-٩]+\s*[)）]?$/u],
  ['sms-subscription', new RegExp(`^[0-9٠-٩]{4,7}\\s*[-–:]?\\s*${OPERATORS}$|^${OPERATORS}\\s*[-–:]?\\s*[0-9٠-٩]{4,7}$`, 'iu')],
  ['sms-subscription', /^(?:للتواصل|للاشتراك|اشترك|للمشاركة)(?![\p{L}\p{M}]).{0,80}(?<![\p{L}\p{M}])(?:sms|رسالة|الرسالة)(?![\p{L}\p{M}])|^تبدأ بالرمز(?![\p{L}\p{M}]).{0,60}$|(?<![\p{L}\p{M}])sms(?![\p{L}\p{M}]).{0,40}[0-9٠-٩]{4,7}/iu],
  ['timestamp', /^[0-9٠-٩]{1,2}[:：][0-9٠-٩]{2}(?:\s*(?:ت م|ت\.م|ص|م|مساء|مساءً|صباحا|صباحاً|GMT|بتوقيت \S+))?$/u],
  ['end-marker', /^[/\\\s]*(?:انتهى|انتهي|-?\s*انتهى\s*-?)[/\\\s.]*$/u],
  ['read-more', /^\.{2,}\s*المزيد$|^المزيد\s*\.{2,}$|^(?:اقرأ|إقرأ|اقرا) المزيد\s*\.{0,3}$/u],
  ['app-promo', /^(?:يمكنكم|يمكنك|حمّ?لوا|حمّ?ل)(?![\p{L}\p{M}]).{0,80}(?<![\p{L}\p{M}])(?:تطبيق|إشعارات|اشعارات)(?![\p{L}\p{M}]).{0,80}$/u],
  ['share', /^(?:شارك|شاركوا|تابعونا|تابعوا|تابعنا)(?![\p{L}\p{M}]).{0,40}(?<![\p{L}\p{M}])(?:تويتر|فيسبوك|فيس بوك|إنستغرام|انستغرام|يوتيوب|واتساب)(?![\p{L}\p{M}]).{0,60}$/u],
  ['link-back', /^رابط (?:الخبر|المقال|مختصر)(?![\p{L}\p{M}]).{0,150}$/u],
  ['more-by-author', /^(?:مقالات أخرى|المزيد من مقالات) (?:للكاتب|الكاتب|للكاتبة)/u],
  ['disclaimer', /^[*\s]*(?:جميع )?(?:المقالات|الآراء) المنشورة تمثل (?:رأي|آراء) (?:كتابها|كاتبها|أصحابها)(?![\p{L}\p{M}]).{0,30}$/u],
  ['author-contact', /^(?:[\w.+-]+@[\w-]+\.[\w.]+|@\w{2,30}|\w{2,30}@|(?:T|تويتر)\s*[:：]\s*@?\w{2,30})$/u],
  ['tags', /^(?:سمات|وسوم|الوسوم|كلمات مفتاحية|كلمات دلالية)\s*[:：]?\s+\S.{0,150}$/u],
];

/** Lines that are never article text, wherever they stand. */
export const ANYWHERE_LEFTOVERS: ReadonlyArray<Rule> = [
  // A line of nothing but invisible format characters (stray BOMs) carries no text. Lines of
  // symbols such as `---` or `* * *` are kept: what a reader typed is shown as typed.
  ['invisible-only', /^[\p{Cf}\p{Z}]*$/u],
  // Related-article links: "اقرأ أيضا: …", "للمزيد: …", "قد يهمك/ …"
  ['read-also', /^(?:اقرأ|إقرأ|اقرا) (?:أيضا|أيضاً|ايضا|ايضاً)(?![\p{L}\p{M}]).{0,150}$|^(?:اقرأ|إقرأ|اقرا)\s*(?:\.{2,}|[:：])\s*\S.{0,150}$|^(?:للمزيد|قد يهمك|شاهد أيضا|شاهد أيضاً)\s*[-–:：/]\s*\S.{0,150}$/u],
  ['click-here', /^.{0,80}(?<![\p{L}\p{M}])(?:اضغط|انقر) هنا(?![\p{L}\p{M}]).{0,10}$/u],
];

// Share buttons scraped in front of the lead, on the same line: "شارك من خلال تويتر فيسبوك … اكتب رأيك".
const LEADING_SHARE = /^(?:شارك|شاركوا)(?: من خلال| عبر)?(?:\s+(?:تويتر|فيسبوك|فيس بوك|جوجل بلس|واتساب|لينكدإن|بريد))+(?:\s+اكتب رأيك)?\s+/u;

function ruleOf(line: string, rules: ReadonlyArray<Rule>): string | null {
  for (const [rule, pattern] of rules) if (pattern.test(line)) return rule;
  return null;
}

function stripTrailing(draft: Draft): Draft {
  const lines = [...draft.lines];
  const removed: Removed[] = [];
  let credit = draft.credit;
  // A seed that is all leftovers ends with no lines and is refused later with a clear reason.
  while (lines.length > 0) {
    const line = lines.at(-1)!;
    const leftover = ruleOf(line, TRAILING_LEFTOVERS) ?? ruleOf(line, ANYWHERE_LEFTOVERS);
    const credited = leftover ? null : creditRule(line);
    if (!leftover && !credited) break;
    lines.pop();
    removed.unshift({ rule: (leftover ?? credited)!, text: line });
    if (credited) credit = addCredit(credit, creditText(line));
  }
  return { ...draft, lines, credit, removed: [...draft.removed, ...removed] };
}

export const stripBoilerplate: Step = (draft) => {
  const removed: Removed[] = [];
  const lines: string[] = [];
  for (const [i, line] of draft.lines.entries()) {
    const share = i === 0 ? LEADING_SHARE.exec(line) : null;
    const rest = share ? line.slice(share[0].length) : line;
    if (share) removed.push({ rule: 'share', text: share[0].trim() });
    const rule = ruleOf(rest, ANYWHERE_LEFTOVERS);
    if (rule) removed.push({ rule, text: rest });
    else lines.push(rest);
  }
  return stripTrailing({ ...draft, lines, removed: [...draft.removed, ...removed] });
};
