// The site the browser tests read: the example seed, an Arabic article with Latin names,
// a French article quoting Arabic names, and enough short articles for a second home page.
// All text here is written for the tests.
import { buildFixture, makeSeeds, type Built } from '../helpers/build.js';
import { serve, type Served } from '../helpers/serve.js';

export const BIDI_ID = 'b1d1000000000001';
export const FRENCH_ID = 'f4e0000000000001';

const BIDI_SEED = [
  'شاركت في الملتقى الدولي للأمن الرقمي هيئات من عدة بلدان، من بينها NAUSS، USAP، IACP، وقدمت خلاله عروض حول حماية البيانات.',
  'وأوضح المنظمون أن نسبة المشاركة بلغت 85% هذه السنة، وأن أغلب الورشات اعتمدت على لغة Python ومنصة Open Data Hub.',
  'وقال أحد الخبراء إن الهجمات التي تستهدف شبكات 5G في تزايد، داعيا إلى اعتماد معيار ISO/IEC 27001 في المؤسسات العمومية.',
  // A long unbroken address must wrap rather than widen a phone screen.
  'وتوجد الوثائق كاملة على الرابط https://www.example.org/publications/2024/rapport-annuel-securite-numerique-version-finale-integrale.pdf لمن أراد الاطلاع عليها.',
].join('\n');

const FRENCH_SEED = [
  "Le directeur général de la sûreté nationale, عبد اللطيف الحموشي, a présenté le bilan de l'année devant les délégations étrangères réunies à Rabat.",
  "Selon le rapport, les services ont traité plus de 1200 dossiers de cybercriminalité, un chiffre en hausse par rapport à l'année précédente.",
  "La prochaine réunion se tiendra à Marrakech, où les délégations discuteront de la coopération régionale et de la formation des enquêteurs.",
].join('\n');

/** Short Arabic articles, so the home page has a second page and a pager. */
function fillerSeeds(count: number): Record<string, string> {
  const seeds: Record<string, string> = {};
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(2, '0');
    seeds[`f${n}_a0a0a0a0a0a0a0${n}.txt`] = [
      // Dated through the metadata header, so the archive has a year and a month to show.
      `التاريخ: 2024-03-${n}`,
      `افتتحت البلدية في حي المدينة القديمة المكتبة العمومية رقم ${i} بعد أشهر من أشغال الترميم والتجهيز.`,
      'وتضم المكتبة قاعة للمطالعة وركنا للأطفال وفضاء للوسائط الرقمية مفتوحا طيلة أيام الأسبوع.',
    ].join('\n');
  }
  return seeds;
}

export interface Site {
  built: Built;
  served: Served;
  url(path: string): string;
}

/** Builds the fixture site into a temporary folder. */
export function buildSite(): Promise<Built> {
  const root = makeSeeds(
    { [`bidi_${BIDI_ID}.txt`]: BIDI_SEED, [`fr_${FRENCH_ID}.txt`]: FRENCH_SEED, ...fillerSeeds(20) },
    true,
  );
  return buildFixture(root);
}

export async function startSite(): Promise<Site> {
  const built = await buildSite();
  const served = await serve(built.outDir);
  return { built, served, url: (path) => served.origin + path };
}
