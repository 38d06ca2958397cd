// `--format json`: the contract's shape and values. Every expected number is worked out by hand
// from policies/suizhou.yaml (2024-01-01 version, employee outpatient: deductible 500 active /
// 400 retired; ratio 80/70/60% by tier, community counts as tier 1; retirees +5 points; cap
// 1300 active / 1600 retired).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, json, yibao } from './calc-helpers.js';

describe('calc --json: the contract example', () => {
  it('Suizhou employee, active, tier 1, 2000: (2000 − 500) × 0.8 = 1200 from the fund, 800 cash', async () => {
    const out = await json(EXAMPLE);
    expect(Object.keys(out)).toEqual(['schema', 'tool', 'policy', 'claim', 'steps', 'result', 'warnings']);
    expect(out.schema).toBe('yibao.explanation/2');
    expect(out.tool).toEqual({ name: 'yibao', version: '0.1.0' });
    expect(out.policy).toMatchObject({ id: 'suizhou', name: '随州市', version: '2024-01-01' });
    const yaml = readFileSync(new URL('../../policies/suizhou.yaml', import.meta.url));
    expect(out.policy.sha256).toBe(createHash('sha256').update(yaml).digest('hex'));
    expect(out.result).toEqual({
      amount: '2000.00', out_of_scope: '0.00', in_scope: '2000.00', eligible: true,
      deductible: '500.00', deductible_applied: '500.00', ratio: '0.80',
      fund_before_cap: '1200.00', cap: '1300.00', cap_remaining: '1300.00',
      fund_pays: '1200.00', patient_share: '800.00', account_pays: '0.00', family_pays: '0.00', cash_due: '800.00',
      ytd_deductible_after: '500.00', ytd_fund_after: '1200.00',
      // explanation/2: Suizhou has none of policy model 2's layers, so they are 0 and null
      first_pay: '0.00', second_layer_pays: '0.00', assistance_pays: '0.00',
      ytd_burden_after: '0.00', ytd_second_after: '0.00', ytd_assistance_after: '0.00',
      second_layer: null, admission: null, bands: null,
      burden_added: '0.00', ytd_assistance_deductible_after: '0.00', ytd_benefit_fund_after: '1200.00',
      disease_limit: null, disease_limit_remaining: null,
      // additions: the treated disease's group and the deductible floor applied (none here)
      disease_group: null, deductible_floor: null, deductible_facility: null,
    });
    expect(out.warnings).toEqual([]);
  });

  it('normalizes every input of the claim, money as strings', async () => {
    const out = await json(EXAMPLE);
    expect(out.claim).toEqual({
      city: 'suizhou', date: '2024-06-01', scheme: 'employee', status: 'active', benefit: 'outpatient', tier: '1',
      amount: '2000.00', out_of_scope: '0.00', ytd_deductible: '0.00', ytd_fund: '0.00', account: '0.00', family: '0.00',
      relation: null, contribution: null, contribution_years_met: null,
      facility: null, admission: null, days: null, discharge_date: null, status_since: null, age: null, birth_date: null, previous_discharge: null,
      class_b: null, class_b_drugs: null, class_b_items: null, grade: null, disease: null, diseases: null,
      filing: 'local', assistance: null, disability: null, ytd_benefit_fund: '0.00', ytd_disease_fund: null, ytd_disease_deductible: null,
      ytd_burden: '0.00', ytd_second: '0.00', ytd_assistance: '0.00', ytd_assistance_deductible: '0.00',
      assistance_since: null, ytd_burden_since: null, where: null, retirement_processed: null,
      set: [],
    });
  });

  it('lists the steps in the contract order, each with key, title, amount, explain, source', async () => {
    const out = await json(EXAMPLE);
    const order = ['in_scope', 'eligibility', 'deductible', 'ratio', 'cap', 'fund', 'account', 'family', 'cash'];
    const keys: string[] = out.steps.map((s: { key: string }) => s.key);
    expect(keys.map((k) => order.indexOf(k))).toEqual([...keys.map((k) => order.indexOf(k))].sort((a, b) => a - b));
    for (const k of ['in_scope', 'deductible', 'ratio', 'fund', 'cash']) expect(keys).toContain(k);
    for (const s of out.steps) expect(Object.keys(s)).toEqual(['key', 'title', 'amount', 'explain', 'source']);
    const step = (k: string) => out.steps.find((s: { key: string }) => s.key === k);
    expect(step('deductible')).toMatchObject({ title: '起付线', amount: '500.00' });
    expect(step('deductible').source).toContain('起付线。在职人员500元,退休人员400元。');
    expect(step('fund').amount).toBe('1200.00');
    expect(step('cash').amount).toBe('800.00');
  });

  it('--lang en gives the step titles and explanations in English', async () => {
    const out = await json([...EXAMPLE, '--lang', 'en']);
    expect(out.steps.find((s: { key: string }) => s.key === 'deductible').title).toMatch(/deductible/i);
    expect(out.policy.name).toBe('随州市');
  });

  it('--format json is the same as --json', async () => {
    const a = await yibao([...EXAMPLE, '--format', 'json']);
    const b = await yibao([...EXAMPLE, '--json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('calc --compare', () => {
  it('active, 2000 yuan: tier 1 and community 80% → 1200/800, tier 2 70% → 1050/950, tier 3 60% → 900/1100', async () => {
    const out = await json([...EXAMPLE, '--compare']);
    expect(out.compare).toEqual([
      { tier: '1', ratio: '0.80', fund_pays: '1200.00', cash_due: '800.00' },
      { tier: '2', ratio: '0.70', fund_pays: '1050.00', cash_due: '950.00' },
      { tier: '3', ratio: '0.60', fund_pays: '900.00', cash_due: '1100.00' },
      { tier: 'community', ratio: '0.80', fund_pays: '1200.00', cash_due: '800.00' },
    ]);
  });

  it('retired, 1000 yuan at tier 3: (1000 − 400) × 85/75/65/85% = 510/450/390/510', async () => {
    const out = await json(['calc', '--date', '2024-06-01', '--scheme', 'employee', '--status', 'retired', '--tier', '3', '--amount', '1000', '--compare']);
    expect(out.result.fund_pays).toBe('390.00');
    expect(out.compare).toEqual([
      { tier: '1', ratio: '0.85', fund_pays: '510.00', cash_due: '490.00' },
      { tier: '2', ratio: '0.75', fund_pays: '450.00', cash_due: '550.00' },
      { tier: '3', ratio: '0.65', fund_pays: '390.00', cash_due: '610.00' },
      { tier: 'community', ratio: '0.85', fund_pays: '510.00', cash_due: '490.00' },
    ]);
  });

  it('the text table shows each tier with its ratio and amounts', async () => {
    const r = await yibao([...EXAMPLE, '--compare', '--no-color']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/二级医疗机构\s+70%\s+1,050\.00\s+950\.00/);
    expect(r.stdout).toMatch(/三级医疗机构\s+60%\s+900\.00\s+1,100\.00/);
    expect(r.stdout).toMatch(/社区卫生服务站\s+80%\s+1,200\.00\s+800\.00/);
  });

  it('without --compare there is no compare key', async () => {
    expect((await json(EXAMPLE)).compare).toBeUndefined();
  });
});

describe('calc --json errors', () => {
  it('prints {error: {code, message}} on stdout and the message on stderr, exit 2', async () => {
    const r = await yibao([...EXAMPLE.slice(0, -1), 'abc', '--json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['error']);
    expect(out.error.code).toBe('invalid_value');
    expect(out.error.message).toContain('--amount');
    expect(r.stderr).toContain(out.error.message);
  });

  it('an unknown flag with --json is a JSON error too', async () => {
    const r = await yibao([...EXAMPLE, '--json', '--bogus']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe('unknown_option');
    expect(r.stderr).toContain('--bogus');
  });

  it('a policy that cannot answer with --json: exit 3, code unknown_parameter, the --set hint in the message', async () => {
    const r = await yibao(['calc', '--date', '2024-06-01', '--scheme', 'resident', '--tier', '1', '--amount', '300', '--json', '--lang', 'en']);
    expect(r.code).toBe(3);
    const out = JSON.parse(r.stdout);
    expect(out.error.code).toBe('unknown_parameter');
    expect(out.error.message).toContain('--set outpatient.resident.ratio');
  });
});
