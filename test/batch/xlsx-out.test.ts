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
    expect(header.slice(-3)).toEqual(['ytd_deductible_after', 'ytd_fund_after', 'warnings']);
    // XML cannot hold a BEL, and a literal _x0041_ would read as "A": both are written with the
    // OOXML escape (_xHHHH_, _x005F_ for the underscore), which Excel decodes; exceljs shows them as written.
    const asExceljsReads = notes.map((n) => n.replace('\u0007', '_x0007_').replace('_x0041_', '_x005F_x0041_'));
    expect(rows.slice(1).map((r) => r[6])).toEqual(asExceljsReads);
    // (1000 − 500) × 80% = 400, a number; amount echoed as text
    expect(rows.slice(1).map((r) => [r[5], r[header.indexOf('fund_pays')], r[header.indexOf('ratio')]])).toEqual(notes.map(() => ['1000', 400, 0.8]));
    const xml = readFileSync(out); // a zip: the sheet is deflated, so no formula element can be seen as text either
    expect(xml.subarray(0, 2).toString()).toBe('PK');
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
