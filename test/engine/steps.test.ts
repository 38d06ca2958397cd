// One test per step function, with numbers worked out by hand.
import { describe, expect, test } from 'vitest';
import { inScope } from '../../src/engine/steps/in_scope.js';
import { isEligible } from '../../src/engine/steps/eligibility.js';
import { deductibleApplied, deductibleRemaining } from '../../src/engine/steps/deductible.js';
import { effectiveRatio } from '../../src/engine/steps/ratio.js';
import { fundBeforeCap } from '../../src/engine/steps/fund.js';
import { capRemaining, fundPays } from '../../src/engine/steps/cap.js';
import { accountPays } from '../../src/engine/steps/account.js';
import { familyPays } from '../../src/engine/steps/family.js';
import { cashDue, patientShare } from '../../src/engine/steps/cash.js';

const cent = { mode: 'half_up', unit: '0.01' } as const;

test('in_scope = amount − out_of_scope', () => {
  expect(inScope(250000, 50000)).toBe(200000);
  expect(inScope(100, 100)).toBe(0);
});

describe('eligibility', () => {
  const rule = { min: 9500, requiredFor: ['active'] as const };
  test('no rule: eligible', () => expect(isEligible(undefined, 'active', undefined)).toBe(true));
  test('at or above the threshold', () => expect([isEligible(rule, 'active', 9500), isEligible(rule, 'active', 12000)]).toEqual([true, true]));
  test('below it', () => expect([isEligible(rule, 'active', 9499), isEligible(rule, 'retired', 9000)]).toEqual([false, false]));
  test('a required status without a level needs input; others pass', () =>
    expect([isEligible(rule, 'active', undefined), isEligible(rule, 'retired', undefined), isEligible(rule, undefined, undefined)]).toEqual(['needs_input', true, true]));
});

describe('deductible', () => {
  test('remaining never below 0', () => expect([deductibleRemaining(50000, 20000), deductibleRemaining(50000, 60000)]).toEqual([30000, 0]));
  test('applied is the smaller of in-scope and remaining', () => {
    expect(deductibleApplied(200000, 50000, 0)).toBe(50000);
    expect(deductibleApplied(30000, 50000, 0)).toBe(30000);
    expect(deductibleApplied(100000, 50000, 20000)).toBe(30000);
    expect(deductibleApplied(100000, 50000, 50000)).toBe(0);
  });
});

test('ratio: base plus uplift, never above 100%', () => {
  expect(effectiveRatio(8000, 500)).toBe(8500);
  expect(effectiveRatio(9800, 500)).toBe(10000);
  expect(effectiveRatio(7000, 0)).toBe(7000);
});

test('fund before cap = round((in-scope − deductible) × ratio)', () => {
  expect(fundBeforeCap(200000, 50000, 8000, cent)).toBe(120000);
  expect(fundBeforeCap(140002, 40000, 7500, cent)).toBe(75002); // 75001.5 fen -> 75002
  expect(fundBeforeCap(50000, 50000, 8000, cent)).toBe(0);
});

describe('cap', () => {
  test('remaining never below 0', () => expect([capRemaining(130000, 100000), capRemaining(130000, 140000)]).toEqual([30000, 0]));
  test('fund is limited by the remaining cap; an unknown cap limits nothing', () =>
    expect([fundPays(80000, 30000), fundPays(20000, 30000), fundPays(80000, null)]).toEqual([30000, 20000, 80000]));
});

test('account pays the in-scope part the fund leaves, up to the balance', () => {
  expect(accountPays(200000, 120000, 100000)).toBe(80000);
  expect(accountPays(200000, 120000, 30000)).toBe(30000);
  expect(accountPays(200000, 200000, 30000)).toBe(0);
});

test('family pays what the own account leaves, only when allowed', () => {
  expect(familyPays(200000, 136000, 20000, 100000, true)).toBe(44000);
  expect(familyPays(200000, 136000, 20000, 10000, true)).toBe(10000);
  expect(familyPays(200000, 136000, 20000, 100000, false)).toBe(0);
});

test('patient share and cash', () => {
  expect(patientShare(250000, 120000)).toBe(130000);
  expect(cashDue(130000, 80000, 0)).toBe(50000);
  expect(cashDue(64000, 20000, 44000)).toBe(0);
});
