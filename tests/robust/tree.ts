// Helpers for the robustness tests: file-tree hashes, and seed folders made of many
// distinct generated articles.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under `root` (relative path, sorted) with the SHA-256 of its bytes. */
export function treeHashes(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(root, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(root);
  return out;
}

/** Every file under `root` with its hash and modification time in nanoseconds. */
export function treeStamps(root: string): Record<string, string> {
  const hashes = treeHashes(root);
  return Object.fromEntries(Object.entries(hashes).map(([file, hash]) =>
    [file, `${hash} ${statSync(path.join(root, file), { bigint: true }).mtimeNs}`]));
}

// Words written for these tests; generated articles draw from them at random.
const WORDS = (
  'أعلنت وزارة البلدية المدينة اليوم مشروع جديد لتطوير الحي الشرقي الغربي الشمالي الجنوبي وقال ' +
  'المسؤول إن العمل سيبدأ الشهر المقبل بعد موافقة المجلس على الميزانية وأضاف أن السكان طالبوا ' +
  'بتحسين الطرق والإنارة والمدارس والحدائق العامة وأشار إلى أن الشركة المحلية ستنفذ الأشغال خلال ' +
  'عامين بتكلفة تقارب مليون دينار من الأموال المخصصة للتنمية وأكد رئيس الجمعية أهمية المشاركة ' +
  'في القرار وتابع الاجتماع عدد من الصحفيين والمواطنين الذين عبروا عن آرائهم حول الخطة والمستشفى ' +
  'الجامعة السوق الميناء المطار القطار الحافلة النقل المياه الكهرباء الغاز الزراعة الصناعة التجارة ' +
  'السياحة الثقافة الرياضة الفريق الملعب المسرح المكتبة المتحف المعرض الكتاب الطلاب المعلمين الأطباء'
).split(' ');

/** A small deterministic generator (mulberry32), so generated seeds are the same every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatedArticle(index: number, paragraphs = 4, words = 40): string {
  const next = random(index + 1);
  return Array.from({ length: paragraphs }, () =>
    `${Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ')}.`).join('\n') + '\n';
}

/** Writes `count` distinct generated articles into `dir`. */
export function writeGeneratedSeeds(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}.txt`), generatedArticle(i));
}
