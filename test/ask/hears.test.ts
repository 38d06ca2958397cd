// Issue 18 item 4 and issue 20 #8: `ask` hears what it is told. Each expected value is read off
// the question by hand: contribution levels as callers say them (70%, 七成, 九成, 八成五, 百分之八十五)
// and whether the contribution years were met; a stranger's account named as not understood, and
// why, never taken for a second amount; two cities in one question a conflict.
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/ask/parse.js';

function claimOf(q: string) {
  const r = readQuestion(q);
  if (r.kind !== 'claim') throw new Error(`not read as a claim: ${q}`);
  return r.claim;
}

describe('contribution levels and years', () => {
  it.each([
    ['嘉鱼 在职 一级医院 门诊 400元 缴费基数是平均工资的70%', '70%'],
    ['嘉鱼 在职 一级医院 门诊 400元 缴费七成', '70%'],
    ['嘉鱼 在职 一级医院 门诊 400元 缴费基数九成', '90%'],
    ['嘉鱼 在职 住院 二级医院 一万 缴费是社平的八成五', '85%'],
    ['嘉鱼 在职 一级医院 门诊 400元 缴费基数85%', '85%'],
    ['嘉鱼 在职 一级医院 门诊 400元 缴费基数是平均工资的百分之八十五', '85%'],
    ['嘉鱼 在职 一级医院 门诊 400元 按平均工资的60%交的', '60%'],
    ['嘉鱼 在职 一级医院 门诊 400元 交的是九成的档次', '90%'],
  ])('%s -> %s', (q, level) => {
    const c = claimOf(q);
    expect(c.raw.contribution).toBe(level);
    expect(c.unclear).toEqual([]);
    expect(c.conflicts).toEqual([]);
  });

  it.each([
    ['嘉鱼 退休 慢性病 二级医院 600元 缴费年限满了', 'yes'],
    ['嘉鱼 退休 门诊 一级医院 500块 年限够了', 'yes'],
    ['嘉鱼 退休 门诊 一级医院 500块 已经交满了规定年限', 'yes'],
    ['嘉鱼 退休 门诊 一级医院 500块 缴费年限没满', 'no'],
    ['嘉鱼 退休 门诊 一级医院 500块 年限还不够', 'no'],
  ])('%s -> years met %s', (q, met) => {
    const c = claimOf(q);
    expect(c.raw.contribution_years_met).toBe(met);
    expect(c.unclear).toEqual([]);
  });

  it('both at once, in either order', () => {
    const c = claimOf('嘉鱼 退休 门诊 一级医院 500块 缴费年限没满 缴费基数九成');
    expect([c.raw.contribution, c.raw.contribution_years_met]).toEqual(['90%', 'no']);
  });

  it('a level or years it cannot read is never dropped silently: 满30年 depends on who, 报九成 is a ratio', () => {
    expect(claimOf('嘉鱼 退休 门诊 一级医院 500块 缴费满30年').unclear).toEqual(['缴费满30年']);
    expect(claimOf('在职 一级医院 门诊 500块 报九成吗').unclear).toEqual(['报九成吗']);
  });

  it('报销比例85% is not a contribution level', () => {
    expect(claimOf('在职 一级医院 门诊 500块 报销比例85%').raw.contribution).toBeUndefined();
  });
});

describe("a stranger's account", () => {
  it('用我同事的医保卡五百: not understood, naming 同事 and why; one amount, not two', () => {
    const c = claimOf('在职 一级医院 1000 用我同事的医保卡五百');
    expect(c.conflicts).toEqual([]);
    expect(c.raw.amount).toBe('1000');
    expect(c.raw.family).toBeUndefined();
    expect(c.unclear).toEqual(['用我同事的医保卡五百']);
    expect(c.why['用我同事的医保卡五百']!.zh).toContain('“同事”的账户');
  });

  it('用我女婿的医保卡五百: an in-law is a relation of its own now (the patient is the holder’s parent-in-law)', () => {
    expect(claimOf('在职 一级医院 1000 用我女婿的医保卡五百').raw).toMatchObject({ family: '500', relation: 'parent_in_law' });
  });

  it('a known relative is still read (老伴 -> spouse), and 自己的医保卡 is the own account', () => {
    expect(claimOf('在职 一级医院 1000 用老伴的医保卡500').raw).toMatchObject({ family: '500', relation: 'spouse' });
    expect(claimOf('在职 一级医院 1000 自己的医保卡里有500').raw).toMatchObject({ account: '500' });
  });
});

describe('cities', () => {
  it('我在咸宁参保，在随州看病: two cities are a conflict, not Suizhou', () => {
    const c = claimOf('我在咸宁参保，在随州看病，在职，一级医院花了1000');
    expect(c.raw.city).toBeUndefined();
    expect(c.conflicts).toEqual([{ field: 'city', values: ['suizhou', 'xianning'] }]);
  });

  it('a place within another (咸宁市嘉鱼县) is the inner one', () => {
    const c = claimOf('咸宁市嘉鱼县 在职 一级医院 门诊 400元');
    expect(c.raw.city).toBe('jiayu');
    expect(c.conflicts).toEqual([]);
  });
});
