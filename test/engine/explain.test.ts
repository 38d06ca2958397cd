// explain: the steps in the contract's order with their amounts, words (zh/en), sources and
// provenance, worked out by hand from the bundled policies.
import { describe, expect, test } from 'vitest';
import { explain } from '../../src/engine/index.js';
import { parseOverride } from '../../src/claim/index.js';
import { claimOf } from '../helpers/claim.js';
import { policy } from '../helpers/policy.js';

describe('explain', () => {
  test('steps in the contract order, with amounts, words and sources', async () => {
    const p = await policy('suizhou');
    const e = explain(claimOf({ scheme: 'employee', status: 'retired', tier: '2', amount: '2000', account: '100', family: '100', relation: 'spouse' }), p);
    expect(e.steps.map((s) => s.key)).toEqual(['in_scope', 'deductible', 'ratio', 'cap', 'fund', 'account', 'family', 'cash']);
    expect(e.steps.map((s) => s.amount)).toEqual([200000, 40000, 120000, 160000, 120000, 10000, 10000, 60000]);
    const ratio = e.steps.find((s) => s.key === 'ratio')!;
    expect(ratio.source).toMatchObject({ publisher: '随州日报', date: '2024' });
    // two separate passages of the source: the tier's ratio and the retiree uplift
    expect(ratio.source!.quotes).toEqual(['二级70%', '其中,退休人员支付比例提高5%。']);
    expect(ratio.source!.quote).toBe('二级70%');
    expect(ratio.explain.zh).toContain('70%');
    expect(ratio.explain.zh).toContain('75%');
    expect(ratio.explain.en).toContain('1600.00 above the deductible × 75% = 1200.00');
    expect(e.steps.find((s) => s.key === 'deductible')!.source!.quote).toContain('退休人员400元');
    expect(e.policy).toEqual({ id: 'suizhou', name: { zh: '随州市', en: 'Suizhou' }, version: '2024-01-01' });
  });

  test('the ratio step shows the exact product when rounding changes it', async () => {
    const p = await policy('suizhou');
    const e = explain(claimOf({ scheme: 'employee', status: 'retired', tier: '2', amount: '1400.02' }), p);
    const ratio = e.steps.find((s) => s.key === 'ratio')!;
    expect(ratio.explain.zh).toContain('1000.02 元 × 75% = 750.015 元,四舍五入到分为 750.02 元');
    expect(ratio.explain.en).toContain('= 750.015, rounded half-up to the fen: 750.02');
  });

  test('the cap step says when the cap limits the claim', async () => {
    const p = await policy('suizhou');
    const e = explain(claimOf({ scheme: 'employee', status: 'active', tier: '1', amount: '1000', ytd_deductible: '500', ytd_fund: '1000' }), p);
    const cap = e.steps.find((s) => s.key === 'cap')!;
    expect(cap.amount).toBe(30000);
    expect(cap.explain.en).toContain('the cap limits this claim to 300.00 (instead of 800.00)');
  });

  test('values set by the user carry user provenance and no source', async () => {
    const p = await policy('suizhou');
    const o = parseOverride('outpatient.employee.ratio.1=0.5');
    if (!o.ok) throw new Error();
    const e = explain(claimOf({ scheme: 'employee', status: 'active', tier: '1', amount: '2000' }), p, [o.override]);
    const ratio = e.steps.find((s) => s.key === 'ratio')!;
    expect(ratio.provenance).toMatchObject({ kind: 'user', override: 'outpatient.employee.ratio.1' });
    expect(ratio.source).toBeUndefined();
    expect(e.warnings.map((w) => w.code)).toEqual(['user_value']);
    expect(e.warnings[0]!.message.en).toContain('50%');
    expect(e.warnings[0]!.message.zh).toBe('职工医保普通门诊报销比例(一级) = 50% 由用户通过 --set outpatient.employee.ratio.1 假定,未经来源核实。');
  });

  test("a refused claim shows eligibility and no deductible or ratio step (Jiayu's chronic card)", async () => {
    const p = await policy('jiayu');
    const e = explain(claimOf({ scheme: 'employee', status: 'retired', tier: '2', benefit: 'chronic', amount: '600', contribution: '0.9' }, '2012-10-01', 'jiayu'), p);
    expect(e.steps.map((s) => s.key)).toEqual(['in_scope', 'eligibility', 'fund', 'cash']);
    // A retiree not said to have met the contribution years: the bands decide, as a reading.
    expect(e.warnings.map((w) => w.code)).toEqual(['contribution_years']);
    const el = e.steps[1]!;
    expect(el.amount).toBe(0);
    expect(el.explain.zh).toContain('90%');
    expect(el.explain.zh).toContain('95%');
    expect(el.source?.quote).toContain('95%');
  });

  test("Xianning's child visit: no deductible, one ratio for every tier, no cap step, and the fund step says the cap is unknown", async () => {
    const p = await policy('xianning');
    const e = explain(claimOf({ scheme: 'resident', tier: '2', amount: '300', family: '150', relation: 'child' }, '2024-01-02', 'xianning'), p);
    expect(e.steps.map((s) => s.key)).toEqual(['in_scope', 'deductible', 'ratio', 'fund', 'family', 'cash']);
    const [, ded, ratio, fund] = e.steps;
    // the 0 is inferred from Xiaomei's visit, so the rule is not stated in the law's voice (audit-11)
    expect(ded!.explain.zh).toBe('按不设起付线计算(由原文推算,并非明文规定):政策范围内费用全部按比例报销。');
    expect(ded!.explain.en).toBe('Worked out with no deductible (worked out from the source, not stated as such): the whole in-scope amount goes to the ratio.');
    expect(ded!.provenance?.kind).toBe('inferred');
    expect(ratio!.explain.zh.startsWith('报销比例 50%')).toBe(true);
    expect(fund!.explain.zh).toContain('来源未说明封顶线');
    expect(fund!.explain.en).toContain('so none is applied');
    const inferred = e.warnings.filter((w) => w.code === 'inferred_value').map((w) => w.message.zh);
    expect(inferred[0]).toContain('居民医保普通门诊起付线 0.00 元 是由原文推算的');
    expect(inferred[1]).toContain('居民医保普通门诊报销比例 50% 是由原文推算的');
  });

  test('a refused family relation explains why', async () => {
    const p = await policy('hanzhong');
    const sets = ['outpatient.resident.deductible=0', 'outpatient.resident.ratio=0.5'].map((t) => {
      const r = parseOverride(t);
      if (!r.ok) throw new Error();
      return r.override;
    });
    const e = explain(claimOf({ scheme: 'resident', tier: '1', amount: '400', family: '500', relation: 'sibling' }, '2024-03-01', 'hanzhong'), p, sets);
    const fam = e.steps.find((s) => s.key === 'family')!;
    expect(fam.amount).toBe(0);
    expect(fam.explain.zh).toContain('不含兄弟姐妹');
  });
});
