import { describe, expect, it } from 'vitest';
import { looksLikeHeading, wordCount } from '../../../src/ingest/steps/detect-headings.js';

const PARAGRAPH = 'وأوضح المسؤول أن المشروع سيستغرق ثلاث سنوات، وأن كلفته ستبلغ مليار درهم حسب التقديرات الأولية.';

describe('looksLikeHeading', () => {
  it.each([
    ['a short line before a paragraph', 'الجريمة الإلكترونية', PARAGRAPH, true],
    ['with digits', 'مراكش تستضيف الجمعية العامة للإنتربول سنة 2025', PARAGRAPH, true],
    ['with Arabic-Indic digits', 'حصيلة عام ٢٠٢٤', PARAGRAPH, true],
    ['with a Latin acronym', 'شراكة مع NAUSS', PARAGRAPH, true],
    ['with tatweel', 'شكـــر وتقدير', PARAGRAPH, true],
    ['ending with a full stop', 'انتهى الاجتماع.', PARAGRAPH, false],
    ['ending with an Arabic question mark', 'ما العمل؟', PARAGRAPH, false],
    ['ending with a colon', 'وقال الوزير:', PARAGRAPH, false],
    ['ending with an Arabic comma', 'في المقابل،', PARAGRAPH, false],
    ['the last line', 'شكر وتقدير', undefined, false],
    ['before another short line', 'عنوان', 'سطر قصير آخر', false],
    ['too many words', 'هذه جملة طويلة جدا تضم كلمات كثيرة تتجاوز ما يكون عليه عنوان فرعي عادي في الصحف', PARAGRAPH, false],
    ['markup', '<b>عنوان</b>', PARAGRAPH, false],
    ['template code', '{{ عنوان }}', PARAGRAPH, false],
    ['a rule', '---', PARAGRAPH, false],
  ])('%s', (_case, line, next, expected) => {
    expect(looksLikeHeading(line, next)).toBe(expected);
  });
});

describe('wordCount', () => {
  it.each([
    ['Arabic words', 'قال الوزير اليوم', 3],
    ['punctuation is not a word', 'قال - الوزير ،', 2],
    ['digits count', 'سنة 2025 و٢٠٢٤', 3],
    ['ZWNJ inside a word', 'ال\u200Cوزير', 1],
  ])('%s', (_case, text, expected) => {
    expect(wordCount(text)).toBe(expected);
  });
});
