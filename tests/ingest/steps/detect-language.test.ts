import { describe, expect, it } from 'vitest';
import { detectLanguageOf } from '../../../src/ingest/steps/detect-language.js';

describe('detectLanguageOf', () => {
  it.each<[string, string, string, 'rtl' | 'ltr']>([
    ['Arabic', 'قال وزير الخارجية في مؤتمر صحفي إن الحكومة ماضية في الإصلاحات التي أعلنت عنها.', 'ar', 'rtl'],
    ['Arabic typed with Persian ی and ک', 'قال وزیر الخارجیة فی مؤتمر صحفی إن الحکومة ماضیة فی الإصلاحات التی أعلنت عنها.', 'ar', 'rtl'],
    ['Arabic with tatweel and diacritics', 'قـــال الـوزيـر إِنَّ المَشروعَ في مرحلته الأخيرة، وإن التنفيذ سيبدأ من الشهر المقبل.', 'ar', 'rtl'],
    ['Arabic with Latin acronyms', 'أعلنت شركة BMW عن سحب سيارات من طراز X5 في أوروبا بسبب خلل في نظام ABS الذي طوره فريق R&D.', 'ar', 'rtl'],
    ['Arabic naming Pakistan and Tehran', 'وصل رئيس وزراء باكستان إلى طهران في زيارة رسمية تستمر يومين، وهي الأولى منذ توليه منصبه.', 'ar', 'rtl'],
    ['Persian', 'وزیر امور خارجه ایران روز دوشنبه گفت که این کشور برای گفتگو با همسایگان آماده است و این موضوع را پیگیری می کند.', 'fa', 'rtl'],
    ['Persian with ZWNJ', 'دولت می‌گوید که برنامه‌های تازه‌ای برای کاهش تورم آماده کرده است.', 'fa', 'rtl'],
    ['Urdu', 'پاکستان کے وزیر اعظم نے کہا ہے کہ حکومت عوام کی فلاح کے لیے کام کر رہی ہے اور یہ سلسلہ جاری رہے گا۔', 'ur', 'rtl'],
    ['French', "Le ministre a annoncé que les travaux de l'autoroute seront achevés avant la fin de l'année dans la région.", 'fr', 'ltr'],
    ['English', 'The minister said that the work on the motorway would be finished before the end of the year in the region.', 'en', 'ltr'],
    ['French quoting an Arabic name', 'Le président de l\'association, عبد الله, a déclaré que la réunion aura lieu mardi.', 'fr', 'ltr'],
    ['English with Arabic-Indic digits', 'Prices rose by ٣ per cent in the quarter, the bank said in its report on Monday.', 'en', 'ltr'],
  ])('%s', (_name, text, lang, dir) => {
    expect(detectLanguageOf(text)).toEqual({ lang, dir });
  });
});
