// The rest of a claim as callers give it (src/ask/extras.ts, phrases.ts), read by readQuestion:
// each expected claim was read off the question by hand, with the calc flag each phrase stands
// for. And what is left over: a clause that still carries meaning (a number, an amount word, a
// payment made) is "unclear", filler (请问, 能报多少, 我爸…) is not.
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/ask/parse.js';

function claimOf(q: string) {
  const r = readQuestion(q);
  if (r.kind !== 'claim') throw new Error(`not read as a claim: ${q}`);
  return r.claim;
}
const base = { scheme: 'employee', status: 'active', tier: '1' };

describe('what the fund already paid this year (--ytd-fund)', () => {
  it.each([
    ['职工在职，一级医院，门诊费用一千二百元，之前已经报过300', { ...base, benefit: 'outpatient', amount: '1200', ytd_fund: '300' }],
    ['在职 一级医院 1200元 今年已经报了1000', { ...base, amount: '1200', ytd_fund: '1000' }],
    ['在职 一级医院 1200元 统筹已报300', { ...base, amount: '1200', ytd_fund: '300' }],
    ['在职 一级医院 1200元 之前报过三百', { ...base, amount: '1200', ytd_fund: '300' }],
    ['在职 一级医院 1200元，统筹基金已支付800', { ...base, amount: '1200', ytd_fund: '800' }],
  ])('%s', (q, want) => {
    const c = claimOf(q);
    expect(c.raw).toEqual(want);
    expect(c.unclear).toEqual([]);
    expect(c.extras.map((e) => e.field)).toEqual(['ytd_fund']);
  });

  it('报了300 with no word of before may be this visit\'s: not understood, never taken', () => {
    const c = claimOf('在职 一级医院 1000元 报了300');
    expect(c.raw.ytd_fund).toBeUndefined();
    expect(c.unclear).toEqual(['报了300']);
  });

  it('last year\'s payments are not this year\'s: 去年报过300 is not understood', () => {
    const c = claimOf('在职 一级医院 1000元 去年报过300');
    expect(c.raw.ytd_fund).toBeUndefined();
    expect(c.unclear).toEqual(['去年报过300']);
  });
});

describe('the deductible already met (--ytd-deductible)', () => {
  it.each([
    ['退休 二级医院 门诊 1000元 起付线已经付了400', '400'],
    ['在职 一级医院 1000元 已付起付线200', '200'],
    ['在职 一级医院 1000元 起付线交过200', '200'],
    ['在职 一级医院 1000元 已经交了200的起付线', '200'],
  ])('%s', (q, met) => {
    const c = claimOf(q);
    expect(c.raw.ytd_deductible).toBe(met);
    expect(c.unclear).toEqual([]);
  });

  it.each([['在职 一级医院 1200元 起付线已经付满了'], ['在职 一级医院 1200元，起付线交够了'], ['在职 一级医院 1200元 今年已经过了起付线']])(
    '%s: met in full, its amount left to the policy',
    (q) => {
      const c = claimOf(q);
      expect(c.deductibleFull).toBeDefined();
      expect(c.raw.ytd_deductible).toBeUndefined();
      expect(c.unclear).toEqual([]);
    },
  );

  it('a question about the rule is not a payment: 超过起付线的部分 / 起付线够了吗', () => {
    expect(claimOf('在职 一级医院 1000元 超过起付线的部分报多少').deductibleFull).toBeUndefined();
    expect(claimOf('在职 一级医院 1000元 起付线够了吗').deductibleFull).toBeUndefined();
  });

  it('met in full and an amount both: a conflict, not a pick', () => {
    expect(claimOf('在职 一级医院 1000元 起付线已经付满了 起付线已付200').conflicts).toEqual([{ field: 'ytd_deductible', values: ['full', '200'] }]);
  });
});

