import { describe, expect, it } from 'vitest';
import {
  attributionToColon, cutAtWord, DANGLING_WORDS, dropDanglingWords, dropFillers, dropTimeWords, firstSentence, headlineFromLead,
  latinHeadline, looksLikeVerb, nominalized, presentTense, subjectFirst, thoughtsOf, TITLE_MAX_CHARS,
} from '../../../src/ingest/steps/derive-title.js';
import { emptyDraft } from '../../../src/ingest/pipeline.js';
import { deriveTitle } from '../../../src/ingest/steps/derive-title.js';
import { normalizeArabic } from '../../../src/text/arabic.js';

describe('dropTimeWords', () => {
  it.each([
    ['افتتح الوزير الاثنين المعرض', 'افتتح الوزير المعرض'],
    // Commas that set the day apart go with it.
    ['افتتح الوزير، الإثنين، المعرض', 'افتتح الوزير المعرض'],
    ['افتتح الوزير اليوم الثلاثاء المعرض', 'افتتح الوزير المعرض'],
    ['افتتح الوزير مساء أمس المعرض', 'افتتح الوزير المعرض'],
    ['افتتح الوزير يوم الخميس الماضي المعرض', 'افتتح الوزير المعرض'],
    ['أعلن الوزير في بيان صحفي الأسبوع الماضي خطة', 'أعلن الوزير خطة'],
    // Calendar dates in Gregorian, Levantine and Maghreb month names, Latin or Arabic-Indic digits.
    ['عقد الحزب ندوة اليوم الخميس 20 أكتوبر 2016 للرد', 'عقد الحزب ندوة للرد'],
    ['وصل الوفد في آذار/مارس الماضي إلى المدينة', 'وصل الوفد إلى المدينة'],
    ['تنطلق الدورة ١٥ جوان ٢٠١٩ بتونس', 'تنطلق الدورة بتونس'],
    // Stretches of recent time.
    ['ارتفعت الأسعار خلال الأيام القليلة الماضية في السوق', 'ارتفعت الأسعار في السوق'],
    ['لم تنعقد القمة حتى الآن', 'لم تنعقد القمة'],
    ['سيتواصل التراجع في الأشهر المقبلة', 'سيتواصل التراجع'],
    // "الأيام" that is not a span of time stays.
    ['مهرجان الأيام الثقافية', 'مهرجان الأيام الثقافية'],
    // A month name that is not part of a date stays.
    ['مهرجان ماي الثقافي', 'مهرجان ماي الثقافي'],
    // "اليوم" alone is "today's", not a date: "العالم اليوم" stays.
    ['تحديات العالم اليوم', 'تحديات العالم اليوم'],
    // A day name inside a longer word is not a time word.
    ['مسجد الجمعةالكبير', 'مسجد الجمعةالكبير'],
  ])('%s', (text, expected) => {
    expect(dropTimeWords(text)).toBe(expected);
  });
});

describe('firstSentence', () => {
  it.each([
    ['افتتح الوزير المعرض. وحضر الحفل جمهور كبير.', 'افتتح الوزير المعرض'],
    // A figure's decimal point and a one-letter abbreviation ("د." for doctor) end no sentence.
    ['ارتفع المؤشر 2.5 بالمئة اليوم. وتراجع النفط.', 'ارتفع المؤشر 2.5 بالمئة اليوم'],
    ['كتب د. سامي الأحمد مقالا عن التعليم. وقال إن المدارس تحتاج دعما.', 'كتب د. سامي الأحمد مقالا عن التعليم'],
    ['هل يعود الفريق إلى القمة؟ يرى المدرب ذلك.', 'هل يعود الفريق إلى القمة'],
  ])('%s', (text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });
});

