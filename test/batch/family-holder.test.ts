// Batch carries what a 家庭共济 account paid all its relatives this year (family_year_cap per holder: 汀澜 第二十一条
// 「通过家庭共济支付的金额，每个自然年度累计不超过5000元」, fixture test/fixtures/limits7/tinglan.yaml), by the optional
// account_holder column (共济账户持有人编号, 账户持有人编号, …), feeding ytd_family_paid as --ytd-family-paid does in calc.
// A row's own ytd_family_paid cell restarts the count; rows are never dropped or reordered.
// Worked by hand (resident, 二级 普通门诊 50%, the fund's 500 a year per person; --set family_year_cap.per=holder):
//   1 A of H1 3000: 3000 × 50% = 1500 → 500 (cap); owed 2500; 5000 left → family 2500, cash 0.       H1 paid 2500
//   2 B of H1 3000: fund 500; owed 2500; 5000 − 2500 = 2500 left → family 2500, cash 0.             H1 paid 5000
//   3 C of H1 3000: fund 500; owed 2500; 5000 − 5000 = 0 left → family 0, cash 2500.
//   4 D of H2 3000: another holder, nothing paid: fund 500, family 2500, cash 0.
//   5 E of H1 1000, its own ytd_family_paid 4000: 1000 × 50% = 500 (E's first row); owed 500; 5000 − 4000 = 1000 left
//     → family 500, cash 0.                                                                          H1 paid 4500
//   6 A of H1 1000: A's 500 used → fund 0; owed 1000; 5000 − 4500 = 500 left → family 500, cash 500.
// Without the column nothing is carried: row 3 gets family 2500 (cash 0), row 6 family 1000 (cash 0).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const TL = 'test/fixtures/limits7/tinglan.yaml';
const ROWS = [
  'A,H1,2025-03-01,resident,outpatient,2,3000,8000,child,',
  'B,H1,2025-04-01,resident,outpatient,2,3000,8000,spouse,',
  'C,H1,2025-05-01,resident,outpatient,2,3000,8000,parent,',
  'D,H2,2025-05-02,resident,outpatient,2,3000,8000,child,',
  'E,H1,2025-06-01,resident,outpatient,2,1000,8000,child,4000',
  'A,H1,2025-07-01,resident,outpatient,2,1000,8000,child,',
];
function file(header: string, rows = ROWS): string {
  const dir = mkdtempSync(join(tmpdir(), 'family-holder-'));
  const csv = join(dir, 'family.csv');
  writeFileSync(csv, `${header}\n${rows.join('\n')}\n`);
  return csv;
}
async function batch(csv: string, extra: string[] = ['--set', 'family_year_cap.per=holder']) {
  const out = await yibao(['batch', csv, '--policy', TL, '--output-format', 'jsonl', ...extra]);
  return { out, rows: out.stdout.trim().split('\n').map((l) => JSON.parse(l)) };
}
const pays = (rows: Record<string, string>[]) => rows.map((r) => [r.fund_pays, r.family_pays, r.cash_due]);

