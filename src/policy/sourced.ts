// Tells one sourced value ({ value, source, quote, … }) from a map of them keyed by status or
// tier. Type-only use of the schema, so the engine, lint and `policy list`/`policy show` share
// it without loading zod.
import type { ParamValue, SourcedValue } from './schema.js';

export const isSourced = (v: unknown): v is SourcedValue => typeof v === 'object' && v !== null && Object.hasOwn(v, 'value');

/**
 * A scheme's ratio parameter: `ratio`, or where the policy gives the ratios in bands (policy 2)
 * the first band's (lint requires one of the two).
 */
export const ratioParamOf = (rules: { ratio?: ParamValue | undefined; bands?: { segments: { ratio: ParamValue }[] } | undefined }): ParamValue =>
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
  under?: SourcedValue | undefined;
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
