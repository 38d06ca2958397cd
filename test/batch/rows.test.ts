// Bad rows never stop the run: each gets row_status=error and a message naming its column,
// in the user's language; the output has exactly one row per input row, in input order, and
// opens as a spreadsheet would read it (every row as wide as the header, cells in place).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readCsv, tempDir, yibao } from './helpers.js';

const MIXED = [
  'person_id,date,city,scheme,status,tier,amount,note',
  'M,2024-01-02,suizhou,employee,active,1,600,first visit', // ok: 500 + 80
  'M,2024-01-03,suizhou,employee,active,1,12.345,three decimals', // amount
  'M,2024-01-04,suizhou,employee,active,4,100,no such tier', // tier
  'M,2024-01-05,wuhan,employee,active,1,100,no such city', // city
  'M,2024-02-30,suizhou,employee,active,1,100,no such day', // date
  'M,2024-01-06,suizhou,,active,1,100,no scheme', // scheme (blank, no flag)
  'N,2024-01-06,suizhou,resident,,1,100,resident outpatient unknown in Suizhou', // policy cannot answer
  'M,2024-01-07,suizhou,employee,active,1,100', // one cell short
  'M,2024-01-08,suizhou,employee,active,1,100,"quoted, with comma\nand a line end"', // ok: 80, carried past the errors
].join('\n');

async function runMixed(...flags: string[]) {
  const file = join(tempDir(), 'mixed.csv');
  writeFileSync(file, MIXED);
  return yibao(['batch', file, ...flags]);
}

describe('bad rows mixed with good ones', () => {
  it('keeps every row, in order, and names the column of each error (zh)', async () => {
    const run = await runMixed();
    expect(run.code).toBe(1);
    const rows = readCsv(run.stdout);
    expect(rows).toHaveLength(9);
    expect(rows.map((r) => r.row_status)).toEqual(['ok', 'error', 'error', 'error', 'error', 'error', 'error', 'error', 'ok']);
    expect(rows.map((r) => (r.error ?? '').split(':')[0])).toEqual(['', 'amount', 'tier', 'city', 'date', 'scheme', 'benefit', 'row', '']);
    expect(rows[1]!.error).toContain('总费用');
    expect(rows[3]!.error).toContain('wuhan');
    expect(rows[6]!.error).toContain('--set');
    // The errored rows changed nothing: the last row carries 500/80 from the first only.
    expect([rows[8]!.deductible_applied, rows[8]!.fund_pays, rows[8]!.ytd_fund_after]).toEqual(['0.00', '80.00', '160.00']);
    expect(run.stderr).toContain('共 9 行:成功 2,错误 7');
    expect(run.stderr).toContain('160.00');
  });

  it('writes the messages and the summary in English with --lang en', async () => {
    const run = await runMixed('--lang', 'en');
    const rows = readCsv(run.stdout);
    expect(rows[1]!.error).toMatch(/^amount: invalid total cost: "12.345"/);
    expect(rows[7]!.error).toBe('row: this row has 7 values but the header has 8 columns.');
    expect(run.stderr).toContain('9 rows: 2 ok, 7 errors, 0 mismatches; fund paid 160.00 yuan in total');
  });

  it('opens as a spreadsheet would: header plus one line per row, all the same width, cells in place', async () => {
    const run = await runMixed();
    const records = parse(run.stdout, { relax_column_count: false }) as string[][];
    const header = records[0]!;
    expect(header).toEqual([
      'person_id', 'date', 'city', 'scheme', 'status', 'tier', 'amount', 'note',
      'row_status', 'error', 'in_scope', 'deductible_applied', 'ratio', 'fund_pays', 'patient_share',
      'account_pays', 'family_pays', 'cash_due', 'ytd_deductible_after', 'ytd_fund_after',
      'first_pay', 'second_layer_pays', 'assistance_pays', 'ytd_burden_after', 'ytd_second_after', 'ytd_assistance_after', 'warnings',
    ]);
    expect(records).toHaveLength(10);
    for (const r of records) expect(r).toHaveLength(header.length);
    expect(records.slice(1).map((r) => r[1])).toEqual(['2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-02-30', '2024-01-06', '2024-01-06', '2024-01-07', '2024-01-08']);
    expect(records.slice(1).map((r) => r[8])).toEqual(['ok', 'error', 'error', 'error', 'error', 'error', 'error', 'error', 'ok']);
    expect(records[9]![7]).toBe('quoted, with comma\nand a line end');
    expect(records[8]![7]).toBe(''); // the short row padded to the header's width
  });

  it('takes the column a file lacks from the flag, and refuses a bad flag before any row (exit 2)', async () => {
    const dir = tempDir();
    const file = join(dir, 'c.csv');
    writeFileSync(file, 'tier,amount\n1,600\n3,1000\n');
    const run = await yibao(['batch', file, '--scheme', 'employee', '--status', 'retired', '--date', '2024-03-01']);
    // No person_id: each row stands alone. Retired: 400 deductible; 200×85% = 170; (1000-400)×65% = 390
    expect(readCsv(run.stdout).map((r) => r.fund_pays)).toEqual(['170.00', '390.00']);
    for (const bad of [['--amount', 'abc'], ['--date', '2024-13-01'], ['--city', 'wuhan'], ['--encoding', 'latin1'], ['--output-format', 'xml'], ['--no-such-flag']]) {
      const r = await yibao(['batch', file, '--scheme', 'employee', ...bad]);
      expect(r.code, bad.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
  });

  it('refuses a file it cannot read (exit 2), and an empty one', async () => {
    const dir = tempDir();
    expect((await yibao(['batch', join(dir, 'missing.csv')])).code).toBe(2);
    expect((await yibao(['batch', dir, '--input-format', 'csv'])).code).toBe(2);
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    expect((await yibao(['batch', empty])).code).toBe(2);
    const header = join(dir, 'header.csv');
    writeFileSync(header, 'scheme,tier,amount\n');
    const run = await yibao(['batch', header, '--date', '2024-05-01']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^scheme,tier,amount,row_status,/);
  });
});
