// Numbers as people write them, made one form (src/faq/numbers.ts). Each value worked out by hand.
import { describe, expect, it } from 'vitest';
import { canonicalNumbers, chineseNumeral, countOf } from '../../src/text/numbers.js';

describe('chineseNumeral (chinese-parseint2)', () => {
  it.each([
    ['一千二百', 1200],
    ['一千二', 1200],
    ['两千五', 2500],
    ['一千零二', 1002],
    ['三百五', 350],
    ['二十万', 200000],
    ['十五', 15],
    ['一万二', 12000],
  ])('%s = %i', (text, value) => {
    expect(chineseNumeral(text)).toBe(value);
  });
  it('is undefined for words that are not numerals', () => {
    expect(chineseNumeral('门诊')).toBeUndefined();
  });
});

describe('canonicalNumbers', () => {
  it.each([
    ['封顶线二十万', '封顶线200000'],
    ['封顶线20万元', '封顶线200000元'],
    ['200,000元', '200000元'],
    ['1.5万', '15000'],
    ['花了两千五', '花了2500'],
    ['三级医院一千二百元', '三级医院1200元'],
    ['2万5', '25000'],
    ['1千2', '1200'],
    ['3千', '3000'],
    ['百分之八十七', '87%'],
  ])('%s -> %s', (text, out) => {
    expect(canonicalNumbers(text)).toBe(out);
  });
  it('leaves words with numeral characters alone: 一级, 两病, 三重保障, 千万, 万一', () => {
    for (const w of ['一级医院', '两病', '三重保障', '千万别', '万一']) expect(canonicalNumbers(w)).toBe(w);
  });
  it('keeps a phone number and a date as they are', () => {
    expect(canonicalNumbers('0722-3235698')).toBe('0722-3235698');
    expect(canonicalNumbers('2024-01-01')).toBe('2024-01-01');
  });
});

describe('countOf: a whole count as written (住院次数, 年龄)', () => {
  it.each([
    ['3', 3],
    ['03', 3],
    ['二', 2],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['七十二', 72],
    ['一百零五', 105],
    ['三百二十一', 321],
    ['零', 0],
  ])('%s is %d', (text, n) => expect(countOf(text)).toBe(n));

  // the numeral reader is lenient (二三 = 23, 二十二十 = 40): a count is read only in its standard form
  it.each(['二三', '二十二十', '十十', '一二', '一百二', '几', '二x', '三万', '', '1.5', '-1'])('%s is not one count', (text) => expect(countOf(text)).toBeUndefined());
});
