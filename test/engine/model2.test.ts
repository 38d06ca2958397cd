// Policy model 2's rules beyond the 30 golden claims: what a claim must say where a structure
// needs it (exit 2 naming the flag), what the rulebook leaves open (exit 3 naming the rule),
// assumptions said as such, and family.order applied to a model-1 policy. Every number below is
// worked out by hand from the rulebook texts (examples/rulebooks/sources/) or suizhou.yaml.
import { refusal } from '../helpers/refusal.js';
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/policy/load.js';
import { parsePolicyText } from '../../src/policy/parse.js';
import { explain } from '../../src/engine/explain.js';
import { settle } from '../../src/engine/settle.js';
import type { Claim } from '../../src/engine/types.js';
import { policyText } from '../policy/helpers.js';
import { yibao } from '../cli/calc-helpers.js';

const { policy: bailu } = await loadPolicyFile('examples/rulebooks/bailu.yaml');
const { policy: yunling } = await loadPolicyFile('examples/rulebooks/yunling.yaml');

const base: Claim = { city: 'bailu', date: '2025-03-18', scheme: 'employee', status: 'active', benefit: 'inpatient', tier: '3', amount: 1000000, outOfScope: 0, ytdDeductible: 0, ytdFund: 0, account: 0, family: 0 };


describe('policy model 2: what a claim must say', () => {
  it('a per-admission deductible with no admission number: the first, said as an assumption (三级 1200)', () => {
    const e = explain(base, bailu);
    expect(e.result.deductibleApplied).toBe(120000);
    expect(e.result.admission).toBe(1);
    expect(e.warnings.map((w) => w.code)).toContain('admission_assumed');
    expect(explain({ ...base, admission: 1 }, bailu).warnings.map((w) => w.code)).not.toContain('admission_assumed');
  });

  it('that assumption is one warning object for the combination, whatever the claim (a batch counts rows by warning object)', () => {
    const assumed = (claim: Claim) => settle(claim, bailu).warnings.find((w) => w.code === 'admission_assumed');
    const first = assumed(base);
    expect(first?.path).toBe('inpatient.employee.deductible_schedule');
    expect(assumed({ ...base, amount: 500000, date: '2025-07-01' })).toBe(first);
  });

  it('a class-B total where drugs (8%) and items (12%) differ is refused, naming the flags (exit 2)', () => {
    const e = refusal(() => explain({ ...base, classB: 100000 }, bailu));
    expect(e.exitCode).toBe(2);
    expect(e.messages.en).toContain('--class-b-drugs');
  });

  it('a resident without a grade where the ratio depends on it (exit 2, --grade)', () => {
    const e = refusal(() => explain({ ...base, scheme: 'resident', status: undefined } as Claim, bailu));
    expect(e.exitCode).toBe(2);
    expect(e.field).toBe('grade');
  });

  it('a chronic claim without its disease, or with one the policy does not list (exit 2)', () => {
    const chronic: Claim = { ...base, benefit: 'chronic', tier: '2', amount: 100000 };
    expect(refusal(() => explain(chronic, bailu)).field).toBe('disease');
    const e = refusal(() => explain({ ...chronic, disease: '痛风' }, bailu));
    expect(e.exitCode).toBe(2);
    expect(e.messages.zh).toContain('高血压');
  });

  it('an age rule needs the age; --age 70 gets the 2 points (云岭 resident 三级: 29100.00 × 57% = 16587.00)', () => {
    const resident: Claim = { ...base, city: 'yunling', date: '2025-07-10', scheme: 'resident', status: undefined, amount: 3000000, classBDrugs: 200000, admission: 1 } as Claim;
    expect(refusal(() => explain(resident, yunling)).field).toBe('age');
    expect(explain({ ...resident, age: 70 }, yunling).result.fundPays).toBe(1658700);
    expect(explain({ ...resident, age: 69 }, yunling).result.fundPays).toBe(1600500);
  });
});

describe('policy model 2: what the rulebook leaves open', () => {
  it('白鹭 异地已备案 has two rules (八（一） local, 八（三） 10 points less): filed is the long-term kind, said as a note; temporary is 八（三）', () => {
    // 三级 10000: 起付 1200 either way; 80% local: 8800 × 80% = 7040.00; temporary 70%: 8800 × 70% = 6160.00
    const filed = explain({ ...base, filing: 'filed', admission: 1 }, bailu);
    expect(filed.result.fundPays).toBe(704000);
    expect(filed.warnings.map((w) => w.code)).toContain('filing_long_term');
    expect(explain({ ...base, filing: 'temporary', admission: 1 }, bailu).result.fundPays).toBe(616000);
  });

  it('a model-1 policy says nothing of out-of-area care: --filing unfiled is unknown (exit 3)', async () => {
    const suizhou = parsePolicyText(policyText('suizhou'), 'suizhou.yaml');
    const claim: Claim = { ...base, city: 'suizhou', date: '2024-06-01', benefit: 'outpatient', tier: '1', amount: 200000, filing: 'unfiled' };
    expect(refusal(() => explain(claim, suizhou)).exitCode).toBe(3);
    // local (the default) is model 1 as before: (2000 − 500) × 80% = 1200
    expect(explain({ ...claim, filing: 'local' }, suizhou).result.fundPays).toBe(120000);
  });
});

