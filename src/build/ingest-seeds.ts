// Reads the seeds folder and writes the generated Markdown and catalogue. The only place
// the ingest touches the file system; seeds are opened read-only and never written.
import { createHash, randomBytes } from 'node:crypto';
import {
  type BigIntStats, closeSync, constants, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, type Stats, writeFileSync, writeSync,
} from 'node:fs';
import path from 'node:path';
import { IngestError, type Article, type Step } from '../ingest/article.js';
import { checkSize, DEFAULT_LIMITS, type Limits } from '../ingest/limits.js';
import { type Ingested, INGEST_VERSION, STEPS } from '../ingest/pipeline.js';
import { frontMatterOf, toMarkdown } from '../ingest/serialize.js';
import { topicsOfWords, type TopicWords, topicWords } from '../ingest/topics.js';
import { ARTICLES_DIR, byNewest, CATALOG_FILE } from '../site/catalog.js';
import {
  DEFAULT_DUPLICATE_SETTINGS, type DuplicateSettings, jaccardSorted, MINHASH_SIZE, minhash, nearDuplicatesOf, shingles, sortedShingles,
} from './near-duplicates.js';
import { writeAside } from './write-aside.js';
import { rankRelatedAside } from './related-thread.js';
import { escapeControls, messageOf, type ReportEntry } from './report.js';
import { ADDED_FILE, recordAdded } from './added-dates.js';
import { articleUrl } from '../site/urls.js';
import { articleText, linkArticles, type TermCounts, termCounts } from './related.js';
import { Lexicon, numbersToText, signedFromText, unsignedFromText } from '../text/lexicon.js';
import { STOP_WORDS } from '../text/arabic-stop-words.js';
import { BODY_HASHES_FILE } from './render-plan.js';
import { IngestPool, workerCount } from './ingest-pool.js';
import { ingestOutcome, type SeedJob } from './ingest-outcome.js';
import { SeedStats } from './seed-stats.js';

const SEED_NAME = /\.txt$/;
/** Beside the ingest cache: each seed's file status with its cache key (src/build/seed-stats.ts). */
const SEED_STATS_FILE = 'seed-stats.json';
/** Project files that live beside the seeds and are read elsewhere: skipped without a word. */
export const KNOWN_PROJECT_FILES: ReadonlySet<string> = new Set(['added.json']);
/** The added-dates catalogue (and its temporary file while written) lives with the seeds but is not one. */
export const isProjectFile = (name: string) => KNOWN_PROJECT_FILES.has(name) || name.startsWith(`${ADDED_FILE}.tmp-`);
// Read-only; never follow a link swapped in after the check; never wait on a FIFO.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
const utf8Name = new TextDecoder('utf-8', { fatal: true });

export { articleUrl };

export interface IngestOptions {
  limits?: Limits;
  duplicates?: DuplicateSettings;
  steps?: ReadonlyArray<[string, Step]>;
  /** Where each seed's ingest is kept between builds (in the work folder); unset: no cache. */
  cacheFile?: string;
  /** Worker threads for the seeds not in the cache: 0 for none; unset, one per core when there are enough seeds. */
  workers?: number;
  /** When the build started (ms since the epoch), for the file-status record; unset: now. */
  startedMs?: number;
}

/**
 * What the archive-wide passes need of one article and that depends on the article alone:
 * its MinHash signature and shingles (near-duplicates), its content terms counted (related
 * articles) and its words (topics), words and terms as numbers of the cache's lexicon. Kept
 * in the cache entry, so a rebuild does arithmetic over them instead of reading every text again.
 */
interface Derived {
  /** `derivedVersion()` of the code that made it: other code, and it is made again. */
  v: string;
  /** The lexicon (its `generation`) the numbers are in. */
  lexicon: string;
  /** Lists of numbers as `numbersToText`; the shingles ascending. */
  signature: string;
  shingles: string;
  /** Distinct terms in first-occurrence order, and how often each occurs. */
  terms: string;
  counts: number[];
  /** `topicWords` of the body: the words, and where the lead's end. */
  words: string;
  lead: number;
  /** `bodyKey` of the article: exact duplicates are found without hashing every body again. */
  body: string;
}

/** `Derived` read back into numbers for this build; the shingles only when compared. */
interface Decoded {
  signature: Uint32Array;
  shingles: string;
  terms: TermCounts;
  words: TopicWords;
  body: string;
}

