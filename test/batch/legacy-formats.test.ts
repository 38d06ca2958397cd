// .xls and .ods (issue 20), read through SheetJS with the same value rules as .xlsx, on files
// LibreOffice saved (test/fixtures/make-office-legacy.mjs): a hidden first sheet (说明) skipped, a
// title merged across the top, 人员编号 and 姓名 merged down over two visits, dates in a Chinese date
// format, a hidden row, a 合计 row with a SUM formula. The same sheet saved by LibreOffice as .xlsx
// reads the same. Worked by hand from the Suizhou policy, employee outpatient 2024 (deductible 500
// active / 400 retired a year; tier 1 80%, tier 2 70%, tier 3 60%, retirees 5 points more; cap 1300
// active a year):
//   P1 2024-03-05 一级 1000: (1000 − 500) × 80% = 400, the year's fund 400
//   P1 2024-03-20 二级  800 (its id from the merged cell above): 800 × 70% = 560, 960
//   P2 2024-04-01 退休 三级 1200: (1200 − 400) × 65% = 520 (提高5% read as 5 points: a reading)
//   P3 2024-04-02 一级  600 (a hidden row, computed and said): (600 − 500) × 80% = 80
//   P1 2024-05-02 一级 1000: 1000 × 80% = 800, capped at 1300 − 960 = 340, the year's fund 1300
//   合计: a total row, refused (exit 1)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, tempDir, yibao } from './helpers.js';

const fixture = (name: string) => join(process.cwd(), 'test', 'fixtures', name);

const EXPECTED = [
  ['P1', '2024-03-05', 'ok', '400.00', '400.00', ''],
  ['P1', '2024-03-20', 'ok', '560.00', '960.00', ''],
  ['P2', '2024-04-01', 'ok', '520.00', '520.00', 'reading'], // 提高5% read as 5 points
  ['P3', '2024-04-02', 'ok', '80.00', '80.00', 'hidden_row'],
  ['P1', '2024-05-02', 'ok', '340.00', '1300.00', ''],
  ['合计', '', 'error', '', '', ''],
];

describe('office files LibreOffice saved: .xls, .ods and .xlsx read alike', () => {
  for (const name of ['office-legacy.xls', 'office-legacy.ods', 'office-legacy-lo.xlsx']) {
    it(`${name}: every row as worked by hand`, async () => {
      const r = await yibao(['batch', fixture(name), '--output-format', 'csv', '--lang', 'en']);
      expect(r.code).toBe(1);
      const rows = readCsv(r.stdout);
      expect(rows.map((x) => [x.人员编号, x.就诊日期, x.row_status, x.fund_pays, x.ytd_fund_after, x.warnings])).toEqual(EXPECTED);
      expect(rows[5]!.error).toMatch(/total row/);
      expect(rows[1]!.姓名).toBe('张三');
      expect(r.stderr).toContain('Skipped the hidden sheet "说明"');
      expect(r.stderr).toContain('Skipped 1 row above the header: "2024年门诊费用明细"');
      expect(r.stderr).not.toMatch(/ODS number format/);
    });
  }

  it('--input-format xls reads an .xls under another name; a web page named .xls is refused with the remedy (exit 2)', async () => {
    const dir = tempDir();
    const r = await yibao(['batch', fixture('office-legacy.xls'), '--output-format', 'csv', '--lang', 'en', '--input-format', 'xls']);
    expect(r.code).toBe(1);
    const page = join(dir, 'export.xls');
    writeFileSync(page, '<html><table><tr><td>人员编号</td></tr></table></html>');
    const bad = await yibao(['batch', page, '--output-format', 'csv', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not an Excel 97-2003 workbook (.xls)');
    expect(bad.stderr).toContain('Save it as .xlsx or CSV');
  });

  it('a damaged .ods is exit 2, never a stack trace', async () => {
    const dir = tempDir();
    const file = join(dir, 'cut.ods');
    writeFileSync(file, Buffer.from('PK\u0003\u0004 not really a zip'));
    const r = await yibao(['batch', file, '--output-format', 'csv', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
