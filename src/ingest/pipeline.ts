// The ingest as an ordered list of named steps: text first, then structure, then what is derived.
import { createHash } from 'node:crypto';
import { type Article, type Draft, IngestError, type Removed, type Step } from './article.js';
import { decodeSeed } from './decode.js';
import { checkSize, DEFAULT_LIMITS, type Limits } from './limits.js';
import { checkLimits } from './steps/check-limits.js';
import { countWords } from './steps/count-words.js';
import { deriveExcerpt } from './steps/derive-excerpt.js';
import { deriveTitle } from './steps/derive-title.js';
import { detectCredit } from './steps/detect-credit.js';
import { detectDateline } from './steps/detect-dateline.js';
import { detectHeadings } from './steps/detect-headings.js';
import { detectLanguage } from './steps/detect-language.js';
import { findDate } from './steps/find-date.js';
import { normalizeText } from './steps/normalize-text.js';
import { readHeader } from './steps/read-header.js';
import { splitLines } from './steps/split-lines.js';
import { stripBoilerplate } from './steps/strip-boilerplate.js';

/** Bumped whenever a step's output changes, so cached ingests are redone. */
export const INGEST_VERSION = 6;

export const STEPS: ReadonlyArray<[string, Step]> = [
  ['normalize-text', normalizeText],
  ['read-header', readHeader],
  ['split-lines', splitLines],
  ['check-limits', checkLimits(DEFAULT_LIMITS)],
  ['strip-boilerplate', stripBoilerplate],
  ['find-date', findDate],
  ['detect-dateline', detectDateline],
  ['detect-credit', detectCredit],
  ['detect-headings', detectHeadings],
  ['detect-language', detectLanguage],
  ['derive-title', deriveTitle],
  ['derive-excerpt', deriveExcerpt],
  ['count-words', countWords],
];

const SEED_ID = /(?:^|_)([0-9a-f]{16})\.txt$/;

export function seedId(fileName: string, sha256: string): string {
  return SEED_ID.exec(fileName)?.[1] ?? sha256.slice(0, 16);
}

export interface Ingested {
  article: Article;
  removed: Removed[];
  warnings: string[];
}

export function emptyDraft(source: string, bytes: Uint8Array): Draft {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return {
    source, sha256, id: seedId(source, sha256), text: '', lines: [], body: [], removed: [], warnings: [],
    title: '', description: '', lang: 'ar', dir: 'rtl', date: null, dateKind: 'undated',
    place: null, credit: null, publisher: null, url: null, section: null, topics: [], words: 0, readingMinutes: 0,
  };
}

/** The steps with the `check-limits` step set to `limits`. */
export function withLimits(steps: ReadonlyArray<[string, Step]>, limits: Limits): Array<[string, Step]> {
  return steps.map(([name, step]) => [name, name === 'check-limits' ? checkLimits(limits) : step]);
}

/** Seed bytes to an article. Pure: the caller reads files and writes output. */
export function ingest(source: string, bytes: Uint8Array, steps = STEPS, limits: Limits = DEFAULT_LIMITS): Ingested {
  checkSize(bytes.length, limits);
  const decoded = decodeSeed(bytes);
  let draft: Draft = { ...emptyDraft(source, bytes), text: decoded.text, warnings: decoded.warnings };
  for (const [, step] of withLimits(steps, limits)) draft = step(draft);
  if (!draft.body.some((block) => block.kind === 'paragraph')) {
    throw new IngestError('no-text', 'nothing is left once leftovers are removed');
  }
  const { text: _text, lines: _lines, removed, warnings, ...article } = draft;
  return { article: { ...article, headings: headingsOf(article.body) }, removed, warnings };
}

function headingsOf(body: Draft['body']): string[] {
  return body.filter((block) => block.kind === 'heading').map((block) => block.text);
}