/** A seed's ingest as kept in the cache: what the pipeline returned, or the error it gave. */
type Cached = (Ingested & { derived?: Derived }) | { error: { code: string; reason: string } };

/** The words derived data is numbered in, with a name that changes whenever the numbering starts afresh. */
interface CacheLexicon {
  generation: string;
  lexicon: Lexicon;
}

const freshLexicon = (): CacheLexicon => ({ generation: randomBytes(8).toString('hex'), lexicon: new Lexicon() });

// The code derived data comes from: a change there, or in the stop words, makes it again.
const DERIVERS = ['./near-duplicates.ts', './related.ts', '../ingest/topics.ts', '../text/arabic.ts', '../text/arabic-stop-words.ts']
  .map((file) => path.resolve(import.meta.dirname, file));
let derivedVersionMemo: string | undefined;

function derivedVersion(): string {
  if (derivedVersionMemo) return derivedVersionMemo;
  const hash = createHash('sha256');
  for (const file of DERIVERS) hash.update(readFileSync(file)).update('\0');
  hash.update([...STOP_WORDS].join('\n'));
  return (derivedVersionMemo = hash.digest('hex').slice(0, 16));
}

function derive(article: Article, { generation, lexicon }: CacheLexicon): { derived: Derived; decoded: Decoded } {
  const terms = termCounts(articleText(article), lexicon);
  const set = shingles(bodyText(article));
  const signature = minhash(set);
  // Topics are drawn from the body alone: `withTopics` gives no title.
  const words = topicWords({ body: article.body }, (surface) => lexicon.number(surface));
  const derived: Derived = {
    v: derivedVersion(), lexicon: generation, signature: numbersToText(signature), shingles: numbersToText(sortedShingles(set)),
    terms: numbersToText(terms.terms), counts: terms.counts, words: numbersToText(words.written), lead: words.weightedEnd,
    body: bodyKey(article),
  };
  return { derived, decoded: { signature, shingles: derived.shingles, terms, words, body: derived.body } };
}

const RUN_END = -1;

/** The cached derived data read back, when it is whole, made by this code and in this lexicon; else null. */
function decodeDerived(derived: Derived | undefined, { generation, lexicon }: CacheLexicon): Decoded | null {
  if (!derived || derived.v !== derivedVersion() || derived.lexicon !== generation || !Array.isArray(derived.counts) || typeof derived.body !== 'string') return null;
  const signature = unsignedFromText(derived.signature);
  const terms = signedFromText(derived.terms);
  const words = signedFromText(derived.words);
  if (signature?.length !== MINHASH_SIZE || !unsignedFromText(derived.shingles) || !terms || !words) return null;
  if (terms.length !== derived.counts.length || !(derived.lead >= 0 && derived.lead <= words.length)) return null;
  const size = lexicon.size;
  for (const n of terms) if (!(n >= 0 && n < size)) return null;
  for (const n of words) if (!(n === RUN_END || (n >= 0 && n < size))) return null;
  return { signature, shingles: derived.shingles, terms: { terms, counts: derived.counts }, words: { written: words, weightedEnd: derived.lead }, body: derived.body };
}

/**
 * Term counts of the articles `ingestSeeds` returned, for `writeContent`: used only while the
 * article still has the title and body they were counted from, else counted again.
 */
const knownTerms = new WeakMap<Article, { title: string; body: Article['body']; terms: TermCounts; lexicon: Lexicon }>();

/** Keyed by everything the per-seed ingest reads: code version, limits, file name and bytes. */
function cacheKey(file: string, bytes: Uint8Array, limits: Limits): string {
  return createHash('sha256')
    .update(`${INGEST_VERSION}\0${JSON.stringify(limits)}\0${file}\0`)
    .update(bytes)
    .digest('hex');
}

/**
 * The cache file: a header line, then one line per seed, `<key>\t<JSON>`; JSON never holds a
 * raw newline or tab. Lines are parsed only for the seeds read, and an unchanged seed's line
 * is written back as it was read, so a rebuild neither parses nor writes one big JSON text.
 */
const CACHE_HEADER = `${JSON.stringify({ arshifIngestCache: 2 })}\n`;
const NEWLINE = 0x0a;
const TAB = 0x09;
/** Lines are gathered into writes of about this many bytes. */
const CACHE_WRITE_CHUNK = 1 << 20;

