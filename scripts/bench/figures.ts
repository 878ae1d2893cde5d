// What the benchmarks print their figures with.
import { loadavg } from 'node:os';

/** The middle value (the lower of the two middle ones for an even count). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
/** Milliseconds as seconds with one decimal. */
export const seconds = (ms: number) => (ms / 1000).toFixed(1);
/** The machine's load averages over 1, 5 and 15 minutes: the figures mean little without how busy it was. */
export const loadAverage = () => loadavg().map((x) => x.toFixed(2)).join(' ');
