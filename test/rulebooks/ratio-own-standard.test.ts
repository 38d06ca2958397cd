// A facility with a standard of its own (青鸥 一（一）「三级甲等医疗机构执行本细则规定的三级甲等标准，
// 其他三级医疗机构执行三级标准」): --tier 三级甲等医院 takes the parameters keyed by that name and,
// where the text gives none of its own (4万元以上 「三级、三级甲等医疗机构支付90%」), the 三级 ones.
// QO-01 and QO-07 are the trial's hand-worked claims (/work/trial/qingou/claims.json).
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/policy/load.js';
import { parseClaim, type RawClaim } from '../../src/claim/index.js';
import { withFacility } from '../../src/claim/facility.js';
import { explain } from '../../src/engine/explain.js';
import { yibao } from '../cli/calc-helpers.js';

const QINGOU = 'test/fixtures/ratio/qingou.yaml';
const { policy } = await loadPolicyFile(QINGOU);

function run(raw: RawClaim) {
  const { raw: r, facility } = withFacility(raw, policy);
  const parsed = parseClaim(r, { city: policy.id });
  if (!parsed.ok) throw new Error(parsed.message.en);
  if (facility) parsed.claim.facility = facility;
  return explain(parsed.claim, policy);
}

const qo01 = { date: '2025-02-10', benefit: 'inpatient', scheme: 'employee', status: 'active', amount: '60000', out_of_scope: '4000', class_b_drugs: '8000', class_b_items: '3000', age: '45', admission: '1', account: '20000' } satisfies RawClaim;

describe('三级甲等 as a facility with its own standard', () => {
  it('QO-01: 起付 1300.00; 1300.00 → 40000.00 × 82% = 31734.00, 15360.00 × 90% (三级 band 2) = 13824.00', () => {
    // 乙类 8000.00 × 5% + 3000.00 × 8% = 640.00; pooled 60000.00 − 4000.00 − 640.00 = 55360.00
    const e = run({ ...qo01, tier: '三级甲等医院' });
    expect(e.result.firstPay).toBe(64000);
    expect(e.result.deductibleApplied).toBe(130000);
    expect(e.result.fundPays).toBe(4555800);
    expect(e.result.accountPays).toBe(1044200);
    expect(e.result.cashDue).toBe(400000);
    expect(e.steps.find((s) => s.key === 'deductible')!.explain.zh).toContain('三级甲等医院执行其单列标准');
  });

  it('another 三级 hospital keeps the 三级 standard: 起付 1000.00; 39000.00 × 85% + 15360.00 × 90%', () => {
    // 33150.00 + 13824.00 = 46974.00
    expect(run({ ...qo01, tier: '3' }).result.fundPays).toBe(4697400);
  });

  it('QO-07: resident 二档, second stay at a 三甲: 1100.00 × 50% = 550.00; 81850.00 × (52% + 6) = 47473.00', () => {
    // 乙类 10000.00 × 10% + 4000.00 × 15% = 1600.00; pooled 90000.00 − 6000.00 − 1600.00 = 82400.00
    const e = run({ date: '2025-05-12', benefit: 'inpatient', scheme: 'resident', grade: '二档', tier: '三甲医院', amount: '90000', out_of_scope: '6000', class_b_drugs: '10000', class_b_items: '4000', age: '58', admission: '2', ytd_fund: '20000' });
    expect(e.result.deductibleApplied).toBe(55000);
    expect(e.result.firstPay).toBe(160000);
    expect(e.result.fundPays).toBe(4747300);
  });

  it('calc --json with --tier 三级甲等医院', async () => {
    const out = await yibao(['calc', '--policy', QINGOU, '--date', '2025-02-10', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '三级甲等医院', '--amount', '60000', '--out-of-scope', '4000', '--class-b-drugs', '8000', '--class-b-items', '3000', '--age', '45', '--admission', '1', '--json']);
    expect(out.code, out.stderr).toBe(0);
    const j = JSON.parse(out.stdout);
    expect(j.result.fund_pays).toBe('45558.00');
    expect(j.claim.facility).toBe('三级甲等医院');
  });
});

describe('any number of facilities with a standard of their own (validate accepts 9: calc computes each)', () => {
  const MANY = 'test/fixtures/ratio/many-own-standards.yaml';
  const args = ['--date', '2025-02-10', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--amount', '60000', '--out-of-scope', '4000', '--class-b-drugs', '8000', '--class-b-items', '3000', '--age', '45', '--admission', '1', '--json'];

  it('validate accepts the file', async () => {
    expect((await yibao(['policy', 'validate', MANY])).code).toBe(0);
  });

  it('the 8th and 9th own-standard facilities (no keyed values: the 三级 ones) and 三级甲等医院 (its own) compute', async () => {
    // 专科医院8 counts as 三级 with nothing keyed by its name: 起付 1000.00, 39000.00 × 85% + 15360.00 × 90% = 46974.00
    for (const tier of ['专科医院7', '专科医院8']) {
      const out = await yibao(['calc', '--policy', MANY, '--tier', tier, ...args]);
      expect(out.code, out.stderr).toBe(0);
      expect(JSON.parse(out.stdout).result.fund_pays).toBe('46974.00');
    }
    // 三级甲等医院, the 9th in the file: its own 起付 1300.00 and 82% (QO-01 above) = 45558.00
    const out = await yibao(['calc', '--policy', MANY, '--tier', '三级甲等医院', ...args]);
    expect(out.code, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout).result.fund_pays).toBe('45558.00');
  });
});
