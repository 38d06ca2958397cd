// parseClaim: raw strings to the engine's Claim (defaults, Chinese words, exact fen, the
// first problem named by its field), and the fields a wizard still has to ask.
import { describe, expect, test } from 'vitest';
import { flagName, missingFields, requiredFields, isCalendarDate, type RawClaim } from '../../src/claim/index.js';
import { claimOk, claimProblem } from './helpers.js';

const defaults = { city: 'suizhou', date: '2024-05-01' };
const base: RawClaim = { scheme: 'employee', status: 'active', tier: '1', amount: '2000' };

const ok = (raw: RawClaim) => claimOk(raw, defaults);
const problem = (raw: RawClaim) => claimProblem(raw, defaults);

describe('parseClaim', () => {
  test('normalizes a minimal claim with defaults', () => {
    expect(ok(base)).toEqual({
      city: 'suizhou', date: '2024-05-01', scheme: 'employee', status: 'active', benefit: 'outpatient', tier: '1',
      amount: 200000, outOfScope: 0, ytdDeductible: 0, ytdDeductibleFrom: 'unsaid', ytdFund: 0, account: 0, family: 0,
    });
  });

  test('says whether the deductible met this year was given (the engine infers it from a fund payment only when not)', () => {
    expect(ok({ ...base, ytd_fund: '450' }).ytdDeductibleFrom).toBe('unsaid');
    expect(ok({ ...base, ytd_deductible: '0', ytd_fund: '450' }).ytdDeductibleFrom).toBeUndefined();
    expect(ok({ ...base, ytd_deductible: '300' }).ytdDeductibleFrom).toBeUndefined();
  });

  test('accepts the Chinese words of the contract', () => {
    const c = ok({ scheme: '职工', status: '退休', tier: '社区', benefit: '门诊慢特病', amount: '1', family: '1', relation: '外祖父母' });
    expect([c.scheme, c.status, c.tier, c.benefit, c.relation]).toEqual(['employee', 'retired', 'community', 'chronic', 'grandparent']);
    expect(ok({ scheme: '居民', tier: '三级', benefit: '住院', amount: '1' })).toMatchObject({ scheme: 'resident', tier: '3', benefit: 'inpatient' });
    expect(ok({ ...base, benefit: '门诊' }).benefit).toBe('outpatient');
    expect(ok({ ...base, benefit: '慢特病' }).benefit).toBe('chronic');
    expect(ok({ ...base, tier: '二级' }).tier).toBe('2');
    expect(ok({ ...base, tier: '一级' }).tier).toBe('1');
    expect(ok({ ...base, status: '在职', scheme: 'EMPLOYEE' }).status).toBe('active');
    for (const [word, id] of [['配偶', 'spouse'], ['父母', 'parent'], ['子女', 'child'], ['兄弟姐妹', 'sibling'], ['祖父母', 'grandparent'], ['孙子女', 'grandchild'], ['外孙子女', 'grandchild']]) {
      expect(ok({ ...base, family: '1', relation: word }).relation).toBe(id);
    }
  });

  test('reads every amount as exact fen', () => {
    const c = ok({ ...base, amount: '1234.56', out_of_scope: '0.06', ytd_deductible: '100.5', ytd_fund: '0', account: '10', family: '20.01', relation: 'spouse' });
    expect([c.amount, c.outOfScope, c.ytdDeductible, c.ytdFund, c.account, c.family]).toEqual([123456, 6, 10050, 0, 1000, 2001]);
  });

  test('full-width digits and a trailing 元 are read as typed on a Chinese keyboard', () => {
    expect(ok({ ...base, amount: '１２０．５０', account: '30元' })).toMatchObject({ amount: 12050, account: 3000 });
    expect(ok({ ...base, contribution: '８５％' }).contribution).toBe(8500);
    expect(problem({ ...base, amount: '一百' })).toMatchObject({ field: 'amount', code: 'invalid' });
  });

  test('blank cells count as not given', () => {
    expect(ok({ ...base, out_of_scope: '', relation: ' ', contribution: '' }).outOfScope).toBe(0);
    expect(problem({ ...base, amount: '  ' })).toMatchObject({ field: 'amount', code: 'missing' });
  });

  test('contribution as 0.85 or 85%', () => {
    expect(ok({ ...base, contribution: '0.85' }).contribution).toBe(8500);
    expect(ok({ ...base, contribution: '85%' }).contribution).toBe(8500);
    expect(problem({ ...base, contribution: '85' })).toMatchObject({ field: 'contribution', code: 'invalid' });
    expect(problem({ ...base, contribution: 'high' })).toMatchObject({ field: 'contribution', code: 'invalid' });
  });

  test.each([
    ['amount', '12.345'],
    ['amount', '-5'],
    ['amount', 'abc'],
    ['amount', '100000000.01'],
    ['amount', '1e5'],
    ['out_of_scope', '1.001'],
    ['ytd_fund', '-1'],
    ['account', '100000001'],
  ] as const)('a bad %s (%s) is invalid and names the field', (field, value) => {
    const p = problem({ ...base, [field]: value });
    expect(p).toMatchObject({ field, code: 'invalid' });
    expect(p.message.en).toContain(value);
  });

  test('amount must be above 0 and at most 100,000,000', () => {
    expect(problem({ ...base, amount: '0' })).toMatchObject({ field: 'amount', code: 'invalid' });
    expect(problem({ ...base, amount: '0.00' }).message.zh).toContain('大于0');
    expect(ok({ ...base, amount: '100000000' }).amount).toBe(10_000_000_000);
  });

  test('required fields are missing, in order', () => {
    expect(problem({})).toMatchObject({ field: 'scheme', code: 'missing' });
    expect(problem({ scheme: 'employee' })).toMatchObject({ field: 'status', code: 'missing' });
    expect(problem({ scheme: 'resident' })).toMatchObject({ field: 'tier', code: 'missing' });
    expect(problem({ scheme: 'resident', tier: '1' })).toMatchObject({ field: 'amount', code: 'missing' });
  });

  test('unknown words list the choices', () => {
    const p = problem({ ...base, tier: '4' });
    expect(p).toMatchObject({ field: 'tier', code: 'invalid' });
    expect(p.message.en).toContain('community (社区, 社区卫生服务站)');
    expect(problem({ ...base, relation: 'cousin', family: '1' })).toMatchObject({ field: 'relation', code: 'invalid' });
    expect(problem({ ...base, benefit: 'dental' })).toMatchObject({ field: 'benefit', code: 'invalid' });
  });

  test('cross-field rules', () => {
    expect(problem({ ...base, amount: '100', out_of_scope: '100.01' })).toMatchObject({ field: 'out_of_scope', code: 'invalid' });
    expect(ok({ ...base, amount: '100', out_of_scope: '100' }).outOfScope).toBe(10000);
    expect(problem({ scheme: 'resident', tier: '1', amount: '1', account: '0.01' })).toMatchObject({ field: 'account', code: 'invalid' });
    expect(ok({ scheme: 'resident', tier: '1', amount: '1', account: '0' }).account).toBe(0);
    expect(problem({ ...base, family: '10' })).toMatchObject({ field: 'relation', code: 'missing' });
    expect(ok({ ...base, family: '0', relation: 'sibling' }).relation).toBe('sibling');
  });

  test('a status given for a resident is an error, not silently dropped', () => {
    const p = problem({ scheme: 'resident', status: 'retired', tier: '1', amount: '1' });
    expect(p).toMatchObject({ field: 'status', code: 'invalid' });
    expect(p.message.en).toContain('employees only');
  });

  test('dates are real calendar dates', () => {
    expect(ok({ ...base, date: '2024-02-29' }).date).toBe('2024-02-29');
    expect(problem({ ...base, date: '2023-02-29' })).toMatchObject({ field: 'date', code: 'invalid' });
    expect(problem({ ...base, date: '2024-13-01' })).toMatchObject({ field: 'date' });
    expect(ok({ ...base, date: '2024-5-1' }).date).toBe('2024-05-01');
    expect(problem({ ...base, date: '2024-4-31' })).toMatchObject({ field: 'date' });
    expect(problem({ ...base, date: 'yesterday' })).toMatchObject({ field: 'date' });
    expect([isCalendarDate('2024-04-31'), isCalendarDate('2024-04-30'), isCalendarDate('2000-02-29'), isCalendarDate('1900-02-29')]).toEqual([false, true, true, false]);
  });

  test('city defaults and is normalized', () => {
    expect(ok({ ...base, city: 'Xianning' }).city).toBe('xianning');
    expect(problem({ ...base, city: '../etc' })).toMatchObject({ field: 'city', code: 'invalid' });
  });

  test('messages come in both languages and never echo a huge value', () => {
    const p = problem({ ...base, amount: 'x'.repeat(10000) });
    expect(p.message.zh.length).toBeLessThan(200);
    expect(p.message.en.length).toBeLessThan(250);
    expect(p.message.zh).toContain('总费用');
    expect(p.message.en).toContain('total cost');
  });
});

test('flagName turns a field into its flag', () => {
  expect(['out_of_scope', 'ytd_deductible', 'amount'].map(flagName)).toEqual(['--out-of-scope', '--ytd-deductible', '--amount']);
});

describe('requiredFields / missingFields', () => {
  test('scheme, tier, amount always; status for employees; relation with a family balance', () => {
    expect(requiredFields({})).toEqual(['scheme', 'tier', 'amount']);
    expect(requiredFields({ scheme: '职工' })).toEqual(['scheme', 'status', 'tier', 'amount']);
    expect(requiredFields({ scheme: 'resident', family: '10' })).toEqual(['scheme', 'tier', 'amount', 'relation']);
    expect(requiredFields({ scheme: 'resident', family: '0' })).toEqual(['scheme', 'tier', 'amount']);
  });
  test('only what is not given yet', () => {
    expect(missingFields({ scheme: 'employee', amount: '100' })).toEqual(['status', 'tier']);
    expect(missingFields({ ...base })).toEqual([]);
    expect(missingFields({ ...base, family: '5', relation: '' })).toEqual(['relation']);
  });
});
