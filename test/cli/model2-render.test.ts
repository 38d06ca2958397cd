// Policy model 2 in every format: the text breakdown shows each band with its clause and each
// layer; JSON lists the steps in the contract's order; say reads the layers as a slip does.
// Claims BL-01 and BL-07 of the 白鹭 rulebook, worked by hand in test/rulebooks/bailu-claims.json.
import { describe, expect, it } from 'vitest';
import { yibao } from './calc-helpers.js';

const BAILU = ['calc', '--policy', 'examples/rulebooks/bailu.yaml'];
// BL-01: active employee, 三级, 50000 with 3000 目录外, 乙类 drugs 5000 and items 2500, first stay, account 5000
const BL01 = [...BAILU, '--date', '2025-03-18', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '3', '--amount', '50000', '--out-of-scope', '3000', '--class-b-drugs', '5000', '--class-b-items', '2500', '--admission', '1', '--account', '5000'];
// BL-07: 低保 resident 一档, 二级, 40000 with 2000 目录外, first stay
const BL07 = [...BAILU, '--date', '2025-04-11', '--scheme', 'resident', '--grade', '一档', '--benefit', 'inpatient', '--tier', '2', '--amount', '40000', '--out-of-scope', '2000', '--admission', '1', '--assistance', '低保对象'];

describe('policy model 2 rendered', () => {
  it('text: each band with its part and its clause (1200 → 30000 × 80% = 23040; 16300 × 90% = 14670)', async () => {
    const out = await yibao(BL01);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/0\.00–30,000\.00 × 80%\s+23,040\.00/);
    expect(out.stdout).toMatch(/30,000\.00– × 90%\s+14,670\.00/);
    expect(out.stdout).toContain('在起付标准以上至3万元（含）的部分');
    expect(out.stdout).toContain('乙类药品个人先行自付8%');
    expect(out.stdout).toContain('大额医疗费用补助');
  });

  it('json: the steps in the contract order, the layers in the result', async () => {
    const out = await yibao([...BL07, '--json']);
    expect(out.code, out.stderr).toBe(0);
    const j = JSON.parse(out.stdout);
    expect(j.steps.map((s: { key: string }) => s.key)).toEqual(['in_scope', 'deductible', 'ratio', 'cap', 'fund', 'second_layer', 'assistance', 'cash']);
    expect(j.steps.find((s: { key: string }) => s.key === 'second_layer').title).toBe('大病保险');
    // 37400 × 65% = 24310; 大病 (13090 − 9000) × 60% = 2454; 救助 (600 + 13090 − 2454) × 70% = 7865.20
    expect([j.result.fund_pays, j.result.second_layer_pays, j.result.assistance_pays, j.result.patient_share, j.result.cash_due]).toEqual(['24310.00', '2454.00', '7865.20', '5370.80', '5370.80']);
    expect(j.result.second_layer).toBe('serious_illness');
  });

  it('say: the layers after the fund, in both languages', async () => {
    const zh = await yibao([...BL07, '--format', 'say']);
    expect(zh.stdout).toContain('统筹基金支付24310元。大病保险再支付2454元。医疗救助再支付7865元2角。');
    const en = await yibao([...BL07, '--format', 'say', '--lang', 'en']);
    expect(en.stdout).toContain('The fund pays 24,310 yuan. The critical-illness insurance (大病保险) then pays 2,454 yuan. Medical assistance then pays 7,865.20 yuan.');
    const bands = await yibao([...BL01, '--format', 'say']);
    expect(bands.stdout).toContain('乙类药品和诊疗项目先由您自付700元。');
    expect(bands.stdout).toContain('起付线以上的费用分段报销,按80%、90%,合计37710元。');
  });
});
