// Words that say nothing about what an article is about: left out of topics and of the
// content compared for related articles. The maintained lists of stopwords-iso, plus the
// words of news reporting (verbs of saying, dates, counts), all folded like the text.
import { createRequire } from 'node:module';
import { normalizeArabic } from './arabic.js';

// The package is a JSON file of lists by language; require reads it without an import attribute.
const stopwordsIso = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;

// Words a news text uses whatever it is about: reporting verbs, time words, quantities.
const NEWS_WORDS = [
  'قال', 'قالت', 'يقول', 'تقول', 'وقال', 'أضاف', 'أضافت', 'يضيف', 'أكد', 'أكدت', 'يؤكد', 'أوضح', 'أوضحت', 'أشار',
  'أشارت', 'تابع', 'تابعت', 'أعلن', 'أعلنت', 'ذكر', 'ذكرت', 'يذكر', 'أفاد', 'أفادت', 'صرح', 'كشف', 'كشفت', 'لفت',
  'وفق', 'وفقا', 'بحسب', 'حسب', 'طبقا', 'نقلا', 'اليوم', 'أمس', 'غدا', 'يوم', 'يوما', 'أيام', 'الأيام', 'العام',
  'عام', 'أعوام', 'سنة', 'السنة', 'سنوات', 'السنوات', 'شهر', 'الشهر', 'أشهر', 'الأسبوع', 'أسبوع', 'الماضي', 'الماضية',
  'المقبل', 'المقبلة', 'الحالي', 'الحالية', 'الجاري', 'الجارية', 'الساعة', 'ساعة', 'ساعات', 'دقيقة', 'دقائق', 'مساء',
  'صباح', 'الآن', 'حاليا', 'مليون', 'ملايين', 'مليار', 'مليارات', 'ألف', 'آلاف', 'المئة', 'المائة', 'بالمئة',
  'نحو', 'أكثر', 'أقل', 'أكبر', 'عدد', 'عدة', 'خلال', 'إطار', 'شأن', 'جانب', 'أخرى', 'الأخرى', 'آخر', 'الآخر',
  'الأخير', 'الأخيرة', 'الأول', 'الأولى', 'أول', 'الثاني', 'الثانية', 'الثالث', 'الثالثة', 'جديد', 'جديدة', 'الجديد',
  'الجديدة', 'كبير', 'كبيرة', 'الكبير', 'الكبيرة', 'مختلف', 'بشكل', 'مستوى', 'إلى', 'لدى', 'أيضا', 'كذلك', 'هناك',
  'يتم', 'تم', 'يكون', 'تكون', 'كانت', 'كانوا', 'يمكن', 'ضرورة', 'أجل', 'أنه', 'أنها', 'إنه', 'إنها', 'الذي', 'التي',
  'الذين', 'مصدر', 'مصادر', 'المصدر', 'بيان', 'البيان', 'تصريح', 'تصريحات', 'الخبر', 'المزيد', 'حيث', 'بينما', 'فيما',
  'السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة',
  'يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
  'جانفي', 'فيفري', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'يوليوز', 'غشت', 'شتنبر', 'نونبر', 'دجنبر', 'كانون',
  'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين', 'الموافق', 'هـ', 'محرم', 'صفر',
  'ربيع', 'جمادى', 'رجب', 'شعبان', 'رمضان', 'شوال', 'القعدة', 'الحجة', 'said', 'says', 'year', 'also', 'would',
  'could', 'mr', 'new', 'people', 'told', 'a', 'an', 'one', 'two', 'will', 'dit', 'ans', 'selon', 'année', 'aussi',
];

// The maintained lists (Arabic, Persian, Urdu, French, English), folded like the text.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [...['ar', 'fa', 'ur', 'fr', 'en'].flatMap((lang) => stopwordsIso[lang] ?? []), ...NEWS_WORDS]
    .map(normalizeArabic),
);

/** `token` is folded (normalizeArabic). */
export const isStopWord = (token: string) => STOP_WORDS.has(token);
