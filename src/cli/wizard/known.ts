// What the policy does state for a claim it cannot answer, so that the stop screen can tell
// a citizen what is known (Suizhou residents: the 350-yuan outpatient limit) and what it rests
// on (the quote, and the reading or the inference when the value is one), before what is not.
import { versionInForce } from '../../engine/index.js';
import type { BenefitId, Scheme, Status, Tier } from '../../domain.js';
import type { ParamValue, Policy, SourcedValue } from '../../policy/schema.js';
import { isSourced } from '../../policy/sourced.js';

export type KnownParam = 'deductible' | 'ratio' | 'retiree_bonus' | 'cap';

export interface KnownValue {
  param: KnownParam;
  value: number;
  sourced: SourcedValue;
}

const PARAMS: readonly KnownParam[] = ['cap', 'deductible', 'ratio', 'retiree_bonus'];

/** The one value of a parameter that applies to this status and tier, when it can be told. */
function pick(param: ParamValue | undefined, status: Status | undefined, tier: Tier | undefined): SourcedValue | undefined {
  if (param === undefined || isSourced(param)) return param;
  const byStatus = status === undefined ? undefined : param[status];
  const level = byStatus ?? param;
  if (isSourced(level)) return level;
  if (tier === undefined) return undefined;
  const atTier = (level as Record<string, SourcedValue | Record<string, SourcedValue>>)[tier];
  return atTier !== undefined && isSourced(atTier) ? atTier : undefined;
}

/** The stated or inferred deductible, ratio, uplift and cap for this claim so far (unknown ones left out). */
export function knownValues(policy: Policy, date: string, benefit: BenefitId, scheme: Scheme, status?: Status, tier?: Tier): KnownValue[] {
  const rules = versionInForce(policy, date)?.benefits[benefit]?.[scheme];
  if (!rules) return [];
  const place = tier === undefined ? undefined : (policy.tiers[tier]?.counts_as ?? tier);
  const out: KnownValue[] = [];
  for (const param of PARAMS) {
    if (param === 'retiree_bonus' && status !== 'retired') continue;
    const sourced = pick(rules[param] as ParamValue | undefined, status, place);
    if (sourced && sourced.value !== null) out.push({ param, value: sourced.value, sourced });
  }
  return out;
}
