// A second layer that covers some chronic diseases only (round-9 trial, fiction): 朔原 九 「职工医保参保人员统筹基金年度支付达到
// 最高支付限额后发生的住院和第一类门诊慢特病政策范围内费用，扣除起付标准和乙类先行自付费用后，由大额医疗费用补助支付90%」 →
// second_layer.employee.chronic_diseases: { groups: [第一类病种] } (the fixture's note told users to check 第二类 claims by hand).
// Fixture test/fixtures/sy8/shuoyuan.yaml. Worked by hand, a retiree whose 200000 cap is used up:
// - SY-08, 第一类 恶性肿瘤门诊放化疗 at 三级, 15000 with 1000 目录外 and 乙类药品 8000 (× 10% = 800): no 起付; 13200 × 87% =
//   11484.00 but the cap is used: fund 0; 大额 90% × 13200 = 11880.00; own account 2000.00; cash 15000 − 11880 − 2000 = 1120.00.
// - 第二类 糖尿病 at 二级, 1000: 起付 200 (六（二）), 800 × 85% = 680.00, cap used: fund 0; 大额 none (第二类 not covered):
//   cash 1000.00 (it would have been 800 × 90% = 720.00 with every chronic claim covered).
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { calc, pick, run } from './limits3-helpers.js';

const SY = 'test/fixtures/sy8/shuoyuan.yaml';
const retiree = (...more: string[]) => calc(SY, '--date', '2026-11-03', '--scheme', 'employee', '--status', 'retired', '--age', '70', '--benefit', 'chronic', '--ytd-fund', '200000', '--ytd-benefit-fund', '30000', ...more);

describe('朔原 九: 大额 covers 住院和第一类门诊慢特病 only', () => {
  it('SY-08, 第一类: 大额 11880.00, cash 1120.00', async () => {
    const j = await run(retiree('--tier', '3', '--amount', '15000', '--out-of-scope', '1000', '--class-b-drugs', '8000', '--disease', '恶性肿瘤门诊放化疗', '--ytd-second', '50000', '--account', '2000'));
    expect(pick(j, 'fund_before_cap', 'fund_pays', 'second_layer_pays', 'account_pays', 'cash_due', 'second_layer')).toEqual(['11484.00', '0.00', '11880.00', '2000.00', '1120.00', 'large_amount']);
    expect(j.warnings.some((w: { path?: string }) => w.path === 'second_layer.employee.chronic_diseases')).toBe(false);
  });

  it('第二类 糖尿病: no 大额 (not 720.00), said with the clause; cash 1000.00', async () => {
    const j = await run(retiree('--tier', '2', '--amount', '1000', '--disease', '糖尿病'));
    expect(pick(j, 'deductible_applied', 'fund_before_cap', 'fund_pays', 'second_layer_pays', 'cash_due', 'second_layer')).toEqual(['200.00', '680.00', '0.00', '0.00', '1000.00', null]);
    const w = j.warnings.find((x: { path?: string }) => x.path === 'second_layer.employee.chronic_diseases');
    expect(w.kind).toBe('note');
    expect(w.message.zh ?? w.message).toContain('本次病种“糖尿病”不在其列');
  });

  it('inpatient care is covered as before: a retiree stay after the cap, 10000 at 二级, 起付 500: 大额 9500 × 90% = 8550.00', async () => {
    const j = await run(calc(SY, '--date', '2026-11-03', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '2', '--amount', '10000', '--admission', '1', '--ytd-fund', '200000'));
    expect(pick(j, 'fund_pays', 'second_layer_pays')).toEqual(['0.00', '8550.00']);
  });

  it('validate refuses a group the chronic benefit does not define', async () => {
    const { mkdtempSync, writeFileSync, readFileSync, cpSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'yibao-lc-'));
    cpSync('test/fixtures/sy8/sources', join(dir, 'sources'), { recursive: true });
    const file = join(dir, 'p.yaml');
    writeFileSync(file, readFileSync(SY, 'utf8').replace('groups: [第一类病种]', 'groups: [第三类病种]'));
    const out = await yibao(['policy', 'validate', file]);
    expect(out.code).not.toBe(0);
    expect(out.stdout + out.stderr).toContain('第三类病种');
  });
});
