// Everything Arshif adds to Eleventy, registered in one place; `.eleventy.js` only calls this.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlBasePlugin } from '@11ty/eleventy';
import { fromMarkdown } from '../ingest/serialize.js';
import { ARTICLES_DIR, CATALOG_FILE } from './catalog.js';
import { formatNumber, gregorianDate, hijriDate, type DateSettings } from './dates.js';
import { createMarkdown } from './markdown.js';
import { searchKeysFilter } from './search-keys.js';

export interface ArshifOptions {
  /** Folder the ingest wrote its Markdown and catalogue to. */
  workDir?: string;
  /** Runs before every build, first and watched: `npm start` re-ingests seeds here. */
  onBeforeBuild?: () => Promise<void> | void;
}

// Eleventy's config object is untyped in its package.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EleventyConfig = any;

const FONT_FILES = 'node_modules/@fontsource/noto-naskh-arabic/files';
const FONT_FACES = ['arabic-400-normal', 'arabic-700-normal'];

export default function arshif(eleventyConfig: EleventyConfig, options: ArshifOptions = {}): void {
  const workDir = path.resolve(options.workDir ?? '.arshif/content');
  const md = createMarkdown();
  eleventyConfig.setLibrary('md', md);

  // Front matter in JavaScript would run code from a file; only YAML is accepted.
  const refuse = () => {
    throw new Error('JavaScript front matter is disabled');
  };
  eleventyConfig.setFrontMatterParsingOptions({
    engines: { js: refuse, javascript: refuse, jsonc: refuse },
  });

  // Every {{ value }} is HTML-escaped unless a template marks our own rendered HTML as safe.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true });
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addGlobalData('articles', () =>
    JSON.parse(readFileSync(path.join(workDir, CATALOG_FILE), 'utf8')),
  );
  if (options.onBeforeBuild) eleventyConfig.on('eleventy.before', options.onBeforeBuild);

  eleventyConfig.addFilter('articleBody', (id: string) => {
    const file = path.join(workDir, ARTICLES_DIR, `${id}.md`);
    return md.render(fromMarkdown(readFileSync(file, 'utf8')).body);
  });
  eleventyConfig.addFilter('searchKeys', searchKeysFilter(workDir));
  eleventyConfig.addFilter('gregorianDate', (iso: string, site: DateSettings) => gregorianDate(iso, site));
  eleventyConfig.addFilter('hijriDate', (iso: string, site: DateSettings) => hijriDate(iso, site));
  eleventyConfig.addFilter('number', (n: number, site: DateSettings) => formatNumber(n, site));

  eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });
  for (const face of FONT_FACES) {
    const file = `noto-naskh-arabic-${face}.woff2`;
    eleventyConfig.addPassthroughCopy({ [`${FONT_FILES}/${file}`]: `assets/fonts/${file}` });
  }
}
