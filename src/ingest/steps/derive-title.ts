// A seed has no title: the headline is the lead sentence's core clause, the way an
// editor shortens a lead, with appositions and trailing clauses dropped.
import type { Step } from '../article.js';

export const TITLE_MAX_CHARS = 100;

/** Words a headline must not end on: prepositions, conjunctions, relative pronouns. */
export const DANGLING_WORDS = new Set([
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'و', 'أن', 'ان', 'إن', 'أو', 'ثم', 'مع', 'بين', 'حتى',
  'منذ', 'خلال', 'عند', 'لدى', 'نحو', 'ضد', 'حول', 'بعد', 'قبل', 'التي', 'الذي', 'الذين',
  'اللذين', 'اللتين', 'اللواتي', 'لكن', 'بل', 'كما', 'لأن', 'إذ', 'إذا', 'قد', 'لم', 'لن', 'ما',
  'لا', 'هذا', 'هذه', 'ذلك', 'تلك', 'عبر', 'وفي', 'ومن', 'وعلى', 'وإلى', 'أي', 'كل', 'بعض',
]);

const SENTENCE_END = /(?<![0-9٠-٩])[.!?؟](?=\s|$)/u;
const CLAUSE_SEPARATOR = /\s*[،,؛;]\s*/u;
// A clause that opens with a conjunction or adverb starts a new thought: the headline ends before it.
const NEW_CLAUSE = /^(?:و|ف)(?:ذلك|هو|هي|هم|في|على|من|إلى|عن|أن|أكد|أضاف|قال|أوضح|أشار|تابع|كان|كانت|لم|قد|ب|ل|مع|بعد|منذ|خلال|حسب|وفق|هذا|هذه)|^(?:حيث|بينما|كما|مشيرا|مشيرة|مؤكدا|مؤكدة|معتبرا|معتبرة|مضيفا|مضيفة|وذلك|بحسب|حسب|وفق|وفقا)(?:\s|$)/u;
// An apposition ("the director general of …") opens with a definite noun and can be dropped.
const APPOSITION = /^(?:ال|رئيس|وزير|مدير|أمين|نائب|عضو|سفير|الأمين)/u;

export function firstSentence(text: string): string {
  const match = SENTENCE_END.exec(text);
  return match ? text.slice(0, match.index) : text;
}

/** Cut at a word boundary within `max` characters. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > 0 ? cut.slice(0, lastSpace) : text.slice(0, max)).trim();
}

const TRAILING_PUNCTUATION = /[\s،,؛;:\-–—(«"]+$/u;

export function dropDanglingWords(text: string): string {
  const words = text.replace(TRAILING_PUNCTUATION, '').split(' ');
  while (words.length > 1 && DANGLING_WORDS.has(words.at(-1)!)) words.pop();
  return words.join(' ').replace(TRAILING_PUNCTUATION, '');
}

export function headlineFromLead(lead: string, max = TITLE_MAX_CHARS): string {
  const [first, ...rest] = firstSentence(lead).split(CLAUSE_SEPARATOR);
  let headline = first ?? '';
  for (const clause of rest) {
    if (headline.length >= max || NEW_CLAUSE.test(clause)) break;
    if (APPOSITION.test(clause)) continue;
    headline = `${headline} ${clause}`;
  }
  return dropDanglingWords(cutAtWord(headline.trim(), max));
}

export const deriveTitle: Step = (draft) => {
  if (draft.title) return draft;
  const lead = draft.body.find((block) => block.kind === 'paragraph')?.text ?? '';
  return { ...draft, title: headlineFromLead(lead) };
};
