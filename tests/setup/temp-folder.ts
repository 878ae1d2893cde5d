// Global setup: every temporary folder the tests make (theirs, and those of the builds and
// browsers they start) goes under one folder of this run, removed when the run ends, so
// test runs do not pile up folders in the system's temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const folder = mkdtempSync(path.join(tmpdir(), 'arshif-tests-'));
  // Read by os.tmpdir() in this process and inherited by the test processes it starts.
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
