// Fixture archives built from Article objects made here, not from seeds: dates and topics
// are set directly, so browsing pages can be tested before the ingest derives them.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Article, Block, Topic } from '../../src/ingest/article.js';
import { writeContent } from '../../src/build/ingest-seeds.js';
import { buildSiteAtomically } from '../../src/build/site.js';
import type { SiteSettings } from '../../src/site/settings.js';
import { normalizeArabic } from '../../src/text/arabic.js';

/** Eight topics, each with words of its own, so related articles share a topic. */
export const TOPIC_WORDS: Record<string, string[]> = {
  'الأمم المتحدة': ['مجلس', 'الأمن', 'قرار', 'المندوب', 'الجمعية', 'العامة', 'اللاجئين', 'الإغاثة', 'السلام', 'الوساطة'],
  'الاقتصاد': ['الأسواق', 'التضخم', 'البنك', 'المركزي', 'الفائدة', 'الصادرات', 'الميزانية', 'الاستثمار', 'العملة', 'النمو'],
  'الرياضة': ['المنتخب', 'المباراة', 'الملعب', 'الهدف', 'المدرب', 'البطولة', 'الدوري', 'اللاعبين', 'الجمهور', 'الكأس'],
  'التعليم': ['المدارس', 'التلاميذ', 'الامتحانات', 'الجامعة', 'الأساتذة', 'المناهج', 'الطلبة', 'الدراسة', 'الموسم', 'الشهادة'],
  'الصحة': ['المستشفى', 'الأطباء', 'اللقاح', 'المرضى', 'الوباء', 'الدواء', 'العلاج', 'الممرضين', 'العيادة', 'الوقاية'],
  'الثقافة': ['المهرجان', 'الكتاب', 'المسرح', 'الرواية', 'المعرض', 'الشاعر', 'السينما', 'الموسيقى', 'التراث', 'الفنانين'],
  'الزراعة': ['المحصول', 'الفلاحين', 'القمح', 'الأمطار', 'الري', 'الحقول', 'الزيتون', 'البذور', 'الجفاف', 'الحصاد'],
  'البيئة': ['التلوث', 'الغابات', 'المناخ', 'النفايات', 'الشواطئ', 'الحرارة', 'الانبعاثات', 'التدوير', 'المحميات', 'الطبيعة'],
};
export const TOPIC_LABELS = Object.keys(TOPIC_WORDS);
const COMMON = ['أعلنت', 'السلطات', 'المحلية', 'صباح', 'الخميس', 'برنامجا', 'جديدا', 'يهدف', 'تحسين', 'الوضع', 'المدينة', 'المسؤولون', 'المواطنين'];
const YEARS = [2022, 2023, 2024];

/** A second spelling of a topic, folded to the same key: both must land on one page. */
export const VARIANT_LABEL = 'الامم المتحدة';

function topic(label: string): Topic {
  return { key: normalizeArabic(label), label };
}

/** Deterministic pick of `n` words from a list, starting at `seed`. */
function words(list: string[], seed: number, n: number): string[] {
  return Array.from({ length: n }, (_, i) => list[(seed * 7 + i * 3) % list.length]!);
}

export interface FixtureOptions {
  /** Articles in all (a few of them undated). */
  count?: number;
  /** Topics in all: beyond the eight with their own words, numbered files (`ملف 12`). */
  topicCount?: number;
}

/** `count` articles over three years and eight topics, a few undated, some with subheadings. */
export function makeArticles({ count = 64, topicCount = TOPIC_LABELS.length }: FixtureOptions = {}): Article[] {
  const extraTopics = topicCount - TOPIC_LABELS.length;
  return Array.from({ length: count }, (_, i) => {
    const main = TOPIC_LABELS[i % TOPIC_LABELS.length]!;
    const second = TOPIC_LABELS[(i * 3 + 1) % TOPIC_LABELS.length]!;
    const vocab = TOPIC_WORDS[main]!;
    const undated = i % 16 === 15;
    const year = YEARS[i % YEARS.length]!;
    const month = (i * 7 + Math.floor(i / 3)) % 12 + 1;
    const day = (i % 27) + 1;
    const date = undated ? null : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const paragraphs = Array.from({ length: 4 }, (_, p) =>
      [...words(COMMON, i + p, 6), ...words(vocab, i + p * 2, 8)].join(' ') + '.',
    );
    const withHeadings = i % 4 === 0;
    const headings = withHeadings ? [`خلفية ${vocab[0]}`, `ردود ${vocab[1]}`, `ما بعد ${vocab[2]}`] : [];
    const body: Block[] = [];
    paragraphs.forEach((text, p) => {
      if (headings[p - 1]) body.push({ kind: 'heading', text: headings[p - 1]! });
      body.push({ kind: 'paragraph', text });
    });
    const title = `${vocab[i % vocab.length]} ${vocab[(i + 1) % vocab.length]} في تقرير رقم ${i + 1}`;
    const source = `${String(i).padStart(3, '0')}_${idOf(i)}.txt`;
    const labels = main === TOPIC_LABELS[0] && i % 2 === 0 ? [VARIANT_LABEL] : [main];
    if (second !== main) labels.push(second);
    if (extraTopics > 0) labels.push(`ملف ${i % extraTopics + 1}`);
    const wordCount = body.reduce((n, b) => n + b.text.split(' ').length, 0);
    return {
      id: idOf(i), title, description: paragraphs[0]!.slice(0, 120), lang: 'ar', dir: 'rtl',
      date, dateKind: date ? 'published' : 'undated', place: null, credit: null, publisher: null, url: null, section: null,
      topics: labels.map(topic), headings, words: wordCount, readingMinutes: 1,
      source, sha256: createHash('sha256').update(source).digest('hex'), body,
    } satisfies Article;
  });
}

export function idOf(i: number): string {
  return createHash('sha256').update(`fixture-${i}`).digest('hex').slice(0, 16);
}

export interface BuiltArchive {
  root: string;
  outDir: string;
  contentDir: string;
  pages: number;
  read(file: string): string;
}

/** Writes the articles as the ingest would and renders the site, with optional settings. */
export async function buildArchive(articles: Article[], settings: Partial<SiteSettings> = {}): Promise<BuiltArchive> {
  const root = mkdtempSync(path.join(tmpdir(), 'arshif-archive-'));
  const contentDir = path.join(root, 'work', 'content');
  const outDir = path.join(root, 'dist');
  writeContent(contentDir, articles);
  const pages = await buildSiteAtomically({ contentDir, outDir, settings });
  return { root, outDir, contentDir, pages, read: (file) => readFileSync(path.join(outDir, file), 'utf8') };
}
