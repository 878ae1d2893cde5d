// Dates: how often the ingest finds the publication date, on the corpus articles whose text
// writes that date somewhere, and how often a date it gives is wrong.
import { PRESENTATION_FORM } from '../../src/ingest/steps/fold-presentation-forms.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { GREGORIAN_MONTHS, HIJRI_MONTHS } from '../../src/ingest/written-date.js';
import { normalizeArabic } from '../../src/text/arabic.js';
import type { CorpusItem } from '../lib/corpus.js';
import type { Evaluator, Row } from '../lib/eval-table.js';

const HIJRI_PARTS = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
});
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Every way the label's date may be written, as patterns over normalised text; built from the label, not from the parser. */
function writtenForms(iso: string): RegExp {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const days = `0?${d}`;
  const names = GREGORIAN_MONTHS[m - 1]!.map((n) => escape(normalizeArabic(n)).replace(/ /g, '\\s+'));
  const hijri = HIJRI_PARTS.formatToParts(new Date(`${iso}T00:00:00Z`));
  const part = (t: string) => Number(hijri.find((p) => p.type === t)!.value);
  const hNames = HIJRI_MONTHS[part('month') - 1]!.map((n) => escape(normalizeArabic(n)).replace(/ /g, '\\s+'));
  const forms = [
    `(?<!\\d)${days}\\s*(?:${names.join('|')})[^\\d]{0,20}${y}`,
    `(?:${names.join('|')})\\s+${days},?\\s+${y}`,
    `(?<!\\d)${days}\\s*[-/.]\\s*0?${m}\\s*[-/.]\\s*${y}`,
    `${y}\\s*[-/.]\\s*0?${m}\\s*[-/.]\\s*${days}(?!\\d)`,
    `(?<!\\d)${part('day')}\\s*(?:${hNames.join('|')})\\s*${part('year')}`,
  ];
  return new RegExp(forms.join('|'), 'u');
}

const FIRST_NUMERIC = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)|(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/u;
function firstNumericDate(text: string): string | null {
  const m = FIRST_NUMERIC.exec(normalizeArabic(text));
  if (!m) return null;
  const [y, mo, d] = m[3] ? [m[3], m[2]!, m[1]!] : [m[4]!, m[5]!, m[6]!];
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** The label written as a seed's metadata header, in the Arabic or the English key form, with the date as the source gave it. */
function withHeader(item: CorpusItem, arabicKeys: boolean): Uint8Array {
  const { title, date, source, url, category } = item.label;
  const keys = arabicKeys ? ['العنوان', 'التاريخ', 'المصدر', 'الرابط', 'القسم'] : ['title', 'date', 'source', 'url', 'section'];
  const lines = [title, date, source, url, category].map((v, i) => (v ? `${keys[i]}: ${v}` : '')).filter(Boolean);
  return Buffer.concat([Buffer.from(`${lines.join('\n')}\n\n`), item.bytes]);
}

// The ingest drops bidi controls and composes text (NFC): compare the label the same way.
// As the ingest reads text: presentation forms folded to base letters, NFC, no bidi controls.
const asRead = (text: string) => text.replace(PRESENTATION_FORM, (c) => c.normalize('NFKC')).normalize('NFC').replace(/[\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

const pct = (n: number, of: number) => (of === 0 ? 'n/a' : `${((100 * n) / of).toFixed(1)}% (${n}/${of})`);

export const evaluateDates: Evaluator = ({ arabic, other }) => {
  const items = [...arabic, ...other].filter((item) => item.label.date_iso);
  const inText: CorpusItem[] = [];
  const inOpening: CorpusItem[] = [];
  let given = 0, wrong = 0, rightAll = 0, rightOpening = 0, baseAll = 0, baseOpening = 0, baseGiven = 0, baseWrong = 0;
  const examples: string[] = [];
  for (const item of items) {
    const label = item.label.date_iso!.slice(0, 10);
    const text = item.bytes.toString('utf8');
    const forms = writtenForms(label);
    const opening = text.split('\n').filter((l) => l.trim()).slice(0, 3).join('\n');
    const hasAny = forms.test(normalizeArabic(text));
    const hasOpening = forms.test(normalizeArabic(opening));
    let date: string | null = null;
    try {
      const { article } = ingest(item.name, item.bytes);
      date = article.dateKind === 'published' ? article.date : null;
    } catch { /* a refused seed has no date */ }
    const base = firstNumericDate(text);
    if (date) { given++; if (date !== label) { wrong++; if (examples.length < 12) examples.push(`wrong: ${item.name} gave ${date}, published ${label}`); } }
    if (base) { baseGiven++; if (base !== label) baseWrong++; }
    if (hasAny) { inText.push(item); if (date === label) rightAll++; if (base === label) baseAll++; }
    if (hasOpening) {
      inOpening.push(item);
      if (date === label) rightOpening++;
      else if (examples.length < 12) examples.push(`missed: ${item.name} published ${label}, gave ${date}`);
      if (base === label) baseOpening++;
    }
  }
  // Headers built from the labels: are the title, date and address read back as written?
  let headerRight = 0;
  const headed = items.filter((item) => item.label.title && item.label.date);
  for (const [i, item] of headed.entries()) {
    try {
      const { article } = ingest(item.name, withHeader(item, i % 2 === 0));
      const label = item.label;
      if (article.title === asRead(label.title!) && article.date === label.date_iso!.slice(0, 10) && article.url === (label.url?.startsWith('http') ? asRead(label.url) : null)) headerRight++;
      else if (examples.length < 14) examples.push(`header: ${item.name} read ${article.date} "${article.title}" from ${label.date}`);
    } catch { /* counted as wrong */ }
  }
  const rows: Row[] = [
    { metric: 'header (from labels) read back', value: pct(headerRight, headed.length), baseline: '', target: '100%', met: headerRight === headed.length },
    { metric: 'found, date in opening lines', value: pct(rightOpening, inOpening.length), baseline: `first numeric ${pct(baseOpening, inOpening.length)}`, target: '≥ 90%', met: rightOpening >= 0.9 * inOpening.length },
    { metric: 'found, date anywhere in text', value: pct(rightAll, inText.length), baseline: `first numeric ${pct(baseAll, inText.length)}`, target: '', met: null },
    { metric: 'dates given that are wrong', value: pct(wrong, given), baseline: `first numeric ${pct(baseWrong, baseGiven)}`, target: '≤ 10%', met: wrong <= 0.1 * given },
    { metric: 'articles dated from text', value: pct(given, items.length), baseline: 'no date 0%', target: '', met: null },
  ];
  return { title: 'dates', rows, examples };
};
