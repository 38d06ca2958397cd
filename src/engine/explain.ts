// settle + the steps in plain words (zh/en) with their sources: what `calc` shows.
import type { Policy } from '../policy/schema.js';
import type { Claim, Explanation, Override } from './types.js';
import { rulesFor } from './rules.js';
import { settleWith, warningsOf } from './settle.js';
import { describeSteps } from './describe.js';
import { usesSelfPay } from './self-pay.js';

export function explain(claim: Claim, policy: Policy, overrides?: readonly Override[]): Explanation {
  const rules = rulesFor(policy, claim, overrides);
  const result = settleWith(rules, claim);
  const warnings = warningsOf(rules, claim, result);
  return {
    policy: { id: policy.id, name: policy.name, version: rules.version.effective },
    claim,
    steps: describeSteps({ claim, s: result, rules }),
    result,
    warnings,
    deductiblePeriod: rules.deductiblePeriod,
    ...(usesSelfPay(rules, result, claim) ? { selfPay: true } : {}),
  };
}
