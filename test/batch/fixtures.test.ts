// The files offices really have (issue 12), one per kind, made the way Excel makes them
// (test/fixtures/make-fixtures.mjs): each output checked cell by cell against amounts worked out
// by hand from the Suizhou policy, employee outpatient 2024: deductible 500 active / 400 retired
// per calendar year; ratio tier 1 (and 社区卫生服务站) 80%, tier 2 70%, tier 3 60%, retirees 5
// points more; cap 1300 active / 1600 retired per calendar year.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readCsv, readText, tempDir, yibao } from './helpers.js';

const fixture = (name: string) => join(process.cwd(), 'test', 'fixtures', name);

type Expected = [status: string, inScope: string, deductible: string, ratio: string, fund: string, share: string, ytdDeductible: string, ytdFund: string, warnings: string[]];

/** The claims of most fixtures, in file order; cash due = patient share (no accounts). */
const CLAIMS: Expected[] = [
  // A001 active, tier 1, 1,000.00: (1000 − 500) × 80% = 400
  ['ok', '1000.00', '500.00', '0.80', '400.00', '600.00', '500.00', '400.00', []],
  // A001, 三级甲等, 800 with 100 out of scope: 700 in scope, deductible met, 700 × 60% = 420; ytd 820
  ['ok', '700.00', '0.00', '0.60', '420.00', '380.00', '500.00', '820.00', []],
  // B002 retired, 社区卫生服务站 (tier 1 in Suizhou), ¥500: (500 − 400) × (80% + 5) = 85
  ['ok', '500.00', '400.00', '0.85', '85.00', '415.00', '400.00', '85.00', ['reading']],
  // B002, 二级医院, "2 000": 2000 × 75% = 1500, under the cap left (1600 − 85 = 1515); ytd 1585
  ['ok', '2000.00', '0.00', '0.75', '1500.00', '500.00', '400.00', '1585.00', ['reading']],
  // A001, 一级, "1,200": 1200 × 80% = 960, but the cap leaves 1300 − 820 = 480
  ['ok', '1200.00', '0.00', '0.80', '480.00', '720.00', '500.00', '1300.00', []],
  // C003 with a blank date: an error naming the column, never today
  ['error', '', '', '', '', '', '', '', []],
  // C003 again: their first counted row, (600 − 500) × 80% = 80, after a row that failed
  ['ok', '600.00', '500.00', '0.80', '80.00', '520.00', '500.00', '80.00', ['earlier_row_failed']],
];

function expectRows(rows: Record<string, string>[], expected: Expected[]): void {
  expect(rows).toHaveLength(expected.length);
  rows.forEach((r, i) => {
    const [status, inScope, deductible, ratio, fund, share, ytdDeductible, ytdFund, warnings] = expected[i]!;
    const got = [r.row_status, r.in_scope, r.deductible_applied, r.ratio, r.fund_pays, r.patient_share, r.ytd_deductible_after, r.ytd_fund_after];
    expect(got, `row ${i + 1}`).toEqual([status, inScope, deductible, ratio, fund, share, ytdDeductible, ytdFund]);
    expect(r.cash_due, `row ${i + 1}`).toBe(share);
    // The engine may add codes of its own; batch's and the reading must be there.
    const codes = (r.warnings ?? '').split(';').filter((c) => c !== '');
    for (const w of warnings) expect(codes, `row ${i + 1}`).toContain(w);
    if (!warnings.includes('earlier_row_failed')) expect(codes, `row ${i + 1}`).not.toContain('earlier_row_failed');
  });
}

