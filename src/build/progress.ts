// Progress of a long build stage on stderr: on a terminal one line rewritten in place with
// the count and an estimate of the time left; elsewhere (logs, CI) a plain line every tenth.
// Small builds print nothing: they finish before anyone would read it.

/** Stages with fewer items than this show no progress. */
export const PROGRESS_MIN_ITEMS = 1000;
/** A terminal line is redrawn at most this often. */
const REDRAW_MS = 250;
const STEPS_WHEN_PLAIN = 10;

export type Tick = (done: number, total: number) => void;

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

function formatSeconds(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

/** A progress reporter for one stage named `label`. */
export function progress(label: string, stream: ProgressStream = process.stderr, now: () => number = () => performance.now()): Tick {
  const started = now();
  let lastDraw = -Infinity;
  let lastStep = -1;
  return (done, total) => {
    if (total < PROGRESS_MIN_ITEMS) return;
    const elapsed = now() - started;
    const finished = done >= total;
    if (stream.isTTY) {
      if (!finished && now() - lastDraw < REDRAW_MS) return;
      lastDraw = now();
      const left = done > 0 && !finished ? `, about ${formatSeconds((elapsed / done) * (total - done))} left` : '';
      const percent = Math.floor((100 * done) / total);
      stream.write(`\r\x1b[K${label}: ${done}/${total} (${percent}%)${left}${finished ? ` in ${formatSeconds(elapsed)}\n` : ''}`);
      return;
    }
    const step = Math.floor((STEPS_WHEN_PLAIN * done) / total);
    if (step === lastStep) return;
    lastStep = step;
    stream.write(`${label}: ${done}/${total}${finished ? ` in ${formatSeconds(elapsed)}` : ''}\n`);
  };
}