describe('batch: 家庭共济 carried per account holder (account_holder)', () => {
  it('per holder: 2500, 2500, 0 for H1; H2 apart; a row\'s own cell restarts it (4000 → 500 left, then 0)', async () => {
    const { out, rows } = await batch(file('person_id,account_holder,date,scheme,benefit,tier,amount,family,relation,ytd_family_paid'));
    expect(out.code, out.stderr).toBe(0);
    expect(pays(rows)).toEqual([
      ['500.00', '2500.00', '0.00'],
      ['500.00', '2500.00', '0.00'],
      ['500.00', '0.00', '2500.00'],
      ['500.00', '2500.00', '0.00'],
      ['500.00', '500.00', '0.00'],
      ['0.00', '500.00', '500.00'],
    ]);
    // rows in input order, the holder echoed
    expect(rows.map((r) => `${r.person_id}${r.account_holder}`)).toEqual(['AH1', 'BH1', 'CH1', 'DH2', 'EH1', 'AH1']);
    expect(out.stderr).toContain('account_holder → account_holder');
  });
  it('a Chinese header (共济账户持有人编号) is read as it', async () => {
    const { out, rows } = await batch(file('人员编号,共济账户持有人编号,就诊日期,参保类型,待遇类型,医院级别,总费用,家庭共济余额,与账户持有人的关系,本年共济已支付'));
    expect(out.stderr).toContain('共济账户持有人编号 → account_holder');
    expect(pays(rows)[2]).toEqual(['500.00', '0.00', '2500.00']);
  });
  it('without the column nothing is carried per holder: row 3 family 2500, row 6 family 1000', async () => {
    const rows = ROWS.map((r) => r.split(',').filter((_, i) => i !== 1).join(','));
    const { rows: out } = await batch(file('person_id,date,scheme,benefit,tier,amount,family,relation,ytd_family_paid', rows));
    expect(pays(out)[2]).toEqual(['500.00', '2500.00', '0.00']);
    expect(pays(out)[5]).toEqual(['0.00', '1000.00', '0.00']);
  });
  // per unknown: rows 1, 2, 4 and 5 agree (B: holder 2500 left, B received 0: 5000 left, owed 2500 either way; E: 1000 or
  // 5000 left, owed 500); row 3 differs (holder 0 left, C 5000 left: family 0 or 2500); row 6 too (holder 4500 paid → 500
  // left; A received 2500 → 2500 left; owed 1000: 500 or 1000). Each such row is its error; the others go on.
  it('per left unknown: the rows whose two answers differ (3 and 6) are errors naming family_year_cap.per, the rest answered', async () => {
    const { out, rows } = await batch(file('person_id,account_holder,date,scheme,benefit,tier,amount,family,relation,ytd_family_paid'), []);
    expect(out.code).toBe(1);
    expect(rows.map((r) => r.row_status)).toEqual(['ok', 'ok', 'error', 'ok', 'ok', 'error']);
    expect(rows[2].error).toContain('family_year_cap.per');
    expect(pays(rows)[1]).toEqual(['500.00', '2500.00', '0.00']);
  });
});

// A row naming a holder that fails (B's amount is not a number): what it would have paid from H1 is not in H1's total,
// so H1's later rows of the year (C, A) say holder_row_failed; H2's row (D) does not, nor E's (its own ytd_family_paid
// cell restarts H1's count). Worked by hand without B: 1 A: family 2500 (H1 paid 2500); 3 C: 5000 − 2500 = 2500 left,
// owed 2500 → family 2500, cash 0 (H1 5000); 4 D of H2: family 2500; 5 E (own 4000): 1000 left, owed 500 → 500 (H1 4500);
// 6 A: fund 0, owed 1000, 500 left → family 500, cash 500.
describe('batch: a failed row naming a 共济 holder', () => {
  it('marks that holder’s later rows of the year holder_row_failed, and no others', async () => {
    const rows = ROWS.map((r, i) => (i === 1 ? r.replace(',3000,', ',三千块,') : r));
    const { out, rows: got } = await batch(file('person_id,account_holder,date,scheme,benefit,tier,amount,family,relation,ytd_family_paid', rows));
    expect(out.code).toBe(1);
    expect(got.map((r) => r.row_status)).toEqual(['ok', 'error', 'ok', 'ok', 'ok', 'ok']);
    expect(pays(got).filter((_, i) => i !== 1)).toEqual([
      ['500.00', '2500.00', '0.00'],
      ['500.00', '2500.00', '0.00'],
      ['500.00', '2500.00', '0.00'],
      ['500.00', '500.00', '0.00'],
      ['0.00', '500.00', '500.00'],
    ]);
    const marked = got.map((r) => (r.warnings ?? '').split(';').includes('holder_row_failed'));
    expect(marked).toEqual([false, false, true, false, false, true]);
  });
});
