// A wizard answer read as `ask` reads an amount (src/ask/answer.ts): 1500块, 一千五百元, ¥1,500.00,
// 两千五, 1.2万 are one amount; what is not clearly one amount is left to the claim's own parser,
// which says why (1,00 / 3.000,5 / -100). 不用, 没有, 没钱了 are nothing (0) where nothing is an answer.
import { describe, expect, it } from 'vitest';
import { spokenAmount, spokenNone } from '../../src/ask/answer.js';

describe('spokenAmount', () => {
  it.each([
    ['1500块', '1500'],
    ['一千五百元', '1500'],
    ['¥1,500.00', '1500.00'],
    ['￥1,500.00', '1500.00'],
    ['1500 元', '1500'],
    ['两千五', '2500'],
    ['1.2万', '12000'],
    ['１５００', '1500'],
    ['300块钱', '300'],
    [' 80 ', '80'],
  ])('%s is %s', (typed, value) => {
    expect(spokenAmount(typed)).toBe(value);
  });

  it.each(['1,00', '3.000,5', '-100', '1000多', '1500块五', 'abc', '', '1000 2000', '85%'])('%s is not read here (the claim parser says why)', (typed) => {
    expect(spokenAmount(typed)).toBeUndefined();
  });
});

describe('spokenNone', () => {
  it.each(['不用', '没有', '没钱了', '没', '无', '不需要', '没有了', '不用了'])('%s is nothing', (typed) => {
    expect(spokenNone(typed)).toBe(true);
  });
  it.each(['500', '有', '不知道', ''])('%s is not', (typed) => {
    expect(spokenNone(typed)).toBe(false);
  });
});
