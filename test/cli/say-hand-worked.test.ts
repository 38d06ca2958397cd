// The audit of issue 11 (notes/audit-11.md): claims across the five cities worked out by hand
// from policies/*.yaml and the seeds, read as `--format say` in both languages, and the error
// of a claim the sources cannot answer. Each case's arithmetic is in its comment.
// Suizhou 2024 employee outpatient: deductible 500 active / 400 retired, a calendar year;
// ratios 80/70/60% (community = tier 1), retirees 5 points more (a reading); cap 1300 / 1600.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { yibao } from './calc-helpers.js';

async function say(args: string[], lang: 'zh' | 'en' = 'zh'): Promise<string> {
  const r = await yibao(['calc', ...args, '--format', 'say', '--lang', lang]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

const SZ = ['--date', '2024-06-01', '--scheme', 'employee'];

describe('say: Suizhou employees, hand-worked', () => {
  it('the README claim: tier 3, 3000 with 200 out of scope, the 500 deductible met, 1000 paid, own account 150, spouse 500', async () => {
    // in scope 2800; deductible met before; 2800 × 60% = 1680 > 1300 − 1000 = 300 left:
    // fund 300; share 3000 − 300 = 2700 (200 out of scope); account min(2500, 150) = 150;
    // spouse min(2350, 500) = 500; cash 2700 − 150 − 500 = 2050.
    // (Its old form, 300 met beside 1000 paid, cannot be true under a yearly deductible: test/cli/year-so-far.test.ts.)
    const args = [...SZ, '--status', 'active', '--tier', '3', '--amount', '3000', '--out-of-scope', '200', '--ytd-deductible', '500',
      '--ytd-fund', '1000', '--account', '150', '--family', '500', '--relation', '配偶'];
    expect(await say(args)).toBe(
      '您这次门诊总费用3000元。其中200元不在医保范围内,要自费。今年的起付线500元之前已经付满了。' +
        '医保范围内的2800元按60%报销,本来能报1680元。但今年的封顶线只剩300元了,统筹基金支付300元。' +
        '您个人负担2700元,其中自费200元。个人账户付150元,家庭共济账户付500元,您再付现金2050元。\n',
    );
    expect(await say(args, 'en')).toBe(
      'Your visit cost 3,000 yuan in total. 200 yuan of it is outside the insurance scope, so you pay that yourself. ' +
        "This year's deductible of 500 yuan was already met before this visit. 60% of the 2,800 yuan within scope is reimbursed. " +
        "That would be 1,680 yuan, but only 300 yuan is left under this year's cap. The fund pays 300 yuan. " +
        'Your share is 2,700 yuan, of which 200 yuan is outside the scope. Your personal account pays 150 yuan. ' +
        'The family mutual-aid account pays 500 yuan. You pay 2,050 yuan in cash.\n',
    );
  });

  it('a retiree at a community station: 2500 meets 400, (2100 × 85% = 1785) stops at the 1600 cap, the account pays all 900', async () => {
    const args = [...SZ, '--status', 'retired', '--tier', 'community', '--amount', '2500', '--account', '3000'];
    expect(await say(args)).toBe(
      '您这次门诊总费用2500元。今年的起付线是400元。这次先付满起付线,这400元由您自付。剩下的2100元按85%报销,本来能报1785元。' +
        '但封顶线是每年最多报1600元,统筹基金支付1600元。您个人负担900元。个人账户付900元,不用再付现金。' +
        '退休人员比例按提高5个百分点算,这是对原文的理解。\n',
    );
  });

  it('the cap used up (1300 paid before): the fund pays nothing, and the cap is said as used up, not as "只剩"', async () => {
    // 1300 paid this year under a yearly deductible: the 500 was met (inferred, said once at the end);
    // 2000 × 80% = 1600, but 1300 − 1300 = 0 left.
    const out = await say([...SZ, '--status', 'active', '--tier', '1', '--amount', '2000', '--ytd-fund', '1300']);
    expect(out).toBe(
      '您这次门诊总费用2000元。今年的起付线500元之前已经付满了。这2000元按80%报销。' +
        '但今年的封顶线1300元已经用完了,统筹基金这次不报销。您个人负担2000元。今年统筹已经报过,起付线按已付满算,这是推算的。\n',
    );
  });

  it('a retiree with the deductible met and 450 paid: 1000 × 65% = 650 fits under the 1150 left, so no cap sentence', async () => {
    const out = await say([...SZ, '--status', 'retired', '--tier', '3', '--amount', '1000', '--ytd-deductible', '400', '--ytd-fund', '450']);
    expect(out).toBe(
      '您这次门诊总费用1000元。今年的起付线400元之前已经付满了。这1000元按65%报销,统筹基金支付650元。您个人负担350元。' +
        '退休人员比例按提高5个百分点算,这是对原文的理解。\n',
    );
    expect(out).not.toContain('封顶线');
  });

  it('a 2026 visit uses the 2024 rules and says so: the retiree at tier 2, 1000 → 450', async () => {
    const args = ['--date', '2026-03-01', '--scheme', 'employee', '--status', 'retired', '--tier', '2', '--amount', '1000'];
    expect(await say(args)).toBe(
      '您这次门诊总费用1000元。今年的起付线是400元。这次先付满起付线,这400元由您自付。剩下的600元按75%报销,统筹基金支付450元。' +
        '您个人负担550元。退休人员比例按提高5个百分点算,这是对原文的理解。政策资料只写到2024年,之后如有调整这里没有算进去。\n',
    );
    expect(await say(args, 'en')).toContain('The policy sources go up to 2024; any later change is not included.\n');
  });

  it('chronic care 2024: "取消起付线" is a reading, so no deductible is never said in the law\'s voice (ratio 80% assumed: 1000 → 800)', async () => {
    const args = ['--date', '2024-06-01', '--benefit', 'chronic', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '1000',
      '--set', 'chronic.employee.ratio=0.8'];
    expect(await say(args)).toBe(
      '您这次慢特病门诊总费用1000元。这次按不设起付线算。这1000元按80%报销,统筹基金支付800元。您个人负担200元。' +
        '“取消起付线”按不设起付线算,这是对原文的理解。报销比例80%是按假定的数字算的。政策没有写明封顶线,这里按没达到封顶线算。\n',
    );
    expect(await say(args, 'en')).toBe(
      'Your visit cost 1,000 yuan in total. This is worked out with no deductible. 80% of the 1,000 yuan within scope is reimbursed. ' +
        'The fund pays 800 yuan. Your share is 200 yuan. "Deductible abolished" is taken as no deductible at all; this is a reading of the source. ' +
        'The ratio of 80% is an assumed value. The policy states no cap, so this assumes the cap is not reached.\n',
    );
  });
});

describe('say: a Suizhou resident\'s hospital stay cut by the basic cap (deductible 1000 and 70% assumed)', () => {
  // (200000 − 1000) × 70% = 139300; 150000 − 100000 = 50000 left: fund 50000; share 150000. The
  // residents' basic cap used as the fund's yearly inpatient cap is a reading, as the employees' is.
  const args = ['--date', '2024-06-01', '--benefit', 'inpatient', '--scheme', 'resident', '--tier', '3', '--amount', '200000', '--ytd-fund', '100000',
    '--set', 'inpatient.resident.deductible=1000', '--set', 'inpatient.resident.ratio=0.7'];

  it('zh: the cap that cut it is said to rest on a reading', async () => {
    expect(await say(args)).toBe(
      '您这次住院总费用200000元。这次的起付线是1000元。这次先付满起付线,这1000元由您自付。剩下的199000元按70%报销,本来能报139300元。' +
        '但今年的封顶线只剩50000元了,统筹基金支付50000元。您个人负担150000元。起付线1000元是按假定的数字算的。报销比例70%是按假定的数字算的。' +
        '基本医保封顶线按统筹基金每年最多支付的数额算,这是对原文的理解。政策没写起付线按年还是按次算,这次按全额起付线算。' +
        '超过封顶线的部分可能由大病保险报销,具体政策没写明,这里没算。\n',
    );
  });

  it('en: a hospital stay, and amounts grouped the same way in the clauses as in the sentences', async () => {
    const out = await say(args, 'en');
    expect(out).toMatch(/^Your hospital stay cost 200,000 yuan in total\. This stay's deductible is 1,000 yuan\. This stay meets it first: you pay those 1,000 yuan yourself\. /);
    expect(out).not.toContain('visit');
    expect(out).toContain(' The deductible of 1,000 yuan is an assumed value. ');
    expect(out).toContain(' The basic cap is taken as the most the fund pays in a year; this is a reading of the source. ');
  });
});

describe('say: the other cities, hand-worked', () => {
  it('Xianning, Xiaomei\'s 300-yuan visit: no deductible and 50% are inferred, so neither is said as a rule', async () => {
    // 300 × 50% = 150; her mother's account pays the other 150; no cash.
    const args = ['--city', 'xianning', '--date', '2024-01-02', '--scheme', 'resident', '--tier', '2', '--amount', '300', '--family', '150', '--relation', 'child'];
    expect(await say(args)).toBe(
      '您这次门诊总费用300元。这次按不设起付线算。这300元按50%报销,统筹基金支付150元。您个人负担150元。家庭共济账户付150元,不用再付现金。' +
        '不设起付线是根据原文推算的。报销比例50%是根据原文推算的。事例里的50%按各级医疗机构都适用算,这是对原文的理解。' +
        '政策没有写明封顶线,这里按没达到封顶线算。\n',
    );
    expect(await say(args, 'en')).toBe(
      'Your visit cost 300 yuan in total. This is worked out with no deductible. 50% of the 300 yuan within scope is reimbursed. ' +
        'The fund pays 150 yuan. Your share is 150 yuan. The family mutual-aid account pays 150 yuan. Nothing is left to pay in cash. ' +
        'Having no deductible is worked out from the source. The ratio of 50% is worked out from the source. ' +
        'The 50% of the example is applied at every tier; this is a reading of the source. The policy states no cap, so this assumes the cap is not reached.\n',
    );
    expect(await say(args)).not.toContain('这项待遇不设起付线');
  });

  it('Jiayu, a retiree who met the contribution years at 70%: every benefit, 400 × 50% = 200 with an assumed deductible of 0', async () => {
    const args = ['--city', 'jiayu', '--date', '2012-10-01', '--scheme', 'employee', '--status', 'retired', '--tier', '1', '--amount', '400',
      '--contribution', '0.7', '--contribution-years-met', 'yes', '--set', 'outpatient.employee.deductible=0'];
    expect(await say(args)).toBe(
      '您这次门诊总费用400元。这次按不设起付线算。这400元按50%报销,统筹基金支付200元。您个人负担200元。不设起付线是按假定算的。' +
        '原文的50%、45%、40%按一、二、三级医疗机构依次算,这是对原文的理解。“年度最高可支付1000元”按门诊统筹封顶线算,这是对原文的理解。\n',
    );
  });

  it('Jiayu, the same retiree without saying the years: refused by the bands, as a reading, never "按政策"', async () => {
    const args = ['--city', 'jiayu', '--date', '2012-10-01', '--scheme', 'employee', '--status', 'retired', '--tier', '1', '--amount', '400',
      '--contribution', '0.7', '--set', 'outpatient.employee.deductible=0'];
    expect(await say(args)).toBe(
      '您这次门诊总费用400元。统筹基金这次按不能报销算:缴费水平是平均工资的70%,不到要求的80%。您个人负担400元。' +
        '没说达到规定缴费年限的退休人员按缴费档次算,这是对原文的理解。\n',
    );
    // JSON: the warning names the rule as the tool states it (not as "原文", since it is not verbatim),
    // with nothing the source does not say ("不论缴费档次"), and the parameter path
    const j = JSON.parse((await yibao(['calc', ...args, '--json'])).stdout);
    expect(j.warnings.map((w: { code: string; path?: string }) => [w.code, w.path])).toEqual([['contribution_years', 'outpatient.employee.eligibility.years_rule']]);
    expect(j.warnings[0].message).toMatch(/^规定:达到规定缴费年限的退休人员享受个人账户、普通门诊统筹、住院报销和门诊慢性病补助待遇（规定缴费年限：累计男满30年、女满25年，且实际缴费年限达到省规定）。/);
    expect(j.warnings[0].message).not.toContain('不论缴费档次');
  });

  it('Hanzhong, a sibling: the closed list "配偶、父母、子女" refuses the account by the rule; deductible 0 and 50% assumed', async () => {
    // 400 × 50% = 200; the sibling's 500 pays nothing; cash 200. 2024-03-01 is after the 2023-02-10 source.
    const args = ['--city', 'hanzhong', '--date', '2024-03-01', '--scheme', 'resident', '--tier', '1', '--amount', '400', '--family', '500', '--relation', 'sibling',
      '--set', 'outpatient.resident.deductible=0', '--set', 'outpatient.resident.ratio=0.5'];
    expect(await say(args)).toBe(
      '您这次门诊总费用400元。这次按不设起付线算。这400元按50%报销,统筹基金支付200元。您个人负担200元。家庭共济这次用不上:政策的共济范围不含兄弟姐妹。' +
        '不设起付线是按假定算的。报销比例50%是按假定的数字算的。政策没有写明封顶线,这里按没达到封顶线算。政策资料只写到2023年,之后如有调整这里没有算进去。\n',
    );
  });

  it('Weihai, a parent: the source has no family circle, so the account is counted as not paying, said as such', async () => {
    // 100 × 50% = 50; cash 50.
    const args = ['--city', 'weihai', '--date', '2024-03-01', '--scheme', 'resident', '--tier', '1', '--amount', '100', '--family', '100', '--relation', 'parent',
      '--set', 'outpatient.resident.deductible=0', '--set', 'outpatient.resident.ratio=0.5'];
    expect(await say(args, 'en')).toBe(
      'Your visit cost 100 yuan in total. This is worked out with no deductible. 50% of the 100 yuan within scope is reimbursed. The fund pays 50 yuan. ' +
        'Your share is 50 yuan. The relative\'s account is counted as not paying: the policy does not describe the family circle. ' +
        'This policy version\'s start date is not stated. Having no deductible is an assumed value. The ratio of 50% is an assumed value. ' +
        'The policy states no cap, so this assumes the cap is not reached.\n',
    );
  });
});

describe('a claim the sources cannot answer says what they do state (as the wizard\'s stop screen)', () => {
  it('a Suizhou resident: exit 3, the unknown deductible and ratio, then the 350-yuan limit with its reading (zh, en, json)', async () => {
    const args = ['calc', '--date', '2024-06-01', '--scheme', 'resident', '--tier', '1', '--amount', '200'];
    const zh = await yibao([...args, '--format', 'say']);
    expect(zh.code).toBe(3);
    expect(zh.stdout).toBe('');
    expect(zh.stderr).toContain('outpatient.resident.deductible');
    expect(zh.stderr).toContain('\n已知:随州市居民医保普通门诊每年最多报销350元(封顶线)。\n  原文:“门诊报销增至350元”。这是对原文的理解:');
    const en = await yibao([...args, '--lang', 'en']);
    expect(en.code).toBe(3);
    expect(en.stderr).toContain('\nKnown: Resident insurance in Suizhou for general outpatient care pays at most 350 yuan a year (the cap).\n  Source: "门诊报销增至350元". This is a reading of the source:');
    const j = await yibao([...args, '--json']);
    expect(j.code).toBe(3);
    expect(JSON.parse(j.stdout).error.code).toBe('unknown_parameter');
    expect(JSON.parse(j.stdout).error.message).toContain('已知:随州市居民医保普通门诊每年最多报销350元(封顶线)。');
  });

  it('白鹭 with its level-3 outpatient ratio not yet written: the retirees’ uplift it does state is in percentage points (五（一）: 相应提高10个百分点)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-known-'));
    cpSync('examples/rulebooks/sources', join(dir, 'sources'), { recursive: true });
    const doc = parseDocument(readFileSync('examples/rulebooks/bailu.yaml', 'utf8'));
    doc.setIn(['versions', 0, 'benefits', 'outpatient', 'employee', 'ratio', '3'], { value: null, note: { zh: '待补。', en: 'To come.' } });
    writeFileSync(join(dir, 'bailu.yaml'), doc.toString());
    const args = ['calc', '--city', 'bailu', '--date', '2025-03-01', '--scheme', 'employee', '--status', 'retired', '--tier', '3', '--amount', '3000'];
    const zh = await yibao(args, { env: { YIBAO_POLICY_DIR: dir } });
    expect(zh.code).toBe(3);
    expect(zh.stderr).toContain('\n已知:白鹭市职工医保普通门诊退休人员比例提高10个百分点。\n  原文:“退休人员相应提高10个百分点”。');
    const en = await yibao([...args, '--lang', 'en'], { env: { YIBAO_POLICY_DIR: dir } });
    expect(en.stderr).toContain('\nKnown: Employee insurance in Bailu for general outpatient care adds 10 percentage points for retirees.\n');
  });

  it('a 2023 Suizhou employee: nothing of that year is stated, so no "已知" line', async () => {
    const r = await yibao(['calc', '--date', '2023-06-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '2000']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('outpatient.employee.deductible');
    expect(r.stderr).not.toContain('\n已知:');
  });

  it('Jiayu below 60%: the level is the question, so the cap is not offered as what is known', async () => {
    const r = await yibao(['calc', '--city', 'jiayu', '--date', '2012-10-01', '--scheme', 'employee', '--status', 'active', '--tier', '2',
      '--benefit', 'inpatient', '--amount', '8000', '--contribution', '0.5']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('60%');
    expect(r.stderr).not.toContain('\n已知:');
  });
});
