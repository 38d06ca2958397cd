// The quote must state its number, written as the source writes it.
import { describe, expect, it } from 'vitest';
import { quoteStatesNumber } from '../../src/policy/quote-number.js';

describe('quoteStatesNumber', () => {
  it.each([
    ['在职人员500元,退休人员400元', 500, 'money'],
    ['封顶线。在职人员1300元', 1300, 'money'],
    ['最高1,300元', 1300, 'money'],
    ['职工基本医保封顶线由15万元提高至20万元', 200000, 'money'],
    ['职工基本医保封顶线由15万元提高至20万元', 150000, 'money'],
    ['由20萬元提高到30萬元', 300000, 'money'],
    ['一级(含社区卫生服务站)80%', 0.8, 'ratio'],
    ['报销比例80', 0.8, 'ratio'],
    ['退休人员支付比例提高5%。', 0.05, 'ratio'],
    ['在80-94%的', 0.8, 'ratio'],
    ['按0.8计算', 0.8, 'ratio'],
    ['由25种扩大到37种', 37, 'count'],
    // numbers in words, as rulebooks write them
    ['居民医保不设起付标准', 0, 'money'],
    ['第四次及以后住院的，不再收取', 0, 'ratio'],
    ['三级医疗机构普通门诊费用不予支付', 0, 'ratio'],
    ['特困人员、低保对象住院不设起付标准', 0, 'money'],
    ['低保对象起付标准减半', 0.5, 'ratio'],
    ['未办理备案的，起付标准加倍', 2, 'count'],
    ['退休人员相应提高五个百分点', 0.05, 'ratio'],
    ['支付比例降低二十个百分点', 0.2, 'ratio'],
    ['按百分之七十收取', 0.7, 'ratio'],
    ['第二次住院按七成收取', 0.7, 'ratio'],
    ['起付标准一千二百元', 1200, 'money'],
    ['由医疗救助全额救助', 1, 'ratio'],
    ['特困人员不设救助起付标准', 0, 'money'],
    ['取消住院起付线', 0, 'money'],
  ] as const)('%s states %s', (quote, value, kind) => {
    expect(quoteStatesNumber(quote, value, kind)).toBe(true);
  });

  it.each([
    ['在职人员1500元', 500, 'money'],
    ['在职人员500元', 600, 'money'],
    ['由15万元提高至20万元', 2000000, 'money'],
    ['由120万元', 200000, 'money'],
    ['报销比例15%', 0.05, 'ratio'],
    ['报销比例80%', 0.08, 'ratio'],
    ['5.5%', 0.05, 'ratio'],
    ['达87%', 0.8, 'ratio'],
    ['居民医保不设起付标准', 0.5, 'ratio'],
    ['低保对象起付标准减半', 0, 'money'],
    ['退休人员相应提高五个百分点', 0.06, 'ratio'],
    ['第二次住院按七成收取', 0.07, 'ratio'],
    ['起付标准一千二百元', 200, 'money'],
    ['起付标准加倍', 3, 'count'],
    // 不设 a limit is no limit at all, the opposite of 0
    ['特困人员按100%救助，不设年度救助限额', 0, 'money'],
    ['不设年度最高支付限额', 0, 'money'],
    ['取消封顶线', 0, 'money'],
    ['不设起付标准，年度救助限额不设', 0.5, 'ratio'],
  ] as const)('%s does not state %s', (quote, value, kind) => {
    expect(quoteStatesNumber(quote, value, kind)).toBe(false);
  });
});
