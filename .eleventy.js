// Wiring only: Arshif's plugin lives in src/site/plugin.ts.
import arshif from './src/site/plugin.ts';
import { loadSettings, settingsFromEnv } from './src/site/settings.ts';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(arshif, { workDir: process.env.ARSHIF_CONTENT, settings: settingsFromEnv() });
}

export const config = {
  dir: { input: 'templates', includes: '_includes', data: '_data' },
  templateFormats: ['njk'],
  // Generated Markdown is data for the article template, never a template itself.
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
  // Serving under a sub-path (site.json `pathPrefix`): HtmlBasePlugin rewrites every link.
  pathPrefix: loadSettings(settingsFromEnv()).pathPrefix,
};
