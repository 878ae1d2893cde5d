import { describe, expect, it } from 'vitest';
import { buildFixture, makeSeeds } from '../helpers/build.js';

describe('articles in other languages', () => {
  it('carry their language and direction on the article and in listings', async () => {
    const built = await buildFixture(makeSeeds({
      'fr.txt': "Le conseil municipal a voté mardi le budget de l'année prochaine, qui prévoit la rénovation des écoles.\n",
      'en.txt': 'The city council approved next year\'s budget on Tuesday, which includes the renovation of schools.\n',
    }));
    const id = (file: string) => built.report.entries.find((e) => e.file === file)!.id!;
    expect(built.read(`articles/${id('fr.txt')}/index.html`)).toMatch(/<article lang="fr" dir="ltr"[ >]/);
    expect(built.read(`articles/${id('en.txt')}/index.html`)).toMatch(/<article lang="en" dir="ltr"[ >]/);
    expect(built.read('index.html')).toContain('<li lang="fr" dir="ltr">');
    // The date line is Arabic, so it says so inside a French article.
    expect(built.read(`articles/${id('fr.txt')}/index.html`)).toContain('<p class="meta" lang="ar" dir="rtl">');
  });
});
