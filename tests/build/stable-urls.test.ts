// An article's URL comes from its id alone: more seeds, other titles or other settings
// never move an article, and an old URL always serves the same source text.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDirOf } from '../../src/build/build.js';
import { ingestSeeds, writeContent } from '../../src/build/ingest-seeds.js';
import { buildSiteAtomically } from '../../src/build/site.js';
import { buildFixture, makeSeeds } from '../helpers/build.js';
import { htmlFiles } from '../helpers/links.js';

const paragraph = (subject: string, n: number) =>
  `أعلن المسؤولون عن ${subject} اليوم خطة جديدة للموسم رقم ${n} تشمل عدة أحياء في المدينة وتستمر أشهرا.`;

/** Seeds written for this test: a lead, a detail and a closing line each. */
function seeds(from: number, to: number): Record<string, string> {
  const subjects = ['النقل العمومي', 'المكتبات', 'الحدائق', 'الأسواق', 'الملاعب', 'المستشفيات', 'المدارس', 'الموانئ'];
  return Object.fromEntries(
    Array.from({ length: to - from }, (_, k) => {
      const i = from + k;
      const subject = subjects[i % subjects.length]!;
      const text = [paragraph(subject, i), `وقال مصدر مطلع إن ${subject} ستحظى بميزانية إضافية هذا العام.`,
        `ويرتقب أن تنطلق الأشغال في ${subject} خلال الأسابيع المقبلة.`].join('\n');
      // Half of the seeds carry their id in the name, half get it from their bytes.
      const name = i % 2 ? `${String(i).padStart(3, '0')}_${createHash('md5').update(String(i)).digest('hex').slice(0, 16)}.txt` : `seed-${i}.txt`;
      return [name, `${text}\n`];
    }),
  );
}

/** Article URL → the SHA-256 its provenance block shows. */
function servedSources(outDir: string): Map<string, string> {
  const served = new Map<string, string>();
  for (const file of htmlFiles(outDir).filter((f) => f.startsWith('articles/'))) {
    const sha = /class="hash">([0-9a-f]{64})</.exec(readFileSync(path.join(outDir, file), 'utf8'))![1]!;
    served.set(`/${file.replace(/index\.html$/, '')}`, sha);
  }
  return served;
}

describe('article URLs never break', () => {
  it('survive new seeds, other titles and other settings, serving the same source', async () => {
    const root = makeSeeds(seeds(0, 5));
    const first = await buildFixture(root);
    expect(first.report.published).toBe(5);
    const before = servedSources(first.outDir);
    expect(before.size).toBe(5);
    // The provenance hash is the hash of the seed file itself.
    const bySeedHash = new Set(Object.values(seeds(0, 5)).map((t) => createHash('sha256').update(t).digest('hex')));
    expect(new Set(before.values())).toEqual(bySeedHash);

    const expectStillServed = (outDir: string) => {
      const after = servedSources(outDir);
      for (const [url, sha] of before) expect(after.get(url), url).toBe(sha);
      return after;
    };

    for (const [name, text] of Object.entries(seeds(5, 8))) writeFileSync(path.join(root, 'seeds', name), text);
    const second = await buildFixture(root);
    expect(second.report.published).toBe(8);
    expect(expectStillServed(second.outDir).size).toBe(8);

    // Other settings: page size, month names, digits.
    const contentDir = contentDirOf(second.workDir);
    await buildSiteAtomically({ contentDir, outDir: second.outDir, settings: { pageSize: 2, locale: 'ar-SY', digits: 'arab' } });
    expectStillServed(second.outDir);

    // Another title algorithm: every title rewritten.
    const { articles } = ingestSeeds(second.seedsDir);
    writeContent(contentDir, articles.map((a, i) => ({ ...a, title: `عنوان آخر ${i}` })));
    await buildSiteAtomically({ contentDir, outDir: second.outDir });
    expectStillServed(second.outDir);
    expect(existsSync(path.join(second.outDir, 'articles'))).toBe(true);
  });
});
