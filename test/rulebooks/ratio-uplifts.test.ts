// Policy model 2, the ratio structures the first newcomer trial could not write (trial FINDINGS
// R1-R4), through small encodings of the trial rulebooks (test/fixtures/ratio/, quotes verbatim):
// the ceiling on a raised ratio (uplift_ceiling), the grade uplift (grade_bonus), 乙类先行自付 by
// scheme, and a facility counted for some benefits only. Every expected number is worked by hand
// from the clause quoted beside it; QO-02, QO-10, QO-14, YX-03 and YX-05 are the trial's claims.
import type { UpliftCeilingValue } from '../../src/policy/schema-v2.js';
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { RawClaim } from '../../src/claim/index.js';
import { PolicyError, type Explanation } from '../../src/engine/types.js';
import type { Policy } from '../../src/policy/schema.js';
import { yibao } from '../cli/calc-helpers.js';
import { explainAtFacility } from '../helpers/claim.js';

const QINGOU = 'test/fixtures/ratio/qingou.yaml';
const YANXI = 'test/fixtures/ratio/yanxi.yaml';
const qingou = (await loadPolicyFile(QINGOU)).policy;
const yanxi = (await loadPolicyFile(YANXI)).policy;

const run = explainAtFacility;

function stops(policy: Policy, raw: RawClaim): PolicyError {
  try {
    run(policy, raw);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    return e as PolicyError;
  }
  throw new Error('expected a PolicyError');
}

const inpatient = (more: RawClaim): RawClaim => ({ date: '2025-04-10', benefit: 'inpatient', admission: '1', ...more });

describe('uplift_ceiling: 提高后最高不超过95% (青鸥 三（四）（六）)', () => {
  it('QO-02: a retiree of 79 on the admission day; band 2 二级 94% + 5 = 99% held to 95%', () => {
    // 三（二） retiree 二级 300.00; 乙类 5000.00 × 5% = 250.00; pooled 48750.00 (含起付 bands, 三（四）):
    // 300.00 → 40000.00 = 39700.00 × 93% = 36921.00; 8750.00 × 95% = 8312.50; fund 45233.50
    const e = run(qingou, inpatient({ scheme: 'employee', status: 'retired', tier: '2', amount: '50000', out_of_scope: '1000', class_b_drugs: '5000', birth_date: '1945-04-15', discharge_date: '2025-04-25' }));
    expect(e.result.firstPay).toBe(25000);
    expect(e.result.deductibleApplied).toBe(30000);
    expect(e.result.fundBeforeCap).toBe(4523350);
    expect(e.result.cashDue).toBe(476650);
    expect(e.result.bands!.map((b) => b.ratio)).toEqual([9300, 9500]);
    const ratio = e.steps.find((s) => s.key === 'ratio')!;
    expect(ratio.explain.zh).toContain('提高后最高不超过 95%');
    expect(ratio.source!.quotes).toContain('提高后最高不超过95%');
  });

  it('a retiree of 82 at a 一级: 92% + 5 = 97% → 95%, + 3 for age still 95% (三（六） holds it too)', () => {
    // retiree 一级 起付 150.00; 150.00 → 40000.00 = 39850.00 × 95% = 37857.50; 10000.00 × 95% = 9500.00
    const e = run(qingou, inpatient({ scheme: 'employee', status: 'retired', tier: '1', amount: '50000', age: '82' }));
    expect(e.result.fundBeforeCap).toBe(4735750);
    expect(e.warnings.map((w) => w.code)).not.toContain('ratio_capped');
  });

  it('an active employee of 85 at a 一级: band 2 94% + 3 = 97% held to 95%; band 1 92% + 3 = 95%', () => {
    // 起付 300.00; 300.00 → 40000.00 = 39700.00 × 95% = 37715.00; 10000.00 × 95% = 9500.00
    expect(run(qingou, inpatient({ scheme: 'employee', status: 'active', tier: '1', amount: '50000', age: '85' })).result.fundBeforeCap).toBe(4721500);
  });

  it('below the ceiling nothing changes: an active employee of 85 at a 三级 (85% + 3, 90% + 3)', () => {
    // 起付 1000.00; 39000.00 × 88% = 34320.00; 10000.00 × 93% = 9300.00
    const e = run(qingou, inpatient({ scheme: 'employee', status: 'active', tier: '3', amount: '50000', age: '85' }));
    expect(e.result.fundBeforeCap).toBe(4362000);
    expect(e.steps.find((s) => s.key === 'ratio')!.explain.zh).not.toContain('最高不超过');
  });
});

