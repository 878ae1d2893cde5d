import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportFileOf } from '../../src/build/build.js';
import type { Report } from '../../src/build/report.js';
import { buildFixture, makeSeeds } from '../helpers/build.js';

const SEED = [
  'الدوحة (قنا) - افتتحت البلدية حديقة عامة جديدة في وسط المدينة، بحضور عدد من السكان.',
  'وتضم الحديقة ملاعب للأطفال وممرات للمشي.',
  'فرانس24/ أ ف ب',
  '737000 - Zain',
].join('\n');

describe('place and credit', () => {
  it('show as a place line and a credit line, and go to the report', async () => {
    const built = await buildFixture(makeSeeds({ '001_00000000000000aa.txt': SEED }));
    const html = built.read('articles/00000000000000aa/index.html');
    expect(html).toContain('<p class="place">الدوحة (قنا)</p>');
    expect(html).toContain('<p class="credit">مصدر الخبر: فرانس24/ أ ف ب</p>');
    // Neither is a body paragraph any more, and the SMS line is gone.
    const body = html.slice(html.indexOf('<div class="body">'), html.indexOf('</div>', html.indexOf('<div class="body">')));
    expect(body).not.toContain('الدوحة (قنا)');
    expect(body).not.toContain('فرانس24');
    expect(html).not.toContain('Zain');
    const report = JSON.parse(readFileSync(reportFileOf(built.workDir), 'utf8')) as Report;
    const entry = report.entries.find((e) => e.file === '001_00000000000000aa.txt')!;
    expect(entry.place).toBe('الدوحة (قنا)');
    expect(entry.credit).toBe('فرانس24/ أ ف ب');
    // Leftovers are stripped first, then the dateline is read from the lead that is left.
    expect(entry.removed.map((r) => r.rule)).toEqual(['agency-credit', 'sms-subscription', 'agency-dateline']);
  });
});
