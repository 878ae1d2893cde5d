import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/article.js';
import { emptyDraft, ingest } from '../../../src/ingest/pipeline.js';
import { headerDate, readHeader } from '../../../src/ingest/steps/read-header.js';

const draftOf = (text: string) => ({ ...emptyDraft('x.txt', new Uint8Array()), text });
const LEAD = 'افتتح المعرض الدولي للكتاب أبوابه أمام الزوار صباح اليوم.';

describe('readHeader', () => {
  it('reads YAML front matter and removes it from the text', () => {
    const draft = readHeader(draftOf(`---\ntitle: معرض الكتاب يفتح أبوابه\ndate: 2019-02-07\nsource: وكالة المغرب العربي\nurl: https://example.org/a?b=1\nsection: ثقافة\n---\n${LEAD}`));
    expect(draft).toMatchObject({
      title: 'معرض الكتاب يفتح أبوابه', date: '2019-02-07', dateKind: 'published',
      publisher: 'وكالة المغرب العربي', url: 'https://example.org/a?b=1', section: 'ثقافة', text: LEAD,
    });
  });

  it('reads Arabic key: value lines, with an Arabic colon spacing and a written date', () => {
    const draft = readHeader(draftOf(`العنوان: معرض الكتاب\nالتاريخ : ٧ فبراير ٢٠١٩\nالمصدر: هسبريس\n${LEAD}`));
    expect(draft).toMatchObject({ title: 'معرض الكتاب', date: '2019-02-07', publisher: 'هسبريس', text: LEAD });
  });

  it('reads keys typed with Persian letters and a date in Hijri', () => {
    const draft = readHeader(draftOf(`التاریخ: 1 رمضان 1445 هـ\nالقسم: اقتصاد\n${LEAD}`));
    expect(draft).toMatchObject({ date: '2024-03-11', section: 'اقتصاد', text: LEAD });
  });

  it('reads a header after a byte-order mark and Windows line ends', () => {
    const bytes = new TextEncoder().encode(`\uFEFF---\r\ntitle: معرض\r\ndate: 2019-02-07\r\n---\r\n${LEAD}\r\n`);
    const { article } = ingest('x.txt', bytes);
    expect(article).toMatchObject({ title: 'معرض', date: '2019-02-07', dateKind: 'published' });
    expect(article.body).toEqual([{ kind: 'paragraph', text: LEAD }]);
  });

  it('reads a long percent-encoded address', () => {
    const url = `https://example.org/ar/${encodeURIComponent('معرض الكتاب الدولي في الرباط يفتح أبوابه أمام الزوار').repeat(3)}`;
    const draft = readHeader(draftOf(`title: معرض\nurl: ${url}\n${LEAD}`));
    expect(url.length).toBeGreaterThan(300);
    expect(draft.url).toBe(url);
    expect(draft.text).toBe(LEAD);
  });

  it('makes runs of spaces in a value one space', () => {
    expect(readHeader(draftOf(`title:   معرض   الكتاب\u00A0 الدولي  \n${LEAD}`)).title).toBe('معرض الكتاب الدولي');
  });

  it('reads English key lines in any case', () => {
    const draft = readHeader(draftOf(`Title: Book fair\nDATE: 22/05/2018\n${LEAD}`));
    expect(draft).toMatchObject({ title: 'Book fair', date: '2018-05-22' });
  });

  it('leaves a seed without a header as it is', () => {
    const draft = draftOf(`${LEAD}\nالمصدر: وكالات`);
    expect(readHeader(draft)).toBe(draft);
  });

  it('stops at the first line that is not a known key', () => {
    const draft = readHeader(draftOf(`العنوان: معرض الكتاب\nقال الوزير: إن المعرض...\n${LEAD}`));
    expect(draft.title).toBe('معرض الكتاب');
    expect(draft.text.startsWith('قال الوزير')).toBe(true);
  });

  it('ignores a url that is not http(s), with a warning', () => {
    const draft = readHeader(draftOf(`---\nurl: "javascript:alert(1)"\n---\n${LEAD}`));
    expect(draft.url).toBeNull();
    expect(draft.warnings[0]).toContain('not an http(s) address');
  });

  it('warns on an unreadable date or an unknown key, and builds', () => {
    const draft = readHeader(draftOf(`---\ndate: قريبا\nauthor: x\n---\n${LEAD}`));
    expect(draft.date).toBeNull();
    expect(draft.warnings).toHaveLength(2);
  });

  it('reads YAML as data only: tags are not constructed and values stay strings', () => {
    const draft = readHeader(draftOf(`---\ntitle: !!js/function "function(){}"\ndate: 2019-02-07\n---\n${LEAD}`));
    expect(draft.title).toBe('function(){}');
    expect(draft.date).toBe('2019-02-07');
  });

  it('refuses invalid YAML with a clear error', () => {
    expect(() => readHeader(draftOf(`---\ntitle: [unclosed\n---\n${LEAD}`))).toThrow(IngestError);
  });

  it('sets the title the ingest keeps', () => {
    const bytes = new TextEncoder().encode(`العنوان: عنوان من الترويسة\n${LEAD}`);
    expect(ingest('x.txt', bytes).article.title).toBe('عنوان من الترويسة');
  });
});

describe('headerDate', () => {
  it.each<[string, string | null]>([
    ['2019-02-07', '2019-02-07'],
    ['2019-02-07T10:00:00Z', '2019-02-07'],
    ['2019-02-30', null],
    ['2018-07-29 15:16:41', '2018-07-29'],
    ['Sun, 29 Jul 2018 15:16:41 GMT', '2018-07-29'],
    ['03 Avril 2018 17:08', '2018-04-03'],
    ['29/07/2018', '2018-07-29'],
    ['7 فبراير 2019', '2019-02-07'],
    ['1 رمضان 1445 هـ', '2024-03-11'],
  ])('%s → %s', (value, expected) => {
    expect(headerDate(value)).toBe(expected);
  });
});
