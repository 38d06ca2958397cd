// Step 2, eligibility: where the policy links a benefit to a contribution level (Jiayu 2012:
// bands of the average wage, 60-79% inpatient, 80-94% also outpatient pooling, 95% and above
// also the chronic subsidy), the claim's level decides. The verdict says how it was decided:
// a stated band, the years rule (retirees who met the contribution years get every benefit),
// the reading between two whole-percentage bands (79.9%), or nothing stated (below every band).
import type { Status } from '../../domain.js';
import type { Bp } from '../types.js';

export interface ContributionRule {
  /** Lowest level that gets the benefit. */
  min: Bp;
  /** The stated top of the band below (79% under 80%); a level above it and below min is decided by a reading. */
  lowerTop: Bp | undefined;
  /** The lowest level any band states; below it the sources say nothing. */
  lowest: Bp | undefined;
  /** Statuses that must give their level. */
  requiredFor: readonly Status[];
  /** Statuses for whom meeting the required contribution years gives the benefit whatever the level. */
  yearsFor: readonly Status[];
}

export type Verdict =
  | 'eligible' // no rule, the level meets it, or a status the rule does not ask
  | 'years_met' // met the required contribution years
  | 'refused' // a stated band below the benefit's
  | 'refused_edge' // between two whole-percentage bands: refused by the reading
  | 'below_bands' // below every band the sources state: unknown, never refused
  | 'needs_contribution' // the level is required and not given
  | 'needs_years'; // the years rule applies: met years, or else a level, must be given

export const isEligibleVerdict = (v: Verdict): boolean => v === 'eligible' || v === 'years_met';

export function eligibility(rule: ContributionRule | undefined, status: Status | undefined, contribution: Bp | undefined, yearsMet: boolean | undefined): Verdict {
  if (!rule) return 'eligible';
  const years = status !== undefined && rule.yearsFor.includes(status);
  if (years && yearsMet === true) return 'years_met';
  if (contribution === undefined) {
    if (years) return 'needs_years';
    return status !== undefined && rule.requiredFor.includes(status) ? 'needs_contribution' : 'eligible';
  }
  if (contribution >= rule.min) return 'eligible';
  if (rule.lowest !== undefined && contribution < rule.lowest) return 'below_bands';
  if (rule.lowerTop !== undefined && contribution > rule.lowerTop) return 'refused_edge';
  return 'refused';
}

/** The bands decide this claim only by a reading: a status the years rule covers that did not say it met them. */
export const bandsByReading = (rule: ContributionRule | undefined, status: Status | undefined, yearsMet: boolean | undefined): boolean =>
  rule !== undefined && status !== undefined && rule.yearsFor.includes(status) && yearsMet !== true;
