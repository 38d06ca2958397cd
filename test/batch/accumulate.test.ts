// Per-person annual accumulation, with values worked out by hand from Suizhou's 2024 rules
// (policies/suizhou.yaml, 随州日报 2024): employee general outpatient, deductible 500 active /
// 400 retired, ratios 80% (tier 1 and community) / 70% / 60%, retirees +5 points, caps
// 1300 active / 1600 retired, all accumulating over the calendar year.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { money, readCsv, tempDir, yibao } from './helpers.js';

async function batch(csv: string, ...flags: string[]) {
  const file = join(tempDir(), 'claims.csv');
  writeFileSync(file, csv);
  const run = await yibao(['batch', file, ...flags]);
  return { ...run, rows: readCsv(run.stdout) };
}

describe('accumulation per person, benefit and calendar year', () => {
  it('carries the deductible met and the fund paid from visit to visit, up to the cap, and restarts on 1 January', async () => {
    const { rows, code } = await batch(
      [
        'person_id,date,scheme,status,tier,amount',
        'A,2024-03-01,employee,active,1,300', // 300 of the 500 deductible; fund 0
        'A,2024-04-01,employee,active,2,1000', // 200 left: (1000-200)×70% = 560
        'A,2024-06-01,employee,active,1,1000', // 1000×80% = 800, but only 1300-560 = 740 left under the cap
        'A,2024-07-01,employee,active,3,100', // cap reached: fund 0
        'A,2025-01-02,employee,active,1,600', // new year: 500 deductible again, (600-500)×80% = 80
      ].join('\n'),
    );
    expect(code).toBe(0);
    expect(rows.map(money)).toEqual([
      { status: 'ok', in_scope: '300.00', deductible_applied: '300.00', ratio: '0.80', fund_pays: '0.00', patient_share: '300.00', cash_due: '300.00', ytd_deductible_after: '300.00', ytd_fund_after: '0.00' },
      { status: 'ok', in_scope: '1000.00', deductible_applied: '200.00', ratio: '0.70', fund_pays: '560.00', patient_share: '440.00', cash_due: '440.00', ytd_deductible_after: '500.00', ytd_fund_after: '560.00' },
      { status: 'ok', in_scope: '1000.00', deductible_applied: '0.00', ratio: '0.80', fund_pays: '740.00', patient_share: '260.00', cash_due: '260.00', ytd_deductible_after: '500.00', ytd_fund_after: '1300.00' },
      { status: 'ok', in_scope: '100.00', deductible_applied: '0.00', ratio: '0.60', fund_pays: '0.00', patient_share: '100.00', cash_due: '100.00', ytd_deductible_after: '500.00', ytd_fund_after: '1300.00' },
      { status: 'ok', in_scope: '600.00', deductible_applied: '500.00', ratio: '0.80', fund_pays: '80.00', patient_share: '520.00', cash_due: '520.00', ytd_deductible_after: '500.00', ytd_fund_after: '80.00' },
    ]);
  });

  it('keeps people apart, uses the retiree rules, and leaves rows without person_id alone', async () => {
    const { rows } = await batch(
      [
        'person_id,date,scheme,status,tier,amount,out_of_scope',
        'B,2024-02-01,employee,retired,community,1000,200', // in scope 800; 400 deductible; 400×85% = 340
        'C,2024-02-01,employee,active,2,500.01,', // 0.01 above the deductible: 0.01×70% = 0.007 -> 0.01 (half-up)
        'B,2024-03-01,employee,retired,3,3000,', // 3000×65% = 1950, capped at 1600-340 = 1260
        ',2024-03-02,employee,active,1,600,', // alone: 500 deductible, 80
        ',2024-03-03,employee,active,1,600,', // alone again: the same
      ].join('\n'),
    );
    expect(rows.map((r) => [r.deductible_applied, r.ratio, r.fund_pays, r.cash_due, r.ytd_deductible_after, r.ytd_fund_after])).toEqual([
      ['400.00', '0.85', '340.00', '660.00', '400.00', '340.00'],
      ['500.00', '0.70', '0.01', '500.00', '500.00', '0.01'],
      ['0.00', '0.65', '1260.00', '1740.00', '400.00', '1600.00'],
      ['500.00', '0.80', '80.00', '520.00', '500.00', '80.00'],
      ['500.00', '0.80', '80.00', '520.00', '500.00', '80.00'],
    ]);
  });

  it("restarts the count from a row's own ytd_* values", async () => {
    const { rows } = await batch(
      [
        'person_id,date,scheme,status,tier,amount,ytd_deductible,ytd_fund',
        'D,2024-01-10,employee,active,1,600,,', // 500 deductible, 80 fund
        'D,2024-02-10,employee,active,1,600,,1250', // deductible carried (500 met); fund restarts at 1250: 480 capped to 50
        'D,2024-03-10,employee,active,1,100,,', // carried from there: cap reached, 0
        'D,2024-04-10,employee,active,1,600,100,0', // both restart: 400 deductible left, (600-400)×80% = 160
      ].join('\n'),
    );
    expect(rows.map((r) => [r.deductible_applied, r.fund_pays, r.ytd_deductible_after, r.ytd_fund_after])).toEqual([
      ['500.00', '80.00', '500.00', '80.00'],
      ['0.00', '50.00', '500.00', '1300.00'],
      ['0.00', '0.00', '500.00', '1300.00'],
      ['400.00', '160.00', '500.00', '160.00'],
    ]);
  });

  it('accumulates each benefit on its own', async () => {
    // Chronic care has no deductible in 2024 (取消起付线) and no stated ratio: 50% is set here.
    const { rows } = await batch(
      [
        'person_id,date,scheme,status,benefit,tier,amount',
        'G,2024-01-05,employee,active,outpatient,1,600', // 500 + 80
        'G,2024-01-06,employee,active,chronic,1,100', // 100×50% = 50, on its own count
        'G,2024-01-07,employee,active,outpatient,1,100', // outpatient: 80 more, 160 in all
      ].join('\n'),
      '--set',
      'chronic.employee.ratio=0.5',
    );
    expect(rows.map((r) => [r.row_status, r.deductible_applied, r.fund_pays, r.ytd_deductible_after, r.ytd_fund_after])).toEqual([
      ['ok', '500.00', '80.00', '500.00', '80.00'],
      ['ok', '0.00', '50.00', '0.00', '50.00'],
      ['ok', '0.00', '80.00', '500.00', '160.00'],
    ]);
  });

  it('rejects a row dated before the same person\'s previous row, without reordering or counting it', async () => {
    const { rows, code } = await batch(
      [
        'person_id,date,scheme,status,tier,amount',
        'E,2024-05-01,employee,active,1,600', // 500 + 80
        'E,2024-04-01,employee,active,1,600', // out of order: error, counts nothing
        'E,2024-05-01,employee,active,1,600', // same day as the last good row: fine; 600×80% = 480
        'H,2024-01-01,employee,active,1,600', // another person may be earlier
      ].join('\n'),
    );
    expect(code).toBe(1);
    expect(rows.map((r) => r.date)).toEqual(['2024-05-01', '2024-04-01', '2024-05-01', '2024-01-01']);
    expect(rows[1]!.row_status).toBe('error');
    expect(rows[1]!.error).toMatch(/^date: out_of_order/);
    expect(rows[1]!.error).toContain('2024-05-01');
    expect(rows[1]!.fund_pays).toBe('');
    expect(rows.map((r) => r.fund_pays)).toEqual(['80.00', '', '480.00', '80.00']);
    expect(rows[2]!.ytd_fund_after).toBe('560.00');
  });

  it('uses the flags for missing columns and blank cells', async () => {
    const { rows } = await batch(
      ['person_id,date,status,tier,amount', 'K,2024-02-01,,1,600', 'K,2024-02-02,retired,1,100'].join('\n'),
      '--scheme',
      'employee',
      '--status',
      'active',
    );
    // Row 1 takes --status active (blank cell): 500 + 80. Row 2 is retired: deductible 400 already
    // exceeded by the 500 carried, so 0 applied and 100×85% = 85.
    expect(rows.map((r) => [r.deductible_applied, r.ratio, r.fund_pays, r.ytd_fund_after])).toEqual([
      ['500.00', '0.80', '80.00', '80.00'],
      ['0.00', '0.85', '85.00', '165.00'],
    ]);
  });
});
