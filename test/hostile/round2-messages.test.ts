// Issue 20, adversarial round 2, breaks 24 and 25: messages that say what the limit is.
// 24: the unused-columns line named 100,000 columns in one 789 KB line: a few, then "and N more".
// 25: a date outside 1900-2199 was "that day does not exist": it says the range.
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/claim/index.js';
import { readCsv, tempFile, yibao } from '../batch/helpers.js';

const file = (content: string | Uint8Array): string => tempFile(content);

describe('break 24: unused columns, a few named then how many more', () => {
  it('100,000 extra columns: the line names ten and says "and 99990 more"; stderr stays small', async () => {
    const extra = Array.from({ length: 100_000 }, (_, i) => `x${i}`);
    const header = ['date', 'scheme', 'status', 'tier', 'amount', ...extra].join(',');
    const row = ['2024-03-01', 'employee', 'active', '1', '1000', ...extra.map(() => '')].join(',');
    const en = await yibao(['batch', file(`${header}\n${row}\n`), '--lang', 'en']);
    const line = en.stderr.split('\n').find((l) => l.startsWith('Columns not used'))!;
    expect(line).toMatch(/x0, x1, .*x9 and 99990 more$/);
    expect(line).not.toContain('x10');
    expect(en.stderr.length).toBeLessThan(2000);
    const zh = await yibao(['batch', file(`${header}\n${row}\n`)]);
    expect(zh.stderr).toMatch(/未使用的列:x0、.*x9 等另 99990 列/);
    expect(readCsv(en.stdout)[0]!.fund_pays).toBe('400.00'); // (1000 − 500) × 80%
  });

  it('ten or fewer: all named, no "more"', async () => {
    const en = await yibao(['batch', file('date,scheme,status,tier,amount,备注,科室\n2024-03-01,employee,active,1,1000,,\n'), '--lang', 'en']);
    expect(en.stderr).toMatch(/Columns not used: 备注, 科室\n/);
  });
});

describe('break 25: dates outside 1900-2199 say the range', () => {
  it.each(['1899-12-31', '2200-01-01', '0001-01-01', '9999/12/31', '2300年1月1日'])('%s: the message names 1900 and 2199', (date) => {
    const r = parseDate(date);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.why?.zh).toMatch(/1900.*2199/);
    expect(r.why?.en).toMatch(/1900.*2199/);
  });

  it('a real day inside the range still reads; 2024-02-30 still "does not exist"', () => {
    expect(parseDate('1900-01-01')).toEqual({ ok: true, value: '1900-01-01' });
    expect(parseDate('2199-12-31')).toEqual({ ok: true, value: '2199-12-31' });
    const r = parseDate('2024-02-30');
    expect(r.ok ? '' : r.why?.en).toBe('that day does not exist.');
  });

  it('in a batch row the error names the date column and the range', async () => {
    const rows = readCsv((await yibao(['batch', file('date,scheme,status,tier,amount\n2200-01-01,employee,active,1,1000\n'), '--lang', 'en'])).stdout);
    expect(rows[0]!.error).toMatch(/^date: .*1900.*2199/);
  });
});
