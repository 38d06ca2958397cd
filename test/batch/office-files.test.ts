// The audit of issue 12: files as Excel, WPS and LibreOffice write them, made by hand part by
// part (test/fixtures/make-office-files.py), each read to the amounts a clerk works out from the
// Suizhou policy, employee outpatient 2024: deductible 500 active / 400 retired per calendar
// year; ratio tier 1 80%, tier 2 70%, tier 3 60%, retirees 5 points more; cap 1300 active /
// 1600 retired per calendar year. Results are checked in the CSV output and in the .xlsx output
// read back with exceljs, as a spreadsheet reads it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readCsv, tempDir, yibao } from './helpers.js';

const fixture = (name: string) => join(process.cwd(), 'test', 'fixtures', name);

/** A file of `text` in a fresh temporary directory. */
function fileOf(name: string, text: string): string {
  const f = join(tempDir(), name);
  writeFileSync(f, text);
  return f;
}

/** [person, status, in_scope, deductible_applied, ratio, fund_pays, patient_share, ytd_deductible_after, ytd_fund_after] */
type Row = [string, string, string, string, string, string, string, string, string];

/** The five claims of every workbook, in file order (patient share = amount − fund). */
const FIVE: Row[] = [
  // P1 active, tier 1, 2024-03-05, 1000: (1000 − 500) × 80% = 400
  ['P1', 'ok', '1000.00', '500.00', '0.80', '400.00', '600.00', '500.00', '400.00'],
  // P1, tier 3, 2024-03-20, 800 with 100 out of scope: 700 × 60% = 420; ytd 820
  ['P1', 'ok', '700.00', '0.00', '0.60', '420.00', '380.00', '500.00', '820.00'],
  // P2 retired, tier 2, 2024-04-01, 1200: (1200 − 400) × 75% = 600
  ['P2', 'ok', '1200.00', '400.00', '0.75', '600.00', '600.00', '400.00', '600.00'],
  // P1, tier 1, 2024-05-02, 1200: 960, but the cap leaves 1300 − 820 = 480
  ['P1', 'ok', '1200.00', '0.00', '0.80', '480.00', '720.00', '500.00', '1300.00'],
  // P2, tier 1, 2024-06-01, 300: 300 × 85% = 255; ytd 855
  ['P2', 'ok', '300.00', '0.00', '0.85', '255.00', '45.00', '400.00', '855.00'],
];
const FIVE_TOTAL = '2155.00'; // 400 + 420 + 600 + 480 + 255

const got = (r: Record<string, string>): Row => [
  r.人员编号!.trim(),
  r.row_status!,
  r.in_scope!,
  r.deductible_applied!,
  r.ratio!,
  r.fund_pays!,
  r.patient_share!,
  r.ytd_deductible_after!,
  r.ytd_fund_after!,
];

async function csvOf(name: string, extra: string[] = []) {
  const run = await yibao(['batch', fixture(name), '--output-format', 'csv', '--lang', 'en', ...extra]);
  return { run, rows: readCsv(run.stdout) };
}