describe('attributionToColon', () => {
  it.each([
    ['قال وزير الصحة إن الحملة نجحت', 'وزير الصحة: الحملة نجحت'],
    ['قالت المتحدثة، إن الحملة نجحت', 'المتحدثة: الحملة نجحت'],
    ['أكد المدرب أنه سيبقى مع الفريق', 'المدرب سيبقى مع الفريق'],
    ['اكدت الشركة بأنها ستفتح فرعا', 'الشركة ستفتح فرعا'],
    ['افتتح الوزير المعرض', 'افتتح الوزير المعرض'],
    // "ان" inside a word ("سكان") is not "that".
    ['يرى كثير من سكان المدينة أن المشي مفيد', 'كثير من سكان المدينة: المشي مفيد'],
    // What a study found or a report revealed is told the same way.
    ['كشفت دراسة حديثة أن القهوة تقوي الذاكرة', 'دراسة حديثة: القهوة تقوي الذاكرة'],
    ['خلصت دراسة جامعية إلى أن النوم يطيل العمر', 'دراسة جامعية: النوم يطيل العمر'],
    ['أظهر مسح للبلدية أن نصف السكان يستعملون الحافلة', 'مسح للبلدية: نصف السكان يستعملون الحافلة'],
    // A long speaker with a post set apart, and where or to whom it was said, which the headline leaves out.
    ['قال رئيس الاتحاد الجهوي للفلاحين ومربي الماشية في ولايات الشمال الغربي، سامي الأحمد، إن الموسم سيكون جيدا', 'سامي الأحمد: الموسم سيكون جيدا'],
    ['قال وزير الزراعة سامي الأحمد في حوار مع صحيفة محلية إن الموسم جيد', 'وزير الزراعة سامي الأحمد: الموسم جيد'],
    ['أكد لـ«الصحيفة» مدير الميناء أن السفن تعمل', 'مدير الميناء: السفن تعمل'],
    ['قالت الشركة لوكالة الأنباء إن الإنتاج توقف', 'الشركة: الإنتاج توقف'],
    // "على أن" is a condition, not what was said: no speaker ends on a particle.
    ['أعلنت الحكومة خطة للنقل على أن تبدأ في الصيف', 'أعلنت الحكومة خطة للنقل على أن تبدأ في الصيف'],
    // A clause on "عن" is what was announced, and "مشيرا" opens an aside: neither is who spoke.
    ['أعلنت الشرطة، عن توقيف رجل يشتبه في أنه سرق متجرا', 'أعلنت الشرطة، عن توقيف رجل يشتبه في أنه سرق متجرا'],
    ['أكد الوزير على دعم الزراعة، مشيرًا إلى أن الموسم جيد', 'أكد الوزير على دعم الزراعة، مشيرًا إلى أن الموسم جيد'],
  ])('%s', (text, expected) => {
    expect(attributionToColon(text)).toBe(expected);
  });
});

describe('presentTense', () => {
  it.each([
    ['حذر', 'يحذر'], ['كشف', 'يكشف'], ['رفضت', 'ترفض'],
    // Forms IV, VIII, X, with or without the hamza written on the alef.
    ['أعلن', 'يعلن'], ['أعلنت', 'تعلن'], ['اعلن', 'يعلن'],
    // A feminine past that lost its weak last letter: "انتهت" is from "انتهى", not "انته".
    ['انتهت', undefined], ['اشترت', undefined],
    // A hollow root changes its vowel in the present ("أشار" → "يشير"): not written by rule.
    ['أقام', undefined], ['أضافت', undefined], ['اشار', undefined], ['استعاد', undefined], ['اختار', 'يختار'], ['انتقد', 'ينتقد'], ['ارتفعت', 'ترتفع'], ['استقبل', 'يستقبل'],
    // Forms V and VI only with the feminine ending: "تعادل" alone may be a present or a noun.
    ['تعادلت', 'تتعادل'], ['تعادل', undefined],
    // A weak last letter, a long vowel or hamza inside, an auxiliary: the present is not written by rule.
    ['أهدى', undefined], ['سعت', undefined], ['قال', undefined], ['سأل', undefined], ['كان', undefined],
    // The common verbs of a lead whose present is irregular are known by name.
    ['أكد', 'يؤكد'], ['دعت', 'تدعو'], ['نفى', 'ينفي'], ['أشارت', 'تشير'],
    // Nouns and present forms that look like verbs.
    ['مصر', undefined], ['تنظم', undefined], ['وصل', undefined],
    // Diacritics or tatweel: the shape cannot be read, nothing is guessed.
    ['حَذَّرَ', undefined], ['حـذر', undefined],
  ])('%s', (past, expected) => {
    expect(presentTense(past)).toBe(expected);
  });
});

