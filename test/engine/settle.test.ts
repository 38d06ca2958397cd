// settle: the numbers of a claim on a small fixture policy (uplift, rounding, eligibility,
// family, refusals with their exit codes) and on Suizhou, each worked out by hand.
import { describe, expect, test } from 'vitest';
import { contributionRule, explain, settle, versionInForce, PolicyError, resultJson, type Claim } from '../../src/engine/index.js';
import { parseOverride } from '../../src/claim/index.js';
import { claimOf } from '../helpers/claim.js';
import { fixturePolicy, sourced } from '../helpers/fixture.js';
import { policy } from '../helpers/policy.js';

function thrown(f: () => unknown): PolicyError {
  try {
    f();
  } catch (e) {
    if (e instanceof PolicyError) return e;
    throw e;
  }
  throw new Error('expected a PolicyError');
}

const employee = (extra: Record<string, string> = {}) => claimOf({ scheme: 'employee', status: 'active', tier: '1', amount: '1000', ...extra }, '2024-05-01', 'fixture');

describe('settle on a fixture policy', () => {
  test('retiree uplift is added to the tier ratio: 0.9 + 0.05', () => {
    // retired deductible 50; (1000 − 50) × 95% = 902.50
    const { settlement, warnings } = settle(employee({ status: 'retired' }), fixturePolicy());
    expect([settlement.ratio, settlement.fundPays]).toEqual([9500, 90250]);
    expect(warnings.map((w) => w.code)).toEqual(['reading']);
  });

  test('no uplift when the ratio has its own retired entry', () => {
    const p = fixturePolicy({ ratio: { active: sourced(0.8), retired: sourced(0.85) } as never });
    expect(settle(employee({ status: 'retired' }), p).settlement.ratio).toBe(8500);
  });

  test('the uplift never takes the ratio above 100%', () => {
    const p = fixturePolicy({ ratio: sourced(0.98) as never });
    // (1000 − 50) × 100% = 950, under the 1000 cap
    expect(settle(employee({ status: 'retired' }), p).settlement.fundPays).toBe(95000);
  });

  test('an unknown retiree uplift makes a retiree claim unanswerable but not an active one', () => {
    const p = fixturePolicy({ retiree_bonus: sourced(null) as never });
    expect(thrown(() => settle(employee({ status: 'retired' }), p)).messages.en).toContain('--set outpatient.employee.retiree_bonus=');
    expect(settle(employee(), p).settlement.fundPays).toBe(81000); // (1000 − 100) × 90%
  });

  test("the version's rounding mode and unit are used", () => {
    const p = fixturePolicy();
    p.versions[0]!.rounding = { mode: 'down', unit: '1', note: { zh: '测', en: 't' } };
    // (1000.99 − 100) × 90% = 810.891 -> down to 810 yuan
    expect(settle(employee({ amount: '1000.99' }), p).settlement.fundPays).toBe(81000);
  });

  test('a benefit or scheme absent from the version is benefit_not_covered (exit 3)', () => {
    const e = thrown(() => settle(employee({ benefit: 'inpatient' }), fixturePolicy()));
    expect([e.code, e.exitCode]).toEqual(['benefit_not_covered', 3]);
    expect(thrown(() => settle(claimOf({ scheme: 'resident', tier: '1', amount: '1' }, '2024-05-01', 'fixture'), fixturePolicy())).code).toBe('benefit_not_covered');
  });

  test('a date before the first version is no_version (exit 3)', () => {
    const e = thrown(() => settle(claimOf({ scheme: 'employee', status: 'active', tier: '1', amount: '1' }, '2023-12-31', 'fixture'), fixturePolicy()));
    expect([e.code, e.exitCode]).toEqual(['no_version', 3]);
    expect(e.messages.zh).toContain('2023-12-31');
  });

  test('an eligibility rule with a required status asks for the level (exit 2)', () => {
    const p = fixturePolicy({ eligibility: { min_contribution: sourced(0.8) as never, required_for: ['active'], rule: { zh: '规则', en: 'Rule.' } } });
    const e = thrown(() => settle(employee(), p));
    expect([e.code, e.exitCode]).toEqual(['needs_input', 2]);
    expect(settle(employee({ contribution: '0.8' }), p).settlement.eligible).toBe(true);
    const refused = settle(employee({ contribution: '0.7999' }), p).settlement;
    expect([refused.eligible, refused.fundPays, refused.deductible, refused.ratio]).toEqual([false, 0, null, null]);
    expect(refused.ineligibleReason?.zh).toContain('79.99%');
  });

  test('returned warnings are a fresh array each time', () => {
    const p = fixturePolicy();
    const first = settle(employee({ status: 'retired' }), p).warnings;
    first.push({ code: 'user_value', kind: 'user', message: { zh: '', en: '' }, short: { zh: '', en: '' } });
    expect(settle(employee({ status: 'retired' }), p).warnings).toHaveLength(1);
  });

  test('family: allowed relation pays, another is refused with the reason, own account first', () => {
    const ok = settle(employee({ account: '10', family: '500', relation: 'spouse' }), fixturePolicy()).settlement;
    // fund (1000 − 100) × 90% = 810; left 190; own 10; spouse 180
    expect([ok.fundPays, ok.accountPays, ok.familyPays, ok.cashDue]).toEqual([81000, 1000, 18000, 0]);
    const no = settle(employee({ family: '500', relation: 'sibling' }), fixturePolicy()).settlement;
    expect([no.familyPays, no.cashDue]).toEqual([0, 19000]);
    expect(no.familyRefusedReason?.en).toContain('spouse');
  });
});