describe('uplift_ceiling written as a reading', () => {
  it('its reading is shown on a claim the ceiling held (82, 一级), not on one below it (85, 三级)', () => {
    const policy = structuredClone(qingou);
    const c = policy.versions[0]!.benefits.inpatient!.employee!.uplift_ceiling! as UpliftCeilingValue;
    c.reading = { zh: '“最高不超过95%”按每段理解', en: 'the 95% read per band' };
    const reads = (e: Explanation) => e.warnings.filter((w) => w.kind === 'reading').map((w) => w.path);
    const held = run(policy, inpatient({ scheme: 'employee', status: 'retired', tier: '1', amount: '50000', age: '82' }));
    expect(held.result.fundBeforeCap).toBe(4735750);
    expect(reads(held)).toContain('inpatient.employee.uplift_ceiling');
    expect(reads(run(policy, inpatient({ scheme: 'employee', status: 'active', tier: '3', amount: '50000', age: '85' })))).not.toContain('inpatient.employee.uplift_ceiling');
  });
});

describe('uplift_ceiling after the age uplift left unknown (雁汐 三.3, 三.5)', () => {
  const yx05 = { date: '2025-03-03', benefit: 'inpatient', scheme: 'employee', status: 'retired', tier: '3', amount: '150000', age: '75' } satisfies RawClaim;

  it('YX-05: the two readings give different funds, so the claim is unknown (exit 3) naming after.age, with both numbers', () => {
    const error = stops(yanxi, yx05);
    expect(error.exitCode).toBe(3);
    expect(error.messages.zh).toContain('inpatient.employee.uplift_ceiling.after.age');
    // held: band 3 49450.00 × 96% = 47472.00 → 141272.00; not held: × 98% = 48461.00 → 142261.00
    expect(error.messages.zh).toContain('141272.00');
    expect(error.messages.zh).toContain('142261.00');
  });

  it('YX-03: a retiree of 68 in band 1 (88% + 4 = 92%): no age uplift, the ceiling is not reached', () => {
    // 起付 700.00 × 50% = 350.00 already met on a 二级 stay; 乙类 item 2000.00 × 15% = 300.00; 24700.00 × 92% = 22724.00
    const e = run(yanxi, { date: '2025-06-16', benefit: 'inpatient', scheme: 'employee', status: 'retired', tier: '2', amount: '25000', class_b_items: '2000', age: '68', ytd_deductible: '350', ytd_fund: '8000' });
    expect(e.result.deductibleApplied).toBe(0);
    expect(e.result.fundBeforeCap).toBe(2272400);
  });

  it('a retiree of 75 whose bill stays in band 1 (85% + 4 + 2 = 91%): the unknown does not change it, so it is answered', () => {
    // 起付 1100.00 × 50% = 550.00; (20550.00 − 550.00) = 20000.00 × 91% = 18200.00
    const e = run(yanxi, { ...yx05, amount: '20550' });
    expect(e.result.fundBeforeCap).toBe(1820000);
    expect(e.warnings.filter((w) => w.kind === 'reading')).toEqual([]);
  });

  for (const [held, fund] of [[true, 14127200], [false, 14226100]] as const) {
    it(`YX-05 with after.age written as a reading (${held ? 'held' : 'not held'}): fund ${fund / 100}, the reading shown`, () => {
      const policy = structuredClone(yanxi);
      const rules = policy.versions[0]!.benefits.inpatient!.employee!;
      (rules.uplift_ceiling as UpliftCeilingValue).after.age = { value: held, source: 'yanxi-2024-112', quote: '住院支付比例再提高2个百分点', reading: { zh: '理解', en: 'a reading' }, reading_short: { zh: '96%上限按理解处理', en: 'the 96% ceiling by a reading' } };
      const e = run(policy, yx05);
      expect(e.result.fundBeforeCap).toBe(fund);
      expect(e.warnings.filter((w) => w.kind === 'reading').map((w) => w.path)).toContain('inpatient.employee.uplift_ceiling.after.age');
      // a claim the reading does not change does not get it
      const small = run(policy, { ...yx05, amount: '20550' });
      expect(small.warnings.filter((w) => w.kind === 'reading')).toEqual([]);
    });
  }
});

describe('grade_bonus: 二档缴费人员在一档基础上各级分别提高6个百分点 (青鸥 三（五）)', () => {
  const qo10 = inpatient({ date: '2025-10-13', scheme: 'resident', tier: '2', amount: '10000', class_b_items: '1000' });

  it('QO-10: 二档 二级 70% + 6 = 76%, with the residents’ 乙类 item rate 15%', () => {
    // 1000.00 × 15% = 150.00; pooled 9850.00; 起付 500.00; 9350.00 × 76% = 7106.00
    const e = run(qingou, { ...qo10, grade: '二档' });
    expect(e.result.firstPay).toBe(15000);
    expect(e.result.fundBeforeCap).toBe(710600);
    const ratio = e.steps.find((s) => s.key === 'ratio')!;
    expect(ratio.explain.zh).toContain('二档提高 6 个百分点');
    expect(ratio.source!.quotes).toContain('二档缴费人员在一档基础上各级分别提高6个百分点');
  });

  it('一档 gets the stated ratio: 9350.00 × 70% = 6545.00', () => {
    expect(run(qingou, { ...qo10, grade: '一档' }).result.fundBeforeCap).toBe(654500);
  });

  it('no grade given: exit 2 asking for --grade', () => {
    const error = stops(qingou, qo10);
    expect(error.exitCode).toBe(2);
    expect(error.messages.en).toContain('--grade');
  });
});

