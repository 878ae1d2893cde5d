// Reads a labelled corpus (seeds plus a labels.jsonl) for evaluation and benchmarks.
// The corpus stays where it is: scripts read it, nothing copies it into the project.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Label {
  file: string;
  title: string | null;
  date: string | null;
  date_iso: string | null;
  date_kind: string | null;
  category: string | null;
  source: string | null;
  url: string | null;
  lang: string;
}

export interface CorpusItem {
  /** File name, e.g. `0000_ac42144b5642b407.txt`. */
  name: string;
  path: string;
  bytes: Buffer;
  label: Label;
}

export const DEFAULT_CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');

/** `labels` is e.g. `seeds.labels.jsonl` or `other-lang.labels.jsonl`. */
export function loadCorpus(corpusDir: string, labels = 'seeds.labels.jsonl'): CorpusItem[] {
  const file = path.join(corpusDir, labels);
  if (!existsSync(file)) throw new Error(`no labels at ${labels} in the corpus folder`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Label)
    .map((label) => {
      const full = path.join(corpusDir, label.file);
      return { name: path.basename(label.file), path: full, bytes: readFileSync(full), label };
    });
}

/** `--corpus DIR` from the command line, else the shared corpus beside the checkout. */
export function corpusDirFromArgs(argv: string[]): string {
  const i = argv.indexOf('--corpus');
  const dir = i >= 0 ? argv[i + 1] : DEFAULT_CORPUS;
  if (!dir || !existsSync(dir)) throw new Error('no corpus: pass --corpus DIR');
  return path.resolve(dir);
}

/** Deterministic pseudo-random sample, so printed examples are the same run to run. */
export function sample<T>(items: T[], n: number, seed = 42): T[] {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}
