// What a cell's number format shows (audit of issue 12): dates under any date code, upper or
// lower case (LibreOffice writes YYYY-MM-DD), percentages as they show, and numbers under
// currency, accounting and scientific formats as numbers; an inline string some writers put in <v>.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDateFormat } from '../../src/xlsx/parts.js';
import { book, sheetXml, zip } from '../helpers/xlsx-kit.js';
import { readCsv, tempDir, yibao } from '../batch/helpers.js';

describe('isDateFormat', () => {
  it.each(['yyyy-mm-dd', 'YYYY-MM-DD', 'yyyy"年"m"月"d"日"', '[$-804]yyyy"年"m"月"d"日";@', 'yyyy/m/d\\ h:mm', 'm/d/yyyy', 'DD/MM/YYYY', '[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy', 'h:mm AM/PM'])('%s is a date', (code) =>
    expect(isDateFormat(code)).toBe(true),
  );
  it.each(['General', 'GENERAL', '0.00', '#,##0.00', '"¥"#,##0.00', '_ ¥* #,##0.00_ ;_ ¥* \\-#,##0.00_ ;_ ¥* "-"??_ ;_ @_ ', '0.00E+00', '0.00e+00', '0.00%', '[Red]#,##0', '0.00"元"', '@', '[DBNum2][$-804]General'])('%s is not', (code) =>
    expect(isDateFormat(code)).toBe(false),
  );
});

describe('an inline string in <v>', () => {
  it('is read as its text, not as a blank cell: P1 twice, the deductible met once (400, then 1000 × 80% = 800)', async () => {
    const rows = [
      ['person_id', 'scheme', 'status', 'tier', 'amount'],
      ['P1', 'employee', 'active', '1', 1000],
      [{ raw: ' t="inlineStr"><v>P1</v>' }, 'employee', 'active', '1', 1000],
    ];
    const file = join(tempDir(), 'v.xlsx');
    writeFileSync(file, zip(book([{ name: 'claims', xml: sheetXml(rows) }])));
    const r = await yibao(['batch', file, '--date', '2024-06-01', '--output-format', 'csv', '--lang', 'en']);
    expect(readCsv(r.stdout).map((x) => [x.person_id, x.fund_pays])).toEqual([
      ['P1', '400.00'],
      ['P1', '800.00'],
    ]);
  });
});