describe('first_pay by scheme: 职工医保乙类药品个人先行自付5%…居民医保…10% (青鸥 二（二）)', () => {
  it('an employee pays 5% of 乙类 drugs and 8% of items first; a resident 10% and 15%', () => {
    const claim = inpatient({ tier: '2', amount: '20000', class_b_drugs: '2000', class_b_items: '1000' });
    // employee: 100.00 + 80.00; resident: 200.00 + 150.00
    expect(run(qingou, { ...claim, scheme: 'employee', status: 'active', age: '40' }).result.firstPay).toBe(18000);
    expect(run(qingou, { ...claim, scheme: 'resident', grade: '一档' }).result.firstPay).toBe(35000);
  });
});

describe('a facility counted for some benefits only (青鸥 一（三）村卫生室)', () => {
  it('QO-14: general outpatient at a 村卫生室 is paid as 一级 (retiree 70% + 10)', () => {
    // 乙类 100.00 × 5% = 5.00; pooled 275.00; 起付 500.00 with 450.00 met: 50.00; 225.00 × 80% = 180.00
    const e = run(qingou, { date: '2025-03-27', benefit: 'outpatient', scheme: 'employee', status: 'retired', tier: '村卫生室', amount: '300', out_of_scope: '20', class_b_drugs: '100', ytd_deductible: '450', account: '500' });
    expect(e.result.fundPays).toBe(18000);
    expect(e.result.accountPays).toBe(10000);
    expect(e.result.cashDue).toBe(2000);
  });

  it('inpatient care at a 村卫生室 (or its alias 社区卫生服务站): the fund pays nothing, with the clause', () => {
    for (const tier of ['村卫生室', '社区卫生服务站']) {
      const e = run(qingou, inpatient({ scheme: 'employee', status: 'active', tier, amount: '3000', class_b_drugs: '500' }));
      expect(e.result.eligible).toBe(false);
      expect(e.result.fundPays).toBe(0);
      expect(e.result.firstPay).toBe(0);
      expect(e.result.cashDue).toBe(300000);
      const step = e.steps.find((s) => s.key === 'eligibility')!;
      expect(step.explain.zh).toContain('不予支付');
      expect(step.source!.quote).toBe('村卫生室、社区卫生服务站执行一级医疗机构普通门诊标准，其住院费用统筹基金不予支付');
    }
  });

  it('chronic care at a 村卫生室: the text is silent, so exit 3 naming it (never paid as 一级)', () => {
    const error = stops(qingou, { date: '2025-03-27', benefit: 'chronic', scheme: 'employee', status: 'active', tier: '村卫生室', amount: '300' });
    expect(error.exitCode).toBe(3);
    expect(error.messages.zh).toContain('村卫生室');
    expect(error.messages.en).toContain('--tier');
  });
});

describe('through calc (json, text, say)', () => {
  const args = (policy: string, ...more: string[]) => ['calc', '--policy', policy, '--date', '2025-04-10', ...more];

  it('calc --json: QO-02 and the refusal at a 村卫生室', async () => {
    const out = await yibao([...args(QINGOU, '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '2', '--amount', '50000', '--out-of-scope', '1000', '--class-b-drugs', '5000', '--age', '79', '--admission', '1'), '--json']);
    expect(out.code, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout).result.fund_pays).toBe('45233.50');
    const refused = await yibao([...args(QINGOU, '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '村卫生室', '--amount', '3000', '--admission', '1'), '--json']);
    expect(refused.code, refused.stderr).toBe(0);
    const j = JSON.parse(refused.stdout);
    expect(j.result.fund_pays).toBe('0.00');
    expect(j.result.eligible).toBe(false);
  });

  it('calc (text) shows the ceiling with its clause; say reads the refusal', async () => {
    const text = await yibao(args(QINGOU, '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '1', '--amount', '50000', '--age', '82', '--admission', '1'));
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('提高后最高不超过 95%');
    expect(text.stdout).toContain('提高后最高不超过95%');
    const say = await yibao([...args(QINGOU, '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '村卫生室', '--amount', '3000', '--admission', '1'), '--format', 'say']);
    expect(say.code, say.stderr).toBe(0);
    expect(say.stdout).toContain('村卫生室的住院费用统筹基金不予支付');
  });

  it('calc: YX-05 is exit 3 naming the ceiling flag', async () => {
    const out = await yibao(['calc', '--policy', YANXI, '--date', '2025-03-03', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '3', '--amount', '150000', '--age', '75']);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('uplift_ceiling.after.age');
  });
});
