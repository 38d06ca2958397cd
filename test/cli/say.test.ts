// `--format say` in Chinese, sentence by sentence, for every way a visit can stand against the
// deductible (met before, met by this visit, not met, no in-scope amount) and the cap (not
// reached, reached by this visit alone, only part left, used up). Every expected string is
// worked out by hand from policies/suizhou.yaml (2024: employee outpatient deductible 500
// active / 400 retired; ratios 80/70/60%, retirees 5 points more; cap 1300 / 1600).
import { describe, expect, it } from 'vitest';
import { yibao } from './calc-helpers.js';

/** A spoken zero amount ("0元", not the end of "1000元"). */
const ZERO = /(?<![\d.])0元/;

/** A Suizhou employee outpatient claim on 2024-06-01, read as `say`. */
async function say(status: '在职' | '退休', tier: string, amount: string, ...more: string[]): Promise<string> {
  const r = await yibao(['calc', '--date', '2024-06-01', '--scheme', '职工', '--status', status, '--tier', tier, '--amount', amount, ...more, '--format', 'say']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('say (zh): the deductible, derived from the numbers', () => {
  it('800 all out of scope: nothing is met, the whole 500 is still to go, the fund pays nothing', async () => {
    expect(await say('在职', '1', '800', '--out-of-scope', '800')).toBe(
      '您这次门诊总费用800元。全部不在医保范围内,要自费。今年的起付线是500元。这次的费用不算进起付线,还差500元。' +
        '统筹基金这次不报销。您个人负担800元,都是自费。\n',
    );
  });

  it('800 all out of scope with 100 met before: 400 still to go, this visit adds nothing', async () => {
    const out = await say('在职', '1', '800', '--out-of-scope', '800', '--ytd-deductible', '100');
    expect(out).toContain('今年的起付线是500元,之前已经付了100元,还差400元。这次的费用不算进起付线。统筹基金这次不报销。');
    expect(out).not.toContain('付满');
  });

  it('800 all out of scope, deductible met before: says it was met before', async () => {
    const out = await say('在职', '1', '800', '--out-of-scope', '800', '--ytd-deductible', '500');
    expect(out).toContain('今年的起付线500元之前已经付满了。统筹基金这次不报销。');
  });

  it('150 with 100 met before: 400 was still to go, all 150 goes to it, 250 after', async () => {
    expect(await say('在职', '1', '150', '--ytd-deductible', '100')).toBe(
      '您这次门诊总费用150元。今年的起付线是500元,之前已经付了100元,还差400元。这次的150元全部算进起付线,由您自付。' +
        '算上这次,还差250元。没有超过起付线,统筹基金这次不报销。您个人负担150元。\n',
    );
  });

  it('300 with a 500 deductible: never sounds as if the deductible were 300', async () => {
    const out = await say('在职', '1', '300');
    expect(out).toBe(
      '您这次门诊总费用300元。今年的起付线是500元。这次的300元全部算进起付线,由您自付。算上这次,还差200元。' +
        '没有超过起付线,统筹基金这次不报销。您个人负担300元。\n',
    );
    expect(out).not.toContain('起付线300元');
  });

  it('500 exactly: this visit meets the deductible exactly and the fund pays nothing', async () => {
    expect(await say('在职', '1', '500')).toBe(
      '您这次门诊总费用500元。今年的起付线是500元。这次的500元正好付满起付线,由您自付。没有超过起付线,统筹基金这次不报销。您个人负担500元。\n',
    );
  });

  it('400 with 100 met before: exactly the 400 still to go', async () => {
    expect(await say('在职', '1', '400', '--ytd-deductible', '100')).toContain('还差400元。这次的400元正好付满起付线,由您自付。没有超过起付线');
  });

  it('2000, nothing met before (the contract example): met by this visit, (2000 − 500) × 80% = 1200', async () => {
    expect(await say('在职', '1', '2000')).toBe(
      '您这次门诊总费用2000元。今年的起付线是500元。这次先付满起付线,这500元由您自付。剩下的1500元按80%报销,统筹基金支付1200元。您个人负担800元。\n',
    );
  });

  it('1000 with 100 met before: this visit meets the other 400, (1000 − 400) × 80% = 480', async () => {
    expect(await say('在职', '1', '1000', '--ytd-deductible', '100')).toBe(
      '您这次门诊总费用1000元。今年的起付线是500元,之前已经付了100元,还差400元。这次先付满还差的400元,由您自付。' +
        '剩下的600元按80%报销,统筹基金支付480元。您个人负担520元。\n',
    );
  });

  it('1000 with the deductible met before (600 recorded): 1000 × 80% = 800', async () => {
    expect(await say('在职', '1', '1000', '--ytd-deductible', '600')).toBe(
      '您这次门诊总费用1000元。今年的起付线500元之前已经付满了。这1000元按80%报销,统筹基金支付800元。您个人负担200元。\n',
    );
  });

  it('500 of which 200 out of scope: the 300 in scope all go to the deductible, 200 still to go', async () => {
    const out = await say('在职', '1', '500', '--out-of-scope', '200');
    expect(out).toBe(
      '您这次门诊总费用500元。其中200元不在医保范围内,要自费。今年的起付线是500元。这次范围内的300元全部算进起付线,由您自付。' +
        '算上这次,还差200元。没有超过起付线,统筹基金这次不报销。您个人负担500元,其中自费200元。\n',
    );
  });
});

describe('say (zh): the cap, the share and who pays it', () => {
  it('3000 with nothing paid before: (3000 − 500) × 80% = 2000 is above the 1300 cap; no "only … left"', async () => {
    const out = await say('在职', '1', '3000');
    expect(out).toContain('剩下的2500元按80%报销,本来能报2000元。但封顶线是每年最多报1300元,统筹基金支付1300元。您个人负担1700元。');
    expect(out).not.toContain('只剩');
  });

  it('1000 with 1000 paid before: 1000 × 80% = 800, only 300 of the cap left', async () => {
    expect(await say('在职', '1', '1000', '--ytd-deductible', '500', '--ytd-fund', '1000')).toBe(
      '您这次门诊总费用1000元。今年的起付线500元之前已经付满了。这1000元按80%报销,本来能报800元。' +
        '但今年的封顶线只剩300元了,统筹基金支付300元。您个人负担700元。\n',
    );
  });

  it('the cap used up (1300 paid before): the fund pays nothing, and no "统筹基金支付0元"', async () => {
    const out = await say('在职', '1', '1000', '--ytd-deductible', '500', '--ytd-fund', '1300');
    expect(out).toContain('这1000元按80%报销。但今年的封顶线1300元已经用完了,统筹基金这次不报销。您个人负担1000元。');
    expect(out).not.toMatch(ZERO);
  });

  it('2900 with 200 out of scope, the deductible met, 1000 paid, 300 in the account: 个人负担 2600, 其中自费 200', async () => {
    // in scope 2700; deductible met; 2700 × 80% = 2160, but 1300 − 1000 = 300 left; share 2900 − 300 = 2600; cash 2600 − 300
    expect(await say('在职', '1', '2900', '--out-of-scope', '200', '--ytd-deductible', '500', '--ytd-fund', '1000', '--account', '300')).toBe(
      '您这次门诊总费用2900元。其中200元不在医保范围内,要自费。今年的起付线500元之前已经付满了。' +
        '医保范围内的2700元按80%报销,本来能报2160元。但今年的封顶线只剩300元了,统筹基金支付300元。' +
        '您个人负担2600元,其中自费200元。个人账户付300元,您再付现金2300元。\n',
    );
  });

  it('account 300 and family 500 cover the 800 share: "不用再付现金", never "现金0元"', async () => {
    const out = await say('在职', '1', '2000', '--account', '300', '--family', '1000', '--relation', '配偶');
    expect(out).toContain('您个人负担800元。个人账户付300元,家庭共济账户付500元,不用再付现金。');
    expect(out).not.toMatch(ZERO);
  });

  it('says 个人负担, never "您需要自付" for the whole share', async () => {
    const out = await say('退休', '3', '1000', '--out-of-scope', '100');
    // in scope 900; (900 − 400) × 65% = 325; share 675, of which 100 out of scope
    expect(out).toContain('剩下的500元按65%报销,统筹基金支付325元。您个人负担675元,其中自费100元。');
    expect(out).not.toContain('您需要自付');
  });

  it('does not end with the hotline the caller is already on (text keeps it)', async () => {
    const out = await say('在职', '1', '2000');
    expect(out).not.toContain('0722-3235698');
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    const text = await yibao(['calc', '--date', '2024-06-01', '--scheme', '职工', '--status', '在职', '--tier', '1', '--amount', '2000']);
    expect(text.stdout.trimEnd().split('\n').at(-1)).toContain('0722-3235698');
  });

  it('with --compare: one sentence per other facility, retired 1000 at tier 3', async () => {
    // (1000 − 400) × 65% = 390 here; × 85% = 510 at tier 1 and the community station, × 75% = 450 at tier 2
    const out = await say('退休', '三级', '1000', '--compare');
    expect(out).toContain(
      '剩下的600元按65%报销,统筹基金支付390元。您个人负担610元。' +
        '在一级医疗机构看,统筹基金支付510元,您付现金490元。在二级医疗机构看,统筹基金支付450元,您付现金550元。' +
        '在社区卫生服务站看,统筹基金支付510元,您付现金490元。',
    );
  });
});

describe('say (zh): one short clause for what the answer rests on', () => {
  it('retiree: the 5-point uplift is a reading of the source', async () => {
    expect(await say('退休', '2', '1000')).toBe(
      '您这次门诊总费用1000元。今年的起付线是400元。这次先付满起付线,这400元由您自付。剩下的600元按75%报销,统筹基金支付450元。' +
        '您个人负担550元。退休人员比例按提高5个百分点算,这是对原文的理解。\n',
    );
  });

  it('--set values are said to be assumed, one short clause each', async () => {
    const r = await yibao(['calc', '--date', '2024-06-01', '--scheme', 'resident', '--tier', '1', '--amount', '300',
      '--set', 'outpatient.resident.deductible=0', '--set', 'outpatient.resident.ratio=0.5', '--format', 'say']);
    // no deductible (assumed, so never said in the law's voice); 300 × 50% = 150 (under the 350 limit)
    expect(r.stdout).not.toContain('这项待遇不设起付线');
    expect(r.stdout).toContain('这次按不设起付线算。这300元按50%报销,统筹基金支付150元。您个人负担150元。');
    // no spoken zero: the assumed deductible of 0 is said as "no deductible"
    expect(r.stdout).toContain('不设起付线是按假定算的。报销比例50%是按假定的数字算的。“门诊报销增至350元”按居民普通门诊每年最多报350元算,这是对原文的理解。');
    expect(r.stdout).not.toContain('0元是');
  });

  it('a refused claim (Jiayu 2012, 90% under the 95% the chronic subsidy needs): the reason, then the share; the refusal rests on the years reading, so never "按政策"', async () => {
    const r = await yibao(['calc', '--city', 'jiayu', '--date', '2012-10-01', '--scheme', 'employee', '--status', 'retired', '--tier', '2',
      '--benefit', 'chronic', '--amount', '600', '--contribution', '0.9', '--account', '200', '--format', 'say']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      '您这次慢特病门诊总费用600元。统筹基金这次按不能报销算:缴费水平是平均工资的90%,不到要求的95%。您个人负担600元。个人账户付200元,您再付现金400元。' +
        '没说达到规定缴费年限的退休人员按缴费档次算,这是对原文的理解。\n',
    );
    // the same level for an active employee is refused by the stated band: the law's voice
    const active = await yibao(['calc', '--city', 'jiayu', '--date', '2012-10-01', '--scheme', 'employee', '--status', 'active', '--tier', '2',
      '--benefit', 'chronic', '--amount', '600', '--contribution', '0.9', '--format', 'say']);
    expect(active.stdout).toBe('您这次慢特病门诊总费用600元。按政策统筹基金这次不能报销:缴费水平是平均工资的90%,不到要求的95%。您个人负担600元。\n');
  });
});

describe('say: a deductible is called yearly only where the policy counts it over the year', () => {
  it('an assumed inpatient deductible of 800 is this visit\'s, and 800 met before is not said to cover it', async () => {
    const r = await yibao(['calc', '--date', '2024-05-01', '--scheme', 'employee', '--status', 'active', '--tier', '2', '--benefit', 'inpatient',
      '--amount', '8000', '--ytd-deductible', '800', '--set', 'inpatient.employee.deductible=800', '--set', 'inpatient.employee.ratio=0.9', '--format', 'say']);
    // (8000 − 800) × 90% = 6480
    expect(r.stdout).toContain('这次的起付线是800元。这次先付满起付线,这800元由您自付。剩下的7200元按90%报销,统筹基金支付6480元。');
    expect(r.stdout).not.toContain('今年的起付线');
    expect(r.stdout).toContain('政策没写起付线按年还是按次算,这次按全额起付线算。');
  });
});
