import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/pipeline.js';
import { bodyOfMarkdown, FRONT_MATTER_KEYS, fromMarkdown, toMarkdown } from '../../src/ingest/serialize.js';

const SEED = 'فقرة أولى تقول: "نعم" وتذكر {{ title }} و--- و# بلا خوف.\nعنوان فرعي\nفقرة ثانية أطول من العنوان الذي قبلها بكثير.\n';

describe('toMarkdown', () => {
  const { article } = ingest('x_00112233aabbccdd.txt', new TextEncoder().encode(SEED));
  const markdown = toMarkdown(article);

  it('writes front matter keys in the fixed order', () => {
    const keys = [...markdown.split('---\n')[1]!.matchAll(/^([A-Za-z0-9]+):/gm)].map((m) => m[1]);
    expect(keys).toEqual([...FRONT_MATTER_KEYS]);
  });

  it('reads back what it wrote', () => {
    const { data, body } = fromMarkdown(markdown);
    expect(data.title).toBe(article.title);
    expect(data.id).toBe('00112233aabbccdd');
    expect(data.headings).toEqual(['عنوان فرعي']);
    expect(body).toContain('## عنوان فرعي');
  });

  it('gives the same body without parsing the front matter, even with --- in the text and a title of dashes', () => {
    expect(bodyOfMarkdown(markdown)).toBe(fromMarkdown(markdown).body);
    const dashes = toMarkdown({ ...article, title: '---', description: '--- ---' });
    expect(bodyOfMarkdown(dashes)).toBe(fromMarkdown(dashes).body);
    expect(() => bodyOfMarkdown('لا واجهة هنا')).toThrow('no front matter');
  });

  it('is the same for the same seed', () => {
    const again = ingest('x_00112233aabbccdd.txt', new TextEncoder().encode(SEED));
    expect(toMarkdown(again.article)).toBe(markdown);
  });
});

describe('ingest ids', () => {
  it('takes the 16 hex of the file name', () => {
    expect(ingest('0042_68def380e0635f55.txt', new TextEncoder().encode(SEED)).article.id).toBe('68def380e0635f55');
  });

  it('falls back to the content hash where the name has none', () => {
    const { article } = ingest('مقال.txt', new TextEncoder().encode(SEED));
    expect(article.id).toBe(article.sha256.slice(0, 16));
  });
});
