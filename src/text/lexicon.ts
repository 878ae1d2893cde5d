// Words as numbers: each distinct string gets the next number on first sight. The ingest
// cache keeps one lexicon beside its seeds, so each seed's words are kept as numbers and a
// rebuild counts over them without reading, splitting or looking up any text again.

export class Lexicon {
  private readonly numbers = new Map<string, number>();
  private readonly words: string[] = [];

  constructor(words: Iterable<string> = []) {
    for (const word of words) this.number(word);
  }

  /** The word's number, given it now when it has none. */
  number(word: string): number {
    let n = this.numbers.get(word);
    if (n === undefined) {
      n = this.words.length;
      this.numbers.set(word, n);
      this.words.push(word);
    }
    return n;
  }

  /** The word's number, or undefined when it has none (none is given). */
  find(word: string): number | undefined {
    return this.numbers.get(word);
  }

  /** The word numbered `n`; undefined when no word has that number. */
  word(n: number): string | undefined {
    return this.words[n];
  }

  get size(): number {
    return this.words.length;
  }

  /** Every word in number order, as written to the cache; the list grows as words are numbered. */
  list(): readonly string[] {
    return this.words;
  }
}

/** Numbers as text for a JSON file: their 32-bit bytes in base64. */
export function numbersToText(numbers: Int32Array | Uint32Array): string {
  return Buffer.from(numbers.buffer, numbers.byteOffset, numbers.byteLength).toString('base64');
}

/** Bytes of base64 text copied into their own buffer: Buffer.from may share a pool at any offset. */
function bytesOf(text: unknown): ArrayBuffer | null {
  if (typeof text !== 'string') return null;
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length % 4 !== 0) return null;
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return copy;
}

/** Unsigned numbers back from `numbersToText`, or null when the text is not such a list. */
export function unsignedFromText(text: unknown): Uint32Array | null {
  const buffer = bytesOf(text);
  return buffer && new Uint32Array(buffer);
}

/** Signed numbers back from `numbersToText`, or null when the text is not such a list. */
export function signedFromText(text: unknown): Int32Array | null {
  const buffer = bytesOf(text);
  return buffer && new Int32Array(buffer);
}
