// A year of 云岭 (fiction, ../shared/rulebooks/yunling) claims as an office's batch file: five
// people, two rows each, the second of each a hand-worked claim of claims.json (YL-02, 06, 07, 08,
// 10), the first worked by hand from the rulebook so that what batch carries is what the year held.
// Each inpatient row gives an age (年龄) or a birth date: 三.3 raises the ratio from 70.
// Rulebook figures used (云医保发〔2024〕88号): 乙类 drugs 5% (一.2); 住院起付 per stay, employees
// 200/500/900 by level, retirees 70% of it, residents 150/400/800, later stays 50% (二); employee
// bands on the amount after 起付, 5万 at 90/87/84% active, 94/91/88% retired, then 92/95%;
// residents 85/70/55%; +2 points from 70 (三); caps 22万 / 18万 shared by 住院 and 慢特病 (四);
// 大额 85% once the cap is reached (五); 大病 above 1.6万 at 60% (六); 救助 of the in-scope burden
// left, 起付 and 乙类 in: 特困 100%, 低保 75% above a yearly 800 (七); employee 慢特病 no 起付,
// 二级 83%, the highest limit + 500 per further disease (八).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, yibao } from './helpers.js';

const INPUT = join(process.cwd(), 'test', 'fixtures', 'rulebooks', 'yunling-2025.csv');
const POLICY = join(process.cwd(), 'examples', 'rulebooks', 'yunling.yaml');

type Row = Record<string, string>;
const of = (rows: Row[], id: string) => rows.filter((r) => r.人员编号 === id);
// [deductible, first pay, fund, second layer, assistance, account, cash; ytd fund, burden, second layer, assistance]
const cells = (r: Row) => [
  r.deductible_applied, r.first_pay, r.fund_pays, r.second_layer_pays, r.assistance_pays, r.account_pays, r.cash_due,
  r.ytd_fund_after, r.ytd_burden_after, r.ytd_second_after, r.ytd_assistance_after,
];

const EXPECTED: Record<string, string[][]> = {
  E: [
    // active 三级, 1st stay: 起付 900; 50000 × 84% = 42000 + 193478.26 × 92% = 177999.9992 → 178000.00: the cap, 220000.00, exactly
    ['900.00', '0.00', '220000.00', '0.00', '0.00', '0.00', '24378.26', '220000.00', '0.00', '0.00', '0.00'],
    // YL-08, the cap reached before this stay (carried): 起付 500 × 50%; 乙类 100; 大额 (19900 − 250) × 85% = 16702.50
    ['250.00', '100.00', '0.00', '16702.50', '0.00', '0.00', '3297.50', '220000.00', '0.00', '16702.50', '0.00'],
  ],
  R: [
    // retiree 二级, 69 years old: 起付 500 × 70% = 350; (6350 − 350) × 91% = 5460
    ['350.00', '0.00', '5460.00', '0.00', '0.00', '0.00', '890.00', '5460.00', '0.00', '0.00', '0.00'],
    // YL-02, 70 from the day before, the 2nd stay (counted): 350 × 50% = 175; 19825 × 93% = 18437.25
    ['175.00', '0.00', '18437.25', '0.00', '0.00', '0.00', '1562.75', '23897.25', '0.00', '0.00', '0.00'],
  ],
  C: [
    // 慢特病 糖尿病, 二级 83%, no 起付 for employees: 1807.23 × 83% = 1500.0009 → 1500.00
    ['0.00', '0.00', '1500.00', '0.00', '0.00', '0.00', '307.23', '1500.00', '0.00', '0.00', '0.00'],
    // YL-10: the limit 1400 + 500 = 1900, 1500 used (carried): 400; account 200, cash 200
    ['0.00', '0.00', '400.00', '0.00', '0.00', '200.00', '200.00', '1900.00', '0.00', '0.00', '0.00'],
  ],
  T: [
    // 特困 resident 二级, 1st stay: 起付 400; 50000 × 70% = 35000; burden 15000 (< 16000); 救助 100% of 400 + 15000
    ['400.00', '0.00', '35000.00', '0.00', '15400.00', '0.00', '0.00', '35000.00', '15000.00', '0.00', '15400.00'],
    // YL-07, the 2nd stay: 400; 5280; burden 15000 → 19320: 大病 3320 × 60% = 1992; 救助 400 + 4320 − 1992 = 2728
    ['400.00', '0.00', '5280.00', '1992.00', '2728.00', '0.00', '0.00', '40280.00', '19320.00', '1992.00', '18128.00'],
  ],
  L: [
    // YL-06 with its row's 本年救助起付累计 500: 救助 (6050 − 300) × 75% = 4312.50
    ['400.00', '100.00', '12950.00', '0.00', '4312.50', '0.00', '2737.50', '12950.00', '5550.00', '0.00', '4312.50'],
    // the 2nd stay: 400 × 50% = 200; 5000 × 70% = 3500; burden 7050; the yearly 800 met: 救助 (200 + 1500) × 75% = 1275
    ['200.00', '0.00', '3500.00', '0.00', '1275.00', '0.00', '425.00', '16450.00', '7050.00', '0.00', '5587.50'],
  ],
};

describe('云岭: a year of claims through batch, every running total carried per person', () => {
  it('each layer and each total as worked by hand', async () => {
    const run = await yibao(['batch', INPUT, '--policy', POLICY, '--lang', 'en']);
    const rows = readCsv(run.stdout);
    expect(rows.map((r) => [r.人员编号, r.row_status, r.error])).toEqual(rows.map((r) => [r.人员编号, 'ok', '']));
    for (const id of Object.keys(EXPECTED)) expect(of(rows, id).map(cells), id).toEqual(EXPECTED[id]);
  });
});
