// The engine's public face: settle (numbers, the batch fast path), explain (numbers and the
// steps in words), and the look-ups front ends need before they have a whole claim.
import type { BenefitId, Scheme, Status } from '../domain.js';
import type { Policy } from '../policy/schema.js';
import type { Bp } from './types.js';
import { ratioFromNumber } from '../money/money.js';
import { versionInForce, versionIndexInForce } from './version.js';
import { afterSourcesOf } from './rule-parts.js';

export { settle, type SettleResult } from './settle.js';
export { explain } from './explain.js';
export { versionInForce, versionIndexInForce } from './version.js';
export { resultJson, type ResultJson } from './result.js';
export { unknownParameters, contributionProblem, type UnknownParameter } from './unknowns.js';
export * from '../money/money.js';
export * from './types.js';
export { BENEFIT_NAMES, SCHEME_NAMES, STATUS_NAMES, RELATION_NAMES, STEP_TITLES } from './messages.js';

/**
 * Whether a claim is answered the same on every day from `from` to `to` (YYYY-MM-DD): one policy
 * version in force throughout, and the sources' last day not inside the span (after_sources). A
 * question that names only a year (去年) can then be answered without its day.
 */
export function sameRulesThroughout(policy: Policy, from: string, to: string): boolean {
  const index = versionIndexInForce(policy, from);
  if (index !== versionIndexInForce(policy, to)) return false;
  if (index < 0) return true;
  const horizon = afterSourcesOf(policy, index)?.horizon;
  return horizon === undefined || horizon < from || horizon >= to;
}

/**
 * The contribution-level rule in force for a benefit on a date, or undefined: the wizard asks
 * for --contribution only where this exists (Jiayu 2012).
 */
export function contributionRule(policy: Policy, date: string, benefit: BenefitId, scheme: Scheme): ContributionRuleInfo | undefined {
  const e = versionInForce(policy, date)?.benefits[benefit]?.[scheme]?.eligibility;
  if (!e) return undefined;
  const min = e.min_contribution.value === null ? null : ratioFromNumber(e.min_contribution.value);
  const info: ContributionRuleInfo = { min, requiredFor: e.required_for, yearsFor: e.years_rule?.statuses ?? [], rule: e.rule };
  if (e.years_rule) info.years = e.years_rule.rule;
  return info;
}

/**
 * Whether the contribution level can decide this person's claim: a status that must give it, or
 * one the years rule covers who has not said the required contribution years were met.
 */
export function levelDecides(rule: ContributionRuleInfo, status: Status | undefined, yearsMet: boolean | undefined): boolean {
  if (status === undefined) return true;
  return rule.requiredFor.includes(status) || (rule.yearsFor.includes(status) && yearsMet !== true);
}

export interface ContributionRuleInfo {
  /** Lowest contribution level (Bp of the average wage); null when the sources do not state it. */
  min: Bp | null;
  /** Statuses that must give their level; others are checked only when they give one. */
  requiredFor: readonly Status[];
  /** Statuses for whom meeting the required contribution years gives the benefit whatever the level (Jiayu: retired). */
  yearsFor: readonly Status[];
  /** The years rule in plain words, where there is one. */
  years?: { zh: string; en: string };
  /** The rule in plain words. */
  rule: { zh: string; en: string };
}
