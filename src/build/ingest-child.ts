// The ingest of a large archive in a process of its own (src/build/build.ts): the memory it
// used is the machine's again before the pages are rendered. Sent what to ingest, it
// answers with the report so far, or the error that stopped it.
import { ingestInto, type IngestJob, type IngestMessage } from './build.js';
import { describeError } from './processes.js';

process.once('message', ({ args, settings }: IngestJob) => {
  let message: IngestMessage;
  try {
    message = { report: ingestInto(args, settings) };
  } catch (error) {
    message = { error: describeError(error) };
  }
  process.send!(message, undefined, {}, () => process.disconnect());
});