describe('Chinese office files, each read to the amounts worked out by hand', () => {
  it.each([
    ['gb18030-crlf.csv', 'GB18030 with Chinese headers and CRLF (Excel on Chinese Windows)'],
    ['unicode-text.txt', 'UTF-16LE with a BOM, tab-separated (Excel "Unicode text")'],
    ['utf16le-no-bom.txt', 'UTF-16LE without a BOM'],
  ])('%s: %s', async (name) => {
    const run = await yibao(['batch', fixture(name)]);
    expect(run.code).toBe(1); // the blank date is an error row
    expect(run.stdout.startsWith('\ufeff人员编号,姓名,就诊日期,')).toBe(true); // a BOM, so that Excel reads UTF-8
    const rows = readCsv(run.stdout);
    expectRows(rows, CLAIMS);
    // echoed as typed, and the blank date named by the file's own header
    expect(rows.map((r) => r.就诊日期)).toEqual(['2024/3/5', '2024-03-20 10:30:00', '2024年4月1日', '20240415', '2024-05-02', '', '2024-06-01']);
    expect(rows[5]!.error).toBe('就诊日期: 缺少就诊日期。');
    expect(run.stderr).toContain('读取的列:人员编号 → person_id、就诊日期 → date、参保类型 → scheme、人员状态 → status、医院级别 → tier、总费用 → amount、目录外费用 → out_of_scope\n未使用的列:姓名、备注\n');
    expect(run.stderr).toContain('共 7 行:成功 6,错误 1,不符 0;统筹基金支付合计 2965.00 元');
  });

  it('trailing rows of commas are blank records: skipped, counted, exit 0', async () => {
    const run = await yibao(['batch', fixture('trailing-empty-rows.csv'), '--lang', 'en']);
    expect(run.code).toBe(0);
    expectRows(readCsv(run.stdout), CLAIMS.slice(0, 5));
    expect(run.stderr).toContain('5 rows: 5 ok, 0 errors, 0 mismatches, 3 blank (every cell empty, skipped); fund paid 2885.00 yuan in total');
  });

  it('CR-only line ends (Excel for Mac): every row read; 3/5/2024 is refused as ambiguous, not guessed', async () => {
    const run = await yibao(['batch', fixture('mac-cr.csv'), '--lang', 'en']);
    const rows = readCsv(run.stdout);
    expect(rows).toHaveLength(3);
    expect(rows[0]!.row_status).toBe('error');
    expect(rows[0]!.error).toMatch(/^date: invalid date of the visit: "3\/5\/2024"; .*the month and the day cannot be told apart/);
    expectRows(rows.slice(1), [
      // A001's first counted row: 700 in scope, deductible 500, 200 × 60% = 120
      ['ok', '700.00', '500.00', '0.60', '120.00', '680.00', '500.00', '120.00', ['earlier_row_failed']],
      ['ok', '500.00', '400.00', '0.85', '85.00', '415.00', '400.00', '85.00', ['reading']],
    ]);
  });

  it('a patient_id column is the person: the deductible once, the fund capped at 1300 (not 3 × 400)', async () => {
    const run = await yibao(['batch', fixture('patient-id.csv'), '--lang', 'en']);
    expect(run.code).toBe(0);
    expectRows(readCsv(run.stdout), [
      ['ok', '1000.00', '500.00', '0.80', '400.00', '600.00', '500.00', '400.00', []],
      ['ok', '1000.00', '0.00', '0.80', '800.00', '200.00', '500.00', '1200.00', []],
      ['ok', '1000.00', '0.00', '0.80', '100.00', '900.00', '500.00', '1300.00', []],
    ]);
    expect(run.stderr).toContain('1300.00 yuan in total');
    expect(run.stderr).toContain('Columns read: patient_id → person_id, date → date');
  });

  it('a blank date cell is an error naming the column, and the next row is flagged, never out_of_order', async () => {
    const run = await yibao(['batch', fixture('blank-date.csv'), '--lang', 'en']);
    expect(run.code).toBe(1);
    const rows = readCsv(run.stdout);
    expect(rows[1]!.error).toBe('date: the date of the visit is missing.');
    expectRows([rows[0]!, rows[2]!], [
      ['ok', '600.00', '500.00', '0.80', '80.00', '520.00', '500.00', '80.00', []],
      // deductible met by the first row: 600 × 80% = 480; ytd 560
      ['ok', '600.00', '0.00', '0.80', '480.00', '120.00', '500.00', '560.00', ['earlier_row_failed']],
    ]);
  });
});