describe('nominalized', () => {
  it.each([
    ['توفي الفنان سامي عن عمر ناهز 80 عاما', 'وفاة الفنان سامي عن عمر ناهز 80 عاما'],
    // Alef maksura for yeh, and the feminine ending, are the same verb.
    ['توفى الشاعر', 'وفاة الشاعر'], ['توفيت الكاتبة', 'وفاة الكاتبة'],
    ['ارتفعت أسعار الذهب إلى أعلى مستوى', 'ارتفاع أسعار الذهب إلى أعلى مستوى'],
    ['أصيب 12 شخصا في حادث سير', 'إصابة 12 شخصا في حادث سير'],
    ['انتهت عملية الإجلاء', 'انتهاء عملية الإجلاء'],
    ['استقال رئيس الجمعية الخيرية', 'استقالة رئيس الجمعية الخيرية'],
    ['وصلت بعثة الفريق إلى العاصمة', 'وصول بعثة الفريق إلى العاصمة'],
    ['انفجرت عبوة قرب السوق', 'انفجار عبوة قرب السوق'],
    // A phrase on a preposition is how or when, not who arrived.
    ['وصل بحضور الوزير الوفد', undefined], ['وصل بالأمس الوفد', undefined],
    ['أسعار الذهب ارتفعت', undefined],
    // Followed by a time or a particle, there is no one it happened to.
    ['وصل اليوم الوفد', undefined], ['ارتفع في الأسواق سعر النفط', undefined],
    // A transitive verb is left to subjectFirst: "افتتح الوزير المعرض" is not an event noun.
    ['افتتح الوزير المعرض', undefined],
  ])('%s', (clause, expected) => {
    expect(nominalized(clause)).toBe(expected);
  });
});

describe('subjectFirst', () => {
  it.each([
    ['أعلنت وزارة النقل عن خطة جديدة', 'وزارة النقل تعلن عن خطة جديدة'],
    ['أعرب صندوق النقد الدولي عن قلقه', 'صندوق النقد الدولي يعرب عن قلقه'],
    ['حذرت منظمة الصحة العالمية من موجة حر', 'منظمة الصحة العالمية تحذر من موجة حر'],
    // After a definite subject, a verbal noun or a noun pointing back to it opens the object.
    ['رفض الجيش الوطني تزويد المتمردين بالسلاح', 'الجيش الوطني يرفض تزويد المتمردين بالسلاح'],
    ['عدلت الجزيرة الشمالية توقيتها الرسمي', 'الجزيرة الشمالية تعدل توقيتها الرسمي'],
    ['أغلقت الأسهم الأوروبية تعاملاتها على ارتفاع', 'الأسهم الأوروبية تغلق تعاملاتها على ارتفاع'],
    // A name after a post is still the subject, even one ending in "ه" ("جوزيه").
    ['انتقد المدرب البرتغالي جوزيه فرنانديز الحكم', undefined],
    // The subject ends at no preposition, or takes an object: the lead's order stays.
    ['زار الرئيس معرض الكتاب', undefined],
    ['اتخذت الشركة خطة جديدة في عملها', undefined],
    ['أحرز اللاعب 22 نقطة أمام منافسه', undefined],
    // A definite noun after a definite noun is the object, not part of the subject.
    ['أعلنت الشرطة القبض على لص', undefined],
    // A plural of people would need a plural verb after it.
    ['أطلق مغردون على الموقع وسما', undefined],
    ['دعا مسؤولو الاتحاد إلى الهدوء', undefined],
    ['أبدى أعضاء المجلس قلقهم من القرار', undefined],
    ['دعت الهيئة الوطنية إلى الحوار', 'الهيئة الوطنية تدعو إلى الحوار'],
    // A verbal noun heads the object: "التوقف عن".
    ['قررت فولكسفاغن التوقف عن الإنتاج', undefined],
    // "عدد من" counts; "في" may describe the subject.
    ['أصدر عدد من الأحزاب بيانا', undefined],
    ['أعلنت السلطات في الولاية خطة', undefined],
    // A word the article repeats is a name or a noun, not the lead's verb.
    ['ناصر الفريق على الدوام', undefined, 'ناصر الفريق على الدوام. وقال ناصر إن الفريق قوي'],
  ])('%s', (clause, expected, article = clause) => {
    expect(subjectFirst(clause, article)).toBe(expected);
  });
});

