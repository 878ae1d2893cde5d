// Robustness on the real corpus: real seeds must not be refused; every article saved by
// older software (re-encoded here as Windows-1256 and ISO-8859-6) must be detected and read
// back; a UTF-8 article with a few broken bytes must stay UTF-8; near-duplicates found.
import iconv from 'iconv-lite';
import { findNearDuplicates } from '../../src/build/near-duplicates.js';
import { IngestError } from '../../src/ingest/article.js';
import { decodeSeed } from '../../src/ingest/decode.js';
import { ingest } from '../../src/ingest/pipeline.js';
import type { Evaluator, Row } from '../lib/eval-table.js';

const LEGACY = ['windows-1256', 'ISO-8859-6'];
// A one-line brief: too short for the detector's statistics alone.
const SHORT = 40;
// Stray bytes a scraper leaves in a UTF-8 file: a Windows-1256 alef and a cut two-byte letter.
const STRAY = [0xc7, 0xd8];

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;

export const robustness: Evaluator = ({ arabic, other }) => {
  const examples: string[] = [];
  const all = [...arabic, ...other];
  const started = performance.now();
  const refused = all.flatMap((item) => {
    try {
      ingest(item.name, item.bytes);
      return [];
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      return [`refused ${item.name}: ${error.code}: ${error.message}`];
    }
  });
  const ingestMs = performance.now() - started;
  examples.push(...refused.slice(0, 5));

  const rows: Row[] = [
    { metric: 'real seeds refused', value: `${refused.length} of ${all.length}`, baseline: '', target: '0', met: refused.length === 0 },
    { metric: 'ingest of every seed', value: `${(ingestMs / 1000).toFixed(1)} s`, baseline: '', target: '', met: null },
  ];

  for (const [encoding, chars] of LEGACY.flatMap((e) => [[e, Infinity], [e, SHORT]] as const)) {
    let right = 0;
    for (const item of arabic) {
      const encoded = iconv.encode(item.bytes.toString('utf8').slice(0, chars), encoding);
      try {
        const decoded = decodeSeed(encoded);
        if (decoded.encoding === encoding && decoded.text === iconv.decode(encoded, encoding)) right++;
        else if (examples.length < 15) examples.push(`${encoding} ${item.name}: read as ${decoded.encoding}`);
      } catch (error) {
        if (examples.length < 15) examples.push(`${encoding} ${item.name}: ${(error as Error).message}`);
      }
    }
    const what = chars === Infinity ? 'copies' : `copies of the first ${chars} characters`;
    rows.push({ metric: `${encoding} ${what} detected and read back`, value: pct(right, arabic.length), baseline: '0% (UTF-8 only)', target: '≥ 99%', met: right >= arabic.length * 0.99 });
  }

  let stayed = 0;
  for (const item of arabic) {
    const bytes = Buffer.concat([item.bytes.subarray(0, item.bytes.indexOf(0x20)), Buffer.from(STRAY), item.bytes.subarray(item.bytes.indexOf(0x20))]);
    if (decodeSeed(bytes).encoding === 'utf-8') stayed++;
  }
  rows.push({ metric: 'UTF-8 with stray bytes kept as UTF-8', value: pct(stayed, arabic.length), baseline: '', target: '100%', met: stayed === arabic.length });

  const texts = arabic.map((item) => item.bytes.toString('utf8'));
  const nearStarted = performance.now();
  const near = findNearDuplicates(texts, 0.9);
  rows.push({ metric: 'near-duplicate pairs (Jaccard ≥ 0.9)', value: `${near.length} in ${((performance.now() - nearStarted) / 1000).toFixed(2)} s`, baseline: '', target: '', met: null });
  for (const d of near) examples.push(`near-duplicate: ${arabic[d.index]!.name} ≈ ${arabic[d.of]!.name} (${d.similarity.toFixed(3)})`);
  return { title: 'robustness', rows, examples };
};
