// Language and direction per article. Script first (Arabic letters or Latin), then the
// language within the script by its commonest little words, since letters alone mislead:
// Arabic is often typed on a Persian keyboard (ی, ک), and Persian and Urdu share letters.
import type { Step } from '../article.js';
import { normalizeArabic } from '../../text/arabic.js';

// Letters of each script as ranges of UTF-16 units (all in the BMP).
const ARABIC_LETTER: ReadonlyArray<readonly [number, number]> = [[0x0600, 0x06ff], [0x0750, 0x077f], [0x08a0, 0x08ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff]];
const LATIN_LETTER: ReadonlyArray<readonly [number, number]> = [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f]];
const WORD = /[\p{L}\p{M}']+/gu;

// Function words, written as `normalizeArabic` writes them (ی→ي, ک→ك, ة→ه, أ→ا).
const ARABIC_WORDS = new Set(['في', 'من', 'علي', 'الي', 'التي', 'الذي', 'ان', 'عن', 'هذا', 'هذه', 'ذلك', 'مع', 'كان', 'قد', 'لم', 'بين', 'كما', 'الا', 'او', 'بعد', 'قال', 'حيث', 'لا', 'ما']);
const PERSIAN_WORDS = new Set(['است', 'اين', 'را', 'كه', 'مي', 'هاي', 'براي', 'از', 'شده', 'شد', 'كرد', 'خود', 'نيز', 'بود', 'ها', 'آن', 'اند', 'هم', 'دارد', 'كند', 'يك', 'گفت']);
const URDU_WORDS = new Set(['ہے', 'ہیں', 'كے', 'كي', 'ميں', 'اور', 'سے', 'نے', 'كو', 'يہ', 'كہ', 'تھا', 'تھی', 'گیا', 'ہو', 'پر', 'بھی', 'ليے', 'كا']);
// Letters only Persian and Urdu write (پ چ ژ گ), and letters only Urdu writes (ٹ ڈ ڑ ں ے ہ).
const PERSIAN_LETTERS = /[پچژگ]/u;
const URDU_LETTERS = /[ٹڈڑںےہۓ]/u;

const FRENCH_WORDS = new Set(['le', 'la', 'les', 'des', 'du', 'une', 'est', 'et', 'dans', 'pour', 'qui', 'que', 'sur', 'au', 'aux', 'avec', 'par', 'sont', 'été', 'ont', 'il', 'elle', 'pas', 'ce', 'cette', "l'", "d'"]);
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'with', 'on', 'by', 'are', 'has', 'have', 'from', 'said', 'it', 'he', 'she', 'this', 'be', 'at', 'an']);

// Each UTF-16 unit's script, looked up in one table built from the ranges above.
const ARABIC = 1;
const LATIN = 2;
const SCRIPT_OF_UNIT = new Uint8Array(0x10000);
for (const [script, ranges] of [[ARABIC, ARABIC_LETTER], [LATIN, LATIN_LETTER]] as const) {
  for (const [first, last] of ranges) SCRIPT_OF_UNIT.fill(script, first, last + 1);
}

/** How many units of `text` are Arabic-script letters, and how many Latin. */
function scriptCounts(text: string): { arabic: number; latin: number } {
  let arabic = 0, latin = 0;
  for (let i = 0; i < text.length; i++) {
    const script = SCRIPT_OF_UNIT[text.charCodeAt(i)];
    if (script === ARABIC) arabic++;
    else if (script === LATIN) latin++;
  }
  return { arabic, latin };
}

export type Direction = 'rtl' | 'ltr';

/** What one word as written says for Arabic, Persian and Urdu: 0, 1 or 2 each. */
function wordVotes(raw: string): [number, number, number] {
  const word = normalizeArabic(raw);
  const votes: [number, number, number] = [ARABIC_WORDS.has(word) ? 1 : 0, PERSIAN_WORDS.has(word) ? 1 : 0, URDU_WORDS.has(word) ? 1 : 0];
  if (URDU_LETTERS.test(raw)) votes[2]++;
  else if (PERSIAN_LETTERS.test(raw)) votes[1]++;
  return votes;
}

function arabicScriptLanguage(text: string): string {
  let arabic = 0, persian = 0, urdu = 0;
  // A text repeats its words: each is weighed once.
  const seen = new Map<string, [number, number, number]>();
  for (const raw of text.match(WORD) ?? []) {
    let votes = seen.get(raw);
    if (!votes) seen.set(raw, (votes = wordVotes(raw)));
    arabic += votes[0];
    persian += votes[1];
    urdu += votes[2];
  }
  if (urdu > arabic && urdu >= persian) return 'ur';
  if (persian > arabic) return 'fa';
  return 'ar';
}

function latinScriptLanguage(text: string): string {
  let french = 0, english = 0;
  for (const raw of text.toLowerCase().replace(/[’]/g, "'").match(WORD) ?? []) {
    // "l'état" counts its article.
    const word = /^[ld]'/.test(raw) ? raw.slice(0, 2) : raw;
    if (FRENCH_WORDS.has(word)) french++;
    if (ENGLISH_WORDS.has(word)) english++;
  }
  return french > english ? 'fr' : 'en';
}

export function detectLanguageOf(text: string): { lang: string; dir: Direction } {
  const { arabic, latin } = scriptCounts(text);
  if (arabic >= latin) return { lang: arabicScriptLanguage(text), dir: 'rtl' };
  return { lang: latinScriptLanguage(text), dir: 'ltr' };
}

export const detectLanguage: Step = (draft) => ({
  ...draft,
  ...detectLanguageOf(draft.body.map((block) => block.text).join('\n')),
});
