// Issue 18 item 1 in batch and check: a fund payment this year under Suizhou's yearly outpatient
// deductible means the deductible is met (Q&A 2: the fund pays only above it). Values by hand:
// deductible 500 active / 400 retired; tier 1 80%, tier 2 70% (retired 75%); cap 1300 / 1600.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, tempDir, yibao } from './helpers.js';

function file(name: string, lines: string[]): string {
  const f = join(tempDir(), name);
  writeFileSync(f, `${lines.join('\n')}\n`);
  return f;
}

const pick = (r: Record<string, string>) => [r.row_status, r.deductible_applied, r.fund_pays, r.ytd_deductible_after, r.ytd_fund_after, r.warnings];

describe('batch: the year so far', () => {
  it('a column 本年统筹已支付 and no deductible column: the deductible is taken as met, said in warnings', async () => {
    const f = file('a.csv', [
      '人员编号,就诊日期,参保类型,人员状态,医院级别,总费用,本年统筹已支付',
      'R,2024-06-01,职工,退休,二级,1000,450', // the retiree: 1000 × 75% = 750, 1150 left of 1600
      'R,2024-07-01,职工,退休,二级,1000,', // carried: 400 met, 1200 paid; 1000 × 75% = 750 > 400 left: 400
      'A,2024-06-01,职工,在职,一级,1000,', // nothing paid, nothing said: (1000 − 500) × 80% = 400
      'B,2024-06-01,职工,在职,一级,1000,0', // paid 0: as A
    ]);
    const run = await yibao(['batch', f]);
    const rows = readCsv(run.stdout);
    expect(rows.map(pick)).toEqual([
      ['ok', '0.00', '750.00', '400.00', '1200.00', 'reading;deductible_met_inferred'],
      ['ok', '0.00', '400.00', '400.00', '1600.00', 'reading'],
      ['ok', '500.00', '400.00', '500.00', '400.00', ''],
      ['ok', '500.00', '400.00', '500.00', '400.00', ''],
    ]);
    expect(run.code).toBe(0);
  });

  it('a row whose own fund cell restarts the count, the deductible carried below it: taken as met', async () => {
    const f = file('b.csv', [
      'person_id,date,scheme,status,tier,amount,ytd_fund',
      'P,2024-02-01,employee,active,1,300,', // 300 toward the 500; nothing paid
      'P,2024-06-01,employee,active,1,1000,200', // own cell: 200 paid this year, so the 500 was met: 1000 × 80% = 800
    ]);
    const rows = readCsv((await yibao(['batch', f])).stdout);
    expect(rows.map(pick)).toEqual([
      ['ok', '300.00', '0.00', '300.00', '0.00', ''],
      ['ok', '0.00', '800.00', '500.00', '1000.00', 'deductible_met_inferred'],
    ]);
  });

  it('two cells that cannot both be true are the row\'s error naming the deductible column; the row stays, in order', async () => {
    const f = file('c.csv', [
      'person_id,date,scheme,status,tier,amount,ytd_deductible,ytd_fund',
      'P,2024-06-01,employee,retired,2,1000,300,450',
      'Q,2024-06-01,employee,active,1,1000,500,200', // consistent: 1000 × 80% = 800, 1100 left
    ]);
    const run = await yibao(['batch', f, '--lang', 'en']);
    const rows = readCsv(run.stdout);
    expect(rows.map((r) => [r.person_id, r.row_status, r.fund_pays])).toEqual([
      ['P', 'error', ''],
      ['Q', 'ok', '800.00'],
    ]);
    expect(rows[0]!.error).toMatch(/^ytd_deductible: The deductible met this year \(300\.00\) contradicts the fund paid this year \(450\.00\)/);
    expect(run.code).toBe(1);
  });

  it('check: the inferred deductible agrees with a reported 750', async () => {
    const f = file('d.csv', ['person_id,date,scheme,status,tier,amount,ytd_fund,reported_fund', 'R,2024-06-01,employee,retired,2,1000,450,750']);
    const run = await yibao(['check', f]);
    const rows = readCsv(run.stdout);
    expect([rows[0]!.row_status, rows[0]!.difference, rows[0]!.warnings]).toEqual(['ok', '0.00', 'reading;deductible_met_inferred']);
    expect(run.code).toBe(0);
  });

  it('a status that changes within the year keeps its carried count (status_changed), never refused as a contradiction', async () => {
    const f = file('e.csv', [
      'person_id,date,scheme,status,tier,amount',
      'P,2024-02-01,employee,retired,1,500', // 400 met; 100 × 85% = 85
      'P,2024-08-01,employee,active,1,1000', // carried 400 met, 85 paid; active 500: 100 to go; 900 × 80% = 720
    ]);
    const rows = readCsv((await yibao(['batch', f])).stdout);
    expect(rows.map(pick)).toEqual([
      ['ok', '400.00', '85.00', '400.00', '85.00', 'reading'],
      ['ok', '100.00', '720.00', '500.00', '805.00', 'status_changed'],
    ]);
  });
});
