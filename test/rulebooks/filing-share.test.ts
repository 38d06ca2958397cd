// 异地就医未备案: a share paid first by the person, outside the layers' bases (filing.<kind>.first_share,
// issue 19). 鹤汀 八（四）「临时外出就医未办理备案的，纳入统筹基金支付范围的住院费用（已扣除目录外费用和乙类先行
// 自付费用），先由个人自付20%，余下部分按本市三级医疗机构起付标准和本市同级医疗机构支付比例计算统筹基金支付。个人
// 自付的20%部分不计入大病保险、大额医疗费用补助和医疗救助的计算基数。」 (test/fixtures/limits3/heting-inpatient.yaml,
// counts_in_layers: false). 五 大病 (起付 2.1万, 特困/低保 降低50%, 各段提高5个百分点: 65% to 10万), 七 救助 (低保
// 2100 then 80%). Every number is worked by hand in the comments.
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { HT_IP, calc, codes, pick, run, variant } from './limits3-helpers.js';

const UNFILED = (...more: string[]) => calc(HT_IP, '--date', '2026-05-06', '--benefit', 'inpatient', '--admission', '1', '--filing', 'unfiled', ...more);
const EMPLOYEE = UNFILED('--scheme', 'employee', '--status', 'active', '--tier', '2', '--amount', '20000');
// resident 一档 二级 100000, 低保对象
const RESIDENT = UNFILED('--scheme', 'resident', '--grade', '1', '--tier', '2', '--amount', '100000', '--assistance', '低保对象');

describe('鹤汀 八（四）: 20% paid first, then 三级 起付 and the same level’s ratio on the rest', () => {
  it('在职 二级 20000: 20000 × 20% = 4000; (16000 − 三级 1000) × 86% = 12900.00; cash 7100.00', async () => {
    const j = await run(EMPLOYEE);
    expect(pick(j, 'first_share', 'deductible', 'deductible_applied', 'fund_pays', 'patient_share', 'cash_due')).toEqual(['4000.00', '1000.00', '1000.00', '12900.00', '7100.00', '7100.00']);
    expect(j.steps.map((s: { key: string }) => s.key).slice(0, 3)).toEqual(['in_scope', 'first_share', 'deductible']);
  });

  it('after 乙类先行自付 (「已扣除目录外费用和乙类先行自付费用」): 乙类药品 2000 × 10% = 200; 19800 × 20% = 3960; (15840 − 1000) × 86% = 12762.40', async () => {
    const j = await run([...EMPLOYEE, '--class-b-drugs', '2000']);
    expect(pick(j, 'first_pay', 'first_share', 'fund_pays', 'cash_due')).toEqual(['200.00', '3960.00', '12762.40', '7237.60']);
  });

  it('目录外 first: 20000 with 1000 目录外: 19000 × 20% = 3800; (15200 − 1000) × 86% = 12212.00', async () => {
    const j = await run([...UNFILED('--scheme', 'employee', '--status', 'active', '--tier', '2', '--amount', '20000', '--out-of-scope', '1000')]);
    expect(pick(j, 'first_share', 'fund_pays', 'cash_due')).toEqual(['3800.00', '12212.00', '7788.00']);
  });

  it('the step in text (with its clause) and in say', async () => {
    const text = await yibao(EMPLOYEE);
    expect(text.stdout).toContain('异地就医个人先行自付');
    expect(text.stdout).toContain('20000.00 × 20% = 4000.00 元');
    expect(text.stdout).toContain('“先由个人自付20%”');
    expect(text.stdout).toContain('报销比例 86%:15000.00 × 86% = 12900.00 元');
    const say = await yibao([...EMPLOYEE, '--format', 'say']);
    expect(say.stdout).toContain('异地就医按规定先由您自付一部分,这次是4000元。');
    expect(say.stdout).toContain('剩下的15000元按86%报销');
  });

  it('a local claim has no such step and no first_share key (computes as before)', async () => {
    const j = await run(calc(HT_IP, '--date', '2026-05-06', '--benefit', 'inpatient', '--admission', '1', '--scheme', 'employee', '--status', 'active', '--tier', '2', '--amount', '20000'));
    // (20000 − 600) × 86% = 16684.00
    expect(pick(j, 'fund_pays')).toEqual(['16684.00']);
    expect(j.result).not.toHaveProperty('first_share');
    expect(j.steps.map((s: { key: string }) => s.key)).not.toContain('first_share');
  });
});

describe('「个人自付的20%部分不计入大病保险、大额医疗费用补助和医疗救助的计算基数」', () => {
  // 100000 × 20% = 20000; rest 80000; 三级 起付 900; 二级 一档 70%: 79100 × 70% = 55370.00;
  // burden (起付 and the copay, not the 20%): 80000 − 55370 = 24630; 大病 (低保: 起付 10500, 65% to 10万):
  // (24630 − 10500) × 65% = 9184.50; 救助 base 24630 − 9184.50 = 15445.50, (15445.50 − 2100) × 80% = 10676.40;
  // cash 100000 − 55370 − 9184.50 − 10676.40 = 24769.10
  it('not counted (as the text says): 大病 9184.50, 救助 10676.40, burden 24630.00, cash 24769.10', async () => {
    const j = await run(RESIDENT);
    expect(pick(j, 'first_share', 'fund_pays', 'second_layer_pays', 'assistance_pays', 'ytd_burden_after', 'cash_due')).toEqual(['20000.00', '55370.00', '9184.50', '10676.40', '24630.00', '24769.10']);
  });

  // counted: burden 44630, (44630 − 10500) × 65% = 22184.50; 救助 (44630 − 22184.50 − 2100) × 80% = 16276.40;
  // cash 100000 − 55370 − 22184.50 − 16276.40 = 6169.10
  it('--set …counts_in_layers=true: 大病 22184.50, 救助 16276.40, cash 6169.10, said as the user’s', async () => {
    const j = await run([...RESIDENT, '--set', 'inpatient.resident.filing.unfiled.first_share.counts_in_layers=true']);
    expect(pick(j, 'second_layer_pays', 'assistance_pays', 'ytd_burden_after', 'cash_due')).toEqual(['22184.50', '16276.40', '44630.00', '6169.10']);
    expect(codes(j)).toContain('user_value');
  });

  it('the text silent (counts_in_layers left out): exit 3 naming it where the layers change, answered where they cannot', async () => {
    const silent = await variant(HT_IP, "                counts_in_layers: { value: false, source: ht, quote: 个人自付的20%部分不计入大病保险、大额医疗费用补助和医疗救助的计算基数 }\n", '');
    const args = (a: string[]) => a.map((x) => (x === HT_IP ? silent : x));
    const r = await yibao([...args(RESIDENT), '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('inpatient.resident.filing.unfiled.first_share.counts_in_layers');
    expect(r.stderr).toContain('9184.50');
    expect(r.stderr).toContain('22184.50');
    // an employee: 大额 is above the cap only, no assistance group: both ways 12900.00
    const j = await run(args(EMPLOYEE));
    expect(pick(j, 'fund_pays', 'second_layer_pays')).toEqual(['12900.00', '0.00']);
  });

  it('policy show says it in plain words, with both clauses', async () => {
    const show = await yibao(['policy', 'show', HT_IP]);
    expect(show.stdout).toContain('异地就医未备案:先由个人自付 20%(余下部分再按起付线和比例计算),不计入大病保险/大额补助和医疗救助的计算基数,起付线按本市三级医疗机构标准');
    expect(show.stdout).toContain('原文[1]:“个人自付的20%部分不计入大病保险、大额医疗费用补助和医疗救助的计算基数”');
  });
});
