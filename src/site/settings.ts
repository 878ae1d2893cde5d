// The site settings: `templates/_data/site.json`, with overrides a build may pass (tests,
// a second site from the same seeds). One merged object feeds Eleventy and every filter.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DateSettings } from './dates.js';
import { hrefOf } from './urls.js';

export interface SiteSettings extends DateSettings {
  name: string;
  description: string;
  /** Scheme and host, without the path prefix, e.g. `https://example.org`. */
  url: string;
  lang: string;
  dir: 'rtl' | 'ltr';
  /** Items per listing page (articles, months, topics). */
  pageSize: number;
  /** Folder the site is served from, e.g. `/archive/`; `/` at the host root. */
  pathPrefix: string;
  /** Articles in the site-wide and per-topic feeds. */
  feedSize: number;
}

export const SITE_FILE = path.resolve(import.meta.dirname, '../../templates/_data/site.json');

/** The environment variable a build uses to hand overrides to the Eleventy config it starts. */
export const SETTINGS_ENV = 'ARSHIF_SITE';

const DEFAULTS: Pick<SiteSettings, 'pathPrefix' | 'feedSize'> = { pathPrefix: '/', feedSize: 50 };
const EDGE_SLASHES = /^\/*|\/*$/g;

/** `archive`, `/archive`, `/archive/` all become `/archive/`; empty becomes `/`. */
export function normalizePathPrefix(prefix: string): string {
  const inner = prefix.replace(EDGE_SLASHES, '');
  return inner ? `/${inner}/` : '/';
}

export function loadSettings(overrides: Partial<SiteSettings> = {}): SiteSettings {
  const file = JSON.parse(readFileSync(SITE_FILE, 'utf8')) as Partial<SiteSettings>;
  const merged = { ...DEFAULTS, ...file, ...overrides } as SiteSettings;
  return { ...merged, pathPrefix: normalizePathPrefix(merged.pathPrefix) };
}

/** Overrides handed over through the environment, or none. */
export function settingsFromEnv(env = process.env): Partial<SiteSettings> {
  const raw = env[SETTINGS_ENV];
  return raw ? (JSON.parse(raw) as Partial<SiteSettings>) : {};
}

/** The absolute, percent-encoded URL of a site path such as `/topics/الأمم-المتحدة/`. */
export function fullUrl(sitePath: string, site: Pick<SiteSettings, 'url' | 'pathPrefix'>): string {
  const host = site.url.replace(/\/+$/, '');
  return `${host}${hrefOf(site.pathPrefix)}${hrefOf(sitePath.replace(/^\/+/, ''))}`;
}
