// Language and direction per article, from the letters it is written in.
import type { Step } from '../article.js';

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/gu;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/gu;
// Letters Persian and Urdu use that Arabic does not.
const PERSIAN_LETTERS = /[پچژگکی]/gu;
const URDU_LETTERS = /[ٹڈڑںےھ]/gu;
const FRENCH_WORDS = /\b(?:le|la|les|des|du|une|est|et|dans|pour|qui|que|sur|au|aux|avec|par|sont|été)\b/giu;
const ENGLISH_WORDS = /\b(?:the|and|of|to|in|is|that|for|was|with|on|by|are|has|have|from|said)\b/giu;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

export function detectLanguageOf(text: string): { lang: string; dir: 'rtl' | 'ltr' } {
  const arabic = count(text, ARABIC_LETTER);
  const latin = count(text, LATIN_LETTER);
  if (arabic >= latin) {
    const urdu = count(text, URDU_LETTERS);
    const persian = count(text, PERSIAN_LETTERS);
    if (arabic > 0 && urdu / arabic > 0.01) return { lang: 'ur', dir: 'rtl' };
    if (arabic > 0 && persian / arabic > 0.01) return { lang: 'fa', dir: 'rtl' };
    return { lang: 'ar', dir: 'rtl' };
  }
  return count(text, FRENCH_WORDS) > count(text, ENGLISH_WORDS)
    ? { lang: 'fr', dir: 'ltr' }
    : { lang: 'en', dir: 'ltr' };
}

export const detectLanguage: Step = (draft) => ({
  ...draft,
  ...detectLanguageOf(draft.body.map((block) => block.text).join('\n')),
});
