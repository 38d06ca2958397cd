// Which benefits a policy version can compute: a benefit and scheme is computable when, for at
// least one status, resident grade and tier, the engine resolves its rules (src/engine/rules.ts:
// the same resolution a claim gets, grade maps, bands and model-2 structures included) and the
// deductible and ratio are known (stated or inferred). An unknown cap does not stop a
// computation (the contract warns instead). Where only some grades compute, they are named.
import { BENEFITS, STATUSES, type BenefitId, type Scheme, type Status, type Tier } from '../../domain.js';
import type { ParamValue, Policy, SourcedValue } from '../../policy/schema.js';
import { isSourced, ratioParamOf } from '../../policy/sourced.js';
import { combinationRules, type Rules } from '../../engine/rules.js';
import { PolicyError, type Grade } from '../../engine/types.js';
import { benefitScheme, type Lang } from './words.js';

export interface Computable {
  benefit: BenefitId;
  scheme: Scheme;
  /** Some value it relies on is inferred rather than stated. */
  inferred: boolean;
  /** The resident grades that compute, given only when some grades of the policy do not. */
  grades?: Grade[];
}

/** A benefit with some of its deductible and ratio known, but never both together. */
export interface Partial {
  benefit: BenefitId;
  scheme: Scheme;
  missing: ('deductible' | 'ratio')[];
}

export function partialBenefits(policy: Policy, index: number, can: readonly Computable[] = computableBenefits(policy, index)): Partial[] {
  const version = policy.versions[index]!;
  const out: Partial[] = [];
  for (const benefit of BENEFITS) {
    for (const scheme of ['employee', 'resident'] as const) {
      const rules = version.benefits[benefit]?.[scheme];
      if (!rules || can.some((c) => c.benefit === benefit && c.scheme === scheme)) continue;
      const known = (p: ParamValue | undefined) => p === undefined || leaves(p).some((v) => v.value !== null);
      const missing = (['deductible', 'ratio'] as const).filter((k) => !known(k === 'ratio' ? ratioParamOf(rules) : rules[k]));
      if (missing.length === 1) out.push({ benefit, scheme, missing: [...missing] });
    }
  }
  return out;
}

function leaves(p: ParamValue): SourcedValue[] {
  if (isSourced(p)) return [p];
  return Object.values(p as Record<string, ParamValue>).flatMap(leaves);
}

/**
 * The engine's rules of one combination; undefined where its deductible or ratio is unknown; or
 * the PolicyError the engine throws for every claim of it (a model-2 structure the sources leave
 * unknown, a grade map and no grade).
 */
function rulesOf(policy: Policy, index: number, q: Parameters<typeof combinationRules>[2]): Rules | PolicyError | undefined {
  try {
    const rules = combinationRules(policy, index, q);
    return rules.unanswerable ? undefined : rules;
  } catch (error) {
    if (error instanceof PolicyError) return error;
    throw error;
  }
}

/** A benefit whose deductible and ratio are known, refused by an unknown structure (calc's exit-3 message). */
export interface Refused {
  benefit: BenefitId;
  scheme: Scheme;
  reason: { zh: string; en: string };
}

/** The deductible or a ratio (any band's) is inferred rather than stated. */
function isInferred(r: Rules): boolean {
  const kinds = [r.deductible, r.ratioBase, ...(r.model2?.bands.map((b) => b.resolved) ?? [])].map((x) => x.provenance.kind);
  return kinds.includes('inferred');
}

export function computableBenefits(policy: Policy, index: number): Computable[] {
  return survey(policy, index).computable;
}

/** Each benefit and scheme that computes (for some status, grade and tier), and the others a structure refuses. */
export function survey(policy: Policy, index: number): { computable: Computable[]; refused: Refused[] } {
  const version = policy.versions[index]!;
  const policyGrades = Object.keys(policy.grades ?? {}) as Grade[];
  const out: Computable[] = [];
  const refused: Refused[] = [];
  for (const benefit of BENEFITS) {
    for (const scheme of ['employee', 'resident'] as const) {
      if (!version.benefits[benefit]?.[scheme]) continue;
      const statuses: (Status | undefined)[] = scheme === 'employee' ? [...STATUSES] : [undefined];
      const grades: (Grade | undefined)[] = scheme === 'resident' && policyGrades.length ? policyGrades : [undefined];
      const computing = new Set<Grade | undefined>();
      let found: boolean | undefined; // undefined: none; false: stated; true: only with inferred
      let refusal: PolicyError | undefined;
      for (const grade of grades) {
        for (const status of statuses) {
          for (const tier of Object.keys(policy.tiers) as Tier[]) {
            const rules = rulesOf(policy, index, { benefit, scheme, status, tier, grade });
            if (rules instanceof PolicyError && rules.code === 'unknown_parameter') refusal ??= rules;
            if (!rules || rules instanceof PolicyError) continue;
            computing.add(grade);
            const inferred = isInferred(rules);
            found = found === undefined ? inferred : found && inferred;
          }
        }
      }
      if (found === undefined) {
        if (refusal) refused.push({ benefit, scheme, reason: refusal.messages });
        continue;
      }
      const some = grades.filter((g): g is Grade => g !== undefined && computing.has(g));
      out.push({ benefit, scheme, inferred: found, ...(some.length < policyGrades.length && scheme === 'resident' ? { grades: some } : {}) });
    }
  }
  return { computable: out, refused };
}

/** "住院·居民(仅一档)(含推定值)" / "inpatient, residents (grade 1 only) (inferred values)". */
export function computableText(c: { benefit: BenefitId; scheme: Scheme; inferred: boolean; grades?: { name: string }[] | undefined }, lang: Lang): string {
  const zh = lang === 'zh';
  const only = c.grades ? (zh ? `(仅${c.grades.map((g) => g.name).join('、')})` : ` (${c.grades.map((g) => g.name).join(', ')} only)`) : '';
  return benefitScheme(c.benefit, c.scheme, lang) + only + (c.inferred ? (zh ? '(含推定值)' : ' (inferred values)') : '');
}

/** The computable list with each grade by the policy's own word (一档), as `policy list --json` gives it. */
export function computableNamed(policy: Policy, can: readonly Computable[], lang: Lang): (Omit<Computable, 'grades'> & { grades?: { grade: Grade; name: string }[] })[] {
  return can.map(({ grades, ...c }) => (grades ? { ...c, grades: grades.map((grade) => ({ grade, name: policy.grades?.[grade]?.name[lang] ?? grade })) } : c));
}
