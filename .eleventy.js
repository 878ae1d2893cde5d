// Wiring only: Arshif's plugin lives in src/site/plugin.ts.
import arshif from './src/site/plugin.ts';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(arshif, { workDir: process.env.ARSHIF_CONTENT });
}

export const config = {
  dir: { input: 'templates', includes: '_includes', data: '_data' },
  templateFormats: ['njk'],
  // Generated Markdown is data for the article template, never a template itself.
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
};
