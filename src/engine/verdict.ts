// The claim's eligibility verdict against its combination's rules (steps/eligibility.ts), or the
// PolicyError the answer turns on: a contribution level or the years needed, nothing stated below
// the bands. Shared by the model-1 and model-2 settlements.
import type { Claim } from './types.js';
import { PolicyError } from './types.js';
import type { Rules } from './rules.js';
import { engineMessages as M } from './messages.js';
import { bandsByReading, eligibility, type Verdict } from './steps/eligibility.js';

/** The claim's eligibility verdict; throws what the answer turns on (a level or the years needed, nothing stated below the bands). */
export function verdictOf(rules: Rules, claim: Claim): Verdict {
  if (rules.eligibilityProblem) throw rules.eligibilityProblem;
  const e = rules.eligibility;
  const verdict = eligibility(e, claim.status, claim.contribution, claim.yearsMet);
  if (verdict === 'needs_contribution') throw new PolicyError('needs_input', M.needsContribution(e!.rule), 2, 'contribution');
  if (verdict === 'needs_years') {
    if (claim.yearsMet === false) throw new PolicyError('needs_input', M.needsContribution(e!.rule), 2, 'contribution');
    throw new PolicyError('needs_input', M.needsYears(e!.years!), 2, 'contribution_years_met');
  }
  if (verdict === 'below_bands') {
    const byYears = bandsByReading(e, claim.status, claim.yearsMet);
    throw new PolicyError('unknown_parameter', M.belowBands(e!.path, claim.contribution!, e!.lowest!, byYears), 3, 'contribution');
  }
  return verdict;
}

