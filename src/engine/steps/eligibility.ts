// Step 2, eligibility: where the policy links a benefit to a contribution level (Jiayu 2012:
// 80% of the average wage for outpatient pooling, 95% for the chronic subsidy), a claim below
// it gets fund 0 with the reason. A status listed in required_for must give its level;
// others are checked only when they give one.
import type { Status } from '../../domain.js';
import type { Bp } from '../types.js';

export interface ContributionRule {
  min: Bp;
  requiredFor: readonly Status[];
}

/** true / false, or 'needs_input' when the rule requires a level the claim does not give. */
export function isEligible(rule: ContributionRule | undefined, status: Status | undefined, contribution: Bp | undefined): boolean | 'needs_input' {
  if (!rule) return true;
  if (contribution === undefined) return status !== undefined && rule.requiredFor.includes(status) ? 'needs_input' : true;
  return contribution >= rule.min;
}