/** A seed's line in the cache: its JSON as read (null once changed) and, once asked for, parsed. */
interface CacheLine {
  json: Buffer | null;
  value?: Cached;
}

/** The line holding the lexicon: a key no seed has (theirs are SHA-256 in hex). */
const LEXICON_KEY = 'lexicon';

function readCache(file: string | undefined): { lines: Map<string, CacheLine>; lexicon: CacheLexicon } {
  const lines = new Map<string, CacheLine>();
  if (!file) return { lines, lexicon: freshLexicon() };
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    // Missing or unreadable: every seed is ingested again and the cache rewritten.
    return { lines, lexicon: freshLexicon() };
  }
  // Another format (an older build's): ignored, and replaced when written.
  if (!bytes.subarray(0, CACHE_HEADER.length).equals(Buffer.from(CACHE_HEADER))) return { lines, lexicon: freshLexicon() };
  for (let start = CACHE_HEADER.length; start < bytes.length; ) {
    let end = bytes.indexOf(NEWLINE, start);
    // A line cut short (a full disk) has no newline: it is left out.
    if (end < 0) break;
    const tab = bytes.indexOf(TAB, start);
    if (tab > start && tab < end) lines.set(bytes.toString('latin1', start, tab), { json: bytes.subarray(tab + 1, end) });
    start = end + 1;
  }
  const lexicon = lexiconOf(lines.get(LEXICON_KEY));
  lines.delete(LEXICON_KEY);
  return { lines, lexicon };
}

/** The lexicon as read, or a fresh one (in which no cached numbers are valid) when it is damaged. */
function lexiconOf(line: CacheLine | undefined): CacheLexicon {
  try {
    const { generation, words } = JSON.parse(line!.json!.toString('utf8')) as { generation: unknown; words: unknown };
    if (typeof generation !== 'string' || !Array.isArray(words) || !words.every((w) => typeof w === 'string')) return freshLexicon();
    const lexicon = new Lexicon(words as string[]);
    // The same word twice would give two numbers to one word.
    return lexicon.size === words.length ? { generation, lexicon } : freshLexicon();
  } catch {
    return freshLexicon();
  }
}

/** A cached seed's ingest, parsed on first use; undefined when missing or not JSON. */
function cachedValue(line: CacheLine | undefined): Cached | undefined {
  if (!line) return undefined;
  if (line.value === undefined && line.json) {
    try {
      line.value = JSON.parse(line.json.toString('utf8')) as Cached;
    } catch {
      return undefined;
    }
  }
  return line.value;
}

/** Keeps only this build's seeds, so removed ones leave the cache; written beside and renamed. */
function writeCache(file: string, cache: Map<string, CacheLine>, { generation, lexicon }: CacheLexicon): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    let chunk: Buffer[] = [Buffer.from(CACHE_HEADER), Buffer.from(`${LEXICON_KEY}\t${JSON.stringify({ generation, words: lexicon.list() })}\n`)];
    let size = 0;
    for (const [key, line] of cache) {
      const json = line.json ?? Buffer.from(JSON.stringify(line.value));
      chunk.push(Buffer.from(`${key}\t`, 'latin1'), json, Buffer.from('\n'));
      size += json.length;
      if (size >= CACHE_WRITE_CHUNK) {
        writeSync(fd, Buffer.concat(chunk));
        chunk = [];
        size = 0;
      }
    }
    writeSync(fd, Buffer.concat(chunk));
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

function entry(file: string, fields: Partial<ReportEntry>): ReportEntry {
  return {
    file, id: null, status: 'ok', code: null, reason: null, url: null, title: null, lang: null,
    date: null, place: null, credit: null, removed: [], warnings: [], ...fields,
  };
}

/**
 * Text identity for duplicate detection: the article body as read, whatever the bytes; its
 * hash, so the archive's bodies are not held a second time as keys.
 */
const bodyKey = (article: Article) => createHash('sha256').update(JSON.stringify(article.body)).digest('base64');
const bodyText = (article: Article) => article.body.map((block) => block.text).join('\n');
const byCodePoint = (a: Buffer, b: Buffer) => Buffer.compare(a, b);

