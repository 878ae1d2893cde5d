// The build replaces the output folder and rewrites the work folder's content: before it
// does, it makes sure neither holds the seeds, the project, or someone's unrelated files.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BuildArgs } from '../cli/args.js';

/** Written into every built site, so a later build knows the folder is one it may replace. */
export const SITE_MARKER = '.arshif-site';

/** True when `inner` is `outer` or inside it. */
export const within = (inner: string, outer: string) => {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** True when `dir` is missing, empty, or marked as a site Arshif built. */
export function isReplaceable(dir: string): boolean {
  if (!existsSync(dir)) return true;
  if (!statSync(dir).isDirectory()) return false;
  const names = readdirSync(dir);
  return names.length === 0 || names.includes(SITE_MARKER);
}

/** Throws a plain message when the folders given would put seeds or other files at risk. */
export function checkFolders({ seedsDir, outDir, workDir }: BuildArgs, projectRoot: string): void {
  if (!existsSync(seedsDir) || !statSync(seedsDir).isDirectory()) {
    throw new Error(`the seeds folder ${seedsDir} does not exist or is not a folder`);
  }
  if (within(seedsDir, outDir) || within(outDir, seedsDir)) {
    throw new Error('the output folder and the seeds folder must be apart: one holds the other');
  }
  if (within(projectRoot, outDir)) throw new Error('the output folder must not hold the project');
  if (within(outDir, workDir) || within(workDir, outDir)) {
    throw new Error('the output folder and the work folder must be apart: one holds the other');
  }
  if (within(seedsDir, path.join(workDir, 'content')) || within(workDir, seedsDir)) {
    throw new Error('the work folder and the seeds folder must be apart');
  }
  if (!isReplaceable(outDir)) {
    throw new Error(
      `the output folder ${outDir} holds files but no ${SITE_MARKER} marker, so it may not be a site Arshif built: ` +
        'empty or remove it (a site built before the marker existed too), or choose another',
    );
  }
}