describe('dropFillers', () => {
  it.each([
    ['فاز منتخب مصر لكرة القدم على تونس', 'فاز منتخب مصر على تونس'],
    ['تأهل المنتخب لكرة اليد للسيدات إلى النهائي', 'تأهل المنتخب إلى النهائي'],
    // Not after a team: "عشاق كرة القدم" are football fans.
    ['يستعد عشاق كرة القدم للمونديال', 'يستعد عشاق كرة القدم للمونديال'],
    // "Company" before a name in quotes or Latin letters goes; before an adjective it stays.
    ['أعلنت شركة "أبل" عن هاتف', 'أعلنت "أبل" عن هاتف'],
    ['أعلنت شركة Nokia عن هاتف', 'أعلنت Nokia عن هاتف'],
    ['أعلنت شركة صينية عن هاتف', 'أعلنت شركة صينية عن هاتف'],
    // What the company does follows its name: "شركة" stays with it.
    ['أعلنت شركة "كريم" لسيارات الأجرة عن خطة', 'أعلنت شركة "كريم" لسيارات الأجرة عن خطة'],
    ['استقبل الوزير السيد أحمد', 'استقبل الوزير أحمد'],
    ['استقبل صاحب السمو الملكي الأمير سعود الوفد', 'استقبل الأمير سعود الوفد'],
    // A country by its short name; "دولة" only before a country.
    ['وقعت المملكة العربية السعودية اتفاقا', 'وقعت السعودية اتفاقا'],
    ['زار الوفد دولة الإمارات العربية المتحدة', 'زار الوفد الإمارات'],
    ['قالت الولايات المتحدة الأمريكية', 'قالت الولايات المتحدة'],
    ['أعلنت دولة الكويت، دعمها', 'أعلنت الكويت، دعمها'],
    ['دولة القانون', 'دولة القانون'],
    // Softeners and "so-called" go; a word that only starts the same stays ("أيضاحات" is no "أيضا").
    ['أكد الوزير أيضا دعمه', 'أكد الوزير دعمه'],
    ['من جهته، رحب الوزير', '، رحب الوزير'],
    ['أيضاحات الوزير', 'أيضاحات الوزير'],
    // A person by their name and their father's: the rest of the lineage goes.
    ['استقبل الأمير فهد بن خالد بن سعد آل منصور الوفد', 'استقبل الأمير فهد بن خالد الوفد'],
    ['استقبل الأمير فهد بن خالد الوفد', 'استقبل الأمير فهد بن خالد الوفد'],
  ])('%s', (text, expected) => {
    expect(dropFillers(text)).toBe(expected);
  });

  it('drops "company" before a name the article repeats, and only then', () => {
    expect(dropFillers('أعلنت شركة سامسونغ عن هاتف', 'أعلنت شركة سامسونغ عن هاتف. وقالت سامسونغ إن')).toBe('أعلنت سامسونغ عن هاتف');
    expect(dropFillers('أعلنت شركة تعمل في النفط', 'أعلنت شركة تعمل في النفط')).toBe('أعلنت شركة تعمل في النفط');
  });
});

describe('dropDanglingWords', () => {
  it.each([
    ['زيارة الوفد إلى', 'زيارة الوفد'],
    ['زيارة الوفد في مدينة فى', 'زيارة الوفد في مدينة'],
    // Folded spellings of a particle still count: shadda, hamza, alef maksura.
    ['اتهمت الوزارة الشركة قائلة إنّ', 'اتهمت الوزارة الشركة'],
    ['خطة الوزارة علي', 'خطة الوزارة'],
    ['خطة الوزارة، «', 'خطة الوزارة'],
    // A name particle needs the name after it.
    ['استقبل الأمير فهد بن', 'استقبل الأمير فهد'], ['كرم النادي اللاعب عبد', 'كرم النادي اللاعب'],
  ])('%s', (text, expected) => {
    expect(dropDanglingWords(text)).toBe(expected);
  });

  it('folds every particle it knows', () => {
    for (const word of DANGLING_WORDS) expect(dropDanglingWords(`خطة ${normalizeArabic(word)}`)).toBe('خطة');
  });
});

describe('looksLikeVerb', () => {
  it.each([
    ['أعلنت', true], ['حذر', true], ['استقبل', true],
    ['وزارة', false], ['الحكومة', false], ['المصرية', false], ['في', false], ['NASA', false], ['٢٠١٩', false],
  ])('%s', (word, expected) => {
    expect(looksLikeVerb(word as string)).toBe(expected);
  });
});

