// Stops the wizard as soon as the answers so far make the claim one yibao cannot answer: a
// deductible or ratio the sources do not state (engine: unknownParameters), a benefit the
// policy does not cover, or no version in force. Asking for the facility and the amount first
// would only end in the same refusal. --set overrides count as known.
import { BENEFIT_ALIASES, GRADE_ALIASES, SCHEME_ALIASES, STATUS_ALIASES, TIER_ALIASES, YES_NO_ALIASES, lookup } from '../../claim/aliases.js';
import { given, halfWidth, type RawClaim } from '../../claim/index.js';
import type { Bp, Grade, Override, UnknownParameter } from '../../engine/index.js';
import { PolicyError, contributionProblem, contributionRule, levelDecides, unknownParameters } from '../../engine/index.js';
import type { Policy } from '../../policy/schema.js';
import { SCHEMES, STATUSES, TIERS, type BenefitId, type Scheme, type Status, type Tier } from '../../domain.js';
import type { ClaimDefaults } from './validate.js';
import { withFacility } from '../../claim/facility.js';
import { isRulebookInput } from './rulebook-needs.js';

/** Why the claim cannot be answered: unknown parameters, or the engine's own refusal. */
export type Blocked =
  | { kind: 'unknown'; date: string; benefit: BenefitId; scheme: Scheme; status?: Status; unknowns: UnknownParameter[]; tier?: Tier; facility?: string; grade?: Grade }
  | { kind: 'refused'; error: PolicyError };

type Retry = 'scheme' | 'status' | 'tier';

/** Thrown by askClaim at the first answer that makes the claim unanswerable. */
export class Unanswerable extends Error {
  constructor(
    readonly blocked: Blocked,
    /** The answers (not flags) that another value of would make the claim answerable. */
    readonly answered: readonly Retry[] = [],
  ) {
    super('unanswerable');
    this.name = 'Unanswerable';
  }
}

/**
 * What the answers so far already make unanswerable, or undefined. `contribution` is the
 * level once known: where a contribution rule applies to this person, a level below it is
 * answered (the fund pays nothing, with the reason), so unknown parameters only count once
 * the level is known to meet it.
 */
export function blockedBy(
  raw: RawClaim,
  policy: Policy,
  defaults: ClaimDefaults,
  overrides: readonly Override[],
  contribution?: Bp,
): Blocked | undefined {
  const scheme = lookup(SCHEME_ALIASES, raw.scheme ?? '');
  if (!scheme) return undefined;
  const date = given(raw.date) ? halfWidth(raw.date).trim() : defaults.date;
  const benefit = lookup(BENEFIT_ALIASES, raw.benefit ?? '') ?? 'outpatient';
  const status = scheme === 'employee' ? lookup(STATUS_ALIASES, raw.status ?? '') : undefined;
  let named;
  try {
    named = withFacility(raw, policy);
  } catch (error) {
    // a facility whose level the policy does not state (白鹭 村卫生室): calc stops there too (exit 3)
    if (!(error instanceof PolicyError)) throw error;
    if (error.exitCode === 3) return { kind: 'refused', error };
    named = { raw }; // a word of no level and no facility: the claim parser names it
  }
  const tier = lookup(TIER_ALIASES, named.raw.tier ?? '');
  let unknowns: UnknownParameter[];
  try {
    unknowns = unknownParameters(policy, date, benefit, scheme, status, overrides, named.facility);
  } catch (error) {
    // an input the rulebook's rules need (a resident's grade): asked by rulebook-questions.ts, not a refusal
    if (error instanceof PolicyError && error.field !== undefined && isRulebookInput(error.field)) return undefined;
    if (error instanceof PolicyError) return { kind: 'refused', error };
    throw error;
  }
  const rule = contributionRule(policy, date, benefit, scheme);
  const yearsMet = lookup(YES_NO_ALIASES, raw.contribution_years_met ?? '');
  const ruleMayRefuse = rule !== undefined && levelDecides(rule, status, yearsMet === undefined ? undefined : yearsMet === 'yes');
  if (ruleMayRefuse && contribution !== undefined && tier !== undefined) {
    // Below every band the sources state (Jiayu: under 60%) the answer is unknown, not a refusal.
    const problem = contributionProblem(policy, date, benefit, scheme, status, tier, contribution, yearsMet === undefined ? undefined : yearsMet === 'yes');
    if (problem) return { kind: 'refused', error: problem };
  }
  if (ruleMayRefuse && (contribution === undefined || (rule.min !== null && contribution < rule.min))) return undefined;
  const relevant = unknowns.filter((u) => (tier === undefined ? u.everyTier : u.tiers.includes(tier)));
  if (relevant.length === 0) return undefined;
  const blocked: Blocked = { kind: 'unknown', date, benefit, scheme, unknowns: relevant };
  if (status !== undefined) blocked.status = status;
  // what is known is said for this facility and grade, as calc resolves them (known.ts)
  if (named.facility !== undefined) blocked.facility = named.facility;
  const grade = lookup(GRADE_ALIASES, raw.grade ?? '');
  if (grade !== undefined) blocked.grade = grade as Grade;
  // The tier is named only when it is the reason (another tier would be answered).
  if (tier !== undefined && !relevant.every((u) => u.everyTier)) blocked.tier = tier;
  return blocked;
}

/**
 * The answered fields (not flags) worth offering to answer again: those for which another
 * value, with the answers before it kept and those after it asked afresh, would not be
 * stopped at once (the contribution level, once given, kept). In Hanzhong neither insurance type is answerable, so none is offered.
 */
export function worthAnsweringAgain(raw: RawClaim, initial: RawClaim, policy: Policy, defaults: ClaimDefaults, overrides: readonly Override[], contribution?: Bp): Retry[] {
  const order: Retry[] = ['scheme', 'status', 'tier'];
  const values: Record<Retry, readonly string[]> = { scheme: SCHEMES, status: STATUSES, tier: TIERS.filter((t) => policy.tiers[t] !== undefined) };
  return order.filter((field, i) => {
    if (!given(raw[field]) || given(initial[field])) return false;
    const before: RawClaim = { ...initial };
    for (const f of order.slice(0, i)) if (given(raw[f])) before[f] = raw[f];
    return values[field].some((v) => v !== raw[field] && blockedBy({ ...before, [field]: v }, policy, defaults, overrides, contribution) === undefined);
  });
}
