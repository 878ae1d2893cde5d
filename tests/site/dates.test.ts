import { describe, expect, it } from 'vitest';
import { monthName, monthYear } from '../../src/site/dates.js';
import { articleCount } from '../../src/site/plural.js';

describe('month names follow the locale', () => {
  it.each([
    ['ar-MA', 'latn', 1, 'يناير'],
    ['ar-MA', 'latn', 7, 'يوليوز'],
    ['ar-EG', 'latn', 7, 'يوليو'],
    ['ar-SY', 'latn', 1, 'كانون الثاني'],
    ['ar-SY', 'latn', 3, 'آذار'],
    ['ar-TN', 'latn', 1, 'جانفي'],
    ['ar-DZ', 'latn', 7, 'جويلية'],
  ] as const)('%s month %i', (locale, digits, month, name) => {
    expect(monthName(month, { locale, digits })).toBe(name);
  });

  it('writes the year in the chosen digits', () => {
    expect(monthYear('2024-03', { locale: 'ar-MA', digits: 'latn' })).toBe('مارس 2024');
    expect(monthYear('2024-03', { locale: 'ar-SY', digits: 'arab' })).toBe('آذار ٢٠٢٤');
  });
});

describe('articleCount', () => {
  it.each([
    [0, 'لا مقالات'], [1, 'مقال واحد'], [2, 'مقالان'], [3, '3 مقالات'], [10, '10 مقالات'],
    [11, '11 مقالًا'], [99, '99 مقالًا'], [100, '100 مقال'], [103, '103 مقالات'], [111, '111 مقالًا'],
  ])('%i', (n, text) => {
    expect(articleCount(n, { locale: 'ar-MA', digits: 'latn' })).toBe(text);
  });

  it('uses Arabic-Indic digits when asked', () => {
    expect(articleCount(25, { locale: 'ar-SY', digits: 'arab' })).toBe('٢٥ مقالًا');
  });
});
