// second_layer.<scheme>.within_claim: null (the text does not say how the 大额 treats a stay during which the fund's
// cap is reached): each claim is settled under both options (choices.ts), exit 3 only where they differ, listing
// each answer; where they agree, answered with a note. On 鹤屿 (fiction, test/fixtures/stay7/heyu.yaml) with
// within_claim written null. Worked by hand (the same figures as within-claim-split.test.ts):
// - HY-08, retired, filed 三级, 40000 with 乙类药品 5000, fund paid 150000 of the 16万 cap: 乙类 5000 × 8% = 400.00;
//   39600 − 起付 700 = 38900 × 89% = 34621.00, the cap leaves 10000.00.
//   after_only: 大额 0, cash 40000 − 10000 = 30000.00.
//   unpaid_by_ratio: 24621.00 ÷ 89% = 27664.04, × 90% = 24897.64; cash 40000 − 10000 − 24897.64 = 5102.36.
// - HY-08 with the 大额's 30万 already paid (--ytd-second 300000): both options pay 0 (30万 − 30万 = 0 left);
//   fund 10000.00, cash 30000.00, answered with a note naming within_claim.
// - HY-08 with nothing paid this year (--ytd-fund 0): the cap is not reached (34621.00 < 160000), fund 34621.00,
//   大额 0, cash 40000 − 34621 = 5379.00: no note, nothing asked.
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { calc, pick, run } from './limits3-helpers.js';
import { heyuVariant } from './stay7-helpers.js';

const STATED = `        within_claim:
          value: unpaid_by_ratio
          source: heyu-2024-9
          quote: 一次住院中统筹基金支付达到年度最高支付限额的，以按本次适用支付比例计算的统筹基金应付未付金额除以该支付比例，作为本次限额以上的费用
`;
const OPEN = heyuVariant(STATED, `        within_claim: { value: null, note: { zh: 变体:未写。, en: "variant: not written." } }\n`);
const PATH = 'second_layer.employee.within_claim';
const HY08 = (extra: string[] = []) =>
  calc(OPEN, '--date', '2025-10-20', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '3', '--admission', '1', '--filing', 'filed', '--amount', '40000', '--class-b-drugs', '5000', '--ytd-fund', '150000', ...extra);
const codes = (j: { warnings: { code: string; path?: string }[] }) => j.warnings.map((w) => `${w.code}:${w.path ?? ''}`);

describe('within_claim: null — settled both ways', () => {
  it('HY-08: the answers differ, exit 3 naming it with each (30000.00 cash; 24897.64 大额, cash 5102.36)', async () => {
    const out = await yibao(HY08());
    expect(out.code, out.stderr).toBe(3);
    expect(out.stderr).toContain(PATH);
    expect(out.stderr).toContain('达到封顶线的本次住院不支付、从下一次起支付:统筹基金支付 10000.00 元,个人现金 30000.00 元');
    expect(out.stderr).toContain('统筹基金支付 10000.00 元,大额医疗费用补助 24897.64 元,个人现金 5102.36 元');
    expect(out.stderr).toContain(`--set ${PATH}=after_only|unpaid_by_ratio`);
  });
  it('the 大额 cap already used: both pay 0, answered (fund 10000.00, cash 30000.00) with a note', async () => {
    const j = await run(HY08(['--ytd-second', '300000']));
    expect(pick(j, 'fund_pays', 'second_layer_pays', 'cash_due')).toEqual(['10000.00', '0.00', '30000.00']);
    expect(codes(j)).toContain(`policy_note:${PATH}`);
    const text = await yibao(HY08(['--ytd-second', '300000']));
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('本次结果相同');
  });
  it('a stay the cap does not reach: 34621.00, cash 5379.00, nothing said of within_claim', async () => {
    const j = await run(HY08(['--ytd-fund', '0']));
    expect(pick(j, 'fund_pays', 'second_layer_pays', 'cash_due')).toEqual(['34621.00', '0.00', '5379.00']);
    expect(codes(j).filter((c) => c.includes('within_claim'))).toEqual([]);
  });
  it('--set picks one: unpaid_by_ratio 24897.64; after_only 0, cash 30000.00', async () => {
    expect(pick(await run(HY08(['--set', `${PATH}=unpaid_by_ratio`])), 'second_layer_pays', 'cash_due')).toEqual(['24897.64', '5102.36']);
    expect(pick(await run(HY08(['--set', `${PATH}=after_only`])), 'second_layer_pays', 'cash_due')).toEqual(['0.00', '30000.00']);
  });
});
