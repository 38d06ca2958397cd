// Which benefits a policy version can compute: a benefit and scheme is computable when, for at
// least one status and tier, both the deductible and the ratio are known (stated or inferred).
// An unknown cap does not stop a computation (the contract warns instead).
import { BENEFITS, STATUSES, type BenefitId, type Scheme } from '../../domain.js';
import type { ParamValue, Policy, PolicyVersion, SourcedValue } from '../../policy/schema.js';
import { isSourced, ratioParamOf } from '../../policy/sourced.js';

export interface Computable {
  benefit: BenefitId;
  scheme: Scheme;
  /** Some value it relies on is inferred rather than stated. */
  inferred: boolean;
}

/** The value for a status (employees) and tier; community falls back to the tier it counts as. */
export function resolveParam(param: ParamValue, status: string | undefined, tier: string, policy: Policy): SourcedValue | undefined {
  if (isSourced(param)) return param;
  const byStatus = status !== undefined ? param[status] : undefined;
  const scope = byStatus ?? param;
  if (isSourced(scope)) return scope;
  const direct = scope[tier];
  if (isSourced(direct)) return direct;
  const countsAs = policy.tiers[tier as keyof Policy['tiers']]?.counts_as;
  const fallback = countsAs ? scope[countsAs] : undefined;
  return isSourced(fallback) ? fallback : undefined;
}

/** A benefit with some of its deductible and ratio known, but never both together. */
export interface Partial {
  benefit: BenefitId;
  scheme: Scheme;
  missing: ('deductible' | 'ratio')[];
}

export function partialBenefits(policy: Policy, version: PolicyVersion): Partial[] {
  const can = computableBenefits(policy, version);
  const out: Partial[] = [];
  for (const benefit of BENEFITS) {
    for (const scheme of ['employee', 'resident'] as const) {
      const rules = version.benefits[benefit]?.[scheme];
      if (!rules || can.some((c) => c.benefit === benefit && c.scheme === scheme)) continue;
      const known = (p: ParamValue) => leaves(p).some((v) => v.value !== null);
      const missing = (['deductible', 'ratio'] as const).filter((k) => !known(k === 'ratio' ? ratioParamOf(rules) : rules[k]));
      if (missing.length === 1) out.push({ benefit, scheme, missing: [...missing] });
    }
  }
  return out;
}

function leaves(p: ParamValue): SourcedValue[] {
  if (isSourced(p)) return [p];
  return Object.values(p).flatMap((inner) => (isSourced(inner) ? [inner] : Object.values(inner)));
}

export function computableBenefits(policy: Policy, version: PolicyVersion): Computable[] {
  const out: Computable[] = [];
  for (const benefit of BENEFITS) {
    for (const scheme of ['employee', 'resident'] as const) {
      const rules = version.benefits[benefit]?.[scheme];
      if (!rules) continue;
      const statuses = scheme === 'employee' ? [...STATUSES] : [undefined];
      let found: boolean | undefined; // undefined: none; false: stated; true: only with inferred
      for (const status of statuses) {
        for (const tier of Object.keys(policy.tiers)) {
          const d = resolveParam(rules.deductible, status, tier, policy);
          const r = resolveParam(ratioParamOf(rules), status, tier, policy);
          if (d?.value == null || r?.value == null) continue;
          const inferred = Boolean(d.inferred || r.inferred);
          found = found === undefined ? inferred : found && inferred;
        }
      }
      if (found !== undefined) out.push({ benefit, scheme, inferred: found });
    }
  }
  return out;
}
