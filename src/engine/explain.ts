// settle + the steps in plain words (zh/en) with their sources: what `calc` shows; a stay that
// crosses a version is settled under the one the policy's stay_version names (stay-version.ts).
import type { Policy } from '../policy/schema.js';
import type { Claim, Explanation, Override } from './types.js';
import { rulesFor } from './rules.js';
import { settleWith, warningsOf } from './settle.js';
import { describeSteps } from './describe.js';
import { usesSelfPay } from './self-pay.js';
import { byStayVersion } from './stay-version.js';
import { emergencyTried } from './emergency.js';
import { statusFromOf } from './settle.js';
import { ceilingsSaid } from './ceilings-said.js';
import { groupsTried, severalGroupsOf } from './several-groups.js';

/** A claim explained; an emergency claim whose kind the text leaves open is tried as each kind (emergency.ts). */
export function explain(given: Claim, policy: Policy, overrides?: readonly Override[]): Explanation {
  // 同时具有两种以上特殊群体身份的，按待遇就高原则享受: each group alone, the policy's rule picks (several-groups.ts)
  if (severalGroupsOf(given)) return groupsTried(given, policy, overrides, (c) => explainOne(c, policy, overrides), (e) => e.result, (e, claim, said) => ({ ...e, claim, warnings: [...e.warnings, ...said] }));
  return explainOne(given, policy, overrides);
}

function explainOne(given: Claim, policy: Policy, overrides?: readonly Override[]): Explanation {
  // --retirement-processed: the status-since day by the policy's status_from, said first (status-from.ts)
  const { claim, warning } = statusFromOf(given, policy, overrides);
  if (!warning) return explainFiled(claim, policy, overrides);
  const e = explainFiled(claim, policy, overrides);
  return { ...e, warnings: [warning, ...e.warnings] };
}

function explainFiled(claim: Claim, policy: Policy, overrides?: readonly Override[]): Explanation {
  if (claim.filing !== 'emergency') return explainStay(claim, policy, overrides);
  return emergencyTried(
    claim,
    (c) => explainStay(c, policy, overrides),
    (e) => [e.result.fundPays, e.result.secondLayerPays ?? 0, e.result.assistancePays ?? 0],
    (e, note) => ({ ...e, claim, warnings: [...e.warnings, note] }),
  );
}

function explainStay(claim: Claim, policy: Policy, overrides?: readonly Override[]): Explanation {
  if (claim.dischargeDate === undefined) return explainOn(claim, policy, overrides, claim.date);
  // a stay whose discharge falls under another version: the one the policy's stay_version names (stay-version.ts)
  const { answer, warning } = byStayVersion(policy, claim, overrides, (day) => explainOn(claim, policy, overrides, day), (e) => e.result, (e) => e.policy.version);
  if (warning) answer.warnings.push(warning);
  return answer;
}

function explainOn(claim: Claim, policy: Policy, overrides: readonly Override[] | undefined, versionDate: string): Explanation {
  const rules = rulesFor(policy, claim, overrides, versionDate);
  const result = settleWith(rules, claim);
  const warnings = warningsOf(rules, claim, result);
  // the ceilings that held, named in JSON and say as the breakdown names them
  const ceilings = rules.model2 ? ceilingsSaid(rules.model2, claim, result) : undefined;
  if (ceilings) result.upliftCeilings = ceilings;
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
