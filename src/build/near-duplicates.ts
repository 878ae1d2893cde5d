// Near-duplicate seeds: the same story scraped twice, with a changed footer or a fixed
// typo. Texts become sets of word shingles; MinHash signatures with banded
// locality-sensitive hashing find candidate pairs without comparing every pair, and the
// exact Jaccard similarity of the shingle sets decides.
import { normalizeArabic } from '../text/arabic.js';

/** Words per shingle: three words keep one changed word from touching more than three shingles. */
export const SHINGLE_WORDS = 3;
export const MINHASH_SIZE = 64;
// 16 bands of 4 rows: pairs at similarity 0.9 become candidates with probability above 0.99999
// (1 - (1 - 0.9^4)^16), pairs below 0.5 rarely; candidates are then compared exactly.
const BANDS = 16;
const ROWS = MINHASH_SIZE / BANDS;

export interface DuplicateSettings {
  /** Merge near-duplicates into the first by file name; when false they are only reported. */
  mergeNear: boolean;
  /** Jaccard similarity of shingle sets at or above which two seeds are the same story. */
  nearSimilarity: number;
}

export const DEFAULT_DUPLICATE_SETTINGS: Readonly<DuplicateSettings> = { mergeNear: true, nearSimilarity: 0.9 };

export function duplicateSettingsFrom(value: unknown): DuplicateSettings {
  if (value === undefined) return { ...DEFAULT_DUPLICATE_SETTINGS };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('duplicates: expected an object');
  const settings = { ...DEFAULT_DUPLICATE_SETTINGS, ...(value as Partial<DuplicateSettings>) };
  if (typeof settings.mergeNear !== 'boolean') throw new Error('duplicates.mergeNear: expected true or false');
  const s = settings.nearSimilarity;
  if (typeof s !== 'number' || !(s > 0 && s <= 1)) throw new Error('duplicates.nearSimilarity: expected a number in (0, 1]');
  return settings;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE_UNIT = 0x20;

/** FNV-1a, 32 bits, of `text` continued from the hash `h` of what came before it. */
function fnv1aOn(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** FNV-1a, 32 bits: a fixed hash so signatures are the same on every machine. */
function fnv1a(text: string): number {
  return fnv1aOn(FNV_OFFSET, text) >>> 0;
}

/** `fnv1a(words.slice(from, to).join(' '))` without making the joined string. */
function fnv1aJoined(words: readonly string[], from: number, to: number): number {
  let h = fnv1aOn(FNV_OFFSET, words[from]!);
  for (let i = from + 1; i < to; i++) h = fnv1aOn(Math.imul(h ^ SPACE_UNIT, FNV_PRIME), words[i]!);
  return h >>> 0;
}

/** Murmur3's finaliser: mixes a 32-bit value with a seed into one of many independent hashes. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => mix(i + 1, 0x9e3779b9));

const SPACE = /\s+/u;

/**
 * Shingles of normalised words (hamza forms, ة/ه, ى/ي, digits folded), as hashes. Words are
 * runs of non-space, punctuation included, so texts made of symbols are told apart too.
 */
export function shingles(text: string, size = SHINGLE_WORDS): Set<number> {
  const words = normalizeArabic(text).split(SPACE).filter(Boolean);
  const set = new Set<number>();
  if (words.length < size) {
    if (words.length > 0) set.add(fnv1a(words.join(' ')));
    return set;
  }
  for (let i = 0; i + size <= words.length; i++) set.add(fnv1aJoined(words, i, i + size));
  return set;
}

export function minhash(set: Set<number>): Uint32Array {
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const h = mix(x, SEEDS[i]!);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** The shingles as an ascending list: compact to keep between builds, and compared by one merge. */
export function sortedShingles(set: Set<number>): Uint32Array {
  return Uint32Array.from(set).sort();
}

/** `jaccard` over two `sortedShingles` lists: the same number, as the same counts are divided. */
export function jaccardSorted(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared / (a.length + b.length - shared);
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface NearDuplicate {
  /** Index of the later text. */
  index: number;
  /** Index of the earliest kept text it matches. */
  of: number;
  similarity: number;
}

/** A band of a signature as an exact string key: its band number, then its rows as 16-bit halves. */
function bandKey(signature: Uint32Array, band: number): string {
  let key = String.fromCharCode(band);
  for (let row = band * ROWS; row < (band + 1) * ROWS; row++) {
    key += String.fromCharCode(signature[row]! >>> 16, signature[row]! & 0xffff);
  }
  return key;
}

/**
 * For texts in reading order (by file name), each text that is a near-duplicate of an
 * earlier one that is itself kept, with the earliest such match.
 */
export function findNearDuplicates(texts: string[], threshold: number): NearDuplicate[] {
  const sets = texts.map((t) => shingles(t));
  return nearDuplicatesOf(sets.map(minhash), (index, other) => jaccard(sets[index]!, sets[other]!), threshold);
}

/**
 * The same from each text's signature and the similarity of two texts by index, both of
 * which the ingest keeps between builds: texts are compared only when they share a band.
 */
export function nearDuplicatesOf(
  signatures: ReadonlyArray<Uint32Array>, similarityOf: (index: number, other: number) => number, threshold: number,
): NearDuplicate[] {
  const buckets = new Map<string, number[]>();
  const found: NearDuplicate[] = [];
  const merged = new Set<number>();
  signatures.forEach((signature, index) => {
    const keys = Array.from({ length: BANDS }, (_, band) => bandKey(signature, band));
    const candidates = new Set<number>();
    for (const key of keys) for (const other of buckets.get(key) ?? []) candidates.add(other);
    // The earliest kept candidate similar enough: later ones are not compared at all.
    for (const other of [...candidates].sort((a, b) => a - b)) {
      if (merged.has(other)) continue;
      const similarity = similarityOf(index, other);
      if (similarity >= threshold) {
        found.push({ index, of: other, similarity });
        merged.add(index);
        return;
      }
    }
    for (const key of keys) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
  });
  return found;
}
