// Accumulation fixes from the audit: a bad reported_fund still counts (check agrees with
// batch), --ytd-* flags start a person's count rather than restarting it on every row, and
// --status fills employee rows only. Suizhou employee outpatient: deductible 500 (active),
// ratio 80/70/60 by tier, annual cap 1300 (active).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, tempDir, yibao } from './helpers.js';

function file(name: string, lines: string[]): string {
  const f = join(tempDir(), name);
  writeFileSync(f, `${lines.join('\n')}\n`);
  return f;
}

describe('accumulation across rows', () => {
  it('check: a row whose only problem is reported_fund still counts, as in batch', async () => {
    const f = file('c.csv', [
      'person_id,date,scheme,status,tier,amount,reported_fund',
      'P,2024-01-02,employee,active,1,1000,', // (1000 − 500) × 80% = 400, reported blank
      'P,2024-01-03,employee,active,1,1000,800', // deductible met: 1000 × 80% = 800
      'P,2024-01-04,employee,active,1,100,x', // 100 × 80% = 80, reported not an amount
      'P,2024-01-05,employee,active,1,100,80', // 1280 so far: 20 left under the cap of 1300
    ]);
    const check = await yibao(['check', f, '--lang', 'en']);
    const batch = await yibao(['batch', f]);
    const rows = readCsv(check.stdout);
    expect(rows.map((r) => [r.row_status, r.deductible_applied, r.fund_pays, r.ytd_fund_after, r.difference])).toEqual([
      ['error', '500.00', '400.00', '400.00', ''],
      ['ok', '0.00', '800.00', '1200.00', '0.00'],
      ['error', '0.00', '80.00', '1280.00', ''],
      ['mismatch', '0.00', '20.00', '1300.00', '60.00'],
    ]);
    expect(rows[0]!.error).toMatch(/^reported_fund: /);
    expect(rows[2]!.error).toMatch(/^reported_fund: invalid/);
    expect(readCsv(batch.stdout).map((r) => r.fund_pays)).toEqual(rows.map((r) => r.fund_pays));
    expect(check.code).toBe(1);
  });

  it('--ytd-fund/--ytd-deductible start each person once; a row\'s own ytd cell restarts', async () => {
    const f = file('y.csv', [
      'person_id,date,scheme,status,tier,amount,ytd_fund',
      'P,2024-01-02,employee,active,1,500,', // deductible met (500); 500 × 80% = 400, capped at 1300 − 1000 = 300
      'P,2024-01-03,employee,active,1,500,', // cap reached: 0
      'P,2024-01-04,employee,active,1,500,0', // own ytd_fund 0: 400 (deductible still met, carried)
      'P,2024-01-05,employee,active,1,500,', // 400 more: 800
      'Q,2024-01-03,employee,active,1,500,', // another person starts from the flags: 300
    ]);
    const run = await yibao(['batch', f, '--ytd-fund', '1000', '--ytd-deductible', '500']);
    expect(readCsv(run.stdout).map((r) => [r.deductible_applied, r.fund_pays, r.ytd_deductible_after, r.ytd_fund_after])).toEqual([
      ['0.00', '300.00', '500.00', '1300.00'],
      ['0.00', '0.00', '500.00', '1300.00'],
      ['0.00', '400.00', '500.00', '400.00'],
      ['0.00', '400.00', '500.00', '800.00'],
      ['0.00', '300.00', '500.00', '1300.00'],
    ]);
    expect(run.code).toBe(0);
  });

  it('--status fills employee rows only; a resident row\'s own status is still its error', async () => {
    const f = file('s.csv', [
      'scheme,status,tier,amount',
      'employee,,1,600', // active from the flag: (600 − 500) × 80% = 80
      'employee,retired,1,600', // own status: retired, deductible 400, 80% + 5 = 85%: 200 × 85% = 170
      'resident,,1,600', // the flag does not apply: the residents' outpatient ratio is unknown
      'resident,active,1,600', // its own status: an error naming status
    ]);
    const run = await yibao(['batch', f, '--status', 'active', '--date', '2024-05-01', '--lang', 'en']);
    const rows = readCsv(run.stdout);
    expect(rows.slice(0, 2).map((r) => [r.row_status, r.fund_pays])).toEqual([
      ['ok', '80.00'],
      ['ok', '170.00'],
    ]);
    expect(rows[2]!.row_status).toBe('error');
    expect(rows[2]!.error).not.toMatch(/^status/);
    expect(rows[2]!.error).toMatch(/^benefit: /);
    expect(rows[3]!.error).toMatch(/^status: /);
  });
});