describe('headlineFromLead', () => {
  const LEAD =
    'أعلنت وزارة النقل، الأربعاء، عن خطة لتوسيع شبكة القطارات بين المدن الساحلية، وذلك بعد دراسة استمرت عامين.';
  const CONTEXT = [
    'وتشمل خطة القطارات خطوطا جديدة بين المدن الساحلية.',
    'وقالت وزارة النقل إن القطارات ستعمل بالكهرباء.',
    'ويتوقع أن تنتهي خطة توسيع الشبكة في خمس سنوات.',
  ].join('\n');

  it('keeps the news, drops the day and the clause that follows, subject first in the present', () => {
    expect(headlineFromLead(LEAD, CONTEXT)).toBe('وزارة النقل تعلن عن خطة لتوسيع شبكة القطارات بين المدن الساحلية');
  });

  it('prefers, of two near equals, the stretch that ends where its clause ends', () => {
    const lead = 'سجل المنتخب الوطني فوزا كبيرا على ضيفه بثلاثة أهداف مقابل هدف، في مباراة ودية أقيمت على الملعب البلدي.';
    expect(headlineFromLead(lead, 'المنتخب الوطني فوزا ضيفه أهداف'))
      .toBe('سجل المنتخب الوطني فوزا كبيرا على ضيفه بثلاثة أهداف مقابل هدف');
  });

  it('never gives who spoke without what they said', () => {
    const lead = 'قال رئيس الاتحاد الجهوي للصناعة والتجارة في الولاية الشمالية سامي الأحمد إن الصادرات ارتفعت كثيرا هذا العام.';
    const context = 'رئيس الاتحاد الجهوي للصناعة والتجارة في الولاية الشمالية. الاتحاد الجهوي للصناعة. سامي الأحمد رئيس الاتحاد.';
    expect(headlineFromLead(lead, context)).toBe('الصادرات ارتفعت كثيرا هذا العام');
    expect(headlineFromLead('قال الوزير إن الحكومة ستبني مدارس جديدة في القرى.')).toBe('الوزير: الحكومة ستبني مدارس جديدة في القرى');
  });

  it('leaves out an aside between dashes, and keeps a dash inside a figure', () => {
    expect(headlineFromLead('افتتح الأمير سعد – رعاه الله – المعرض الدولي للكتاب في المدينة القديمة.'))
      .toBe('افتتح الأمير سعد المعرض الدولي للكتاب في المدينة القديمة');
    expect(headlineFromLead('فاز الفريق الأول على ضيفه بنتيجة 3 - 1 في المباراة النهائية للبطولة.')).toContain('3 - 1');
  });

  it('keeps an apposition-free core clause when nothing is repeated', () => {
    expect(headlineFromLead('حذر سامي الأحمد، رئيس نادي الأفق، من أزمة مالية في النادي، وذلك في اجتماع.'))
      .toBe('حذر سامي الأحمد من أزمة مالية في النادي');
  });

  it('keeps a post the article keeps naming, with the verb before the name, and only then', () => {
    const lead = 'يواجه سامي الأحمد، رئيس نادي الأفق، غرامة كبيرة من اتحاد الكرة بسبب تصريحاته.';
    const context = 'وقال رئيس نادي الأفق إنه سيستأنف القرار. ويعد نادي الأفق من أقدم الأندية.';
    expect(headlineFromLead(lead, context)).toMatch(/^يواجه سامي الأحمد، رئيس نادي الأفق، غرامة/u);
    expect(headlineFromLead(lead)).toBe('يواجه سامي الأحمد غرامة كبيرة من اتحاد الكرة بسبب تصريحاته');
    // A relative clause describes; it is never kept as a post.
    const relative = 'اتخذت البلدية خطوة جديدة لدعم السوق القديم، الذي يعاني ركودا، بعد شكاوى التجار.';
    expect(thoughtsOf(relative, `${relative} السوق القديم يعاني ركودا.`).described).toBeUndefined();
  });

  it.each([
    'أعلنت شركة NASA عن إطلاق مسبار جديد لدراسة الشمس، في مهمة تستمر سبع سنوات بحسب بيان الشركة.',
    'قال رئيس الوزراء إن الحكومة ستخفض الضرائب على الشركات الصغيرة بنسبة ١٠٪ ابتداء من العام المقبل.',
    'ارتفعت أسعار الذهب في الأسواق العالمية إلى أعلى مستوى لها منذ ستة أشهر مع تراجع الدولار أمام العملات الرئيسية.',
  ])('fits, and ends on a word that can end a headline: %s', (lead) => {
    const title = headlineFromLead(lead);
    expect(title.length).toBeGreaterThan(0);
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX_CHARS);
    expect(dropDanglingWords(title)).toBe(title);
  });

  it('may open on what was announced or warned of, never on a noun that points back', () => {
    const lead = 'كشف فريق من الباحثين عن علاج جديد لمرض السكري يعتمد على خلايا معدلة.';
    const context = 'علاج السكري الجديد يعتمد على خلايا. ويقول الباحثون إن علاج السكري آمن.';
    // "فريق من الباحثين" is one subject: never "فريق يكشف من الباحثين".
    expect(headlineFromLead(lead, context)).toMatch(/^(?:كشف فريق من الباحثين عن )?علاج جديد لمرض السكري/u);
    const long = 'أعلن المتحدث الرسمي باسم الاتحاد الجهوي للفلاحين في ندوة صحفية عقدها بمقر الاتحاد عن خطة لدعم مزارعي الزيتون.';
    expect(headlineFromLead(long, [
      'خطة دعم مزارعي الزيتون تشمل قروضا.', 'ويرحب مزارعي الزيتون بخطة الدعم.', 'وتبدأ خطة دعم الزيتون في الربيع.',
      'ويقول مزارعي الزيتون إن الدعم تأخر.',
    ].join('\n'))).toBe('خطة لدعم مزارعي الزيتون');
    expect(headlineFromLead('مثل شاب أمام القضاء في الـ20 من عمره بتهمة السرقة.', 'عمره عشرون. عمره صغير.'))
      .not.toMatch(/^عمره/u);
  });

  it('cuts at a word boundary', () => {
    expect(cutAtWord('كلمة كلمة كلمة', 12)).toBe('كلمة كلمة');
  });
});

