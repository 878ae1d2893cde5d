// Counts of articles in correct Arabic: the noun's form depends on the number's plural
// category (واحد، مثنى، 3-10 جمع، 11-99 تمييز مفرد منصوب، 100+ مفرد).
import { formatNumber, type DateSettings } from './dates.js';

const CATEGORIES = new Intl.PluralRules('ar');

export function articleCount(n: number, settings: DateSettings): string {
  const number = formatNumber(n, settings);
  switch (CATEGORIES.select(n)) {
    case 'zero': return 'لا مقالات';
    case 'one': return 'مقال واحد';
    case 'two': return 'مقالان';
    case 'few': return `${number} مقالات`;
    case 'many': return `${number} مقالًا`;
    default: return `${number} مقال`;
  }
}