describe('settle on Suizhou', () => {
  test('settle and explain agree, and results print as contract strings', async () => {
    const p = await policy('suizhou');
    const c: Claim = claimOf({ scheme: 'employee', status: 'active', tier: '1', amount: '2000' });
    expect(resultJson(settle(c, p).settlement)).toEqual(resultJson(explain(c, p).result));
    expect(resultJson(settle(c, p).settlement)).toMatchObject({ fund_pays: '1200.00', ratio: '0.80', cap: '1300.00' });
  });

  test('the unknown-parameter message names the path and the --set in both languages', async () => {
    const p = await policy('suizhou');
    const e = thrown(() => settle(claimOf({ scheme: 'resident', tier: '2', amount: '100' }), p));
    expect(e.messages.en).toContain('--set outpatient.resident.deductible=<yuan>');
    expect(e.messages.zh).toContain('--set outpatient.resident.ratio=<比例>');
    expect(e.messages.zh).toContain('来源未说明居民普通门诊报销比例');
  });

  test('the same overrides array is cached; a different one is resolved anew', async () => {
    const p = await policy('suizhou');
    const c = claimOf({ scheme: 'employee', status: 'active', tier: '1', amount: '2000' });
    const o1 = [parseOverride('outpatient.employee.deductible=0')].map((r) => (r.ok ? r.override : null!));
    const o2 = [parseOverride('outpatient.employee.deductible=1000')].map((r) => (r.ok ? r.override : null!));
    expect(settle(c, p, o1).settlement.fundPays).toBe(130000); // 2000 × 80% = 1600, capped 1300
    expect(settle(c, p, o2).settlement.fundPays).toBe(80000); // 1000 × 80%
    expect(settle(c, p).settlement.fundPays).toBe(120000);
  });

  test('versionInForce and contributionRule', async () => {
    const s = await policy('suizhou');
    expect(versionInForce(s, '2023-12-31')?.effective).toBeNull();
    expect(versionInForce(s, '2024-01-01')?.effective).toBe('2024-01-01');
    expect(contributionRule(s, '2024-05-01', 'outpatient', 'employee')).toBeUndefined();
    const j = await policy('jiayu');
    expect(contributionRule(j, '2012-10-01', 'chronic', 'employee')).toMatchObject({ min: 9500, requiredFor: ['active'] });
    expect(contributionRule(j, '2012-10-01', 'outpatient', 'employee')?.min).toBe(8000);
    expect(contributionRule(j, '2011-10-01', 'outpatient', 'employee')).toBeUndefined();
  });
});
