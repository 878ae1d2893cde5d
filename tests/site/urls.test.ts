import { describe, expect, it } from 'vitest';
import { hrefOf, monthUrl, pageUrl, topicSlug } from '../../src/site/urls.js';
import { normalizeArabic } from '../../src/text/arabic.js';

describe('topicSlug', () => {
  it.each([
    ['two words', 'الامم المتحده', 'الامم-المتحده'],
    ['keeps hamza forms when the key has them', 'الأمم المتحدة', 'الأمم-المتحدة'],
    ['drops tatweel', 'الـرياضة', 'الرياضة'],
    ['a key folded by normalizeArabic', normalizeArabic('الأمم المتّحدة'), 'الامم-المتحده'],
    ['drops ZWNJ and bidi marks', 'الشرق\u200c\u200fالأوسط', 'الشرقالأوسط'],
    ['drops slashes, dots and percent signs', 'النفط/الغاز.%', 'النفطالغاز'],
    ['folds runs of spaces and dashes', '  كأس  -  العالم ', 'كأس-العالم'],
    ['lower-cases Latin acronyms', 'OPEC أوبك', 'opec-أوبك'],
    ['keeps Arabic-Indic digits', 'مونديال ٢٠٣٠', 'مونديال-٢٠٣٠'],
    ['nothing usable', '/?#', ''],
  ])('%s', (_name, key, slug) => {
    expect(topicSlug(key)).toBe(slug);
  });

  it('caps very long keys so folder names fit every file system', () => {
    expect(Buffer.byteLength(topicSlug('كلمة '.repeat(200)))).toBeLessThanOrEqual(255);
  });
});

describe('hrefOf', () => {
  it('percent-encodes Arabic segments and keeps slashes', () => {
    expect(hrefOf('/topics/الصحه/')).toBe('/topics/%D8%A7%D9%84%D8%B5%D8%AD%D9%87/');
    expect(decodeURIComponent(hrefOf('/topics/الصحه/'))).toBe('/topics/الصحه/');
  });

  it('gives every path what encoding each segment gives, plain ASCII paths included', () => {
    const segmentwise = (p: string) => p.split('/').map((s) => encodeURIComponent(s)).join('/');
    const paths = ['/articles/68def380e0635f55/', '/', '', '/a b/', '/a%b/', '/a?b#c/', "/it's-(x)*!~/", '/a_b.c/'];
    for (let c = 0x20; c < 0x7f; c++) paths.push(`/x${String.fromCharCode(c)}/`);
    for (const p of paths) expect(hrefOf(p)).toBe(segmentwise(p));
  });
});

describe('listing URLs', () => {
  it('puts later pages under page/<n>/', () => {
    expect(pageUrl('/archive/2024/03/', 1)).toBe('/archive/2024/03/');
    expect(pageUrl('/archive/2024/03/', 2)).toBe('/archive/2024/03/page/2/');
    expect(monthUrl('2024-03')).toBe('/archive/2024/03/');
  });
});
