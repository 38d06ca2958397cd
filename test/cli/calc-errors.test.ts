// Every way `calc` refuses input: exit 2 for usage errors naming the flag, exit 3 when the policy
// cannot answer, messages in the user's language, never a stack trace.
import { describe, expect, it } from 'vitest';
import { EXAMPLE, employee, json, yibao } from './calc-helpers.js';

const withAmount = (amount: string, ...more: string[]) => employee('active', '1', amount, ...more);

function expectNoStack(stderr: string) {
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toContain('internal error');
  expect(stderr).not.toContain('内部错误');
}

describe('calc usage errors (exit 2, naming the flag)', () => {
  it.each([
    ['abc', 'not a number'],
    ['1.234', 'three decimals'],
    ['-5', 'negative'],
    ['100000000.01', 'over 100,000,000'],
    ['0', 'zero'],
  ])('--amount %s (%s)', async (amount) => {
    const r = await yibao(withAmount(amount));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--amount');
    expect(r.stderr).toMatch(/总费用/);
    expectNoStack(r.stderr);
    expect(r.stdout).toBe('');
  });

  it('--amount 100000000 (the upper bound) is accepted', async () => {
    expect((await json(withAmount('100000000'))).claim.amount).toBe('100000000.00');
  });

  it('the message is English with --lang en', async () => {
    const r = await yibao(withAmount('abc', '--lang', 'en'));
    expect(r.stderr).toMatch(/--amount: invalid total cost: "abc"/);
  });

  it.each([
    [['--out-of-scope', '2500'], '--out-of-scope'],
    [['--ytd-fund', '1.001'], '--ytd-fund'],
    [['--ytd-deductible', '-1'], '--ytd-deductible'],
    [['--account', 'lots'], '--account'],
    [['--family', '100'], '--relation'],
    [['--family', '100', '--relation', 'cousin'], '--relation'],
    [['--contribution', 'high'], '--contribution'],
    [['--date', '2024-02-30'], '--date'],
    [['--tier', '4'], '--tier'],
    [['--benefit', 'dental'], '--benefit'],
    [['--status', 'student'], '--status'],
    [['--set', 'outpatient.employee.deductible'], '--set'],
    [['--set', 'outpatient.employee.ratio=1.5'], '--set'],
    [['--format', 'xml'], '--format'],
    [['--lang', 'fr'], '--lang'],
  ])('%j names %s', async (extra, flag) => {
    const r = await yibao([...EXAMPLE, ...extra]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(flag);
    expectNoStack(r.stderr);
  });

  it('an account for a resident', async () => {
    const r = await yibao(['calc', '--date', '2024-06-01', '--scheme', 'resident', '--tier', '1', '--amount', '300', '--account', '50']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--account');
    expect(r.stderr).toContain('居民医保没有个人账户');
  });

  it('a status for a resident', async () => {
    const r = await yibao(['calc', '--date', '2024-06-01', '--scheme', 'resident', '--status', 'active', '--tier', '1', '--amount', '300']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--status');
  });

  it('an unknown city lists the known ones', async () => {
    const r = await yibao([...EXAMPLE, '--city', 'beijing']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('beijing');
    expect(r.stderr).toContain('suizhou');
  });

  it('a policy file that does not exist', async () => {
    const r = await yibao([...EXAMPLE, '--policy', '/nonexistent/policy.yaml']);
    expect(r.code).toBe(2);
    expectNoStack(r.stderr);
  });

  it('an unknown flag, in Chinese by default and in English with --lang en', async () => {
    const zh = await yibao([...EXAMPLE, '--bogus']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('未知选项 --bogus');
    const en = await yibao([...EXAMPLE, '--lang', 'en', '--bogus']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("unknown option '--bogus'");
  });

  it('a flag without its value', async () => {
    const r = await yibao(['calc', '--scheme', 'employee', '--amount']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--amount');
  });

  it('not interactive and a required value missing: names the flag (and the others missing)', async () => {
    const r = await yibao(['calc', '--scheme', 'employee', '--status', 'active', '--tier', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--amount: 缺少总费用/);
    const none = await yibao([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--scheme');
    expect(none.stderr).toContain('--tier');
    expect(none.stderr).toContain('--amount');
  });

  it('an employee without --status', async () => {
    const r = await yibao(['calc', '--scheme', 'employee', '--tier', '1', '--amount', '100', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--status');
  });
});

describe('calc policy errors (exit 3)', () => {
  it('Suizhou resident outpatient: the ratio is unknown, the message says how to --set it', async () => {
    const r = await yibao(['calc', '--date', '2024-06-01', '--scheme', 'resident', '--tier', '1', '--amount', '300']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('outpatient.resident.ratio');
    expect(r.stderr).toContain('--set outpatient.resident.ratio=');
    expectNoStack(r.stderr);
  });

  it('--set supplying the unknowns: exit 0, 300 × 50% = 150, each value marked as assumed by the user', async () => {
    const out = await json(['calc', '--date', '2024-06-01', '--scheme', 'resident', '--tier', '1', '--amount', '300',
      '--set', 'outpatient.resident.deductible=0', '--set', 'outpatient.resident.ratio=0.5']);
    expect(out.result).toMatchObject({ ratio: '0.50', fund_pays: '150.00', cash_due: '150.00' });
    const user = out.warnings.filter((w: { code: string }) => w.code === 'user_value').map((w: { path: string }) => w.path);
    expect(user.sort()).toEqual(['outpatient.resident.deductible', 'outpatient.resident.ratio']);
    const text = await yibao(['calc', '--date', '2024-06-01', '--scheme', 'resident', '--tier', '1', '--amount', '300',
      '--set', 'outpatient.resident.deductible=0', '--set', 'outpatient.resident.ratio=0.5', '--no-color']);
    expect(text.stdout).toContain('由用户通过 --set outpatient.resident.ratio 假定');
  });

  it('a 2023 date: the earlier version states no employee outpatient rules', async () => {
    const r = await yibao(['calc', '--date', '2023-06-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '2000']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('outpatient.employee');
    expectNoStack(r.stderr);
  });
});

describe('calc and stray words', () => {
  it('a mistyped command (plain `yibao` is calc, which takes no arguments): exit 2 pointing to --help', async () => {
    const zh = await yibao(['polcy', 'list']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('未知命令或多余的参数');
    expect(zh.stderr).toContain('yibao --help');
    const en = await yibao(['polcy', '--lang', 'en']);
    expect(en.stderr).toContain('unknown command or extra arguments');
  });
});
