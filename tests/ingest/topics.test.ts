import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/ingest/article.js';
import { foldClitics, foldSpelling, idfScale, topicsOf, wordKey } from '../../src/ingest/topics.js';
import { normalizeArabic } from '../../src/text/arabic.js';

const article = (...paragraphs: string[]) => ({ body: paragraphs.map((text): Block => ({ kind: 'paragraph', text })) });

// A small archive written for these tests: two about the United Nations, two about
// football, one about the economy, one about weather; common words appear everywhere.
const ARCHIVE = [
  article(
    'دعت الأمم المتحدة اليوم إلى وقف فوري لإطلاق النار في اليمن، وقالت إن الوضع الإنساني يتدهور.',
    'وأضاف المتحدث باسم الأمم المتحدة أن المساعدات الغذائية لم تصل إلى مدينة الحديدة منذ أسابيع.',
    'وتقدر المنظمة أن ملايين اليمنيين يحتاجون إلى المساعدات، وأن الحديدة هي المنفذ الرئيسي لها.',
  ),
  article(
    'أعلنت الأمم المتحدة عن خطة جديدة لإيصال المساعدات إلى اللاجئين في لبنان خلال فصل الشتاء.',
    'وقال المسؤول في الأمم المتحدة إن اللاجئين بحاجة إلى الوقود والأغطية، وإن التمويل لا يكفي.',
  ),
  article(
    'فاز فريق الرجاء على الوداد بهدفين مقابل هدف في مباراة الديربي التي جرت في الدار البيضاء.',
    'وسجل مهاجم الرجاء الهدفين في الشوط الثاني، فيما قلص الوداد الفارق في الدقائق الأخيرة.',
    'وبهذا الفوز يتصدر الرجاء ترتيب البطولة، بينما يتراجع الوداد إلى المركز الثالث.',
  ),
  article(
    'يستعد فريق الوداد لمواجهة صعبة أمام الرجاء في نهائي الكأس، بعد خسارته في الديربي الأخير.',
    'وقال مدرب الوداد إن فريقه سيعوض الخسارة، وإن اللاعبين جاهزون للنهائي.',
  ),
  article(
    'ارتفعت أسعار الفائدة في المغرب بعد قرار البنك المركزي رفعها لمواجهة التضخم.',
    'وقال محافظ البنك المركزي إن التضخم بلغ أعلى مستوى له منذ سنوات، وإن الأسعار سترتفع.',
    'ويتوقع خبراء أن يؤثر قرار البنك على القروض العقارية وأسعار الفائدة على المدى القصير.',
  ),
  article(
    'تشهد مناطق الشمال أمطارا غزيرة وثلوجا على المرتفعات، حسب نشرة الأرصاد الجوية.',
    'ودعت الأرصاد الجوية السائقين إلى الحذر، وتوقعت استمرار الأمطار والثلوج حتى نهاية الأسبوع.',
  ),
];

describe('topicsOf', () => {
  const topics = topicsOf(ARCHIVE);
  const keys = (i: number) => topics[i]!.map((t) => t.key);
  const labels = (i: number) => topics[i]!.map((t) => t.label);

  it('gives every article 3 to 6 topics', () => {
    for (const t of topics) {
      expect(t.length).toBeGreaterThanOrEqual(3);
      expect(t.length).toBeLessThanOrEqual(6);
    }
  });

  it('keeps a recurring name of several words whole, with its natural form', () => {
    expect(labels(0)).toContain('الأمم المتحدة');
    expect(keys(0)).toContain('الامم-المتحده');
    expect(keys(0)).not.toContain('امم');
  });

  it('ranks what the article is about above the words every article uses', () => {
    expect(keys(0)).toContain('حديده');
    expect(labels(2)).toEqual(expect.arrayContaining(['الرجاء', 'الوداد']));
    expect(keys(4)).toContain('تضخم');
    expect(labels(5)).toContain('الأرصاد');
    for (const t of topics.flat()) expect(['قال', 'وقال', 'ان', 'الي', 'اليوم']).not.toContain(t.key);
  });

  it('keeps a name of three words that begins with عبد whole', () => {
    const named = topicsOf([
      article('استقبل عبد اللطيف الحموشي وفدا أمنيا، وبحث عبد اللطيف الحموشي مع الوفد التعاون في مكافحة الإرهاب.'),
      article('أشرف عبد اللطيف الحموشي على تخرج فوج جديد من الضباط في المعهد الملكي للشرطة.'),
      article('فاز الفريق بالمباراة وتأهل إلى نهائي البطولة بعد مباراة صعبة.'),
    ]);
    expect(named[0]!.map((t) => t.label)).toContain('عبد اللطيف الحموشي');
    expect(named[0]!.find((t) => t.label === 'عبد اللطيف الحموشي')!.key).toBe('عبد-اللطيف-الحموشي');
    expect(named[0]!.map((t) => t.key)).not.toContain('حموشي');
  });

  it('keeps words apart when their run recurs in one article only', () => {
    expect(labels(5)).not.toContain('الأرصاد الجوية');
  });

  it('folds clitics and the article into one key, shown as most often written', () => {
    // "الرجاء", "فريق الرجاء": one key whatever clitic the word carries.
    const all = topics.flat();
    expect(all.filter((t) => t.label === 'الرجاء').every((t) => t.key === 'رجاء')).toBe(true);
    expect(keys(4)).not.toContain('والبنك');
  });

  it('makes keys that can stand in a URL: letters, digits and hyphens, no spaces', () => {
    for (const t of topics.flat()) {
      expect(t.key).toMatch(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u);
      expect(decodeURIComponent(encodeURIComponent(t.key))).toBe(t.key);
    }
  });

  it('gives one key to two spellings of one topic', () => {
    const spelled = topicsOf([
      article('عقدت الأمم المتحدة اجتماعا حول المناخ، وقالت الأمم المتحدة إن المناخ يتغير بسرعة.'),
      article('عقدت الامم المتحده اجتماعا حول المناخ، وقالت الامم المتحده إن المناخ يتغير بسرعة.'),
      article('فاز الفريق بالمباراة وتأهل إلى نهائي البطولة.'),
    ]);
    expect(spelled[0]!.map((t) => t.key)).toEqual(spelled[1]!.map((t) => t.key));
  });

  it('gives one key to the two spellings of أمريكا', () => {
    const spelled = topicsOf([
      article('فرضت الإدارة الأميركية عقوبات جديدة، وقالت الإدارة الأميركية إن العقوبات تشمل شركات.'),
      article('فرضت الإدارة الأمريكية عقوبات جديدة، وقالت الإدارة الأمريكية إن العقوبات تشمل شركات.'),
      article('فاز الفريق بالمباراة وتأهل إلى نهائي البطولة.'),
    ]);
    expect(spelled[0]!.map((t) => t.key)).toEqual(spelled[1]!.map((t) => t.key));
    expect(spelled[0]!.map((t) => t.key).join(' ')).toContain('امريكيه');
  });

  it('is the same for the same archive', () => {
    expect(topicsOf(ARCHIVE)).toEqual(topics);
  });

  it('gives fewer than 3 only when the article has fewer words to offer', () => {
    expect(topicsOf([article('المغرب')])[0]!.map((t) => t.key)).toEqual(['مغرب']);
  });
});

