// What the policy does state for a claim it cannot answer, so that the stop screen can tell
// a citizen what is known (Suizhou residents: the 350-yuan outpatient limit) and what it rests
// on (the quote, and the reading or the inference when the value is one), before what is not.
// Each value is resolved by the engine's own resolver (engine/params.ts), so that a grade
// (一档/二档) or a facility with a standard of its own picks the entry calc would use.
import { versionInForce } from '../../engine/index.js';
import { resolveParam, type ParamName } from '../../engine/params.js';
import type { Grade } from '../../engine/types.js';
import { TIERS, type BenefitId, type Scheme, type Status, type Tier } from '../../domain.js';
import type { ParamValue, Policy, SourcedValue } from '../../policy/schema.js';

export type KnownParam = 'deductible' | 'ratio' | 'retiree_bonus' | 'cap';

export interface KnownValue {
  param: KnownParam;
  value: number;
  sourced: SourcedValue;
}

/** The claim so far: what is not given yet (the level, the grade) is left out. */
export interface KnownQuery {
  date: string;
  benefit: BenefitId;
  scheme: Scheme;
  status?: Status | undefined;
  tier?: Tier | undefined;
  grade?: Grade | undefined;
  facility?: string | undefined;
}

const PARAMS: readonly KnownParam[] = ['cap', 'deductible', 'ratio', 'retiree_bonus'];

/** The stated or inferred value at one level, or undefined (unknown, or keyed by what the claim does not give yet). */
function atTier(policy: Policy, node: ParamValue, q: KnownQuery, param: ParamName, tier: Tier): SourcedValue | undefined {
  try {
    const r = resolveParam(policy, node, { benefit: q.benefit, scheme: q.scheme, param, status: q.status, tier, grade: q.grade, facility: q.facility }, []);
    return r?.value === null ? undefined : r?.provenance.sourced;
  } catch {
    return undefined; // a map by status, grade or level the claim does not give: not known yet
  }
}

/** The one value of a parameter for this claim; before the level is chosen, one the same at every level. */
function resolved(policy: Policy, node: ParamValue, q: KnownQuery, param: ParamName): SourcedValue | undefined {
  if (q.tier !== undefined) return atTier(policy, node, q, param, q.tier);
  const each = TIERS.filter((t) => policy.tiers[t] !== undefined).map((t) => atTier(policy, node, q, param, t));
  return each.length > 0 && each.every((v) => v !== undefined && v === each[0]) ? each[0] : undefined;
}

/** The stated or inferred deductible, ratio, uplift and cap for this claim so far (unknown ones left out). */
export function knownValues(policy: Policy, q: KnownQuery): KnownValue[] {
  const rules = versionInForce(policy, q.date)?.benefits[q.benefit]?.[q.scheme];
  if (!rules) return [];
  const out: KnownValue[] = [];
  for (const param of PARAMS) {
    if (param === 'retiree_bonus' && q.status !== 'retired') continue;
    // a yearly cap by age (其中年满70周岁的退休人员4000元): the general cap is not this patient's known cap
    if (param === 'cap' && rules.age_cap && (!rules.age_cap.statuses || (q.status !== undefined && rules.age_cap.statuses.includes(q.status)))) continue;
    const node = rules[param] as ParamValue | undefined;
    const sourced = node === undefined ? undefined : resolved(policy, node, q, param);
    if (sourced && sourced.value !== null) out.push({ param, value: sourced.value, sourced });
  }
  return out;
}
