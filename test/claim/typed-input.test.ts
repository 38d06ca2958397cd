// Input as people type it: full-width digits and dashes from a Chinese keyboard accepted in
// every field alike, a blank value typed on purpose refused for fields with a default, and
// --set errors that say exactly what is wrong with the whole argument in view.
import { describe, expect, test } from 'vitest';
import { blankGiven, parseOverride, type RawClaim } from '../../src/claim/index.js';
import { halfWidth } from '../../src/text/width.js';
import { yibao } from '../cli/calc-helpers.js';
import { claimOk, overrideError as setError } from './helpers.js';

const defaults = { city: 'suizhou', date: '2024-06-01' };
const base: RawClaim = { scheme: 'employee', status: 'active', tier: '1', amount: '2000' };

const claim = (raw: RawClaim) => claimOk(raw, defaults);

describe('full-width input, once for every field', () => {
  test('halfWidth: digits, letters, point, percent, hyphens and the ideographic space', () => {
    expect(halfWidth('２０２４－０５－０１')).toBe('2024-05-01');
    expect(halfWidth('１２０．５０')).toBe('120.50');
    expect(halfWidth('８５％')).toBe('85%');
    expect(halfWidth('２０２４–０５‐０１')).toBe('2024-05-01');
    expect(halfWidth('ｅｍｐｌｏｙｅｅ\u3000')).toBe('employee ');
    expect(halfWidth('一级')).toBe('一级');
  });

  test('--tier １ and --date ２０２４－０５－０１ are read like the amount ２０００', () => {
    const c = claim({ ...base, tier: '１', date: '２０２４－０５－０１', amount: '２０００' });
    expect([c.tier, c.date, c.amount]).toEqual(['1', '2024-05-01', 200000]);
  });

  test('full-width contribution and --set value', () => {
    expect(claim({ ...base, contribution: '８５％' }).contribution).toBe(8500);
    const r = parseOverride('outpatient.employee.deductible=６００');
    expect(r.ok && r.override.param !== 'rule' && r.override.exact).toBe(60000);
  });

  test('the calc command accepts them end to end (Suizhou tier 1: 2000 − 500 deductible at 80% = 1200.00)', async () => {
    const r = await yibao(['calc', '--date', '２０２４－０６－０１', '--scheme', 'employee', '--status', 'active', '--tier', '１', '--amount', '２０００', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).result.fund_pays).toBe('1200.00');
  });
});

describe('a blank value typed on purpose', () => {
  test('blankGiven names the first defaulted field given blank', () => {
    expect(blankGiven({ ...base, date: '' })).toMatchObject({ field: 'date', code: 'invalid' });
    expect(blankGiven({ ...base, out_of_scope: '  ' })).toMatchObject({ field: 'out_of_scope' });
    expect(blankGiven({ ...base, date: undefined })).toBeUndefined();
    expect(blankGiven(base)).toBeUndefined();
  });

  test('calc --date "": exit 2 naming --date, zh and en', async () => {
    const args = ['calc', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '2000', '--date', ''];
    const zh = await yibao(args);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe('yibao: --date: 就诊日期不能为空(不给出时才使用默认值)。\n');
    const en = await yibao([...args, '--lang', 'en']);
    expect(en.stderr).toBe('yibao: --date: the date of the visit cannot be empty (the default applies only when it is left out).\n');
  });

  test('calc --city "": exit 2 naming --city, not Suizhou', async () => {
    const r = await yibao(['calc', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '2000', '--city', '']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('yibao: --city: 城市不能为空(不给出时才使用默认值)。\n');
  });
});

describe('--set errors', () => {
  test('an unknown benefit is named, with the form', () => {
    const m = setError('foo=1');
    expect(m.zh).toBe('--set "foo=1" 无效:未知的待遇 "foo"(可选:outpatient, inpatient, chronic)。格式为 <待遇>.<险种>.<参数>[.<键>]=<值>,例如 outpatient.employee.deductible=600;或“无法计算”时提示的路径=<值>,例如 assistance.groups.低保对象.cap=60000。');
    expect(m.en).toBe('invalid --set "foo=1": unknown benefit "foo" (expected outpatient, inpatient, chronic). The form is <benefit>.<scheme>.<param>[.<key>]=<value>, e.g. outpatient.employee.deductible=600, or the path a "cannot compute" names =<value>, e.g. assistance.groups.低保对象.cap=60000.');
  });

  test('the whole argument is shown up to 80 characters', () => {
    expect(setError('outpatient.employee.retiree_bonus.retired=0.05').en).toMatch(/^invalid --set "outpatient\.employee\.retiree_bonus\.retired=0\.05": retiree_bonus is a single value and takes no key\./);
    const long = `outpatient.employee.ratio=${'9'.repeat(100)}`;
    expect(setError(long).en).toContain(`"${long.slice(0, 79)}…"`);
  });

  test('each part of the path: missing, unknown, too many; and a missing value', () => {
    expect(setError('outpatient').en).toContain('the path has no scheme (employee, resident).');
    expect(setError('outpatient.employee=5').en).toContain('the path has no parameter (deductible, ratio, retiree_bonus, cap, disease_limit).');
    expect(setError('outpatient.farmer.deductible=5').en).toContain('unknown scheme "farmer" (expected employee, resident).');
    expect(setError('outpatient.employee.copay=5').en).toContain('unknown parameter "copay"');
    expect(setError('outpatient.employee.ratio.4=0.5').en).toContain('unknown key "4" (expected active, retired, 1, 2, 3, community).');
    expect(setError('outpatient.employee.deductible.active.1=5').en).toContain('the path has 5 parts; it has at most 4.');
    expect(setError('outpatient.employee.deductible').en).toContain('there is no "=<value>".');
    expect(setError('=5').zh).toContain('路径缺少待遇(outpatient, inpatient, chronic)。');
  });
});
