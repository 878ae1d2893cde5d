// A render process started by src/build/render-parts.ts: renders each part it is sent with
// Eleventy, telling its parent the pages as they are written and when each part is done.
// It ends when its parent disconnects.
import type { ChildMessage, PartJob } from './render-parts.js';
import { renderProgress } from './render-plan.js';
import { describeError } from './processes.js';
import { renderSite } from './site.js';

/** Pages are reported in batches: one message a page would cost more than the page. */
const REPORT_EVERY = 50;

const send = (message: ChildMessage) => process.send!(message);
let unreported = 0;
const flush = () => {
  if (unreported) send({ pages: unreported });
  unreported = 0;
};
renderProgress.onPage = () => {
  if (++unreported >= REPORT_EVERY) flush();
};

process.on('message', (job: PartJob) => {
  renderSite(job).then(
    (written) => {
      flush();
      send({ written });
    },
    (error: unknown) => {
      send({ error: describeError(error) });
      process.exitCode = 1;
      process.disconnect();
    },
  );
});
