// Amounts and dates as people type them (issue 12, item 3): each accepted form read to the
// exact value a clerk would read, and each form that is not clearly one value refused with the
// reason, never guessed.
import { describe, expect, test } from 'vitest';
import { parseAmount, parseDate, halfWidth } from '../../src/claim/index.js';
import { claimOk, claimProblem } from './helpers.js';

const fen = (typed: string) => {
  const r = parseAmount(halfWidth(typed));
  if (!r.ok) throw new Error(`${typed}: ${r.why?.en}`);
  return r.value;
};
const whyAmount = (typed: string) => {
  const r = parseAmount(halfWidth(typed));
  if (r.ok) throw new Error(`${typed} read as ${r.value}`);
  return r.why?.en ?? '(the message alone)';
};
const day = (typed: string) => {
  const r = parseDate(halfWidth(typed));
  if (!r.ok) throw new Error(`${typed}: ${r.why?.en}`);
  return r.value;
};
const whyDate = (typed: string) => {
  const r = parseDate(halfWidth(typed));
  if (r.ok) throw new Error(`${typed} read as ${r.value}`);
  return r.why?.en ?? '(the message alone)';
};

describe('amounts as typed', () => {
  test.each([
    ['2000', 200000],
    ['3,000', 300000],
    ['1,000.00', 100000],
    ['1,234,567.8', 123456780],
    ['1 200', 120000],
    ['1\u00a0200.50', 120050],
    ['¥500', 50000],
    ['￥1,200', 120000],
    ['¥ 500.5', 50050],
    ['500元', 50000],
    ['3,000元', 300000],
    ['RMB 80', 8000],
    ['１２０．５０', 12050],
    ['３，０００', 300000],
    [' 42 ', 4200],
    ['+15', 1500],
    ['0', 0],
    // Excel's accounting format (会计专用) shows zero as a dash, and a sheet saved as CSV keeps it
    [' ¥-   ', 0],
    ['-', 0],
    ['¥ -', 0],
  ])('%s is %d fen', (typed, expected) => {
    expect(fen(typed)).toBe(expected);
  });

  test('a comma that is not a thousands separator is refused, naming it', () => {
    expect(whyAmount('1,00')).toContain('exactly three digits');
    expect(whyAmount('1,0000')).toContain('exactly three digits');
    expect(whyAmount('12,34.5')).toContain('exactly three digits');
    expect(whyAmount('3.000,5')).toContain('decimal comma');
    expect(whyAmount('1.000.000')).toContain('more than one decimal point');
  });

  test('three decimals, a minus sign, spaces that are not grouping, scientific notation, a percentage', () => {
    // what was wrong, said in so many words (issue 11: a refused amount names what was wrong)
    expect(whyAmount('1.005')).toBe('it has more than two decimals (amounts go to the fen).');
    expect(whyAmount('1,000.005')).toBe('it has more than two decimals (amounts go to the fen).');
    expect(whyAmount('-50')).toBe('an amount cannot be negative.');
    expect(whyAmount('(50)')).toBe('an amount cannot be negative.');
    expect(whyAmount('12 34')).toContain('more than one number');
    expect(whyAmount('1.2E+05')).toContain('scientific notation');
    expect(whyAmount('50%')).toContain('percentage');
    expect(whyAmount('一百')).toBe('write the amount in digits, e.g. 100.');
    expect(whyAmount('abc')).toBe('this is not a number.');
    expect(whyAmount('')).toBe('this is not a number.');
  });

  test('the claim message names the field, the value and the reason', () => {
    const p = claimProblem({ scheme: 'employee', status: 'active', tier: '1', amount: '1,00' }, { city: 'suizhou', date: '2024-05-01' });
    expect(p.field).toBe('amount');
    expect(p.message.en).toBe('invalid total cost: "1,00"; a thousands separator "," must be followed by exactly three digits (as in 3,000); "1,00" is not clearly one amount. Expected an amount in yuan from 0 to 100000000 with at most two decimals, e.g. 120.50.');
    expect(p.message.zh).toContain('总费用无效:"1,00";千位分隔符');
  });
});

describe('dates as typed', () => {
  test.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-3-5', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024/03/05', '2024-03-05'],
    ['2024.3.5', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['2024年03月05日', '2024-03-05'],
    ['2024年3月5号', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['2024-03-02 10:30:00', '2024-03-02'],
    ['2024/3/2 10:30', '2024-03-02'],
    ['2024-03-02T10:30:00.000Z', '2024-03-02'],
    ['2024-03-02T23:59:59+08:00', '2024-03-02'],
    ['2024年3月2日 8:05', '2024-03-02'],
    ['２０２４－０３－０５', '2024-03-05'],
    ['2024-02-29', '2024-02-29'],
    ['3/25/2024', '2024-03-25'],
    ['25/3/2024', '2024-03-25'],
    ['25.03.2024 08:00', '2024-03-25'],
    ['3/3/2024', '2024-03-03'],
  ])('%s is %s', (typed, expected) => {
    expect(day(typed)).toBe(expected);
  });

  test('what is not clearly one day is refused with the reason', () => {
    expect(whyDate('3/5/2024')).toContain('the month and the day cannot be told apart');
    expect(whyDate('05.03.2024')).toContain('the month and the day cannot be told apart');
    expect(whyDate('45356')).toContain('Excel date serial number');
    expect(whyDate('24-3-5')).toContain('four digits');
    expect(whyDate('2023-02-29')).toBe('that day does not exist.');
    expect(whyDate('2024/4/31')).toBe('that day does not exist.');
    expect(whyDate('2024-03-05 25:00')).toBe('the time of day does not exist.');
    expect(whyDate('2024-03-05 morning')).toContain('is not a time of day');
    expect(whyDate('2024-03/05')).toBe('(the message alone)');
    expect(whyDate('202435')).toBe('(the message alone)');
    expect(whyDate('')).toBe('(the message alone)');
  });

  test('a claim without a date and without a default is missing its date (batch: a blank date is never today)', () => {
    const p = claimProblem({ scheme: 'employee', status: 'active', tier: '1', amount: '1' }, { city: 'suizhou' } as { city: string; date: string });
    expect(p).toMatchObject({ field: 'date', code: 'missing' });
    expect(claimOk({ scheme: 'employee', status: 'active', tier: '1', amount: '1', date: '2024年5月1日' }, { city: 'suizhou', date: '2020-01-01' }).date).toBe('2024-05-01');
  });
});
