import { describe, expect, it } from 'vitest';
import { buildFixture, EXAMPLE_ID, makeSeeds } from './helpers/build.js';

describe('build', () => {
  it('writes the home page and the example article', async () => {
    const built = await buildFixture(makeSeeds({}, true));
    expect(built.report.published).toBe(1);
    const html = built.read(`articles/${EXAMPLE_ID}/index.html`);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(built.read('index.html')).toContain(`/articles/${EXAMPLE_ID}/`);
  });
});
