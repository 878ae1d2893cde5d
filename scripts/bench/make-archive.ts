// Makes an archive of N distinct seeds from a corpus by recombining its articles: the
// first pass uses each article as it is, later passes append the lead of another article,
// so every seed is different text of realistic length and vocabulary.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CorpusItem } from '../lib/corpus.js';

const decoder = new TextDecoder();

/** A date header line for the seed, so the archive spreads over the corpus's years. */
function header(item: CorpusItem): string {
  return item.label.date_iso ? `date: ${item.label.date_iso.slice(0, 10)}\n` : '';
}

const paragraphs = (item: CorpusItem) => decoder.decode(item.bytes).split('\n').filter((line) => line.trim());

/**
 * Seed `i`: the corpus article as it is on the first pass; on later passes the first half
 * of its paragraphs followed by the second half of another's. Appending less (one lead)
 * left later passes over 90% the same as the original, and the build merged them as
 * near-duplicates: 10,000 seeds published barely 7,000 articles.
 */
export function seedText(corpus: CorpusItem[], i: number): string {
  const n = corpus.length;
  const base = corpus[i % n]!;
  const round = Math.floor(i / n);
  if (round === 0) return `${header(base)}${decoder.decode(base.bytes).trimEnd()}\n`;
  // (7·base + round) mod n differs for every round of the same base article.
  let partner = corpus[(7 * (i % n) + round) % n]!;
  if (partner === base) partner = corpus[(i + 1) % n]!;
  const own = paragraphs(base);
  const other = paragraphs(partner);
  const kept = own.slice(0, Math.max(1, Math.floor(own.length / 2)));
  const taken = other.slice(Math.min(other.length - 1, Math.floor(other.length / 2)));
  return `${header(base)}${[...kept, ...taken].join('\n')}\n`;
}

export function seedName(i: number, text: string): string {
  const hex = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return `${String(i).padStart(6, '0')}_${hex}.txt`;
}

/** Writes N seeds into `dir`; returns their names. */
export function makeArchive(corpus: CorpusItem[], count: number, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = seedText(corpus, i);
    const name = seedName(i, text);
    writeFileSync(path.join(dir, name), text);
    names.push(name);
  }
  return names;
}