describe('out of scope, the personal account, a relative\'s account', () => {
  it.each([
    ['在职 一级医院 花了1200 其中自费200', { out_of_scope: '200', amount: '1200' }],
    ['在职 一级医院 1200元，目录外的药300块', { out_of_scope: '300', amount: '1200' }],
    ['在职 一级医院 1200元，有200是自费的', { out_of_scope: '200', amount: '1200' }],
    ['在职 一级医院 1200元 医保卡里有500', { account: '500', amount: '1200' }],
    ['在职 一级医院 1200元 个人账户余额500', { account: '500', amount: '1200' }],
    ['在职 一级医院 1200元 我的医保卡里还有300块', { account: '300', amount: '1200' }],
    ['在职 一级医院 1200元 医保卡里没钱了', { account: '0', amount: '1200' }],
    // the holder named: the patient (the speaker) is the holder's spouse / parent / grandchild
    ['在职 一级医院 1200元 用老伴的账户共济500', { family: '500', relation: 'spouse', amount: '1200' }],
    ['退休 二级医院 1000元 用儿子的医保卡500', { family: '500', relation: 'parent', amount: '1000', status: 'retired', tier: '2' }],
    ['在职 一级医院 1200元 用外公的医保卡里的钱500', { family: '500', relation: 'grandchild', amount: '1200' }],
    // the caller speaks for the patient and pays from the caller's own account: the patient is the caller's father
    ['我爸退休了，二级医院看门诊花了1000元，用我的医保卡共济300', { family: '300', relation: 'parent', amount: '1000', status: 'retired', tier: '2', benefit: 'outpatient' }],
    ['在职 一级医院 1200元 共济500 关系是配偶', { family: '500', relation: 'spouse', amount: '1200' }],
  ])('%s', (q, want) => {
    const c = claimOf(q);
    expect(c.raw).toEqual({ ...base, ...want });
    expect(c.unclear).toEqual([]);
  });

  it('a relative not named, or named only as the holder when the caller speaks for someone else, leaves the relation to be asked', () => {
    expect(claimOf('在职 一级医院 1200元 家里人的账户有500').raw).toEqual({ ...base, amount: '1200', family: '500' });
    // 我爸 is the patient and 我妈 the holder: the relation (spouse) is not the inverse of 妈, so it is asked
    expect(claimOf('我爸退休了 二级医院 1000元 用我妈的账户500').raw.relation).toBeUndefined();
  });

  it('a cousin is not a sibling: 表哥的账户 is not understood', () => {
    const c = claimOf('在职 一级医院 1200元 用表哥的账户500');
    expect(c.raw.family).toBeUndefined();
    expect(c.unclear).toEqual(['用表哥的账户500']);
  });
});

describe('all of it at once, and dates', () => {
  it('住院花了两万，自费三千，今年统筹已经报了五千，医保卡里有两千', () => {
    expect(claimOf('退休 二级医院 住院花了两万，自费三千，今年统筹已经报了五千，医保卡里有两千').raw).toEqual({
      scheme: 'employee', status: 'retired', tier: '2', benefit: 'inpatient', amount: '20000', out_of_scope: '3000', ytd_fund: '5000', account: '2000',
    });
  });

  it('去年, 昨天 are dates relative to today; 今年 says nothing the date does not', () => {
    expect(claimOf('去年 在职 一级医院 1000元').relativeDate).toEqual({ kind: 'last_year', words: '去年' });
    expect(claimOf('昨天在职 一级医院 1000元').relativeDate).toEqual({ kind: 'days_ago', days: 1, words: '昨天' });
    const c = claimOf('今年在职 一级医院 1000元');
    expect(c.relativeDate).toBeUndefined();
    expect(c.unclear).toEqual([]);
    expect(claimOf('2024年3月5日 在职 一级医院 1000元 2024年4月1日').conflicts).toEqual([{ field: 'date', values: ['2024-03-05', '2024-04-01'] }]);
  });
});

