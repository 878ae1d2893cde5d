// The build's settings, read from the site settings file the templates also read, so
// one file says how the archive behaves. The ingest gets them as arguments: steps stay pure.
import { readFileSync } from 'node:fs';
import { type Limits, limitsFrom } from '../ingest/limits.js';
import { SITE_FILE } from '../site/settings.js';
import { type DuplicateSettings, duplicateSettingsFrom } from './near-duplicates.js';

export interface BuildSettings {
  limits: Limits;
  duplicates: DuplicateSettings;
}

export function buildSettingsFrom(site: { limits?: unknown; duplicates?: unknown }): BuildSettings {
  return { limits: limitsFrom(site.limits), duplicates: duplicateSettingsFrom(site.duplicates) };
}

export function readBuildSettings(file = SITE_FILE): BuildSettings {
  return buildSettingsFrom(JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * "Now" for anything the build dates (feeds, sitemaps): SOURCE_DATE_EPOCH when set, so
 * the same seeds give the same bytes; the clock otherwise.
 */
export function buildTime(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date();
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not ${JSON.stringify(epoch)}`);
  return new Date(Number(epoch) * 1000);
}