describe('formula-safe CSV', () => {
  const NOTES = ["'=1+2", "'=cmd|' /C calc'!A0", "'+86 722 3235698", "'-50", "'@SUM(A1)", "'\tcell starting with a tab", 'two\rlines'];

  it("echoed cells that start like a formula get a leading '; a bare CR is quoted; computed columns unchanged", async () => {
    const run = await yibao(['batch', fixture('formula-cells.csv')]);
    expect(run.code).toBe(0);
    const rows = readCsv(run.stdout);
    expect(rows.map((r) => r.note)).toEqual(NOTES);
    expect(run.stdout).toContain('"two\rlines"');
    for (const r of rows) expect([r.fund_pays, r.patient_share]).toEqual(['400.00', '600.00']); // (1000 − 500) × 80%
  });

  it('--raw-cells gives the bytes back', async () => {
    const rows = readCsv((await yibao(['batch', fixture('formula-cells.csv'), '--raw-cells'])).stdout);
    expect(rows.map((r) => r.note)).toEqual(NOTES.map((n) => (n.startsWith("'") ? n.slice(1) : n)));
  });

  it('a negative difference stays -50.00 (computed columns are never changed)', async () => {
    const dir = tempDir();
    const f = join(dir, 'check.csv');
    writeFileSync(f, 'person_id,date,scheme,status,tier,amount,reported_fund\nX,2024-03-05,employee,active,1,1000,350\n');
    const run = await yibao(['check', f]);
    const [row] = readCsv(run.stdout);
    expect([row!.fund_pays, row!.difference]).toEqual(['400.00', '-50.00']);
  });
});

describe('Excel workbooks', () => {
  async function readBook(file: string): Promise<unknown[][]> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const rows: unknown[][] = [];
    // a date cell as its day (exceljs gives a Date at midnight UTC)
    const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
    book.worksheets[0]!.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1).map(day)));
    return rows;
  }

  it('claims.xlsx --sheet 明细 --out results.xlsx: typed dates, numbers and a formula result read; results as numbers, echoed amounts and dates as numbers and dates, other cells as text', async () => {
    const dir = tempDir();
    const out = join(dir, 'results.xlsx');
    const run = await yibao(['batch', fixture('claims.xlsx'), '--sheet', '明细', '--out', out]);
    expect(run.code).toBe(1);
    const rows = await readBook(out);
    const header = rows[0] as string[];
    const named = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] === null || r[i] === undefined ? '' : typeof r[i] === 'number' ? (h === 'ratio' ? (r[i] as number).toFixed(2) : (r[i] as number).toFixed(2)) : String(r[i])])));
    expectRows(named, CLAIMS);
    // echoed: the dates read as dates as date cells (a date with a time as typed), the formula's result
    // read as an amount as a number, "=复诊" as text, never a formula
    expect(rows.slice(1).map((r) => r[2] ?? '')).toEqual(['2024-03-05', '2024-03-20 10:30:00', '2024-04-01', '2024-04-15', '2024-05-02', '', '2024-06-01']);
    expect(rows[4]![6]).toBe(2000);
    expect(rows[2]![8]).toBe('=复诊');
    expect(typeof rows[1]![header.indexOf('fund_pays')]).toBe('number');
  });

  it('the money columns carry a money format', async () => {
    const dir = tempDir();
    const out = join(dir, 'r.xlsx');
    await yibao(['batch', fixture('claims.xlsx'), '--sheet', '明细', '--out', out]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.worksheets[0]!;
    const col = (sheet.getRow(1).values as string[]).indexOf('fund_pays');
    expect(sheet.getRow(2).getCell(col).numFmt).toBe('#,##0.00');
  });

  it('the first sheet by default: a title sheet without claims is refused (exit 2), naming the sheets and --sheet', async () => {
    const run = await yibao(['batch', fixture('claims.xlsx'), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no column gives the date of the visit');
    expect(run.stderr).toContain('the workbook has 2 sheets ("说明", "明细")');
    expect(run.stdout).toBe('');
  });

  it('a title and a date line above the header are skipped and said; the claims below are read', async () => {
    const dir = tempDir();
    const out = join(dir, 'r.csv');
    const run = await yibao(['batch', fixture('title-rows.xlsx'), '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('表头之前的 2 行不是表头,已跳过:"随州市2024年职工门诊费用明细表"、"制表日期:2024年6月30日"');
    expectRows(readCsv(readText(out)), CLAIMS.slice(0, 2));
  });

  it('xlsx in, CSV out with --out .csv: a BOM for Excel', async () => {
    const dir = tempDir();
    const out = join(dir, 'r.csv');
    await yibao(['batch', fixture('claims.xlsx'), '--sheet', '明细', '--out', out]);
    const text = readText(out);
    expect(text.startsWith('\ufeff人员编号,')).toBe(true);
    expectRows(readCsv(text), CLAIMS);
    expect(readCsv(text)[1]!.备注).toBe("'=复诊");
  });
});
