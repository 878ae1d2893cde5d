// A seed has no title: the headline is made from the lead sentence the way an editor
// shortens a lead. The dateline is already gone (an earlier step); then time words and
// asides in brackets are dropped, "قال X إن Y" becomes "X: Y", appositions (kept as a second
// reading when the article keeps naming the post) and filler words
// ("لكرة القدم", "شركة" before a name, courtesy titles, long country names) are left out, an
// event opens on its noun ("وفاة …") and, where safe, the subject comes first with the verb in
// the present ("وزارة النقل تعلن …"); of the lead's clause-aligned stretches that fit a
// headline's length, the one that carries most of the words the article keeps coming back to
// is kept, cut at a word boundary and never ending on a particle.
import type { Draft, Step } from '../article.js';
import { normalizeArabic, tokens } from '../../text/arabic.js';

/** Longest headline: published ones have a median of about 53 characters; derived ones come out near 66. */
export const TITLE_MAX_CHARS = 72;
/** A paragraph shorter than this is a caption or byline, not the lead. */
export const LEAD_MIN_WORDS = 6;

/** Words a headline must not end on: prepositions, conjunctions, relative pronouns. */
export const DANGLING_WORDS = new Set([
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'و', 'أن', 'ان', 'إن', 'أو', 'ثم', 'مع', 'بين', 'حتى',
  'منذ', 'خلال', 'عند', 'لدى', 'نحو', 'ضد', 'حول', 'بعد', 'قبل', 'التي', 'الذي', 'الذين',
  'اللذين', 'اللتين', 'اللواتي', 'لكن', 'بل', 'كما', 'لأن', 'إذ', 'إذا', 'قد', 'لم', 'لن', 'ما',
  'لا', 'هذا', 'هذه', 'ذلك', 'تلك', 'عبر', 'وفي', 'ومن', 'وعلى', 'وإلى', 'أي', 'كل', 'بعض',
  'بأن', 'كان', 'كانت', 'ب', 'ل', 'ف', 'يوم', 'عام', 'سنة', 'أمام', 'إثر', 'جراء', 'بسبب',
  'لـ', 'بـ', 'وكان', 'وكانت', 'فيما', 'بينما', 'حيث', 'وهو', 'وهي', 'دون', 'غير', 'عدة', 'أحد', 'إحدى',
  'وفق', 'وفقا', 'حسب', 'بحسب', 'ضمن', 'تجاه', 'إزاء', 'لصالح', 'بشأن', 'مثل', 'قائلا', 'قائلة',
  'مشيرا', 'مشيرة', 'مؤكدا', 'مؤكدة', 'إنه', 'أنه', 'بأنه', 'إنها', 'أنها', 'بأنها', 'لها', 'له',
  // Name particles need the name after them: "عبد", "بن", "أبو".
  'بن', 'ابن', 'عبد', 'أبو', 'ابو', 'أبي', 'آل',
  // Heads of a measure that need their figure: "لمدة" alone says nothing.
  'لمدة', 'بقيمة', 'بنسبة', 'بمعدل', 'قرابة', 'حوالي', 'بمبلغ',
  'لما', 'مما', 'بما', 'عما', 'كلما', 'عندما', 'بينهم', 'منها', 'فيها',
  // A number in words before what it counts: "منذ عشر" says nothing without "سنوات".
  'ثلاث', 'ثلاثة', 'أربع', 'أربعة', 'خمس', 'خمسة', 'ست', 'ستة', 'سبع', 'سبعة', 'ثماني', 'ثمانية', 'تسع', 'تسعة', 'عشر', 'عشرة',
]);
const DANGLING_FOLDED = new Set([...DANGLING_WORDS].map(normalizeArabic));

/** Function words carry no news: they count for nothing when choosing what to keep. */
const FUNCTION_WORDS = new Set([...DANGLING_WORDS, 'هو', 'هي', 'هم', 'كل', 'بين', 'أيضا', 'الى', 'أكثر', 'اكثر']
  .map(normalizeArabic));

