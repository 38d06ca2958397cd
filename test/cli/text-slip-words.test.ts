// The text breakdown's deductible and account rules in the words of a settlement slip (issue 11,
// audit-11): the in-scope part the patient pays is 自付, 个人负担 is only the whole share, and a
// deductible already met says so instead of "尚余 0.00 元;…0.00 元". Suizhou 2024 employee
// outpatient (deductible 500 active / 400 retired, a calendar year; 80/70/60%, retirees +5 points).
import { describe, expect, it } from 'vitest';
import { employee, yibao } from './calc-helpers.js';

async function text(args: string[], lang: 'zh' | 'en' = 'zh'): Promise<string> {
  const r = await yibao([...args, '--lang', lang, '--no-color']);
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('text: the deductible and account rules', () => {
  it('the same retiree\'s second visit (400 met before): the deductible is said to be met, with no zero amounts in its rule', async () => {
    // 1000 × 75% = 750 under the 1600 − 450 = 1150 left.
    const zh = await text(employee('retired', '2', '1000', '--ytd-deductible', '400', '--ytd-fund', '450'));
    expect(zh).toContain('    年度起付线 400.00 元,本年已累计 400.00 元,已经付满;本次不再付起付线。\n');
    expect(zh).not.toContain('尚余 0.00 元');
    const en = await text(employee('retired', '2', '1000', '--ytd-deductible', '400', '--ytd-fund', '450'), 'en');
    expect(en).toContain('    Annual deductible 400.00; 400.00 already met this year, so it is met: nothing of this claim goes to it.\n');
    // the header names the scheme and the status as a phrase ("employee insurance retired" read as one)
    expect(en.split('\n')[0]).toBe('Suizhou · employee insurance, retired · general outpatient · tier-2 facility · 2024-06-01');
  });

  it('the deductible met by this visit and the account: 自付, never 个人负担, for the in-scope part the patient pays', async () => {
    // 500 met now; (1000 − 500) × 80% = 400; in scope left 1000 − 400 = 600, the account pays 100 of it.
    const zh = await text(employee('active', '1', '1000', '--account', '100'));
    expect(zh).toContain('    年度起付线 500.00 元,本年已累计 0.00 元,尚余 500.00 元;本次计入起付线 500.00 元,由个人自付。\n');
    expect(zh).toContain('    个人账户余额 100.00 元,用于政策范围内个人自付的 600.00 元,支付 100.00 元。\n');
    // 个人负担 only for the whole share: 1000 − 400 = 600
    expect(zh.match(/个人负担[^\n]*/g)).toEqual(['个人负担 1000.00 − 400.00 = 600.00 元。']);
  });

  it('nothing in scope (all 800 out of scope): the rule says nothing of this visit goes to the deductible', async () => {
    const zh = await text(employee('active', '1', '800', '--out-of-scope', '800'));
    expect(zh).toContain('    年度起付线 500.00 元,本年已累计 0.00 元,尚余 500.00 元;本次没有政策范围内费用计入起付线。\n');
    const en = await text(employee('active', '1', '800', '--out-of-scope', '800'), 'en');
    expect(en).toContain('    Annual deductible 500.00; 0.00 already met this year, 500.00 left; nothing of this claim goes to it (no in-scope amount).\n');
  });

  it('a deductible of 0 that the sources do not state is not written as a rule: a reading (Suizhou chronic, 取消起付线) and a --set (Hanzhong)', async () => {
    const chronic = await text(['calc', '--date', '2024-06-01', '--benefit', 'chronic', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '1000',
      '--set', 'chronic.employee.ratio=0.8']);
    expect(chronic).toContain('    按不设起付线计算(这是对原文的理解):政策范围内费用全部按比例报销。\n');
    expect(chronic).not.toContain('不设起付线(0 元)');
    const hz = ['calc', '--city', 'hanzhong', '--date', '2024-03-01', '--scheme', 'resident', '--tier', '1', '--amount', '400',
      '--set', 'outpatient.resident.deductible=0', '--set', 'outpatient.resident.ratio=0.5'];
    expect(await text(hz, 'en')).toContain('    Worked out with no deductible (assumed by the user with --set): the whole in-scope amount goes to the ratio.\n');
  });

  it('a ratio that is inferred or rests on a reading says so after its rule (Xianning 50%, the Suizhou retiree uplift)', async () => {
    const xn = await text(['calc', '--city', 'xianning', '--date', '2024-01-02', '--scheme', 'resident', '--tier', '2', '--amount', '300']);
    // 300 × 50% = 150
    expect(xn).toContain('    报销比例 50%;起付线以上的 300.00 元 × 50% = 150.00 元。(此数值由原文推算,并非明文规定。)\n');
    // (1000 − 400) × 75% = 450
    const sz = await text(employee('retired', '2', '1000'), 'en');
    expect(sz).toContain('= 450.00. (This rests on a reading of the source: see below.)\n');
    // a stated ratio has no such note: (1000 − 500) × 70% = 350
    expect(await text(employee('active', '2', '1000'))).toContain('    二级医疗机构报销比例 70%;起付线以上的 500.00 元 × 70% = 350.00 元。\n');
  });

  it('a cap that rests on a reading says so after its rule (Jiayu: "年度最高可支付1000元" read as the outpatient cap)', async () => {
    // a retiree who met the years, 400 × 50% = 200 under the 1000 cap (deductible 0 assumed)
    const jy = await text(['calc', '--city', 'jiayu', '--date', '2012-10-01', '--scheme', 'employee', '--status', 'retired', '--tier', '1', '--amount', '400',
      '--contribution-years-met', 'yes', '--set', 'outpatient.employee.deductible=0']);
    expect(jy).toContain('    年度封顶线 1000.00 元,本年基金已支付 0.00 元,尚可支付 1000.00 元;本次未达到封顶线。(其中有对原文的理解,见下方“请注意”。)\n');
  });
});
