// `npm run eval [-- --corpus DIR]`: measures what the ingest reads from raw text against
// what the newsrooms published. A script, not a test: it prints figures.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { evaluateDates } from './eval/dates.js';
import { headlines } from './eval/headlines.js';
import { evaluateLanguage } from './eval/language.js';
import { leftovers } from './eval/leftovers.js';
import { robustness } from './eval/robustness.js';
import { evaluateTopics } from './eval/topics.js';
import { corpusDirFromArgs, loadCorpus } from './lib/corpus.js';
import { type Evaluator, printSections } from './lib/eval-table.js';
import { evaluateRelated } from './eval/related.js';

// Each evaluator lives in scripts/eval/ and returns one section of the table.
const EVALUATORS: Evaluator[] = [
  headlines,
  leftovers,
  evaluateDates,
  evaluateLanguage,
  evaluateTopics,
  robustness,
  evaluateRelated,
];

const corpusDir = corpusDirFromArgs(process.argv.slice(2));
const corpus = {
  arabic: loadCorpus(corpusDir, 'seeds.labels.jsonl'),
  other: existsSync(path.join(corpusDir, 'other-lang.labels.jsonl')) ? loadCorpus(corpusDir, 'other-lang.labels.jsonl') : [],
};
console.log(`corpus: ${corpus.arabic.length} Arabic articles, ${corpus.other.length} in other languages\n`);
const sections = [];
for (const evaluate of EVALUATORS) sections.push(await evaluate(corpus));
printSections(sections);