describe('deriveTitle', () => {
  const LEAD = 'قررت البلدية زراعة ألف شجرة في الحي القديم، وبناء مكتبة رقمية للأطفال قرب المدرسة الابتدائية الكبيرة في المدينة.';
  const titleWith = (second: string) => deriveTitle({
    ...emptyDraft('x.txt', new Uint8Array()),
    body: [LEAD, second, 'وحضر الإعلان عدد من السكان.'].map((text) => ({ kind: 'paragraph' as const, text })),
  }).title;

  it('takes the news the paragraph after the lead restates', () => {
    expect(titleWith('وستكون أشجار الحي القديم من الزيتون، وتزرع الشجرة في الربيع.')).toContain('ألف شجرة في الحي القديم');
    expect(titleWith('وتضم المكتبة الرقمية للأطفال آلاف القصص، وتفتح المكتبة الرقمية للأطفال قرب المدرسة.'))
      .toContain('مكتبة رقمية للأطفال');
  });

  it('reads what a paragraph is about from its opening sentence, not from the details after it', () => {
    const body = [LEAD, 'وحضر الإعلان عدد من السكان.',
      'وستكون أشجار الحي القديم من الزيتون والليمون. وقال مهندس إن المكتبة الرقمية للأطفال ستضم حواسيب. والمكتبة الرقمية للأطفال مجانية. وتفتح المكتبة الرقمية للأطفال كل يوم.',
      'وتزرع أشجار الحي القديم في الربيع. وأضاف أن المكتبة الرقمية للأطفال قرب المدرسة.'];
    const draft = { ...emptyDraft('x.txt', new Uint8Array()), body: body.map((text) => ({ kind: 'paragraph' as const, text })) };
    expect(deriveTitle(draft).title).toContain('ألف شجرة في الحي القديم');
  });
});

describe('latinHeadline', () => {
  it.each([
    ['The city council has opened a new public library in the old town, after two years of work.', 'The city council has opened a new public library in the old town'],
    ["Le conseil municipal a inauguré une bibliothèque dans la vieille ville de la région.", 'Le conseil municipal a inauguré une bibliothèque dans la vieille ville'],
  ])('%s', (lead, expected) => {
    expect(latinHeadline(lead)).toBe(expected);
  });
});