describe('a space inside one value is not a pause (audit of issue 9: the desk\'s own English example was refused)', () => {
  it.each([
    ['retired tier 2 outpatient 1000 yuan', { scheme: 'employee', status: 'retired', tier: '2', benefit: 'outpatient', amount: '1000' }],
    ['employee active tier 1 1200', { scheme: 'employee', status: 'active', tier: '1', amount: '1200' }],
    ['active tier 3 ¥ 1200', { scheme: 'employee', status: 'active', tier: '3', amount: '1200' }],
    ['在职 一级医院 1000 元', { ...base, amount: '1000' }],
    ['在职 一级医院 rmb 1000', { ...base, amount: '1000' }],
  ])('%s', (q, raw) => {
    const c = claimOf(q);
    expect(c.raw).toEqual(raw);
    expect(c.unclear).toEqual([]);
  });

  it('a space between two numbers still parts them: 1 200元 leaves the 1 not understood', () => {
    expect(claimOf('在职 一级医院 1 200元').unclear).toEqual(['1']);
  });
});

describe('what is left over', () => {
  it.each([
    ['在职 一级医院 看了3次 花了600元', ['看了3次']],
    ['在职 一级医院 花了1000多', ['花了1000多']],
    ['在职 一级医院 大概1000元', ['大概1000元']],
    ['在职 一级医院 1000元 上个月也看过', ['上个月也看过']],
    ['在职 一级医院 1000元 医保卡能用吗', ['医保卡能用吗']],
    // a count in Chinese numerals is a number as much as 3次 is (audit of issue 9: these were dropped)
    ['在职 一级医院 看了两次 花了600元', ['看了两次']],
    ['在职 一级医院 看了三次 花了600元', ['看了三次']],
    ['退休 一级医院 看了两回 1200', ['看了两回']],
    ['在职 两家医院 一级 1200', ['两家医院']],
    ['我今年六十八岁 退休了 二级医院看门诊 1000', ['我今年六十八岁']],
    // an amount with jiao (块五, 五毛, 5角) or a unit this does not read (2.5k) was taken as 1250 / 12 / 2.50
    ['在职 一级医院 一千二百五十块五毛', ['一千二百五十块五毛']],
    ['在职 一级医院 十二块五', ['十二块五']],
    ['在职 一级医院 1200元5角', ['1200元5角']],
    ['在职 一级医院 2.5k', ['2.5k']],
    ['在职 一级医院 -100元', ['-100元']], // was read as 100
  ])('%s: not understood', (q, unclear) => {
    expect(claimOf(q).unclear).toEqual(unclear);
  });

  it('filler is not left over: 请问, 我爸, 能报多少, 了, 的', () => {
    expect(claimOf('请问我爸退休了，在二级医院看门诊花了1000元，能报多少钱？谢谢').unclear).toEqual([]);
    expect(claimOf('你好，职工在职，一级医院，门诊费用一千二百元，今年已经报了300，这次能报销多少').unclear).toEqual([]);
    expect(claimOf('我想问一下，在职，一级医院看了一次门诊，一共花了一千二，一年能报多少').unclear).toEqual([]);
  });

  it('a visit whose amount is not understood is a claim that says so, not an FAQ answer', () => {
    expect(readQuestion('在职 一级医院 花了1000多').kind).toBe('claim');
    expect(readQuestion('孩子看病的钱能从我医保卡里扣吗？').kind).toBe('faq');
    expect(readQuestion('门诊报销350元是什么意思？').kind).toBe('faq');
  });
});

describe('a pasted wall of text', () => {
  it('100,000 characters of 今年已经… or of claim words is read (bounded patterns, one copy of a clause per pass), with the parts not understood cut to a few', () => {
    expect(readQuestion('今年已经'.repeat(25_000)).kind).toBe('faq');
    const wall = '在职一级医院花了1000元，之前已经报过300，'.repeat(4_000);
    const r = readQuestion(wall);
    expect(r.kind).toBe('claim');
    if (r.kind === 'claim') expect(r.claim.raw).toMatchObject({ status: 'active', tier: '1', amount: '1000', ytd_fund: '300' });
  });
});
