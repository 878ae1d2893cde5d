// Size limits a seed must keep to. A seed over any of them is refused with a reason, never
// cut short. Set in the site settings (`limits` in templates/_data/site.json); these are
// the defaults, about ten times the largest real news article (the largest of 1,728
// measured: 24 KB, 71 paragraphs, 9,447 characters in one paragraph), and low enough that
// a seed made only of Markdown-like symbols still renders in about a second.
import { IngestError } from './article.js';

export interface Limits {
  /** Largest seed file, in bytes. */
  maxSeedBytes: number;
  /** Longest paragraph (one line of the seed), in characters after normalising. */
  maxLineChars: number;
  /** Most paragraphs (non-blank lines) in one seed. */
  maxParagraphs: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxSeedBytes: 262_144,
  maxLineChars: 20_000,
  maxParagraphs: 1_000,
};

/** Settings as read from JSON, checked: unknown keys and non-positive numbers are errors. */
export function limitsFrom(value: unknown): Limits {
  if (value === undefined) return { ...DEFAULT_LIMITS };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('limits: expected an object');
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, n] of Object.entries(value)) {
    if (!(key in DEFAULT_LIMITS)) throw new Error(`limits: unknown setting ${key}`);
    if (!Number.isSafeInteger(n) || (n as number) <= 0) throw new Error(`limits.${key}: expected a positive whole number`);
    limits[key as keyof Limits] = n as number;
  }
  return limits;
}

export function checkSize(bytes: number, limits: Limits): void {
  if (bytes > limits.maxSeedBytes) {
    throw new IngestError('too-large', `the file is ${bytes} bytes, over the limit of ${limits.maxSeedBytes}`);
  }
}
