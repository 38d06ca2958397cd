// status_change keyed by benefit and the second layer (round-6 trial 岚汐 第十五条「年度内由在职转为退休的，
// 自办理退休手续的次月1日起执行退休人员待遇。普通门诊统筹年度起付标准和年度支付限额按转换后的标准确定，转换前已累计的
// 起付标准和统筹基金支付金额连续计算」: stated for 普通门诊统筹, silent for 住院 and 大额). The fixture
// test/fixtures/status6/lanxi.yaml (the round-6 newcomer's file, 大额 threshold keyed { active 10000, retired 6000 })
// writes outpatient stated, inpatient a reading, second_layer null, chronic left out. Worked by hand:
// - LX-12 (outpatient, retired since 06-01, 450 of 起付 met while active): retiree 起付 500 leaves 50; 乙类 item
//   200 × 15% = 30; (900 − 30 − 50) × 70% = 574.00; owed 326.00, account 200.00, cash 126.00. Stated: no status_change warning.
// - LX-13 (2nd stay, 二级, retired since 07-01, 大额 burden 5000 while active): the layer's rule is silent → exit 3
//   naming status_change.second_layer; given carry_over (--set): 起付 600 × 60% = 360, 乙类 4000 × 6% = 240,
//   pooling 40000 − 2000 − 240 = 37760, (37760 − 360) × 92% = 34408.00, burden 37760 − 360 − 34408 = 2992,
//   (5000 + 2992 − 6000) × 60% = 1195.20, cash 40000 − 34408 − 1195.20 = 4396.80; the inpatient reading said.
// - the same stay with no 大额 burden before: the layer is not touched, 34408.00 with the inpatient reading only.
// - 门诊慢特病 left out of the keyed form: unknown, exit 3 naming status_change.chronic.
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { batchRows, calc, codes, pick, run } from './limits3-helpers.js';

const LX = 'test/fixtures/status6/lanxi.yaml';
const LX12 = calc(LX, '--date', '2025-09-03', '--scheme', 'employee', '--status', 'retired', '--benefit', 'outpatient', '--tier', '3', '--amount', '900', '--class-b-items', '200', '--ytd-deductible', '450', '--status-since', '2025-06-01', '--account', '200');
const stay = (burden: string, extra: string[] = []) =>
  calc(LX, '--date', '2025-09-10', '--discharge-date', '2025-09-24', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '2', '--admission', '2', '--amount', '40000', '--out-of-scope', '2000', '--class-b-drugs', '4000', '--ytd-fund', '45000', '--ytd-deductible', '700', '--ytd-burden', burden, '--status-since', '2025-07-01', ...extra);
const paths = (j: { warnings: { code: string; path?: string }[] }) => j.warnings.filter((w) => w.code === 'status_change').map((w) => w.path);

describe('status_change keyed by benefit and second_layer (岚汐 第十五条)', () => {
  it('validate accepts it; show gives each key, a key left out unknown', async () => {
    expect((await yibao(['policy', 'validate', LX])).code).toBe(0);
    const show = (await yibao(['policy', 'show', LX])).stdout;
    expect(show).toContain('本年累计 · 普通门诊:本年已累计的起付线和基金支付延续到新身份');
    expect(show).toContain('本年累计 · 住院:本年已累计的起付线和基金支付延续到新身份 [解读]');
    expect(show).toContain('本年累计 · 门诊慢特病:未知');
    expect(show).toContain('本年累计 · 大额/大病保险:未知');
  });
  it('LX-12 outpatient, stated: 574.00, cash 126.00, no status_change warning', async () => {
    const j = await run(LX12);
    expect(pick(j, 'deductible_applied', 'fund_pays', 'account_pays', 'cash_due')).toEqual(['50.00', '574.00', '200.00', '126.00']);
    expect(codes(j)).not.toContain('status_change');
  });
  it('LX-13: the layer silent → exit 3 naming status_change.second_layer; carry_over given: 1195.20, cash 4396.80', async () => {
    const out = await yibao(stay('5000'));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('status_change.second_layer');
    const j = await run(stay('5000', ['--set', 'status_change.second_layer=carry_over']));
    expect(pick(j, 'fund_pays', 'second_layer_pays', 'cash_due')).toEqual(['34408.00', '1195.20', '4396.80']);
    expect(paths(j)).toEqual(['status_change.inpatient']);
  });
  it('the stay with no 大额 burden before: the layer not touched, 34408.00 and the inpatient reading', async () => {
    const j = await run(stay('0'));
    expect(pick(j, 'fund_pays')).toEqual(['34408.00']);
    expect(paths(j)).toEqual(['status_change.inpatient']);
  });
  it('the same stay, no status change this year: no status_change warning', async () => {
    const j = await run(stay('0').filter((a, i, all) => a !== '--status-since' && all[i - 1] !== '--status-since'));
    expect(paths(j)).toEqual([]);
  });
  it('门诊慢特病 left out of the keyed form: exit 3 naming status_change.chronic', async () => {
    const out = await yibao(calc(LX, '--date', '2025-09-03', '--scheme', 'employee', '--status', 'retired', '--benefit', 'chronic', '--disease', '高血压', '--tier', '2', '--amount', '900', '--ytd-fund', '300', '--status-since', '2025-06-01'));
    expect(out.code, out.stdout).toBe(3);
    expect(out.stderr).toContain('status_change.chronic');
  });
  it('--set status_change.inpatient on a one-rule file has no place (exit 2)', async () => {
    const out = await yibao(calc('test/fixtures/small2/fengzhu.yaml', '--date', '2026-03-16', '--scheme', 'employee', '--status', 'active', '--age', '45', '--benefit', 'inpatient', '--tier', '3', '--amount', '50000', '--admission', '1', '--set', 'status_change.inpatient=carry_over'));
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('status_change.inpatient');
  });
  it('batch: one person active then retired; outpatient stated (no warning), the stay with a burden carried told the assumption', async () => {
    const csv = [
      'person_id,date,scheme,status,benefit,tier,admission,amount,class_b_drugs',
      'p1,2025-03-01,employee,active,outpatient,3,,1000,0',
      'p1,2025-09-03,employee,retired,outpatient,3,,900,0',
      'p2,2025-03-01,employee,active,inpatient,2,1,30000,0',
      'p2,2025-09-10,employee,retired,inpatient,2,2,40000,0',
    ].join('\n');
    const rows = await batchRows(LX, csv);
    expect(rows.map((r) => r.row_status)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(rows[1].warnings).not.toMatch(/status_change/);
    expect(rows[3].warnings).toMatch(/status_change/);
    expect(rows[3].warnings).toMatch(/status_changed/);
  });
});
