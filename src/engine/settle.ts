// The numbers of one claim (contract "The steps" 1-10), the batch fast path: rules come from
// the cache, the rest is integer arithmetic. Eligibility is decided before the deductible and
// ratio are needed, so a refused claim is answered even where those are unknown.
import type { Policy, PolicyVersion } from '../policy/schema.js';
import type { Claim, Override, Settlement, Warning } from './types.js';
import { PolicyError } from './types.js';
import { rulesFor, type Rules } from './rules.js';
import { engineMessages as M } from './messages.js';
import { inScope } from './steps/in_scope.js';
import { isEligible } from './steps/eligibility.js';
import { deductibleApplied } from './steps/deductible.js';
import { fundBeforeCap } from './steps/fund.js';
import { capRemaining, fundPays } from './steps/cap.js';
import { accountPays } from './steps/account.js';
import { familyPays } from './steps/family.js';
import { cashDue, patientShare } from './steps/cash.js';

export interface SettleResult {
  settlement: Settlement;
  warnings: Warning[];
  version: PolicyVersion;
}

function checkEligibility(rules: Rules, claim: Claim): boolean {
  if (rules.eligibilityProblem) throw rules.eligibilityProblem;
  const verdict = isEligible(rules.eligibility, claim.status, claim.contribution);
  if (verdict === 'needs_input') throw new PolicyError('needs_input', M.needsContribution(rules.eligibility!.rule), 2);
  return verdict;
}

/** Settles a claim against the rules already resolved for it. */
export function settleWith(rules: Rules, claim: Claim): Settlement {
  const scope = inScope(claim.amount, claim.outOfScope);
  const eligible = checkEligibility(rules, claim);
  if (eligible && rules.unanswerable) throw rules.unanswerable;
  const deductible = eligible ? rules.deductible.value! : null;
  const applied = deductible === null ? 0 : deductibleApplied(scope, deductible, claim.ytdDeductible);
  const ratio = eligible ? rules.ratio! : null;
  const before = ratio === null ? 0 : fundBeforeCap(scope, applied, ratio, rules.rounding);
  const cap = rules.cap.value;
  const remaining = cap === null ? null : capRemaining(cap, claim.ytdFund);
  const fund = fundPays(before, remaining);
  const share = patientShare(claim.amount, fund);
  const account = accountPays(scope, fund, claim.account);
  const allowed = claim.relation !== undefined && rules.familyRefused[claim.relation] === undefined;
  const family = claim.family > 0 ? familyPays(scope, fund, account, claim.family, allowed) : 0;
  const s: Settlement = {
    amount: claim.amount,
    outOfScope: claim.outOfScope,
    inScope: scope,
    eligible,
    deductible,
    deductibleApplied: applied,
    ratio,
    fundBeforeCap: before,
    cap,
    capRemaining: remaining,
    fundPays: fund,
    patientShare: share,
    accountPays: account,
    familyPays: family,
    cashDue: cashDue(share, account, family),
    ytdDeductibleAfter: claim.ytdDeductible + applied,
    ytdFundAfter: claim.ytdFund + fund,
  };
  if (!eligible) s.ineligibleReason = M.ineligible(rules.eligibility!.rule, claim.contribution!, rules.eligibility!.min);
  if (claim.family > 0 && !allowed) s.familyRefusedReason = rules.familyRefused[claim.relation!];
  return s;
}

/** The numbers of a claim, the warnings that apply and the policy version used. */
export function settle(claim: Claim, policy: Policy, overrides?: readonly Override[]): SettleResult {
  const rules = rulesFor(policy, claim, overrides);
  const settlement = settleWith(rules, claim);
  // A copy: the cached arrays are shared by every claim of the same combination.
  return { settlement, warnings: (settlement.eligible ? rules.warnings : rules.baseWarnings).slice(), version: rules.version };
}
