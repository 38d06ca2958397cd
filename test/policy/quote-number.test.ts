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
  ] as const)('%s does not state %s', (quote, value, kind) => {
    expect(quoteStatesNumber(quote, value, kind)).toBe(false);
  });
});
