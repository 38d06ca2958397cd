// One test per step function, with numbers worked out by hand.
import { describe, expect, test } from 'vitest';
import { inScope } from '../../src/engine/steps/in_scope.js';
import { bandsByReading, eligibility } from '../../src/engine/steps/eligibility.js';
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

describe('eligibility (Jiayu-like: bands 60-79%, 80-94%, 95%+; retirees who met the years get every benefit)', () => {
  // outpatient: from 80%; the band below tops at 79%; nothing is stated below 60%
  const rule = { min: 8000, lowerTop: 7900, lowest: 6000, requiredFor: ['active'] as const, yearsFor: ['retired'] as const };
  const closed = { min: 9500, lowerTop: undefined, lowest: undefined, requiredFor: ['active'] as const, yearsFor: [] as const };
  test('no rule: eligible', () => expect(eligibility(undefined, 'active', undefined, undefined)).toBe('eligible'));
  test('at or above the threshold', () => expect([eligibility(rule, 'active', 8000, undefined), eligibility(rule, 'active', 12000, undefined)]).toEqual(['eligible', 'eligible']));
  test('79% is the stated band below: refused; 79.9% is between the bands: refused by the reading', () =>
    expect([eligibility(rule, 'active', 7900, undefined), eligibility(rule, 'active', 7990, undefined), eligibility(rule, 'active', 6000, undefined)]).toEqual(['refused', 'refused_edge', 'refused']));
  test('below every stated band: unknown, never refused', () => expect(eligibility(rule, 'active', 5999, undefined)).toBe('below_bands'));
  test('a retiree who met the years gets the benefit whatever the level', () =>
    expect([eligibility(rule, 'retired', 5000, true), eligibility(rule, 'retired', undefined, true)]).toEqual(['years_met', 'years_met']));
  test('a retiree who did not meet them, or did not say, is checked against the bands, and must then give a level', () => {
    expect([eligibility(rule, 'retired', 7000, false), eligibility(rule, 'retired', 7000, undefined), eligibility(rule, 'retired', 9000, undefined)]).toEqual(['refused', 'refused', 'eligible']);
    expect([eligibility(rule, 'retired', undefined, false), eligibility(rule, 'retired', undefined, undefined)]).toEqual(['needs_years', 'needs_years']);
    expect([bandsByReading(rule, 'retired', undefined), bandsByReading(rule, 'retired', false), bandsByReading(rule, 'retired', true), bandsByReading(rule, 'active', undefined)]).toEqual([true, true, false, false]);
  });
  test('a required status without a level needs input; a status the rule does not ask passes', () =>
    expect([eligibility(closed, 'active', undefined, undefined), eligibility(closed, 'retired', undefined, undefined), eligibility(closed, 'retired', 9000, undefined)]).toEqual(['needs_contribution', 'eligible', 'refused']));
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