describe('family.order (issue 20 #16)', () => {
  it('a policy that puts the family account first is applied: 800 owed, family 600 then own 200', () => {
    // both versions' order (the 2024 one decides this claim)
    const text = policyText('suizhou').replaceAll('      order:\n        values: [own_account, family]\n', '      order:\n        values: [family, own_account]\n');
    expect(text).not.toBe(policyText('suizhou'));
    const policy = parsePolicyText(text, 'suizhou.yaml');
    // Suizhou 2024 employee outpatient, tier 1, 2000: (2000 − 500) × 80% = 1200; the patient owes 800
    const claim: Claim = { ...base, city: 'suizhou', date: '2024-06-01', benefit: 'outpatient', tier: '1', amount: 200000, account: 50000, family: 60000, relation: 'spouse' };
    const r = explain(claim, policy).result;
    expect([r.familyPays, r.accountPays, r.cashDue]).toEqual([60000, 20000, 0]);
    // as bundled (own account first): own 500, family 300
    const bundled = explain(claim, parsePolicyText(policyText('suizhou'), 'suizhou.yaml')).result;
    expect([bundled.accountPays, bundled.familyPays, bundled.cashDue]).toEqual([50000, 30000, 0]);
  });
});

describe('calc with the model-2 flags', () => {
  it('--ytd-disease-fund per disease: 糖尿病 1000 + 高血压 500 used of the shared 1800 (白鹭 BL-09): fund 300.00', async () => {
    const out = await yibao([
      'calc', '--policy', 'examples/rulebooks/bailu.yaml', '--date', '2025-08-20', '--scheme', 'employee', '--status', 'active', '--benefit', 'chronic',
      '--tier', '2', '--amount', '2500', '--class-b-drugs', '500', '--diseases', '糖尿病,高血压', '--disease', '糖尿病', '--ytd-deductible', '300',
      '--ytd-fund', '1500', '--ytd-disease-fund', '糖尿病=1000', '--ytd-disease-fund', '高血压=500', '--json',
    ]);
    expect(out.code, out.stderr).toBe(0);
    const r = JSON.parse(out.stdout).result;
    expect([r.fund_before_cap, r.fund_pays, r.disease_limit, r.disease_limit_remaining]).toEqual(['1968.00', '300.00', '1800.00', '300.00']);
  });

  it('--tier takes a facility the policy names; one whose level it does not state is exit 3 naming it', async () => {
    const args = ['calc', '--policy', 'examples/rulebooks/bailu.yaml', '--date', '2025-06-30', '--scheme', 'employee', '--status', 'retired', '--amount', '400', '--ytd-deductible', '700'];
    const station = await yibao([...args, '--tier', '社区卫生服务站']);
    expect(station.code).toBe(3);
    expect(station.stderr).toContain('社区卫生服务站');
    // 社区卫生服务中心 = 一级 (一): 400 × (75% + 10) = 340.00
    const centre = await yibao([...args, '--tier', '社区卫生服务中心', '--json']);
    expect(centre.code, centre.stderr).toBe(0);
    const j = JSON.parse(centre.stdout);
    expect([j.claim.tier, j.claim.facility, j.result.fund_pays]).toEqual(['1', '社区卫生服务中心', '340.00']);
  });

  it('a bad model-2 value is a usage error naming its flag (exit 2)', async () => {
    const args = ['calc', '--policy', 'examples/rulebooks/bailu.yaml', '--date', '2025-06-30', '--scheme', 'employee', '--status', 'active', '--tier', '2', '--amount', '400'];
    for (const [flag, value] of [['--admission', '0'], ['--filing', 'abroad'], ['--grade', '九档'], ['--discharge-date', '2025-01-01'], ['--class-b-drugs', '-5']]) {
      const out = await yibao([...args, flag!, value!]);
      expect(out.code, `${flag} ${value}`).toBe(2);
      expect(out.stderr).toContain(flag!);
    }
  });
});

describe('a model-2 policy without the structures computes as model 1', () => {
  it('Suizhou as yibao.policy/2: every number and step of a grid of claims is model 1’s', () => {
    const v1 = parsePolicyText(policyText('suizhou'), 'suizhou.yaml');
    const v2 = parsePolicyText(policyText('suizhou').replace('schema: yibao.policy/1', 'schema: yibao.policy/2'), 'suizhou.yaml');
    expect(v2.schema).toBe('yibao.policy/2');
    let compared = 0;
    for (const status of ['active', 'retired'] as const) {
      for (const tier of ['1', '2', '3', 'community'] as const) {
        for (const [amount, outOfScope, ytdDeductible, ytdFund, account] of [[200000, 0, 0, 0, 0], [3333, 1111, 0, 0, 500], [123457, 0, 50000, 120000, 100000], [4567, 0, 20000, 0, 0], [99, 0, 50000, 0, 0]]) {
          const claim: Claim = { city: 'suizhou', date: '2024-06-01', scheme: 'employee', status, benefit: 'outpatient', tier, amount: amount!, outOfScope: outOfScope!, ytdDeductible: ytdDeductible!, ytdFund: ytdFund!, account: account!, family: 0 };
          const a = explain(claim, v1);
          const b = explain(claim, v2);
          expect(b.result).toEqual(a.result);
          expect(b.steps.map((s) => [s.key, s.amount])).toEqual(a.steps.map((s) => [s.key, s.amount]));
          compared++;
        }
      }
    }
    expect(compared).toBe(40);
  });
});