// Not the dot after a figure or after a one-letter abbreviation ("د." for doctor, "م." for engineer).
const SENTENCE_END = /(?<![0-9٠-٩])(?<!(?:^|[\s(«"])\p{L})[.!?؟](?=\s|$)|\.{2,}/u;
const CLAUSE_SEPARATOR = /\s*[،,؛;]\s*/u;
// A clause that opens with a conjunction or adverb starts a new thought: the core clause ends before it.
const NEW_CLAUSE = /^(?:و|ف)(?:ذلك|هو|هي|هم|في|على|من|إلى|عن|أن|أكد|أضاف|قال|أوضح|أشار|تابع|كان|كانت|لم|قد|ب|ل|مع|بعد|منذ|خلال|حسب|وفق|هذا|هذه)|^(?:حيث|بينما|كما|مشيرا|مشيرة|مؤكدا|مؤكدة|معتبرا|معتبرة|مضيفا|مضيفة|وذلك|بحسب|حسب|وفق|وفقا|وفقاً|نقلا|نقلاً|فيما|إذ|وهو|وهي|مما|لكن)(?:\s|$)/u;
// An apposition ("the director general of …") opens with a definite noun or a title and can be dropped.
const APPOSITION = /^(?:ال|رئيس|وزير|مدير|أمين|نائب|عضو|سفير|مستشار|مساعد|قائد|زعيم|مسؤول|المتحدث|مؤسس|أستاذ|الدكتور)/u;

const DAYS = '(?:السبت|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة)';
// When the story happened: a headline leaves it out ("اليوم الاثنين", "مساء أمس", "يوم الخميس الماضي").
// "اليوم" alone stays: "العالم اليوم" is today's world, not a date.
const TIME_WORDS = new RegExp(
  `(?<=^|\\s)(?:(?:في |يوم |ليل |ليلة |صباح |مساء |ظهر |عصر |فجر |نهار )?(?:اليوم |أمس |امس )?${DAYS}(?: الماضي| المقبل| القادم)?|(?:صباح |مساء |ظهر |عصر |ليل )?(?:أمس|امس)(?: الأول)?|(?:صباح|مساء|ظهر|عصر) (?:اليوم|الغد))(?=\\s|$|[،,.:])`,
  'gu',
);
const MONTHS = '(?:يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|جانفي|فيفري|أفريل|ماي|جوان|جويلية|أوت|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول)';
// A calendar date: "20 أكتوبر 2016", "في آذار/مارس الماضي"; a headline does not carry it.
const DATE = new RegExp(
  `(?<=^|\\s)(?:في )?(?:(?:[0-9٠-٩]{1,2} )${MONTHS}(?: ?/ ?${MONTHS})?(?: [0-9٠-٩]{4})?|${MONTHS}(?: ?/ ?${MONTHS})?(?: [0-9٠-٩]{4}| الماضي| المقبل| الجاري))(?=\\s|$|[،,.:])`,
  'gu',
);
// Where and how something was said, and vague times: a headline has no room for them.
const CIRCUMSTANCE = /(?<=^|\s)(?:(?:و)?(?:في|خلال|عبر) (?:بيان|تصريح|تصريحات|مؤتمر صحفي|تغريدة|كلمة|حديث|مقابلة)(?: صحفي| صحفية| له| لها| رسمي| مشترك)?|في وقت سابق|مؤخرا|مؤخراً|(?:الأسبوع|الشهر|العام) (?:الماضي|الجاري|المقبل)|(?:على|عبر) حسابه (?:على|في|الرسمي على) \S+|تم)(?=\s|$|[،,.:])/gu;
// Asides in brackets: a date, a translation, an abbreviation.
const BRACKETED = /\s*[(（][^()（）]{0,40}[)）]/gu;
// Or between dashes: "الأمير – حفظه الله – يفتتح".
const DASHED = /\s+[–—ـ-]\s+[^–—ـ\-.،]{1,30}?\s+[–—ـ-]\s+/gu;
// "قال X إن Y" is how a lead attributes; a headline writes "X: Y".
const ATTRIBUTION = /^(?:قال|قالت|أكد|أكدت|اكد|اكدت|ذكر|ذكرت|أفاد|أفادت|صرح|صرحت|أوضح|أوضحت|اعتبر|اعتبرت|رأى|رأت|يقول|تقول|يرى|ترى|أشار|أشارت|أعلن|أعلنت|اعلن|اعلنت|كشف|كشفت|أظهر|أظهرت|اظهرت|خلص|خلصت|وجد|وجدت|اعترف|اعترفت|رجح|رجحت|توقع|توقعت|يعتقد|تعتقد)\s+(.{3,100}?)(?:\s*،)?\s+(?:إن|أن|ان|بأن|إلى أن)(ه|ها|هم)?\s+(.+)$/u;

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

// One mark a headline does not end on. Stripped from the end one character at a time: a
// pattern anchored at the end (/[…]+$/) is tried at every space of the text.
const TRAILING_MARK = /[\s،,؛;:\-–—(«"“'»”)]/u;
const dropTrailingMarks = (text: string) => {
  let end = text.length;
  while (end > 0 && TRAILING_MARK.test(text[end - 1]!)) end--;
  return text.slice(0, end);
};
const LEADING_PUNCTUATION = /^[\s،,؛;:\-–—)»”]+/u;
const QUOTES = /["«»“”]/gu;

export function dropDanglingWords(text: string): string {
  const words = dropTrailingMarks(text).split(' ');
  while (words.length > 1 && DANGLING_FOLDED.has(normalizeArabic(words.at(-1)!.replace(/^[«"“(]+/u, '')))) words.pop();
  return dropTrailingMarks(words.join(' '));
}

// A stretch of recent time: "خلال الأيام القليلة الماضية", "في الساعات الأخيرة", "حتى الآن".
const TIME_SPANS = /(?<=^|\s)(?:(?:خلال|في|منذ) (?:الساعات|الأيام|الأسابيع|الأشهر|الشهور|السنوات|الفترة)(?: القليلة)? (?:الماضية|الأخيرة|المقبلة|القادمة|الأولى)|حتى الآن|في وقت لاحق|في وقت متأخر من (?:الليل|مساء|ليل)|منذ (?:ساعات|أيام|أسابيع))(?=\s|$|[،,.:])/gu;

export function dropTimeWords(text: string): string {
  return text.replace(TIME_WORDS, ' ').replace(DATE, ' ').replace(CIRCUMSTANCE, ' ').replace(TIME_SPANS, ' ').replace(/\s{2,}/gu, ' ').replace(/\s+([،,.:])/gu, '$1').replace(/\s*[،,]\s*[،,](?=\s)/gu, '').trim();
}

// A clause on "عن" after the verb is what was announced, not who spoke.
const ANNOUNCED = /^(?:عن|حول|بشأن)\s/u;
const DIACRITIC = /[\u064B-\u065F]/gu;
// "أكد لـ«الصحيفة» الوزير …": to whom it was said comes before the speaker.
const TO_WHOM = /^لـ\s?\S+\s+/u;
// Where and to whom it was said ("في حوار مع …", "على هامش …", "لوكالة …"): the speaker ends before it.
const SAID_WHERE = /\s(?:في (?:حوار|مقابلة|تصريح|تصريحات|كلمة|مؤتمر|لقاء|مستهل|ختام|افتتاح|اجتماع|جلسة|ندوة)|خلال|على هامش|أثناء|لـ|ل(?:وكالة|شبكة|صحيفة|جريدة|قناة|موقع|إذاعة|راديو|تلفزيون)\s)/u;

/** "قال الوزير إن الحكومة …" → "الوزير: الحكومة …"; "أكد الوزير أنه سيزور …" → "الوزير سيزور …" */
export function attributionToColon(text: string): string {
  const match = ATTRIBUTION.exec(text);
  if (!match) return text;
  // "the US president, Donald Trump," → the name: headlines name people, not their posts.
  const parts = match[1]!.split(CLAUSE_SEPARATOR).filter(Boolean);
  // "أعلنت النيابة، عن توقيف رجل يشتبه في أنه …", "أكد الوزير على …، مشيرا إلى أن …": not who spoke.
  if (parts.some((part) => ANNOUNCED.test(part) || DEPENDENT_CLAUSE.test(part.replace(DIACRITIC, '')))) return text;
  // "… على أن": a speaker never ends on a particle; that "أن" belongs to another phrase.
  const setApart = /^\s*،/u.test(match[0].slice(match[0].indexOf(match[1]!) + match[1]!.length));
  if (!setApart && FUNCTION_WORDS.has(normalizeArabic(match[1]!.split(' ').at(-1)!))) return text;
  const found = (parts.find((part) => !APPOSITION.test(part)) ?? parts[0]!).replace(TO_WHOM, '');
  const where = SAID_WHERE.exec(found);
  const speaker = where && where.index > 0 ? found.slice(0, where.index) : found;
  // "that he" refers back to the speaker: the speaker is the subject of what follows.
  return match[2] ? `${speaker} ${match[3]}` : `${speaker}: ${match[3]}`;
}

// Light stem: conjunction, preposition and article prefixes off, so "والحكومة" counts as "حكومه".
const PREFIXES = /^(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)?/u;
const stem = (token: string) => (token.length > 4 ? token.replace(PREFIXES, '') : token);
const NUMBER = /^[0-9]/u;
const CONJOINED = /^(?:و|ف)\p{L}{3,}/u;

/**
 * How often each word's stem comes in the article: the words a story keeps returning to
 * are its subject, and are the ones a headline names.
 */
export function salience(article: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens(article)) {
    if (FUNCTION_WORDS.has(token)) continue;
    const key = stem(token);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * The chance a headline keeps a word: higher the more the article repeats it, higher for
 * figures, lower for a word joined to "و"/"ف" (it opens a side clause).
 */
export function keepChance(token: string, counts: Map<string, number>): number {
  if (FUNCTION_WORDS.has(token)) return FUNCTION_WORD_CHANCE;
  const repeats = Math.max(0, (counts.get(stem(token)) ?? 1) - 1);
  const chance = KEEP_BY_REPEATS[Math.min(repeats, KEEP_BY_REPEATS.length - 1)]!;
  if (NUMBER.test(token)) return chance + 0.12;
  return CONJOINED.test(token) ? chance * 0.6 : chance;
}
const FUNCTION_WORD_CHANCE = 0.12;

/** Each word's keep chance per salience count, worked out once: a lead's stretches share their words. */
const keepChances = new WeakMap<Map<string, number>, Map<string, number>>();
function knownKeepChance(token: string, counts: Map<string, number>): number {
  let known = keepChances.get(counts);
  if (!known) keepChances.set(counts, (known = new Map()));
  let chance = known.get(token);
  if (chance === undefined) known.set(token, (chance = keepChance(token, counts)));
  return chance;
}
/**
 * By how many more times the article uses the word: 0, 1, 2, 3, 4–5, 6 or more. Measured on
 * the evaluation corpus as the share of lead words that the published headline kept.
 */
const KEEP_BY_REPEATS = [0.09, 0.17, 0.26, 0.33, 0.4, 0.4, 0.48];
/** A published headline's usual length in words, for the expected-overlap score. */
export const HEADLINE_WORDS = 7;
/** Later stretches of the lead are a little less likely to be the news. */
const LATER_START = 0.001;
const MIN_WORDS = 3;
/** Words of what was said that a "speaker: …" headline carries at least. */
const SAID_MIN_WORDS = 2;
/** A stretch that ends where its clause ends reads complete: it wins a near tie. */
const COMPLETE_BONUS = 0.003;

/** Expected overlap with the headline an editor would write, per word of the two together. */
export function stretchScore(text: string, counts: Map<string, number>): number {
  const words = tokens(text);
  const kept = words.reduce((sum, token) => sum + knownKeepChance(token, counts), 0);
  return kept / (words.length + HEADLINE_WORDS);
}

export function tidy(text: string, max: number): string {
  let headline = dropDanglingWords(cutAtWord(text.replace(LEADING_PUNCTUATION, '').trim(), max));
  // A quotation cut in the middle loses its closing mark: then its marks go.
  if ((headline.match(QUOTES)?.length ?? 0) % 2 === 1) headline = headline.replace(QUOTES, '');
  return headline.replace(/\s{2,}/gu, ' ').trim();
}

/**
 * The edited lead sentence as thoughts: time words, asides and appositions out, attribution
 * as "X: Y", and a new thought wherever a clause opens with a conjunction or adverb.
 */
export function thoughtsOf(lead: string, article = lead): { thoughts: string[][]; opensOnVerb: boolean; described?: Described; saidAt: number } {
  const sentence = dropFillers(dropTimeWords(firstSentence(lead).replace(BRACKETED, '').replace(DASHED, ' ')), article);
  const attributed = attributionToColon(sentence);
  const [opening, ...rest] = attributed.split(CLAUSE_SEPARATOR).filter(Boolean);
  // The lead's opening past verb becomes a headline's present tense after its subject, where that is safe.
  const reordered = attributed === sentence ? nominalized(opening ?? '') ?? subjectFirst(opening ?? '', article) : opening;
  const first = reordered ?? opening;
  // Attribution or reordering done: the sentence now opens on its subject, not on a verb.
  const opensOnVerb = attributed === sentence && reordered === undefined;
  // Where the speaker ends, when the sentence now reads "speaker: what was said".
  const saidAt = attributed === sentence ? -1 : (opening ?? '').split(' ').findIndex((word) => word.endsWith(':'));
  const thoughts: string[][] = [[first ?? '']];
  let joinWithSpace = false;
  let post: string | undefined;
  for (const clause of rest) {
    const current = thoughts.at(-1)!;
    if (NEW_CLAUSE.test(clause)) thoughts.push([clause]);
    // An apposition is left out, and the clauses around it join as if it had never been there.
    else if (APPOSITION.test(clause) && thoughts.length === 1 && current.length === 1) {
      if (!joinWithSpace && !RELATIVE_ANYWHERE.test(clause)) post ??= clause;
      joinWithSpace = true;
    } else if (joinWithSpace) current[current.length - 1] = `${current.at(-1)} ${clause}`;
    else current.push(clause);
    if (!APPOSITION.test(clause)) joinWithSpace = false;
  }
  // The same opening thought with the apposition in its place: the post may be what the news is about.
  const [opened = '', ...others] = thoughts[0]!;
  const after = opened.slice((first ?? '').length).trim();
  if (!post || !after) return { thoughts, opensOnVerb, saidAt };
  const head = `${first}، ${post}،`;
  return { thoughts, opensOnVerb, saidAt, described: { thought: [`${head} ${after}`, ...others], past: head.split(' ').length + 1, post } };
}

/** The opening thought with an apposition kept, and how many words a stretch of it must reach to go past it. */
export interface Described {
  thought: string[];
  past: number;
  post: string;
}

/** At least half the words of `text` come again in the rest of the article. */
function recurs(text: string, counts: Map<string, number>): boolean {
  const words = tokens(text).filter((token) => !FUNCTION_WORDS.has(token));
  return words.filter((token) => counts.has(stem(token))).length * 2 >= words.length;
}

// "الذي …", "التي …" describe a thing; they are no post to name someone by.
const RELATIVE_ANYWHERE = /(?<=^|\s)(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي|اللائي)(?=\s|$)/u;

/** Where a stretch may start in a thought: its first word, after a comma or colon, or after "that". */
function startsOf(words: string[], opensOnVerb: boolean): number[] {
  // A headline may open on the subject, without the lead's opening verb.
  const starts = [0];
  if (opensOnVerb && looksLikeVerb(words[0] ?? '')) starts.push(1);
  for (let i = 1; i < words.length; i++) {
    if (/[،,؛;:]$/u.test(words[i - 1]!) || THAT.test(words[i - 1]!)) starts.push(i);
    // Not a noun that points back with a pronoun ("من عمره"): it cannot open a headline.
    else if (TOPIC_PREPOSITION.test(words[i - 1]!) && !POSSESSIVE.test(words[i]!)) starts.push(i);
  }
  // Never open on a preposition or conjunction: "على الصندوق …" is half a phrase.
  return starts.filter((i) => i === 0 || !FUNCTION_WORDS.has(normalizeArabic(words[i] ?? '')));
}
const THAT = /^(?:إن|أن|بأن|ان)$/u;
// What was announced, warned of or talked about is the news itself: "أعلن الوزير عن خطة …" → "خطة …".
const TOPIC_PREPOSITION = /^(?:عن|حول|بشأن|بشان|من)$/u;
const POSSESSIVE = /(?:ه|ها|هم|هما|هن|نا)$/u;
const DEPENDENT_CLAUSE = /^(?:وذلك|حيث|إذ|اذ|بينما|فيما|مما|رغم|برغم|وهو|وهي|وهم|كما|لكن|ولكن|فإن|إلا|الا|مشيرا|مشيرة|مؤكدا|مؤكدة|معتبرا|معتبرة|مضيفا|مضيفة|بحسب|حسب|وفق|وفقا|وفقاً|نقلا|نقلاً)(?:\s|$)/u;
// Nouns end in ة, take the article, or are sound plurals and nisbas; a past verb does none of that.
const NOT_A_VERB = /^(?:ال|لل|بال|وال)|(?:ة|ات|ون|ين|ي|ية|اء)$|^[^\p{Script=Arabic}]|^\p{N}/u;

/** The lead's opening word is a past-tense verb (most Arabic leads open on one). */
export function looksLikeVerb(word: string): boolean {
  return word.length >= 2 && word.length <= 7 && !NOT_A_VERB.test(word) && !FUNCTION_WORDS.has(normalizeArabic(word));
}

/** A headline the lead can give, and how much of what the article is about it carries. */
export interface Stretch {
  text: string;
  value: number;
  /** Where in the edited lead sentence it starts, in words. */
  at: number;
}

/** The stretches of the lead's thoughts that fit in `max` characters, each with its score. */
export function stretchesOf(lead: string, context = '', max = TITLE_MAX_CHARS): Stretch[] {
  const counts = salience(`${lead}\n${context}`);
  const stretches: Stretch[] = [];
  const add = (words: string[], start: number, offset: number, minWords = MIN_WORDS, colon = -1) => {
    for (let end = start + minWords; end <= words.length; end++) {
      const stretch = words.slice(start, end).join(' ');
      if (stretch.length > max) break;
      // Who spoke, without what they said (two words of it at least), is no headline.
      if (start <= colon && end < colon + SAID_MIN_WORDS + 1) continue;
      const text = tidy(stretch, max);
      if (text.split(' ').length < minWords) continue;
      // Where its clause ends (not at a colon: the speaker alone is no headline).
      const whole = end === words.length || /[،,؛;]$/u.test(words[end - 1]!);
      stretches.push({ text, value: stretchScore(text, counts) - LATER_START * (offset + start) + (whole ? COMPLETE_BONUS : 0), at: offset + start });
    }
  };
  const { thoughts, opensOnVerb, described, saidAt } = thoughtsOf(lead, `${lead}\n${context}`);
  let offset = 0;
  for (const [index, thought] of thoughts.entries()) {
    // A clause that hangs on the one before ("وذلك …", "حيث …") cannot stand as a headline.
    if (index > 0 && DEPENDENT_CLAUSE.test(thought[0] ?? '')) continue;
    const words = thought.join('، ').split(' ').filter(Boolean);
    for (const start of startsOf(words, opensOnVerb && index === 0)) add(words, start, offset, MIN_WORDS, index === 0 ? saidAt : -1);
    offset += words.length;
  }
  if (described && recurs(described.post, salience(context))) {
    // With the post kept, the whole sentence from its opening word, and past the post to what
    // was done: a name and a post alone are a caption, and a word left dangling is no end.
    add(described.thought.join('، ').split(' ').filter(Boolean), 0, 0, described.past);
  }
  return stretches;
}

/**
 * Of the stretches of the lead's thoughts that fit in `max` characters, the one whose words
 * the article keeps coming back to; the opening wins unless a later stretch is clearly better.
 */
export function headlineFromLead(lead: string, context = '', max = TITLE_MAX_CHARS): string {
  let best: Stretch | undefined;
  for (const stretch of stretchesOf(lead, context, max)) if (!best || stretch.value > best.value) best = stretch;
  return best?.text || tidy(lead, max);
}

// Words a headline leaves out: the sport after a team or a cup, "company" before the company's
// name, courtesy titles before a name; they take room and say nothing the name does not.
const SPORT = /(?<=\S) ل(?:كرة|كره) (?:القدم|اليد|السلة|السله|الطائرة|الطائره)(?: للرجال| للسيدات| للناشئين| الخماسية)?(?=\s|$|[،,.:])/gu;
// Not before "شركة X لصناعة …": the description after the name belongs to "شركة".
const COMPANY = /(?<=^|\s)(?:شركة|شركه) (?=(\S+)(?!\S| ل))/gu;
const COURTESY = /(?<=^|\s)(?:السيد|السيدة|السيده|معالي|سعادة|فضيلة|صاحب السمو(?: الملكي)?|سمو|خادم الحرمين الشريفين(?= الملك)) (?=\S)/gu;
// A name by the person and their father: "محمد بن سلمان بن عبدالعزيز آل سعود" → "محمد بن سلمان".
const LINEAGE = /(?<=^|\s)(\S+ (?:بن|ابن) \S+)(?: (?:بن|ابن) \S+)+(?: آل \S+)?(?=\s|$|[،,.:])/gu;
// A country by the short name headlines use: "المملكة العربية السعودية" → "السعودية".
const LONG_NAMES: Array<[RegExp, string]> = [
  [/(?:ال)?مملكة العربية السعودية/gu, 'السعودية'],
  [/(?:دولة )?الإمارات العربية المتحدة/gu, 'الإمارات'],
  [/جمهورية مصر العربية/gu, 'مصر'],
  [/الجمهورية الإسلامية الإيرانية/gu, 'إيران'],
  [/(?<=الولايات المتحدة) (?:الأمريكية|الأميركية|الامريكية)/gu, ''],
  [/(?<=^|\s)دولة (?=(?:الكويت|قطر|الإمارات|فلسطين|ليبيا)(?=\s|$|[،,.:]))/gu, ''],
];
// Asides that only soften or sequence: "أيضا", "من جهته", "ما يعرف بـ".
const HEDGES = /(?<=^|\s)(?:أيضا|أيضاً|ايضا|كذلك|حاليا|حالياً|مجددا|مجدداً|بدوره|بدورها|من جهته|من جهتها|من جانبه|من جانبها|بالفعل|ما يسمى(?:\s?ب)?|ما يعرف(?:\s?ب)?)(?=\s|$|[،,.:])/gu;
// A company's name: quoted, in Latin letters, or a word the article writes more than once that is no common noun or adjective.
const QUOTED_OR_LATIN = /^["«“'A-Za-z#]/u;
const NOT_A_COMPANY_NAME = /^(?:ال|لل|بال|وال|و)|(?:ة|ه|ى|ات|ية|ين|ون)$/u;

export function dropFillers(text: string, article = text): string {
  // The article's words counted only when a company's name is in question (seldom).
  let counts: Map<string, number> | undefined;
  const countOf = (key: string) => {
    if (!counts) {
      counts = new Map();
      for (const token of tokens(article)) counts.set(token, (counts.get(token) ?? 0) + 1);
    }
    return counts.get(key) ?? 0;
  };
  const isName = (word: string) => {
    if (QUOTED_OR_LATIN.test(word)) return true;
    const key = normalizeArabic(word.replace(/[^\p{L}\p{M}\p{N}]+$/u, ''));
    return !NOT_A_COMPANY_NAME.test(word) && !FUNCTION_WORDS.has(key) && countOf(key) >= 2;
  };
  let shortened = text.replace(LINEAGE, '$1');
  for (const [pattern, short] of LONG_NAMES) shortened = shortened.replace(pattern, short);
  return shortened
    .replace(SPORT, '')
    .replace(COMPANY, (match, name: string) => (isName(name) ? '' : match))
    .replace(COURTESY, '')
    .replace(HEDGES, '')
    .replace(/\s{2,}/gu, ' ')
    .trim();
}

// An event with no doer is told with its noun, the way headlines do: "توفي الممثل …" →
// "وفاة الممثل …", "ارتفعت أسعار النفط …" → "ارتفاع أسعار النفط …". Intransitive verbs only,
// so what follows is the one the event happened to.
const EVENT_NOUNS: Array<[string[], string]> = [
  [['توفي', 'توفى', 'توفيت'], 'وفاة'],
  [['ارتفع', 'ارتفعت'], 'ارتفاع'],
  [['انخفض', 'انخفضت'], 'انخفاض'],
  [['تراجع', 'تراجعت'], 'تراجع'],
  [['اندلع', 'اندلعت'], 'اندلاع'],
  [['انطلق', 'انطلقت'], 'انطلاق'],
  [['اختتمت'], 'اختتام'],
  [['فاز', 'فازت'], 'فوز'],
  [['سقط', 'سقطت'], 'سقوط'],
  [['تحطمت', 'تحطم'], 'تحطم'],
  [['انهار', 'انهارت'], 'انهيار'],
  [['تأهل', 'تأهلت'], 'تأهل'],
  [['أصيب', 'أصيبت', 'اصيب'], 'إصابة'],
  [['انتهت', 'انتهى'], 'انتهاء'],
  [['اختفى', 'اختفت'], 'اختفاء'],
  [['نجا', 'نجت'], 'نجاة'],
  [['غرق', 'غرقت'], 'غرق'],
  [['وصل', 'وصلت'], 'وصول'],
  [['استقال', 'استقالت'], 'استقالة'],
  [['رحل', 'رحلت'], 'رحيل'],
  [['هبط', 'هبطت'], 'هبوط'],
  [['صعد', 'صعدت'], 'صعود'],
  [['انفجر', 'انفجرت'], 'انفجار'],
  [['تجدد', 'تجددت'], 'تجدد'],
  [['انسحب', 'انسحبت'], 'انسحاب'],
  [['استقر', 'استقرت'], 'استقرار'],
];
const EVENT_NOUN = new Map(EVENT_NOUNS.flatMap(([verbs, noun]) => verbs.map((verb) => [normalizeArabic(verb), noun] as const)));

export function nominalized(clause: string): string | undefined {
  const [verb = '', ...rest] = clause.split(' ');
  const noun = EVENT_NOUN.get(normalizeArabic(verb));
  // What follows must be the one it happened to: a noun, not a time or a particle.
  const next = rest[0] ?? '';
  if (!noun || !next || FUNCTION_WORDS.has(normalizeArabic(next)) || NOT_AN_EVENT_SUBJECT.test(next)) return undefined;
  return [noun, ...rest].join(' ');
}
// Nor a phrase on a preposition: "وصل بحضور …", "وصل إلى …", "رحل بالأمس".
const NOT_AN_EVENT_SUBJECT = /^(?:اليوم|أمس|امس|غدا|غداً|الآن|حاليا|مؤخرا)[،,]?$|^(?:بال|لل|كال|بحفظ|برعاية|بحضور|بمشاركة|بقيادة)/u;

// Reading a past verb's shape: its last letter, and the patterns whose present tense is written by rule.
const FEMININE_PAST = /^(.{3,})ت$/u;
const WEAK_END = /[اىيوءئؤ]$/u;
const SHORT_DERIVED_STEM = /^ا\p{L}{3}$/u;
const PRESENT_BY_PATTERN: Array<[RegExp, (stem: string) => string]> = [
  // استفعل → يستفعل; not a hollow root, whose present changes its vowel ("استعاد" → "يستعيد").
  [/^است\p{L}[^اوي]\p{L}$/u, (stem) => stem.slice(1)],
  // انفعل / افتعل → ينفعل / يفتعل, and أفعل written without its hamza; not a hollow أفعل ("اشار").
  [/^ا(?:\p{L}[^اوي]\p{L}|\p{L}{4})$/u, (stem) => stem.slice(1)],
  // أفعل → يفعل; not a hollow root ("أشار" → "يشير").
  [/^أ\p{L}[^اوي]\p{L}$/u, (stem) => stem.slice(1)],
  // فعل, sound, with no long vowel or hamza, and not a present form or a noun of place: حذر → يحذر, كشف → يكشف
  [/^[^اأإآوىيءئؤمةتن][^اأإآوىيءئؤة][^اأإآوىيءئؤةت]$/u, (stem) => stem],
];
// تفعّل / تفاعل → تتفعل / تتفاعل: read as a past verb only with the feminine ending, as "تعادلت", "تمكنت".
const FEMININE_ONLY: [RegExp, (stem: string) => string] = [/^ت\p{L}{3,4}$/u, (stem) => stem];
// Verbs whose present tense is irregular or that are auxiliaries.
const NOT_REWRITTEN = new Set(['ليس', 'ليست', 'كان', 'كانت', 'ظل', 'ظلت', 'بات', 'باتت', 'صار', 'صارت', 'عاد', 'عادت', 'بدأ', 'بدأت']);

// Verbs a lead often opens on whose present is not written by rule (hamza, hollow or weak root),
// each followed by a preposition or a clause rather than straight by its object.
const IRREGULAR_PRESENT = new Map<string, string>([
  ['أكد', 'يؤكد'], ['أكدت', 'تؤكد'], ['دعا', 'يدعو'], ['دعت', 'تدعو'], ['نفى', 'ينفي'], ['نفت', 'تنفي'],
  ['أبدى', 'يبدي'], ['أبدت', 'تبدي'], ['أشار', 'يشير'], ['أشارت', 'تشير'], ['أعاد', 'يعيد'], ['أعادت', 'تعيد'],
  ['وافق', 'يوافق'], ['وافقت', 'توافق'], ['أجرى', 'يجري'], ['أجرت', 'تجري'], ['أثار', 'يثير'], ['أثارت', 'تثير'],
]);

/** "حذر" → "يحذر", "أعلنت" → "تعلن", "انتقد" → "ينتقد"; undefined when the past form does not say. */
export function presentTense(past: string): string | undefined {
  if (NOT_REWRITTEN.has(past)) return undefined;
  const irregular = IRREGULAR_PRESENT.get(past);
  if (irregular) return irregular;
  const feminine = FEMININE_PAST.exec(past);
  const stem = feminine ? feminine[1]! : past;
  const prefix = feminine ? 'ت' : 'ي';
  // A last weak letter ("أبدى", "دعا") changes in the present: left as it is.
  if (WEAK_END.test(stem)) return undefined;
  // "انتهت", "اشترت": a feminine past of four letters after the alef has lost a weak last letter ("انتهى").
  if (feminine && SHORT_DERIVED_STEM.test(stem)) return undefined;
  for (const [pattern, rewrite] of feminine ? [...PRESENT_BY_PATTERN, FEMININE_ONLY] : PRESENT_BY_PATTERN) {
    if (pattern.test(stem)) return prefix + rewrite(stem);
  }
  return undefined;
}

// Where the subject ends: the first standalone preposition after it. Not "في": it may describe
// the subject ("السلطات في ولاية …").
const SUBJECT_END = /^(?:من|على|إلى|عن|مع|أمام|ضد|حول|بشأن|لدى|نحو)$/u;
// After a definite subject, an object opens on a noun that points back to it ("توقيتها") or on a
// verbal noun ("تزويد", "إطلاق", "استئناف"): no name has these shapes.
const OBJECT_START = /^(?!ال|و)\p{L}{2,}(?:(?<![يو])ه|ها|هم|هما)$|^(?:ت\p{L}{2}ي\p{L}|إ\p{L}{2}ا\p{L}|ا\p{L}ت\p{L}ا\p{L}|ان\p{L}{2}ا\p{L}|است\p{L}{2}ا\p{L})$/u;
// "عدد من", "الكثير من": a quantity's "من" names what is counted, not where the subject ends.
const QUANTITY = /^(?:عدد|العديد|الكثير|كثير|بعض|مجموعة|جملة|عشرات|العشرات|مئات|المئات|آلاف|الآلاف|أحد|إحدى|جميع|معظم|غالبية|أغلب|أكثر|أقل)$/u;
// After a definite noun, only an adjective of relation ("الاتحاد الأوروبي") belongs to the subject; another definite noun is the object.
const NISBA = /(?:ي|ية|يه|يين|يون|يان)$/u;
const PARTITIVE = /^من$/u;
const PEOPLE_PLURAL = /\p{L}{2}(?:ون|و)$/u;
const BROKEN_PEOPLE_PLURAL = /^(?:أعضاء|نواب|خبراء|علماء|وزراء|قادة|سكان|أهالي|أهالى|شباب|طلاب|عمال|لاعبو|نشطاء|ناشطون)$/u;
const VERBAL_NOUN = /^(?:و)?ال(?:ت|ا|إ|أ)/u;
const MAX_SUBJECT_WORDS = 3;
const DEFINITE = /^(?:و)?(?:ال|لل)\p{L}/u;

/**
 * "أعلنت وزارة النقل عن خطة" → "وزارة النقل تعلن عن خطة": headlines put the subject first and
 * the verb in the present. Only when a preposition closes a short subject, the verb has a
 * regular present, and the article does not repeat the word (a repeated word is a name or a noun).
 */
export function subjectFirst(clause: string, article = clause): string | undefined {
  const words = clause.split(' ');
  const verb = words[0] ?? '';
  if (!looksLikeVerb(verb) || tokens(article).filter((token) => token === normalizeArabic(verb)).length > 1) return undefined;
  const present = presentTense(verb);
  const end = words.findIndex((word, i) => i > 0 && (SUBJECT_END.test(word) || (i > 1 && OBJECT_START.test(word) && DEFINITE.test(words[i - 1]!))));
  if (!present || end < 2 || end - 1 > MAX_SUBJECT_WORDS) return undefined;
  const subject = words.slice(1, end);
  // "فريق من الباحثين": after an indefinite noun, "من" says what it is made of, not where the subject ends.
  // A plural of people takes a plural verb after it ("مغردون يطلقون"): not written by rule.
  if (PEOPLE_PLURAL.test(subject[0]!) || BROKEN_PEOPLE_PLURAL.test(subject[0]!)) return undefined;
  if (QUANTITY.test(subject.at(-1)!) || (PARTITIVE.test(words[end]!) && !DEFINITE.test(subject.at(-1)!))) return undefined;
  if (subject.some((word, i) => i > 0 && DEFINITE.test(subject[i - 1]!) && !NISBA.test(word))) return undefined;
  // A verbal noun before the preposition is the object's head ("قررت فولكسفاغن التوقف عن …").
  if (subject.some((word, i) => i > 0 && VERBAL_NOUN.test(word) && !NISBA.test(word))) return undefined;
  // A subject is nouns: no particle, no pronoun suffix clause, no punctuation that opens an aside.
  if (subject.some((word) => FUNCTION_WORDS.has(normalizeArabic(word)) || /[،,؛;:"«»“”()]/u.test(word))) return undefined;
  // One noun, or a phrase that ends definite ("وزارة النقل"): an indefinite word after the subject is its object ("خطة جديدة").
  if (subject.length > 1 && !DEFINITE.test(subject.at(-1)!)) return undefined;
  if (subject.some((word) => /\p{N}/u.test(word)) || /^(?:ب|ل)(?!ال)/u.test(subject[0]!)) return undefined;
  return [...subject, present, ...words.slice(end)].join(' ');
}

const wordsIn = (text: string) => text.split(/\s+/u).filter(Boolean).length;

// The editing rules above read Arabic; a French or English seed gets its first sentence, cut.
const LATIN_DANGLING = new Set(['de', 'la', 'le', 'les', 'des', 'du', 'un', 'une', 'et', 'à', 'au', 'aux', 'en', 'dans', 'pour', 'sur', 'par', 'avec', 'que', 'qui', "l'", "d'", 'the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'with', 'by', 'at', 'from', 'that',
  'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'will', 'its', 'their', 'a', 'est', 'ont', 'sont', 'lors', 'après', 'selon',
  'after', 'before', 'as', 'but', 'or', 'than', 'when', 'into', 'over']);

export function latinHeadline(lead: string, max = TITLE_MAX_CHARS): string {
  const words = dropTrailingMarks(cutAtWord(firstSentence(lead), max)).split(' ');
  while (words.length > 1 && LATIN_DANGLING.has(words.at(-1)!.toLowerCase())) words.pop();
  return dropTrailingMarks(words.join(' '));
}

const READS_ARABIC_SCRIPT = new Set(['ar', 'fa', 'ur']);

/** The lead (first paragraph long enough to be one) and everything else the article says. */
export function leadAndContext(body: Draft['body']): { lead: string; context: string } {
  const paragraphs = body.filter((block) => block.kind === 'paragraph').map((block) => block.text);
  const leadIndex = Math.max(0, paragraphs.findIndex((text) => wordsIn(text) >= LEAD_MIN_WORDS));
  const lead = paragraphs[leadIndex] ?? '';
  // Every other block, subheadings too: they are the article's own summaries of itself. Of a
  // paragraph, its opening sentence, which says what the paragraph is about; the rest adds detail.
  // The paragraph after the lead restates its news, so what it repeats counts once more.
  const restated = paragraphs[leadIndex + 1] ?? '';
  const context = [...body.map((block) => block.text).filter((text) => text !== lead).map(firstSentence), restated].join('\n');
  return { lead, context };
}

export const deriveTitle: Step = (draft) => {
  if (draft.title) return draft;
  const { lead, context } = leadAndContext(draft.body);
  const title = READS_ARABIC_SCRIPT.has(draft.lang) ? headlineFromLead(lead, context) : latinHeadline(lead);
  return { ...draft, title };
};