describe('foldClitics', () => {
  const vocabulary = new Map([['ترامب', 5], ['وترامب', 1], ['زير', 0], ['وزير', 9], ['الحكومه', 4], ['كاليفورنيا', 3]]);
  const known = (w: string) => vocabulary.get(w) ?? 0;
  it.each<[string, string]>([
    ['والحكومة', 'الحكومة'],
    ['بالحكومة', 'الحكومة'],
    ['وبالحكومة', 'الحكومة'],
    ['للحكومة', 'الحكومة'],
    ['وللحكومة', 'الحكومة'],
    ['وترامب', 'ترامب'],
    ['وزير', 'وزير'],
    ['بريطانيا', 'بريطانيا'],
    ['والي', 'والي'],
    ['الله', 'الله'],
    ['GPS', 'GPS'],
    ['كاليفورنيا', 'كاليفورنيا'],
    ['بالتالي', 'بالتالي'],
  ])('%s → %s', (surface, expected) => {
    expect(foldClitics(surface, normalizeArabic(surface), known).surface).toBe(expected);
  });
});

describe('foldSpelling', () => {
  it.each<[string, string]>([
    ['الأميركية', 'الامريكيه'],
    ['أمريكا', 'امريكا'],
    ['أوربا', 'اوروبا'],
    ['الأوربي', 'الاوروبي'],
    ['فايسبوك', 'فيسبوك'],
    ['الفايسبوك', 'الفيسبوك'],
  ])('%s → %s', (word, folded) => {
    expect(foldSpelling(normalizeArabic(word))).toBe(folded);
  });
});

describe('wordKey', () => {
  it.each<[string, string]>([
    ['الحكومة', 'حكومه'],
    ['حكومة', 'حكومه'],
    ['الحكومـــة', 'حكومه'],
    ['أَلْحُكُومَة', 'حكومه'],
    ['الرئاسة', 'رئاسه'],
    ['الى', 'الي'],
    ['الله', 'الله'],
    ['مستشفى', 'مستشفي'],
    ['ایران', 'ايران'],
  ])('%s → %s', (word, key) => {
    expect(wordKey(normalizeArabic(word))).toBe(key);
  });
});

describe('idfScale', () => {
  it.each<[number, number]>([
    [0, 0], [1, 1], [99, 99], [100, 100], [109, 100], [110, 110], [999, 990], [1000, 1000], [1099, 1000],
    [9968, 9900], [10_000, 10_000], [10_999, 10_000], [11_000, 11_000], [123_456, 120_000],
  ])('%i articles weigh as %i', (articles, scale) => {
    expect(idfScale(articles)).toBe(scale);
  });
});

describe('topics as the archive grows', () => {
  // Made-up Arabic words, drawn unevenly from a small vocabulary (a fixed seed), so many
  // articles have topics that score nearly alike.
  const LETTERS = [...'بتثجحخدذرزسشصضطظعغفقكمنهي'];
  let state = 7;
  const random = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  const vocabulary = Array.from({ length: 300 }, () => Array.from({ length: 4 }, () => LETTERS[Math.floor(random() * LETTERS.length)]).join(''));
  const sentence = () => Array.from({ length: 14 }, () => vocabulary[Math.floor(vocabulary.length * random() ** 2)]).join(' ');
  const archive = Array.from({ length: 121 }, () => article(`${sentence()}.`, `${sentence()}.`, `${sentence()}.`));
  // Words no other article uses: only the archive's size changes for the others.
  const own = article('ووووو ييييي ززززز ووووو ييييي.', 'ززززز ووووو ييييي ززززز.');

  it('leaves the topics of the articles already there as they were, in their order', () => {
    const before = topicsOf(archive);
    const after = topicsOf([...archive, own]);
    expect(after.slice(0, archive.length)).toEqual(before);
    expect(after.at(-1)!.length).toBeGreaterThan(0);
  });
});
