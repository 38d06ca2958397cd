// Integer money: yuan and ratio strings to fen and Bp and back, the named rounding modes,
// and applyRatio's one exact rounding.
import { describe, expect, test } from 'vitest';
import { applyRatio, fenFromNumber, formatBp, formatFen, formatPercent, parseRatio, parseYuan, ratioFromNumber } from '../../src/money/money.js';
import { roundDown, roundHalfEven, roundHalfUp, roundUp } from '../../src/money/rounding.js';

const cent = { mode: 'half_up', unit: '0.01' } as const;

describe('parseYuan', () => {
  test.each([
    ['0', 0],
    ['12', 1200],
    ['12.3', 1230],
    ['12.34', 1234],
    [' 7.05 ', 705],
    ['100000000', 10_000_000_000],
  ])('%s is %i fen', (s, fen) => expect(parseYuan(s)).toBe(fen));

  test.each(['', '1.234', '-1', '+1', '1e3', '1,000', '.5', '5.', '0x10', 'NaN', 'Infinity', '１２', '1 000'])('rejects %j', (s) =>
    expect(parseYuan(s)).toBeNull(),
  );
});

test('formatFen always has two decimals', () => {
  expect([0, 5, 50, 1234, 200000, 10_000_000_000, -705].map(formatFen)).toEqual(['0.00', '0.05', '0.50', '12.34', '2000.00', '100000000.00', '-7.05']);
});

describe('parseRatio', () => {
  test.each([
    ['0.85', 8500],
    ['85%', 8500],
    ['85.5%', 8550],
    ['0.8555', 8555],
    ['1', 10000],
    ['0.80000', 8000],
    ['120%', 12000],
    ['0', 0],
  ])('%s is %i Bp', (s, bp) => expect(parseRatio(s)).toBe(bp));
  test.each(['0.85555', '85.555%', '-0.5', 'abc', '%', '0.5%%', '1e-1', ''])('rejects %j', (s) => expect(parseRatio(s)).toBeNull());
});

test('formatBp shows two decimals or more', () => {
  expect([8000, 8550, 8555, 10000, 500, 0, 12000].map(formatBp)).toEqual(['0.80', '0.855', '0.8555', '1.00', '0.05', '0.00', '1.20']);
});

test('formatPercent', () => {
  expect([8000, 8550, 500, 8555].map(formatPercent)).toEqual(['80%', '85.5%', '5%', '85.55%']);
});

test('policy numbers convert exactly through their decimal string', () => {
  expect([0.7, 0.65, 0.05, 0.85, 0.1 + 0.2 === 0.3 ? 0 : 0.3].map(ratioFromNumber)).toEqual([7000, 6500, 500, 8500, 3000]);
  expect([1300, 0.5, 350, 1600].map(fenFromNumber)).toEqual([130000, 50, 35000, 160000]);
  expect(() => ratioFromNumber(0.123456)).toThrow();
  expect(() => fenFromNumber(1.005)).toThrow();
  expect(() => fenFromNumber(NaN)).toThrow();
});

describe('rounding modes', () => {
  // 5/2 = 2.5, 7/2 = 3.5, 7/4 = 1.75, 5/4 = 1.25
  test('half_up rounds halves away from zero', () => expect([roundHalfUp(5, 2), roundHalfUp(7, 2), roundHalfUp(5, 4), roundHalfUp(-5, 2)]).toEqual([3, 4, 1, -3]));
  test('half_even rounds halves to even', () => expect([roundHalfEven(5, 2), roundHalfEven(7, 2), roundHalfEven(7, 4), roundHalfEven(-5, 2)]).toEqual([2, 4, 2, -2]));
  test('down truncates', () => expect([roundDown(7, 4), roundDown(-7, 4)]).toEqual([1, -1]));
  test('up goes away from zero', () => expect([roundUp(5, 4), roundUp(8, 4), roundUp(-5, 4)]).toEqual([2, 2, -2]));
});

describe('applyRatio', () => {
  test('is exact and rounds once half-up to the fen', () => {
    expect(applyRatio(150000, 8000, cent)).toBe(120000);
    expect(applyRatio(100002, 7500, cent)).toBe(75002); // 75001.5 -> up
    expect(applyRatio(3, 8000, cent)).toBe(2); // 2.4 -> down
    expect(applyRatio(123455, 7000, cent)).toBe(86419); // 86418.5 -> up
  });
  test('honours the mode and the unit', () => {
    expect(applyRatio(100002, 7500, { mode: 'half_even', unit: '0.01' })).toBe(75002); // 75001.5 -> even 75002
    expect(applyRatio(100006, 7500, { mode: 'half_even', unit: '0.01' })).toBe(75004); // 75004.5 -> even 75004
    expect(applyRatio(100002, 7500, { mode: 'down', unit: '0.01' })).toBe(75001);
    expect(applyRatio(100001, 7500, { mode: 'up', unit: '0.01' })).toBe(75001); // 75000.75 -> 75001
    expect(applyRatio(1234, 5000, { mode: 'half_up', unit: '0.1' })).toBe(620); // 6.17 yuan -> 6.2
    expect(applyRatio(1234, 5000, { mode: 'half_up', unit: '1' })).toBe(600); // 6.17 yuan -> 6
    expect(applyRatio(1300, 5000, { mode: 'half_up', unit: '1' })).toBe(700); // 6.50 yuan -> 7
  });
  test('a product beyond 2^53 is still exact (BigInt path)', () => {
    // 1000000000001 × 9999 = 9999000000009999 > 2^53; / 10000 = 999900000000.9999 -> 999900000001
    expect(applyRatio(1_000_000_000_001, 9999, cent)).toBe(999_900_000_001);
    // 1000000000002 × 9999 / 10000 = 999900000001.9998; down keeps 999900000001
    expect(applyRatio(1_000_000_000_002, 9999, { mode: 'down', unit: '0.01' })).toBe(999_900_000_001);
  });
});
