// The typed result of ingesting one seed: every later stage reads this, never the raw text.

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string };

/**
 * `published`: from the metadata header or written in the opening lines; `added`: the
 * day the seed was first added to the archive; `undated` only until the build records that.
 */
export type DateKind = 'published' | 'added' | 'undated';

export interface Removed {
  /** Why the line was taken out, e.g. `comment-counter`. */
  rule: string;
  text: string;
}

export interface Topic {
  /** Normalised Arabic key: the URL is built from it. */
  key: string;
  /** Natural Arabic form for display. */
  label: string;
}

export interface Article {
  id: string;
  title: string;
  description: string;
  lang: string;
  dir: 'rtl' | 'ltr';
  /** ISO 8601 date (yyyy-mm-dd) or null when undated. */
  date: string | null;
  dateKind: DateKind;
  /** Dateline or byline recognised at the start of the lead. */
  place: string | null;
  /** Agency or source credit recognised at the end. */
  credit: string | null;
  /** The newsroom that published it, from the seed's metadata header. */
  publisher: string | null;
  /** The original address (http or https), from the metadata header. */
  url: string | null;
  /** The newsroom's section, from the metadata header. */
  section: string | null;
  topics: Topic[];
  headings: string[];
  words: number;
  readingMinutes: number;
  source: string;
  sha256: string;
  body: Block[];
}

/** What the steps pass along: the article under construction (its headings are read from
 * the body at the end), the text still being read, and what was removed or warned about. */
export interface Draft extends Omit<Article, 'headings'> {
  text: string;
  lines: string[];
  removed: Removed[];
  warnings: string[];
}

export type Step = (draft: Draft) => Draft;

/** A seed the ingest refuses, with a stable code for reports and exit status. */
export class IngestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}