/** The .xlsx output read back with exceljs: each row's cells by header, numbers as numbers. */
async function xlsxOf(name: string, extra: string[] = []) {
  const out = join(tempDir(), 'results.xlsx');
  const run = await yibao(['batch', fixture(name), '--out', out, '--lang', 'en', ...extra]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return { run, rows };
}

describe('workbooks as office programs write them', () => {
  it.each([
    ['office-shared-strings.xlsx', 'shared strings, date cells (format 14), numbers: Excel by default'],
    ['office-text-numbers.xlsx', 'inline strings; dates and amounts typed as text: " 1,000.00 ", full-width ８００, ¥1,200.00, 300元, 2024年3月5日, 2024.6.1'],
    ['office-date-formats.xlsx', 'date cells under yyyy"年"m"月"d"日", built-in 31, [$-804], a time, m/d/yyyy; amounts under ¥ and accounting formats'],
    ['office-1904.xlsx', 'the 1904 date system (Excel for Mac): serials 1462 days smaller'],
    ['office-formulas.xlsx', 'formula cells (DATE(), arithmetic) read by their cached values'],
  ])('%s: %s', async (name) => {
    const { run, rows } = await csvOf(name);
    expect(run.code).toBe(0);
    expect(rows.map(got)).toEqual(FIVE);
    expect(run.stderr).toContain(`5 rows: 5 ok, 0 errors, 0 mismatches; fund paid ${FIVE_TOTAL} yuan in total`);
  });

  it('the dates as a person reads them, whatever the cell format or date system', async () => {
    const dates = ['2024-03-05', '2024-03-20', '2024-04-01', '2024-05-02', '2024-06-01'];
    expect((await csvOf('office-1904.xlsx')).rows.map((r) => r.就诊日期)).toEqual(dates);
    expect((await csvOf('office-formulas.xlsx')).rows.map((r) => r.就诊日期)).toEqual(dates);
    // 2024-05-02 carries a time (10:30) under yyyy/m/d h:mm
    expect((await csvOf('office-date-formats.xlsx')).rows.map((r) => r.就诊日期)).toEqual(['2024-03-05', '2024-03-20', '2024-04-01', '2024-05-02 10:30:00', '2024-06-01']);
  });

  it('a hidden first sheet is skipped, and said; a hidden row is computed and marked; the title, the blank row, the 合计 row and 30 formatted empty rows are not claims', async () => {
    const { run, rows } = await csvOf('office-hidden-title-total.xlsx');
    expect(run.code).toBe(1); // the 合计 row is a row error
    expect(run.stderr).toContain('Skipped the hidden sheet "旧表"; reading the first visible sheet, "2024年门诊" (--sheet names another)\n');
    expect(run.stderr).toContain('Skipped 1 row above the header: "2024年门诊费用明细"');
    expect(rows.slice(0, 5).map(got)).toEqual(FIVE);
    // sheet row 6 (P2's first visit) is hidden: computed and counted like the others, and marked
    expect(rows.map((r) => (r.warnings ?? '').split(';').includes('hidden_row'))).toEqual([false, false, true, false, false, false]);
    expect(run.stderr).toContain('Note (1 row): this row is hidden (or filtered out) in the sheet');
    expect(rows[5]!.row_status).toBe('error');
    expect(rows[5]!.error).toBe('人员编号: the "合计" row is a total row, not a claim, and was not computed; a total row can be deleted.');
    expect(rows).toHaveLength(6);
    expect(run.stderr).toContain(`6 rows: 5 ok, 1 error (1 of them total row, not computed), 0 mismatches, 30 blank (every cell empty, skipped); fund paid ${FIVE_TOTAL} yuan in total`);
    // the hidden sheet's claim (X9, 99999) is read only when named
    const hidden = await csvOf('office-hidden-title-total.xlsx', ['--sheet', '旧表']);
    expect(hidden.rows.map((r) => r.人员编号)).toEqual(['X9']);
  });

  it('a 合计 row is never computed, even when flags fill every gap it has', async () => {
    const { rows, run } = await csvOf('office-hidden-title-total.xlsx', ['--date', '2024-01-01', '--scheme', 'employee', '--status', 'active', '--tier', '1']);
    expect(rows[5]!.row_status).toBe('error');
    expect(rows[5]!.fund_pays).toBe('');
    expect(run.stderr).toContain(`fund paid ${FIVE_TOTAL} yuan in total`);
  });

  it('人员编号 merged down over two visits is one person (the deductible met once); an amount merged down is an error, not counted twice', async () => {
    const { run, rows } = await csvOf('office-merged.xlsx');
    expect(run.code).toBe(1);
    expect(rows.slice(0, 5).map(got)).toEqual(FIVE);
    // P3, 2024-07-01, 600: (600 − 500) × 80% = 80; the row under the merged 600 is an error
    expect(got(rows[5]!)).toEqual(['P3', 'ok', '600.00', '500.00', '0.80', '80.00', '520.00', '500.00', '80.00']);
    expect(rows[6]!.row_status).toBe('error');
    expect(rows[6]!.error).toBe('总费用: the amount cell is merged with the cell of row 7 above it, so which row the amount belongs to cannot be told; unmerge it and give each row its amount.');
    expect(run.stderr).toContain('fund paid 2235.00 yuan in total'); // 2155 + 80
  });

  it('an amount under a percentage format is read as it shows (1000.00%), so refused, not taken as 10 yuan', async () => {
    const { rows } = await csvOf('office-percent-amount.xlsx');
    expect(rows[0]!.总费用).toBe('1000%');
    expect(rows[0]!.row_status).toBe('error');
    expect(rows[0]!.error).toMatch(/^总费用: invalid total cost: "1000%"; an amount cannot be a percentage/);
    // P1's next rows are computed without it, and say so: 700 in scope, deductible 500, 200 × 60% = 120
    expect(got(rows[1]!)).toEqual(['P1', 'ok', '700.00', '500.00', '0.60', '120.00', '680.00', '500.00', '120.00']);
    expect(rows[1]!.warnings).toContain('earlier_row_failed');
  });

  it('an 18-digit ID number typed into a number cell (15 digits kept) is a row error; the same number in an unread column is only echoed', async () => {
    const { run, rows } = await csvOf('office-id-number.xlsx');
    expect(run.code).toBe(1);
    expect(rows.map((r) => r.row_status)).toEqual(['error', 'error', 'ok']);
    expect(rows[0]!.error).toMatch(/^人员编号: the number "421302198001011000" is longer than 15 digits/);
    // the third row, an ID as text: (1000 − 500) × 80% = 400
    expect(got(rows[2]!)).toEqual(['421302198001011234', 'ok', '1000.00', '500.00', '0.80', '400.00', '600.00', '500.00', '400.00']);
  });

  it('xlsx in, xlsx out: the amounts as numbers, echoed amounts and dates as numbers and dates, read back as a spreadsheet reads them', async () => {
    const { run, rows } = await xlsxOf('office-date-formats.xlsx');
    expect(run.code).toBe(0);
    const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
    expect(rows.map((r) => [r.人员编号, r.就诊日期, r.总费用, r.fund_pays, r.ytd_fund_after])).toEqual([
      ['P1', day(2024, 3, 5), 1000, 400, 400],
      ['P1', day(2024, 3, 20), 800, 420, 820],
      ['P2', day(2024, 4, 1), 1200, 600, 600],
      ['P1', '2024-05-02 10:30:00', 1200, 480, 1300], // a date with a time: as typed
      ['P2', day(2024, 6, 1), 300, 255, 855],
    ]);
  });
});

describe('CSV and text files as offices have them', () => {
  const row = (r: Record<string, string>) => [r.row_status, r.in_scope, r.deductible_applied, r.ratio, r.fund_pays, r.ytd_fund_after];

  it('ID numbers: scientific notation is an error; x and X, full-width digits and spaces are the same person', async () => {
    const { run, rows } = await csvOf('id-numbers.csv');
    expect(run.code).toBe(1);
    expect(rows[0]!.error).toMatch(/^人员编号: the person id "4\.21302E\+17" is a number in scientific notation/);
    expect(rows[1]!.row_status).toBe('error'); // 李四 never shares 张三's deductible
    expect(rows.slice(2).map(row)).toEqual([
      // 赵六 …123X: (1000 − 500) × 80% = 400; …123x: 800 × 80% = 640, ytd 1040
      ['ok', '1000.00', '500.00', '0.80', '400.00', '400.00'],
      ['ok', '800.00', '0.00', '0.80', '640.00', '1040.00'],
      // 孙七 retired, full-width then with spaces: (600 − 400) × 85% = 170; 700 × 85% = 595, ytd 765
      ['ok', '600.00', '400.00', '0.85', '170.00', '170.00'],
      ['ok', '700.00', '0.00', '0.85', '595.00', '765.00'],
    ]);
    expect(run.stderr).toContain('fund paid 1805.00 yuan in total');
  });

  it('semicolons (a decimal-comma locale, where 1.200 is 1200): refused, exit 2, saying why', async () => {
    const { run } = await csvOf('semicolons.csv');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^yibao: the columns are separated by semicolons \(;\)/);
  });

  it('a NUL byte in a note cell: the file is still UTF-8, every row read', async () => {
    const { run, rows } = await csvOf('nul-in-cell.csv');
    expect(run.code).toBe(0);
    expect(rows.map(row)).toEqual([
      ['ok', '1000.00', '500.00', '0.80', '400.00', '400.00'],
      ['ok', '700.00', '0.00', '0.60', '420.00', '820.00'],
    ]);
    expect(rows[0]!.备注).toBe('a\0b');
  });

  it('tab-separated with a title line that has no tab: the delimiter comes from the header', async () => {
    const { run, rows } = await csvOf('title-line.txt');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Skipped 1 row above the header: "2024年门诊费用明细"');
    expect(rows.map(row)).toEqual([
      ['ok', '1000.00', '500.00', '0.80', '400.00', '400.00'],
      ['ok', '700.00', '0.00', '0.60', '420.00', '820.00'],
    ]);
  });

  it('a "合 计：" row at the bottom of a GB18030 CSV is a row error naming it', async () => {
    const { run, rows } = await csvOf('total-row.csv');
    expect(run.code).toBe(1);
    expect(rows.map((r) => r.row_status)).toEqual(['ok', 'ok', 'error']);
    expect(rows[2]!.error).toBe('人员编号: the "合 计：" row is a total row, not a claim, and was not computed; a total row can be deleted.');
    expect(run.stderr).toContain('fund paid 820.00 yuan in total');
  });

  it('a sheet with a merged 人员编号 saved as CSV: the rows below have no id, stand alone as the contract says, and say so', async () => {
    const { run, rows } = await csvOf('merged-ids.csv');
    expect(run.code).toBe(0);
    expect(rows.map(row)).toEqual([
      ['ok', '1000.00', '500.00', '0.80', '400.00', '400.00'],
      // no id: 700 in scope, its own deductible 500, 200 × 60% = 120
      ['ok', '700.00', '500.00', '0.60', '120.00', '120.00'],
    ]);
    expect(rows.map((r) => r.warnings)).toEqual(['', 'no_person_id']);
    expect(run.stderr).toContain('Note (1 row): this row has no person id, so it stands alone');
  });

  it('a NUL inside a person id is a row error; the same person\'s next row says an earlier row failed', async () => {
    const f = fileOf('ids.csv', 'person_id,date,scheme,status,tier,amount\nP\u00001,2024-03-05,employee,active,1,1000\nP1,2024-03-06,employee,active,1,1000\n');
    const run = await yibao(['batch', f, '--lang', 'en']);
    const rows = readCsv(run.stdout);
    expect(rows[0]!.error).toMatch(/^person_id: the person id "P\\x001" holds a control character/);
    // P1 counted from zero: (1000 − 500) × 80% = 400
    expect([rows[1]!.fund_pays, rows[1]!.warnings]).toEqual(['400.00', 'earlier_row_failed']);
  });

  it('a JSON number of more than 15 digits as a person id is a row error, not a rounded id', async () => {
    const f = fileOf('c.jsonl', '{"person_id":421302198001011234,"date":"2024-03-05","scheme":"employee","status":"active","tier":"1","amount":1000}\n');
    const run = await yibao(['batch', f, '--output-format', 'csv', '--lang', 'en']);
    const [r] = readCsv(run.stdout);
    expect(r!.row_status).toBe('error');
    expect(r!.error).toMatch(/^person_id: the number "421302198001011260" is longer than 15 digits/);
  });

  it('check: reported_fund typed as amounts are (¥420.00, 1,200.00, full width) is read like the amount column', async () => {
    // A: (1000 − 500) × 80% = 400 reported as ¥400.00; B: (2000 − 500) × 80% = 1200 reported as "1,200.00";
    // C: (600 − 500) × 80% = 80 reported as ８０; D: 400 reported as 1.2万 (not read: an error naming it)
    const f = fileOf('settled.csv', 'person_id,date,scheme,status,tier,amount,统筹支付\nA,2024-03-05,employee,active,1,1000,¥400.00\nB,2024-03-05,employee,active,1,2000,"1,200.00"\nC,2024-03-05,employee,active,1,600,８０\nD,2024-03-05,employee,active,1,1000,1.2万\n');
    const run = await yibao(['check', f, '--lang', 'en']);
    const rows = readCsv(run.stdout);
    expect(rows.map((r) => [r.row_status, r.fund_pays, r.difference])).toEqual([
      ['ok', '400.00', '0.00'],
      ['ok', '1200.00', '0.00'],
      ['ok', '80.00', '0.00'],
      ['error', '400.00', ''],
    ]);
    expect(rows[3]!.error).toBe('统筹支付: invalid reported fund payment: "1.2万"; expected an amount in yuan with at most two decimals.');
  });

  it("rows of Excel's Subtotal command (P1 汇总, 总计) are errors, never claims, even when flags fill their gaps", async () => {
    // P1 active tier 1: (1000 − 500) × 80% = 400, then 800 × 80% = 640; P2 retired: (600 − 400) × 85% = 170
    const f = fileOf(
      'subtotals.csv',
      '人员编号,人员状态,总费用\nP1,在职,1000\nP1,在职,800\nP1 汇总,,1800\nP2,退休,600\nP2 汇总,,600\n总计,,2400\n',
    );
    const run = await yibao(['batch', f, '--scheme', 'employee', '--tier', '1', '--date', '2024-06-01', '--status', 'active', '--lang', 'en']);
    const rows = readCsv(run.stdout);
    expect(rows.map((r) => [r.row_status, r.fund_pays])).toEqual([
      ['ok', '400.00'],
      ['ok', '640.00'],
      ['error', ''],
      ['ok', '170.00'],
      ['error', ''],
      ['error', ''],
    ]);
    expect(rows[2]!.error).toBe('人员编号: the "P1 汇总" row is a total row, not a claim, and was not computed; a total row can be deleted.');
    expect(run.stderr).toContain('fund paid 1210.00 yuan in total');
  });
});
