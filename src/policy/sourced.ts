// Tells one sourced value ({ value, source, quote, … }) from a map of them keyed by status or
// tier. Type-only use of the schema, so the engine, lint and `policy list`/`policy show` share
// it without loading zod.
import type { ParamValue, SourcedValue } from './schema.js';
import type { DiseaseLimitsValue, DiseaseLimitValue, SeveralRuleValue } from './schema-v2.js';

/** The benefit names of an `assistance.benefits` list (an entry with its own citation or reading gives its `value`). */
export const benefitNames = <B extends string>(list: readonly (B | { value: B })[]): B[] => list.map((b) => (typeof b === 'string' ? b : b.value));

export const isSourced = (v: unknown): v is SourcedValue => typeof v === 'object' && v !== null && Object.hasOwn(v, 'value');

/** 门诊慢特病: the several rule keyed by scheme ({ employee, resident }) rather than one rule (it has a `value`). */
export const isSeveralKeyed = (s: NonNullable<DiseaseLimitsValue['several']>): s is Exclude<NonNullable<DiseaseLimitsValue['several']>, SeveralRuleValue> => !Object.hasOwn(s, 'value');

/** A disease's limit keyed by scheme ({ employee, resident }) rather than one sourced value. */
export const isLimitKeyed = (l: DiseaseLimitValue | undefined): l is Exclude<DiseaseLimitValue, SourcedValue> => l !== undefined && !isSourced(l);

/**
 * A scheme's ratio parameter: `ratio`, or where the policy gives the ratios in bands (policy 2)
 * the first band's (lint requires one of the two).
 */
/** The scheme's ratio, or its first band's (the first band always gives its own: a later one may be the band before plus points). */
export const ratioParamOf = (rules: { ratio?: ParamValue | undefined; bands?: { segments: { ratio?: ParamValue | undefined }[] } | undefined }): ParamValue =>
  (rules.ratio ?? rules.bands?.segments[0]?.ratio)!;

/** Whether a policy uses policy model 2 (schema yibao.policy/2). */
export const isModel2 = (policy: { schema: string }): boolean => policy.schema === 'yibao.policy/2';

/** The employees' share: one value, or one per status (在职10%，退休人员5%). */
export type StatusKeyed = SourcedValue | { active: SourcedValue; retired: SourcedValue };

/** A first-pay share as the file gives it: one value, or one per scheme (职工 5%、居民 10%), the employees' maybe per status. */
export type SchemeKeyed = SourcedValue | { employee: StatusKeyed; resident: SourcedValue };

/**
 * The share for a scheme and status, with the path suffix that names it (`.resident`,
 * `.employee.retired`, or '' where one value serves both). A status-keyed share needs the status
 * (a claim of an employee always has one); without it, the active share.
 */
export function shareForScheme(share: SchemeKeyed, scheme: 'employee' | 'resident', status?: 'active' | 'retired'): { v: SourcedValue; key: string } {
  if (isSourced(share)) return { v: share, key: '' };
  const mine = share[scheme];
  if (isSourced(mine)) return { v: mine, key: `.${scheme}` };
  const s = status ?? 'active';
  return { v: mine[s], key: `.${scheme}.${s}` };
}

/** Every share of a keyed first-pay share with its path suffix, for lint and `policy show`. */
export function sharesOf(share: SchemeKeyed): { v: SourcedValue; key: string[] }[] {
  if (isSourced(share)) return [{ v: share, key: [] }];
  const e = share.employee;
  const employee = isSourced(e) ? [{ v: e, key: ['employee'] }] : (['active', 'retired'] as const).map((s) => ({ v: e[s], key: ['employee', s] }));
  return [...employee, { v: share.resident, key: ['resident'] }];
}

/** One age uplift as the file writes it: its fields, by the schema (type only). */
export interface AgeBonusLike {
  min_age?: SourcedValue | undefined;
  below_age?: SourcedValue | undefined;
  value: SourcedValue;
  age_on: { value: 'admission' | 'discharge' | null; note?: unknown; reading?: unknown };
  statuses?: readonly ('active' | 'retired')[] | undefined;
}

/**
 * A scheme's age uplifts as a list with the path of each (`age_bonus` for the one-object form,
 * `age_bonus.0`, `age_bonus.1` … for a list).
 */
export function ageBonusesOf<T extends AgeBonusLike>(v: T | readonly T[] | undefined, base: string): { rule: T; path: string; at: (string | number)[] }[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return [{ rule: v as T, path: `${base}.age_bonus`, at: ['age_bonus'] }];
  return (v as readonly T[]).map((rule, i) => ({ rule, path: `${base}.age_bonus.${i}`, at: ['age_bonus', i] }));
}

/** Whether an age uplift applies to a status (one for some statuses only, 退休人员再提高…, not to others nor to residents). */
export const ageBonusFor = (rule: AgeBonusLike, status: 'active' | 'retired' | undefined): boolean => !rule.statuses || (status !== undefined && rule.statuses.includes(status));

export const BENEFIT_KEYS = ['inpatient', 'chronic', 'outpatient'] as const;
type BenefitKey = (typeof BENEFIT_KEYS)[number];

/** A first-pay share keyed by benefit (住院…10%；门诊慢特病和普通门诊统筹…5%): each entry one share or keyed by scheme. */
export type BenefitKeyed = Partial<Record<BenefitKey, SchemeKeyed>>;

/** 乙类先行自付 as the file gives it: one share, keyed by scheme (and status), or keyed by benefit first. */
export type FirstPayKeyed = SchemeKeyed | BenefitKeyed;

/** Whether a first-pay share is keyed by benefit (its keys are benefits, not schemes). */
export const isBenefitKeyed = (share: FirstPayKeyed): share is BenefitKeyed =>
  !isSourced(share) && BENEFIT_KEYS.some((b) => Object.hasOwn(share, b));

/**
 * The share of a claim's benefit, scheme and status with its path suffix (`.chronic`,
 * `.chronic.employee.retired`); undefined where the share is keyed by benefit and names not this one
 * (no 乙类先行自付 for it).
 */
export function shareForClaim(share: FirstPayKeyed, benefit: string, scheme: 'employee' | 'resident', status?: 'active' | 'retired'): { v: SourcedValue; key: string } | undefined {
  if (!isBenefitKeyed(share)) return shareForScheme(share, scheme, status);
  const mine = share[benefit as BenefitKey];
  if (mine === undefined) return undefined;
  const inner = shareForScheme(mine, scheme, status);
  return { v: inner.v, key: `.${benefit}${inner.key}` };
}

/** Every share of a first-pay share, by benefit where keyed so, with its path suffix. */
export function firstPaySharesOf(share: FirstPayKeyed): { v: SourcedValue; key: string[] }[] {
  if (!isBenefitKeyed(share)) return sharesOf(share);
  return BENEFIT_KEYS.flatMap((b) => (share[b] ? sharesOf(share[b]).map((x) => ({ v: x.v, key: [b, ...x.key] })) : []));
}

/** The benefits a first_pay applies to: `benefits` where given, else the keys of a share keyed by benefit, else all (undefined). */
export function firstPayBenefits(fp: { drugs: FirstPayKeyed; items: FirstPayKeyed; benefits?: readonly string[] | undefined }): readonly string[] | undefined {
  if (fp.benefits) return fp.benefits;
  const keyed = [fp.drugs, fp.items].filter(isBenefitKeyed);
  if (keyed.length === 0) return undefined;
  return BENEFIT_KEYS.filter((b) => keyed.every((k) => k[b] !== undefined));
}
