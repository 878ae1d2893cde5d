import { describe, expect, it } from 'vitest';
import { Lexicon, numbersToText, signedFromText, unsignedFromText } from '../../src/text/lexicon.js';

describe('Lexicon', () => {
  it('numbers each distinct word once, in order of first sight, spellings kept apart', () => {
    const lexicon = new Lexicon(['الحكومة', 'الحكومه']);
    expect(lexicon.number('الحكومة')).toBe(0);
    expect(lexicon.number('الحكومه')).toBe(1);
    expect(lexicon.number('ی')).toBe(2);
    expect(lexicon.number('ي')).toBe(3);
    expect(lexicon.number('ی')).toBe(2);
    expect(lexicon.word(1)).toBe('الحكومه');
    expect(lexicon.word(4)).toBeUndefined();
    expect(lexicon.list()).toEqual(['الحكومة', 'الحكومه', 'ی', 'ي']);
    expect(new Lexicon(lexicon.list()).size).toBe(4);
  });

  it('finds a word\'s number without giving one to a word it lacks', () => {
    const lexicon = new Lexicon(['وزارة']);
    expect(lexicon.find('وزارة')).toBe(0);
    expect(lexicon.find('وزاره')).toBeUndefined();
    expect(lexicon.size).toBe(1);
  });
});

describe('numbers as text', () => {
  it('round-trips signed and unsigned numbers', () => {
    const signed = Int32Array.from([0, -1, 7, 2 ** 31 - 1, -(2 ** 31)]);
    expect(Array.from(signedFromText(numbersToText(signed))!)).toEqual(Array.from(signed));
    const unsigned = Uint32Array.from([0, 0xffffffff, 12345]);
    expect(Array.from(unsignedFromText(numbersToText(unsigned))!)).toEqual(Array.from(unsigned));
    expect(signedFromText(numbersToText(new Int32Array(0)))!.length).toBe(0);
  });

  it('refuses what is not a list of 32-bit numbers', () => {
    expect(signedFromText(123)).toBeNull();
    expect(signedFromText(Buffer.from([1, 2, 3]).toString('base64'))).toBeNull();
    expect(unsignedFromText(undefined)).toBeNull();
  });
});