// ARSHIF_PROFILE=1: each archive-wide pass prints its wall time and the heap after it, to find what is slow.
const PROFILE = process.env.ARSHIF_PROFILE === '1';
function pass<T>(name: string, run: () => T): T {
  if (!PROFILE) return run();
  const started = performance.now();
  const result = run();
  const { heapUsed, rss } = process.memoryUsage();
  console.error(`profile: ${name} ${Math.round(performance.now() - started)} ms, heap ${Math.round(heapUsed / 2 ** 20)} MB, rss ${Math.round(rss / 2 ** 20)} MB`);
  return result;
}

/** Why a folder entry is not a seed, or null when it is a regular `.txt` file. */
export function notASeed(name: string, stat: Pick<Stats, 'isSymbolicLink' | 'isDirectory' | 'isFile'>): string | null {
  if (stat.isSymbolicLink()) return 'a symbolic link: only files in the seeds folder itself are read';
  if (stat.isDirectory()) return 'a folder: seeds are read from the seeds folder only, not below it';
  if (!stat.isFile()) return 'not a regular file';
  if (!SEED_NAME.test(name)) return 'not a .txt file';
  return null;
}

/** Reads one seed, refusing it before reading when it is over the size limit. */
export function readSeed(full: Buffer | string, limits: Limits): Buffer {
  let fd: number;
  try {
    fd = openSync(full, OPEN_FLAGS);
  } catch (error) {
    throw new IngestError('unreadable', `the file cannot be opened (${(error as NodeJS.ErrnoException).code})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new IngestError('unreadable', 'the file changed into something else while being read');
    checkSize(stat.size, limits);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * A seed as first read: its file name, cache key and bytes, and its cached ingest when the
 * cache has it (then the bytes are not read when the file's status says it is unchanged).
 */
interface ScannedSeed {
  file: string;
  key: string;
  bytes?: Buffer;
  line?: CacheLine;
  result?: Cached;
  /** Its place among the seeds sent to the pipeline. */
  job?: number;
}

/** A folder entry read: a seed, the report entry of one that is not read further, or null for a project file. */
function scanSeed(seedsDir: string, raw: Buffer, limits: Limits, previous: Map<string, CacheLine>, stats: SeedStats): ScannedSeed | { entry: ReportEntry } | null {
  const full = Buffer.concat([Buffer.from(`${seedsDir}${path.sep}`), raw]);
  let file: string;
  try {
    file = utf8Name.decode(raw);
  } catch {
    return { entry: entry(raw.toString('latin1'), { status: 'skipped', code: 'not-a-seed', reason: 'the file name is not UTF-8' }) };
  }
  if (isProjectFile(file)) return null;
  let skip: string | null;
  let stat: BigIntStats;
  try {
    stat = lstatSync(full, { bigint: true });
    skip = notASeed(file, stat);
  } catch (error) {
    return { entry: entry(file, { status: 'error', code: 'unreadable', reason: `the file cannot be read (${(error as NodeJS.ErrnoException).code})` }) };
  }
  if (skip) return { entry: entry(file, { status: 'skipped', code: 'not-a-seed', reason: skip }) };
  try {
    // A file whose status is the one recorded with a key still in the cache is not read again.
    const known = stats.keyOf(file, stat);
    const knownLine = known === undefined ? undefined : previous.get(known);
    const knownResult = cachedValue(knownLine);
    if (knownResult) {
      stats.record(file, stat, known!);
      return { file, key: known!, line: knownLine, result: knownResult };
    }
    // The file name is shown on the article page as its provenance: controls and bidi marks escaped, as on the terminal.
    const bytes = readSeed(full, limits);
    const key = cacheKey(file, bytes, limits);
    stats.record(file, stat, key);
    const line = previous.get(key);
    return { file, key, bytes, line, result: cachedValue(line) };
  } catch (error) {
    return { entry: failedEntry(file, error) };
  }
}

/** A seed that failed: refused with a reason, or a fault in a step that costs this seed only (every other seed still builds). */
function failedEntry(file: string, error: unknown): ReportEntry {
  const [code, reason] = error instanceof IngestError ? [error.code, error.message]
    : ['ingest-failed', `the ingest failed on this seed (a bug to report): ${messageOf(error)}`];
  return entry(file, { status: 'error', code, reason });
}

export function ingestSeeds(
  seedsDir: string,
  { limits = DEFAULT_LIMITS, duplicates = DEFAULT_DUPLICATE_SETTINGS, steps = STEPS, cacheFile, workers, startedMs }: IngestOptions = {},
  onSeed: (done: number, total: number) => void = () => {},
): { articles: Article[]; entries: ReportEntry[] } {
  // Steps other than the project's own (tests swap some in) are never cached.
  const cachePath = steps === STEPS ? cacheFile : undefined;
  const { lines: previous, lexicon } = pass('read cache', () => readCache(cachePath));
  const cache = new Map<string, CacheLine>();
  const articles: Article[] = [];
  const entries: ReportEntry[] = [];
  const entryOf = new Map<Article, ReportEntry>();
  const byId = new Map<string, Article>();
  const byBody = new Map<string, string>();
  const derivedOf = new Map<Article, Decoded>();
  // Every seed's derived data, copies included, to count the lexicon's words still in use.
  const allDerived: Decoded[] = [];
  // Whether the cache file needs writing: a seed ingested or derived anew, or one gone.
  let cacheChanged = false;
  // Names as bytes, sorted by byte (so by code point), so every machine reads seeds in the same order.
  const names = readdirSync(seedsDir, { encoding: 'buffer' }).sort(byCodePoint);
  const started = performance.now();
  // First every seed is read and looked up in the cache; those not in it go to the pipeline,
  // on worker threads when there are enough. Then each is taken in seed order.
  const stats = new SeedStats(cachePath && path.join(path.dirname(cachePath), SEED_STATS_FILE), `${INGEST_VERSION}\0${JSON.stringify(limits)}`, startedMs);
  const scanned = names.map((raw) => scanSeed(seedsDir, raw, limits, previous, stats));
  const jobs: SeedJob[] = [];
  for (const seed of scanned) if (seed && 'key' in seed && !seed.result) seed.job = jobs.push({ source: escapeControls(seed.file), bytes: seed.bytes! }) - 1;
  const threads = steps === STEPS ? workerCount(jobs.length, workers) : 0;
  const pool = threads > 0 ? new IngestPool(jobs, limits, threads) : null;
  try {
    for (const [index, seed] of scanned.entries()) {
      onSeed(index, names.length);
      if (!seed) continue;
      if ('entry' in seed) {
        entries.push(seed.entry);
        continue;
      }
      const { file, key } = seed;
      try {
        let line = seed.line;
        let result = seed.result;
        if (!result) {
          cacheChanged = true;
          const outcome = pool ? pool.take(seed.job!) : ingestOutcome(jobs[seed.job!]!, limits, steps);
          // A refusal is as repeatable as an ingest; a fault in a step (a bug) is not kept.
          if ('fault' in outcome) throw new Error(outcome.fault);
          result = 'ingested' in outcome ? outcome.ingested : { error: outcome.refused };
          line = { json: null, value: result };
        }
        cache.set(key, line!);
        if ('error' in result) throw new IngestError(result.error.code, result.error.reason);
        const { article, removed, warnings } = result;
        let derived = decodeDerived(result.derived, lexicon);
        if (!derived) {
          cacheChanged = true;
          const made = derive(article, lexicon);
          result.derived = made.derived;
          derived = made.decoded;
          line!.json = null;
        }
        allDerived.push(derived);
        const textKey = derived.body;
        const sameText = byBody.get(textKey);
        if (sameText) {
          entries.push(entry(file, {
            id: article.id, status: 'duplicate', code: 'duplicate', reason: `same text as ${sameText}, which is published`,
            url: articleUrl(article.id), title: article.title, removed, warnings,
          }));
          continue;
        }
        const sameId = byId.get(article.id);
        if (sameId) {
          throw new IngestError('duplicate-id', `its id ${article.id} is already used by ${sameId.source}, which has other text`);
        }
        byId.set(article.id, article);
        byBody.set(textKey, file);
        articles.push(article);
        derivedOf.set(article, derived);
        const ok = entry(file, {
          id: article.id, url: articleUrl(article.id), title: article.title, lang: article.lang,
          date: article.date, place: article.place, credit: article.credit, removed, warnings,
        });
        entryOf.set(article, ok);
        entries.push(ok);
      } catch (error) {
        entries.push(failedEntry(file, error));
      }
    }
  } finally {
    pool?.close();
  }
  onSeed(names.length, names.length);
  pass(`read seeds (${Math.round(performance.now() - started)} ms)`, () => 0);
  // The previous cache's unused entries are let go before the archive-wide passes need memory.
  if (previous.size !== cache.size) cacheChanged = true;
  previous.clear();
  if (cachePath && cacheChanged) pass('write cache', () => writeCache(cachePath, cache, lexiconToKeep(lexicon, allDerived, cache)));
  stats.write();
  allDerived.length = 0;
  cache.clear();
  const dropped = pass('near-duplicates', () => markNearDuplicates(articles, entryOf, duplicates, derivedOf));
  const kept = articles.filter((a) => !dropped.has(a));
  const dated = pass('added dates', () => withAddedDates(seedsDir, kept, entries));
  // Added dates keep the order of `kept`, whose articles carry the derived data.
  const decoded = kept.map((article) => derivedOf.get(article)!);
  // Related articles read the same term counts and not the topics: ranked beside them.
  const related = rankRelatedAside(kept.map((a, i) => ({ id: a.id, counts: decoded[i]!.terms })), lexicon.lexicon);
  const final = pass('topics', () => withTopics(dated, decoded, lexicon.lexicon));
  final.forEach((article, i) => knownTerms.set(article, { title: article.title, body: article.body, terms: decoded[i]!.terms, lexicon: lexicon.lexicon }));
  rankedFor.set(final, related);
  return { articles: final, entries };
}

/** The related ranking an ingest started for the articles it returned, for `writeContent` when it writes those. */
const rankedFor = new WeakMap<readonly Article[], () => Map<string, string[]>>();

/** Words of removed seeds beyond this many, and beyond as many as are in use, start the lexicon afresh. */
const LEXICON_SLACK = 100_000;

/**
 * The lexicon to write: this one, unless it mostly holds words of seeds since removed. Then
 * a fresh one is written and every seed's derived data dropped, to be made again next build.
 */
function lexiconToKeep(lexicon: CacheLexicon, derived: Decoded[], cache: Map<string, CacheLine>): CacheLexicon {
  const used = new Uint8Array(lexicon.lexicon.size);
  let inUse = 0;
  const see = (n: number) => {
    if (n >= 0 && used[n] === 0) {
      used[n] = 1;
      inUse++;
    }
  };
  for (const { terms, words } of derived) {
    terms.terms.forEach(see);
    words.written.forEach(see);
  }
  if (lexicon.lexicon.size <= 2 * inUse + LEXICON_SLACK) return lexicon;
  for (const line of cache.values()) {
    const value = cachedValue(line);
    if (value && 'article' in value && value.derived) {
      delete value.derived;
      line.json = null;
    }
  }
  return freshLexicon();
}

/** Reports near-duplicates on their entries; returns those merged into an earlier article. */
function markNearDuplicates(
  articles: Article[], entryOf: Map<Article, ReportEntry>, settings: DuplicateSettings, derivedOf: Map<Article, Decoded>,
): Set<Article> {
  const dropped = new Set<Article>();
  const signatures = articles.map((article) => derivedOf.get(article)!.signature);
  // Shingle lists are decoded only for the articles that share a band with another.
  const lists = new Map<number, Uint32Array>();
  const shinglesOf = (index: number) => {
    let list = lists.get(index);
    if (!list) lists.set(index, (list = unsignedFromText(derivedOf.get(articles[index]!)!.shingles)!));
    return list;
  };
  const similarityOf = (index: number, other: number) => jaccardSorted(shinglesOf(index), shinglesOf(other));
  for (const { index, of, similarity } of nearDuplicatesOf(signatures, similarityOf, settings.nearSimilarity)) {
    const later = articles[index]!;
    const kept = articles[of]!;
    const percent = `${Math.floor(similarity * 100)}%`;
    if (settings.mergeNear) {
      dropped.add(later);
      Object.assign(entryOf.get(later)!, {
        status: 'duplicate', code: 'near-duplicate', lang: null, date: null,
        url: articleUrl(kept.id), reason: `${percent} the same as ${kept.source}, which is published in its place`,
      });
    } else {
      Object.assign(entryOf.get(later)!, { code: 'near-duplicate', reason: `${percent} the same as ${kept.source}; both are published` });
    }
  }
  return dropped;
}

/** Topics are ranked against the whole archive, so they are given once every seed is read. */
function withTopics(articles: Article[], decoded: Decoded[], lexicon: Lexicon): Article[] {
  const topics = topicsOfWords(decoded.map((d) => d.words), (n) => lexicon.word(n)!);
  return articles.map((article, i) => ({ ...article, topics: topics[i]! }));
}

/** Undated articles take the day their seed was first added; every seed's day is recorded. */
function withAddedDates(seedsDir: string, articles: Article[], entries: ReportEntry[]): Article[] {
  const { dates, warning } = recordAdded(seedsDir, articles.map((a) => a.source));
  if (warning) console.warn(`warning: ${warning}`);
  const entryOf = new Map(entries.map((e) => [e.file, e]));
  return articles.map((article) => {
    if (article.dateKind !== 'undated') return article;
    const date = dates.get(article.source)!;
    const e = entryOf.get(article.source);
    if (e) {
      e.date = date;
      if (warning) e.warnings.push(warning);
    }
    return { ...article, date, dateKind: 'added' };
  });
}

// What turns an article into its Markdown file: a change there rewrites every file.
const SERIALIZERS = ['../ingest/serialize.ts', '../ingest/markdown-escape.ts'].map((file) => path.resolve(import.meta.dirname, file));

function serializerVersion(): string {
  const hash = createHash('sha256');
  for (const file of SERIALIZERS) hash.update(readFileSync(file));
  return hash.digest('hex');
}

/** The previous build's article hashes, or none when they were written by other code. */
function previousHashes(contentDir: string, version: string): Record<string, string> {
  try {
    const data = JSON.parse(readFileSync(path.join(contentDir, BODY_HASHES_FILE), 'utf8')) as { version: string; articles: Record<string, string> };
    return data.version === version ? data.articles : {};
  } catch {
    return {};
  }
}

/**
 * Brings the content folder to one Markdown file per article and the catalogue, whose
 * entries also carry the links worked out across the archive (older, newer, related).
 * A file whose article is unchanged since the last build is left as it is; beside them,
 * `bodies.json` records each article's hash for the render plan.
 */
export function writeContent(contentDir: string, articles: Article[]): void {
  const articlesDir = path.join(contentDir, ARTICLES_DIR);
  const version = serializerVersion();
  const before = previousHashes(contentDir, version);
  mkdirSync(articlesDir, { recursive: true });
  const hashes: Record<string, string> = {};
  const changed: Array<[string, string]> = [];
  pass('article files', () => { for (const article of articles) {
    const hash = createHash('sha256').update(JSON.stringify(article)).digest('hex');
    hashes[article.id] = hash;
    const file = path.join(articlesDir, `${article.id}.md`);
    if (before[article.id] !== hash || !existsSync(file)) changed.push([file, toMarkdown(article)]);
  } });
  // Written on another thread while this one ranks related articles; done before the catalogue names them.
  const written = writeAside(changed);
  changed.length = 0;
  for (const name of readdirSync(articlesDir)) {
    if (!(name.replace(/\.md$/, '') in hashes)) rmSync(path.join(articlesDir, name), { recursive: true, force: true });
  }
  // The lexicon the known articles' terms are numbered in; articles not known are counted into it.
  const lexicon = articles.map((a) => knownTerms.get(a)?.lexicon).find(Boolean) ?? new Lexicon();
  const termsKnownFor = (article: Article) => {
    const known = knownTerms.get(article);
    const same = known && known.lexicon === lexicon && known.title === article.title && known.body === article.body;
    return same ? known.terms : undefined;
  };
  // The ranking the ingest started serves when these are the very articles it returned.
  const links = pass('related and neighbours', () => linkArticles(articles, lexicon, termsKnownFor, rankedFor.get(articles)));
  pass('article files written', written);
  pass('catalogue', () => { const catalog = articles.map((a) => ({ ...frontMatterOf(a), ...links.get(a.id)! })).sort(byNewest);
  writeFileSync(path.join(contentDir, CATALOG_FILE), `${JSON.stringify(catalog)}\n`);
  writeFileSync(path.join(contentDir, BODY_HASHES_FILE), `${JSON.stringify({ version, articles: hashes })}\n`); });
}
