import { describe, expect, it } from 'vitest';
import { excerpt, visibleText } from '../../src/search/excerpt.js';
import { KEYS_MARK } from '../../src/search/variants.js';

const marked = (segments: { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text);
const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('excerpt', () => {
  it('marks every printed form of the typed word', () => {
    const content = 'قال الوزير إن الوزارة ستعلن خطة جديدة، وأكد للوزير السابق أن وزير المالية وافق.';
    expect(marked(excerpt(content, 'وزير'))).toEqual(['الوزير', 'للوزير', 'وزير']);
    expect(marked(excerpt(content, 'خطه'))).toEqual(['خطة']);
  });

  it('never shows the hidden search keys', () => {
    const content = `عنوان المقالة. نص قصير عن القمة. ${KEYS_MARK} zqabc zqdef`;
    expect(visibleText(content)).toBe('عنوان المقالة. نص قصير عن القمة.');
    expect(joined(excerpt(content, 'قمه'))).not.toContain('zq');
  });

  it('cuts a long text around the first marked word, with ellipses', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `كلمة${i}`).join(' ');
    const content = `${filler} المكتبة ${filler}`;
    const segments = excerpt(content, 'مكتبه', { length: 20 });
    expect(marked(segments)).toEqual(['المكتبة']);
    expect(joined(segments).startsWith('…')).toBe(true);
    expect(joined(segments).endsWith('…')).toBe(true);
    expect(joined(segments).split(' ').length).toBeLessThanOrEqual(23);
  });

  it('leaves out the title the content starts with, shown above the excerpt already', () => {
    const content = 'افتتاح المكتبة. افتتحت البلدية المكتبة أمس.';
    expect(joined(excerpt(content, 'مكتبه', { title: 'افتتاح المكتبة' }))).toBe('افتتحت البلدية المكتبة أمس.');
  });

  it('keeps the text whole when nothing is marked', () => {
    expect(excerpt('نص بلا تطابق', 'حاسوب')).toEqual([{ text: 'نص بلا تطابق', mark: false }]);
  });
});
