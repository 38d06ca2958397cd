// second_layer.<scheme>.within_claim: unpaid_by_ratio (round-7 trial 鹤屿, fiction: test/fixtures/stay7/heyu.yaml,
// 第十八条 「一次住院中统筹基金支付达到年度最高支付限额的，以按本次适用支付比例计算的统筹基金应付未付金额除以该支付比例，
// 作为本次限额以上的费用」; the only value was after_only, which pays the 大额 nothing for that stay).
// Worked by hand from the text:
// - HY-08, retired, filed (本市同级) 三级, 40000 with 乙类药品 5000, fund paid 150000 of the 16万 cap: 乙类 5000 × 8% = 400.00;
//   39600 − 起付 700 = 38900 × 89% = 34621.00, the cap leaves 10000.00; 应付未付 24621.00 ÷ 89% = 27664.04 (27664.0449…);
//   × 90% (退休) = 24897.636 → 24897.64; cash 40000 − 10000 − 24897.64 = 5102.36.
// - active 二级, 30000, fund paid 155000: 30000 − 600 = 29400 × 88% = 25872.00, the cap leaves 5000.00; 20872.00 ÷ 88% =
//   23718.1818… → 23718.18; × 85% = 20160.453 → 20160.45; cash 30000 − 5000 − 20160.45 = 4839.55.
// - HY-08 with 大额 290000 paid this year: 30万 − 29万 leaves 10000.00; cash 40000 − 10000 − 10000 = 20000.00.
// - HY-08 a stay wholly after the cap (fund paid 160000): as before, 38900 × 90% = 35010.00; cash 4990.00.
// - after_only (the file as before): 大额 0, cash 30000.00.
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { calc, pick, run } from './limits3-helpers.js';
import { HY, heyuVariant } from './stay7-helpers.js';

const STATED = `        within_claim:
          value: unpaid_by_ratio
          source: heyu-2024-9
          quote: 一次住院中统筹基金支付达到年度最高支付限额的，以按本次适用支付比例计算的统筹基金应付未付金额除以该支付比例，作为本次限额以上的费用
`;
const copy = async (to: string) => heyuVariant(STATED, to);

const HY08 = (policy: string, extra: string[] = []) =>
  calc(policy, '--date', '2025-10-20', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '3', '--admission', '1', '--filing', 'filed', '--amount', '40000', '--class-b-drugs', '5000', '--ytd-fund', '150000', ...extra);

describe('within_claim: unpaid_by_ratio (鹤屿 第十八条)', () => {
  it('HY-08: 24621.00 ÷ 89% = 27664.04, × 90% = 24897.64; cash 5102.36', async () => {
    const j = await run(HY08(HY));
    expect(pick(j, 'fund_before_cap', 'fund_pays', 'second_layer_pays', 'cash_due', 'ytd_second_after')).toEqual(['34621.00', '10000.00', '24897.64', '5102.36', '24897.64']);
    expect(j.warnings.map((w: { code: string }) => w.code)).not.toContain('second_layer_reading');
    const text = await yibao(HY08(HY));
    expect(text.stdout).toContain('24621.00 元 ÷ 89% = 27664.04 元(本次限额以上的费用),× 90% = 24897.64 元');
    expect(text.stdout).toContain('以按本次适用支付比例计算的统筹基金应付未付金额除以该支付比例');
  });
  it('an active employee: 20872.00 ÷ 88% = 23718.18, × 85% = 20160.45; cash 4839.55', async () => {
    const j = await run(calc(HY, '--date', '2025-10-20', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '2', '--amount', '30000', '--ytd-fund', '155000'));
    expect(pick(j, 'fund_pays', 'second_layer_pays', 'cash_due')).toEqual(['5000.00', '20160.45', '4839.55']);
  });
  it("the layer's own cap: 290000 paid, 10000.00 left", async () => {
    expect(pick(await run(HY08(HY, ['--ytd-second', '290000'])), 'second_layer_pays', 'cash_due')).toEqual(['10000.00', '20000.00']);
  });
  it('a stay wholly after the cap is as before: 38900 × 90% = 35010.00', async () => {
    expect(pick(await run(HY08(HY, ['--ytd-fund', '160000'])), 'fund_pays', 'second_layer_pays', 'cash_due')).toEqual(['0.00', '35010.00', '4990.00']);
  });
  it('after_only as before: 大额 0, cash 30000.00; unknown: exit 3, and --set picks the form', async () => {
    const only = await copy(`        within_claim: { value: after_only, reading: { zh: 变体, en: variant }, reading_short: { zh: 变体, en: variant } }\n`);
    expect(pick(await run(HY08(only)), 'second_layer_pays', 'cash_due')).toEqual(['0.00', '30000.00']);
    const open = await copy(`        within_claim: { value: null, note: { zh: 变体:未写。, en: "variant: not written." } }\n`);
    const out = await yibao(HY08(open));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('second_layer.employee.within_claim');
    const set = await run(HY08(open, ['--set', 'second_layer.employee.within_claim=unpaid_by_ratio']));
    expect(pick(set, 'second_layer_pays')).toEqual(['24897.64']);
    expect(set.warnings.map((w: { code: string }) => w.code)).toContain('user_value');
  });
  it('validate, show and init know the form', async () => {
    expect((await yibao(['policy', 'validate', HY])).code).toBe(0);
    const bad = await copy(`        within_claim: { value: split, source: heyu-2024-9, quote: 作为本次限额以上的费用 }\n`);
    const v = await yibao(['policy', 'validate', bad]);
    expect(v.code).toBe(2);
    expect(v.stdout + v.stderr).toContain('unpaid_by_ratio');
    const show = await yibao(['policy', 'show', HY]);
    expect(show.stdout).toContain('按本次支付比例计算的统筹基金应付未付金额 ÷ 该比例 = 本次限额以上的费用');
    expect((await yibao(['policy', 'init', 'x'])).stdout).toContain('unpaid_by_ratio');
  });
});
