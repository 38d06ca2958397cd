// Step ratio, the age uplifts (policy model 2): a band of ages, from `min` (年满65周岁) and below
// `under` (未满18周岁), each uplift's points added where the claim's age is in its band. The age
// on a day is ageOn's; which day a rule takes is the policy's (settle2.ts asks for what it needs).
import type { Claim } from '../types.js';
import { ageOn } from './age.js';

/** An age band: from `min` (0: none) and below `under` (null: none). */
export interface AgeBand {
  min: number;
  under: number | null;
}

export const inBand = (age: number, b: AgeBand): boolean => age >= b.min && (b.under === null || age < b.under);

/**
 * Whether the claim's age on admission and on discharge fall on both sides of the band's bound
 * (only a claim with a birth date and both days, and no age given outright).
 */
export function ageDaysDiffer(b: AgeBand, claim: Claim): boolean {
  if (claim.age !== undefined || claim.birthDate === undefined || claim.dischargeDate === undefined) return false;
  return inBand(ageOn(claim.birthDate, claim.date), b) !== inBand(ageOn(claim.birthDate, claim.dischargeDate), b);
}

/**
 * Whether the age on admission alone decides the band for the stay (the age only grows): true
 * or false where it does, undefined where the discharge day could change it.
 */
export function bandFromAdmission(atAdmission: number, b: AgeBand): boolean | undefined {
  if (b.under !== null && atAdmission >= b.under) return false;
  if (b.under === null && atAdmission >= b.min) return true;
  return undefined;
}
