// A header of two rows (issue 20): a group row such as 费用情况(元) above 总费用 / 自费金额, the cells
// beside it merged down over both rows (人员编号, 姓名, 就诊日期 …), in a workbook and in a CSV saved
// from one. The lower row's words are read where it has them, the upper's elsewhere. Suizhou 2024,
// employee active outpatient, tier 1: P1 1000 with 100 自费 (out of scope): (900 − 500) × 80% = 320;
// then P1 500, 0 自费: 500 × 80% = 400, the year's fund 720.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCsv, tempDir, yibao } from './helpers.js';

const EXPECTED = [
  ['P1', '1000', '100', 'ok', '320.00', '320.00'],
  ['P1', '500', '0', 'ok', '400.00', '720.00'],
];
const pick = (r: Record<string, string>) => [r.人员编号, r.总费用, r.自费金额, r.row_status, r.fund_pays, r.ytd_fund_after];

describe('a header of two rows', () => {
  it('a workbook: a group row merged across, the other header cells merged down', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('明细');
    ws.addRow(['人员编号', '就诊日期', '参保类型', '人员状态', '医院级别', '费用情况(元)', null]);
    ws.addRow([null, null, null, null, null, '总费用', '自费金额']);
    ws.addRow(['P1', '2024-03-05', '职工', '在职', '一级', 1000, 100]);
    ws.addRow(['P1', '2024-04-05', '职工', '在职', '一级', 500, 0]);
    for (const c of 'ABCDE') ws.mergeCells(`${c}1:${c}2`);
    ws.mergeCells('F1:G1');
    const file = join(tempDir(), 'two-rows.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await yibao(['batch', file, '--output-format', 'csv', '--lang', 'en']);
    expect(r.stderr).not.toContain('no column');
    expect(r.code).toBe(0);
    expect(readCsv(r.stdout).map(pick)).toEqual(EXPECTED);
    expect(r.stderr).toContain('总费用 → amount');
    expect(r.stderr).toContain('自费金额 → out_of_scope');
  });

  it('a CSV saved from such a sheet: the group row above, blanks where cells were merged', async () => {
    const file = join(tempDir(), 'two-rows.csv');
    writeFileSync(file, ['人员编号,就诊日期,参保类型,人员状态,医院级别,费用情况(元),', ',,,,,总费用,自费金额', 'P1,2024-03-05,职工,在职,一级,1000,100', 'P1,2024-04-05,职工,在职,一级,500,0'].join('\n') + '\n');
    const r = await yibao(['batch', file, '--output-format', 'csv', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(readCsv(r.stdout).map(pick)).toEqual(EXPECTED);
  });

  it('a header of one row followed by a claim is unchanged: the claim is a row', async () => {
    const file = join(tempDir(), 'one-row.csv');
    writeFileSync(file, ['人员编号,就诊日期,参保类型,人员状态,医院级别,总费用,自费金额', 'P1,2024-03-05,职工,在职,一级,1000,100'].join('\n') + '\n');
    const r = await yibao(['batch', file, '--output-format', 'csv', '--lang', 'en']);
    expect(readCsv(r.stdout).map(pick)).toEqual([EXPECTED[0]]);
  });
});
