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

export function seedText(corpus: CorpusItem[], i: number): string {
  const n = corpus.length;
  const base = corpus[i % n]!;
  const round = Math.floor(i / n);
  const text = decoder.decode(base.bytes).trimEnd();
  if (round === 0) return `${header(base)}${text}\n`;
  // (7·base + round) mod n differs for every round of the same base article.
  let partner = corpus[(7 * (i % n) + round) % n]!;
  if (partner === base) partner = corpus[(i + 1) % n]!;
  const partnerLead = decoder.decode(partner.bytes).split('\n').find((line) => line.trim()) ?? '';
  return `${header(base)}${text}\n${partnerLead}\n`;
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
