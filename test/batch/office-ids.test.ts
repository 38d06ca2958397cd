// Issue 20, office files: an ID as a hospital system exports it (="421302…", Excel's text-formula
// trick) or with a TAB before or after it is the bare ID, as Excel shows it: one person, not two.
// And a row that cannot be computed marks later rows earlier_row_failed only within the same
// person, benefit and year; its error names the date when the date picked rules the sources lack.
// Amounts worked by hand from Suizhou's 2024 employee outpatient rules: deductible 500 (active),
// tier 1 80%, annual cap 1300.
import { describe, expect, it } from 'vitest';
import { readCsv, tempFile, yibao } from './helpers.js';

const csvFile = (content: string | Uint8Array): string => tempFile(content);

const ID = '421302199503120012';

describe('IDs as hospital systems export them', () => {
  it('="digits", a leading TAB and a trailing TAB are the bare ID: one person, one deductible, one cap', async () => {
    const file = csvFile(
      [
        'person_id,date,scheme,status,tier,amount',
        `"=""${ID}""",2024-03-01,employee,active,1,1000`, // (1000 − 500) × 80% = 400
        `${ID},2024-04-01,employee,active,1,1000`, // deductible met: 1000 × 80% = 800; ytd 1200
        `"\t${ID}",2024-05-01,employee,active,1,1000`, // 800, but the cap leaves 1300 − 1200 = 100
        `"${ID}\t",2024-06-01,employee,active,1,500`, // the cap is reached: 0
      ].join('\n') + '\n',
    );
    const r = await yibao(['batch', file]);
    expect(r.stderr).not.toMatch(/控制字符/);
    const rows = readCsv(r.stdout);
    expect(rows.map((x) => [x.row_status, x.fund_pays, x.ytd_fund_after])).toEqual([
      ['ok', '400.00', '400.00'],
      ['ok', '800.00', '1200.00'],
      ['ok', '100.00', '1300.00'],
      ['ok', '0.00', '1300.00'],
    ]);
    expect(r.code).toBe(0);
  });

  it('the ="…" cell is echoed defused (it starts with =), never as a live formula', async () => {
    const file = csvFile(`person_id,date,scheme,status,tier,amount\n"=""${ID}""",2024-03-01,employee,active,1,1000\n`);
    const rows = readCsv((await yibao(['batch', file])).stdout);
    expect(rows[0]!.person_id).toBe(`'="${ID}"`);
  });

  it('a control character inside an ID is still refused', async () => {
    const file = csvFile(`person_id,date,scheme,status,tier,amount\n"4213\u0000021995",2024-03-01,employee,active,1,1000\n`);
    const rows = readCsv((await yibao(['batch', file])).stdout);
    expect(rows[0]!.row_status).toBe('error');
  });
});

describe('earlier_row_failed stays within the person, benefit and year of the failed row', () => {
  it('a 2023 row with no known rules does not mark the same person 2024 or 2025 rows', async () => {
    const file = csvFile(
      [
        'person_id,date,scheme,status,tier,amount,benefit',
        'P1,2023-05-01,employee,active,1,1000,outpatient', // the rules before 2024 state no outpatient deductible: error
        'P1,2023-06-01,employee,active,1,1000,outpatient', // same year and benefit: error too, and marked
        'P1,2024-03-01,employee,active,1,1000,outpatient', // (1000 − 500) × 80% = 400, not marked
        'P1,2025-03-01,employee,active,1,1000,outpatient', // a new year: 400 again, not marked
      ].join('\n') + '\n',
    );
    const rows = readCsv((await yibao(['batch', file])).stdout);
    expect(rows.map((x) => [x.row_status, x.fund_pays, x.warnings!.split(';').includes('earlier_row_failed')])).toEqual([
      ['error', '', false],
      ['error', '', false],
      ['ok', '400.00', false],
      ['ok', '400.00', false],
    ]);
  });

  it('a failed inpatient row does not mark the same year outpatient rows; a failed outpatient row marks the later outpatient row of that year', async () => {
    const file = csvFile(
      [
        'person_id,date,scheme,status,tier,amount,benefit',
        'P1,2024-02-01,employee,active,1,1000,inpatient', // Suizhou states no inpatient ratio: error
        'P1,2024-03-01,employee,active,1,1000,outpatient', // (1000 − 500) × 80% = 400, not marked
        'P1,2024-04-01,employee,active,9,1000,outpatient', // tier 9: error
        'P1,2024-05-01,employee,active,1,1000,outpatient', // 1000 × 80% = 800, marked
      ].join('\n') + '\n',
    );
    const rows = readCsv((await yibao(['batch', file])).stdout);
    expect(rows.map((x) => [x.row_status, x.fund_pays, x.warnings])).toEqual([
      ['error', '', ''],
      ['ok', '400.00', ''],
      ['error', '', ''],
      ['ok', '800.00', 'earlier_row_failed'],
    ]);
  });

  it('the error of a row the rules of its date cannot answer names the date column and the date', async () => {
    const file = csvFile('人员编号,就诊日期,scheme,status,tier,amount\nP1,2023-05-01,employee,active,1,1000\n');
    const zh = readCsv((await yibao(['batch', file])).stdout)[0]!.error;
    expect(zh).toMatch(/^就诊日期: /);
    expect(zh).toContain('2023-05-01');
    const en = readCsv((await yibao(['batch', file, '--lang', 'en'])).stdout)[0]!.error;
    expect(en).toMatch(/^就诊日期: .*2023-05-01/);
  });
});
