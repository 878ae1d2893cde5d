// `npm run eval:search [-- --corpus DIR]`: recall of the search page's Arabic matching
// against plain Pagefind, and what the index costs. A script, not a test: it prints figures.
import path from 'node:path';
import { corpusDirFromArgs } from './lib/corpus.js';
import { printSections } from './lib/eval-table.js';
import { evaluateSearch } from './eval/search.js';

const corpusDir = corpusDirFromArgs(process.argv.slice(2));
const started = performance.now();
const section = await evaluateSearch(path.join(corpusDir, 'seeds'));
printSections([section]);
console.log(`\nmeasured in ${((performance.now() - started) / 1000).toFixed(0)} s`);
