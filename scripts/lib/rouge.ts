// ROUGE-1 and ROUGE-L F1 between a candidate and a reference, over normalised Arabic
// tokens, so spelling variants (أ/ا, ة/ه, ى/ي, diacritics) do not count as misses.
import { tokens } from '../../src/text/arabic.js';

export interface Rouge {
  rouge1: number;
  rougeL: number;
}

const f1 = (overlap: number, candidate: number, reference: number) =>
  overlap === 0 ? 0 : (2 * overlap) / (candidate + reference);

/** Unigram overlap, each reference word matched at most as often as it occurs. */
export function unigramOverlap(candidate: string[], reference: string[]): number {
  const counts = new Map<string, number>();
  for (const word of reference) counts.set(word, (counts.get(word) ?? 0) + 1);
  let overlap = 0;
  for (const word of candidate) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      overlap++;
      counts.set(word, left - 1);
    }
  }
  return overlap;
}

/** Length of the longest common subsequence of two token lists. */
export function lcsLength(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const current = [0];
    for (let j = 0; j < b.length; j++) {
      current.push(word === b[j] ? previous[j]! + 1 : Math.max(previous[j + 1]!, current[j]!));
    }
    previous = current;
  }
  return previous[b.length]!;
}

export function rouge(candidate: string, reference: string): Rouge {
  const c = tokens(candidate);
  const r = tokens(reference);
  return {
    rouge1: f1(unigramOverlap(c, r), c.length, r.length),
    rougeL: f1(lcsLength(c, r), c.length, r.length),
  };
}
