// The workbook batch writes (src/batch/workbook-writer.ts over src/xlsx/write.ts), read back by a spreadsheet library:
// echoed cells come back exactly as read, as text, whatever they hold (a formula, markup, control
// characters, Excel's own _x0041_ escape); amounts are numbers; a refused file writes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { tempDir, yibao } from './helpers.js';

async function sheetRows(file: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const rows: unknown[][] = [];
  book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('xlsx output', () => {
  it('echoed cells come back exactly, as text; results as numbers', async () => {
    const dir = tempDir();
    const input = join(dir, 'in.csv');
    const notes = ['=HYPERLINK("http://x","y")', '<b>&amp;</b> "q"', 'tab\there', 'bell\u0007x', '_x0041_ literal', '-50', '随州 一级医院'];
    const lines = notes.map((n, i) => `P${i},2024-03-05,employee,active,1,1000,"${n.replace(/"/g, '""')}"`);
    writeFileSync(input, `person_id,date,scheme,status,tier,amount,note\n${lines.join('\n')}\n`);
    const out = join(dir, 'out.xlsx');
    const run = await yibao(['batch', input, '--out', out]);
    expect(run.code).toBe(0);
    const rows = await sheetRows(out);
    const header = rows[0] as string[];
    expect(header.slice(-9)).toEqual(['ytd_deductible_after', 'ytd_fund_after', 'first_pay', 'second_layer_pays', 'assistance_pays', 'ytd_burden_after', 'ytd_second_after', 'ytd_assistance_after', 'warnings']);
    // XML cannot hold a BEL, and a literal _x0041_ would read as "A": both are written with the
    // OOXML escape (_xHHHH_, _x005F_ for the underscore), which Excel decodes; exceljs shows them as written.
    const asExceljsReads = notes.map((n) => n.replace('\u0007', '_x0007_').replace('_x0041_', '_x005F_x0041_'));
    expect(rows.slice(1).map((r) => r[6])).toEqual(asExceljsReads);
    // (1000 − 500) × 80% = 400, a number; the amount read as one is echoed as a number
    expect(rows.slice(1).map((r) => [r[5], r[header.indexOf('fund_pays')], r[header.indexOf('ratio')]])).toEqual(notes.map(() => [1000, 400, 0.8]));
    const xml = readFileSync(out); // a zip: the sheet is deflated, so no formula element can be seen as text either
    expect(xml.subarray(0, 2).toString()).toBe('PK');
  });

  it('a cell read as an amount or a date is echoed as a number or a date cell (SUM works); text stays text', async () => {
    const dir = tempDir();
    const input = join(dir, 'in.csv');
    writeFileSync(
      input,
      [
        'person_id,date,scheme,status,tier,amount,out_of_scope,note',
        '00123,2024年3月5日,employee,active,1,"¥1,000",50元,=1+1',
        'P2,2024/3/6,employee,active,1,abc,,2024-03-06',
        'P3,2024-03-07 10:30,employee,active,1,600.5,0,600',
      ].join('\n') + '\n',
    );
    const out = join(dir, 'out.xlsx');
    const run = await yibao(['batch', input, '--out', out]);
    expect(run.code).toBe(1); // row 2: the amount abc
    const rows = await sheetRows(out);
    const at = (name: string) => (rows[0] as string[]).indexOf(name);
    const pick = (r: unknown[]) => [r[at('person_id')], r[at('date')], r[at('amount')], r[at('out_of_scope')], r[at('note')]];
    expect(rows.slice(1).map(pick)).toEqual([
      ['00123', new Date(Date.UTC(2024, 2, 5)), 1000, 50, '=1+1'],
      ['P2', new Date(Date.UTC(2024, 2, 6)), 'abc', undefined, '2024-03-06'],
      ['P3', '2024-03-07 10:30', 600.5, 0, '600'], // a date with a time is echoed as typed
    ]);
    // formatted as amounts and dates, and never a formula
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const row2 = book.worksheets[0]!.getRow(2);
    expect(row2.getCell(at('amount') + 1).numFmt).toBe('#,##0.00');
    expect(row2.getCell(at('date') + 1).numFmt).toBe('yyyy-mm-dd');
    expect(row2.getCell(at('note') + 1).type).toBe(ExcelJS.ValueType.String);
  });

  it('a file refused at its header writes no workbook (exit 2)', async () => {
    const dir = tempDir();
    const input = join(dir, 'in.csv');
    writeFileSync(input, 'name,note\nA,B\n');
    const run = await yibao(['batch', input, '--out', join(dir, 'out.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});
