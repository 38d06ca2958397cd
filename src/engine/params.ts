// Resolves one policy parameter for a claim: the value the policy (or a --set override) gives
// for (benefit, scheme, param, status, tier), converted to fen or Bp, with its provenance.
// A policy value is a Sourced object, or a map keyed by status or by tier, or status then tier;
// `community` falls back to the tier it counts as (policy.tiers.community.counts_as).
import type { BenefitId, Scheme, Status, Tier } from '../domain.js';
import type { ParamValue, Policy, SourcedValue } from '../policy/schema.js';
import type { Grade, Override, ParamOverride, Provenance } from './types.js';
import { PolicyError, isMoneyParam } from './types.js';
import { fenFromNumber, ratioFromNumber } from '../money/money.js';
import { engineMessages as M } from './messages.js';
import { model2Messages as M2 } from './messages2.js';
import { isSourced } from '../policy/sourced.js';

export type ParamName = ParamOverride['param'];

export interface ParamQuery {
  benefit: BenefitId;
  scheme: Scheme;
  param: ParamName;
  status: Status | undefined;
  tier: Tier;
  /** The resident's grade (policy model 2: maps keyed grade_1, grade_2); undefined when not given. */
  grade?: Grade | undefined;
  /** Policy model 2: a facility with a standard of its own (三级甲等医院): a map keyed by its name uses that entry before the tier's. */
  facility?: string | undefined;
}

/** A resolved parameter: its exact value (fen or Bp; null when unknown) and where it came from. */
export interface Resolved {
  value: number | null;
  provenance: Provenance;
  /** The ratio came from a `retired` entry of its own, so the retiree bonus is not added again. */
  retiredKey: boolean;
  /** The --set path that would supply this value (for an unknown value's message). */
  setPath: string;
}


/** The tier whose rules a claim's tier uses when the map has no entry of its own. */
function tierFallback(policy: Policy, tier: Tier): Tier {
  const def = policy.tiers[tier];
  if (!def) throw new PolicyError('tier_not_defined', M.tierNotDefined(policy, tier));
  if (tier !== 'community') return tier;
  if (!def.counts_as) throw new PolicyError('tier_not_defined', M.communityUnknown(policy));
  return def.counts_as;
}

/** The last --set that applies wins, as on a command line. */
function findOverride(overrides: readonly Override[], q: ParamQuery, countsAs: Tier | undefined): ParamOverride | undefined {
  let hit: ParamOverride | undefined;
  for (const o of overrides) {
    if (o.param === 'rule') continue; // a model-2 value (rule-sets.ts)
    if (o.benefit !== q.benefit || o.scheme !== q.scheme || o.param !== q.param) continue;
    if (o.key === undefined || o.key === q.status || o.key === q.tier || (countsAs !== undefined && o.key === countsAs)) hit = o;
  }
  return hit;
}

function fromOverride(o: ParamOverride, setPath: string): Resolved {
  return { value: o.exact, provenance: { kind: 'user', path: o.path, override: o.path }, retiredKey: o.key === 'retired', setPath };
}

/** Walks status and tier maps down to one Sourced value; keys used are appended to `keys`. */
function walk(policy: Policy, node: ParamValue | Record<string, SourcedValue>, q: ParamQuery, keys: string[], path: string): SourcedValue | undefined {
  if (isSourced(node)) return node;
  const map = node as Record<string, ParamValue>;
  let key: string | undefined;
  if (Object.hasOwn(map, 'active') || Object.hasOwn(map, 'retired')) {
    if (q.status === undefined) throw new PolicyError('unknown_parameter', M.statusMapForResident(path));
    key = q.status;
  } else if (Object.keys(map).some((k) => k.startsWith('grade_'))) {
    if (q.grade === undefined) {
      const grades = Object.keys(map).map((k) => k.slice('grade_'.length));
      throw new PolicyError('needs_input', M2.needsGrade(path, grades), 2, 'grade');
    }
    key = `grade_${q.grade}`;
  } else {
    key = q.facility !== undefined && Object.hasOwn(map, q.facility) ? q.facility : Object.hasOwn(map, q.tier) ? q.tier : tierFallback(policy, q.tier);
  }
  keys.push(key);
  const next = map[key];
  return next === undefined ? undefined : walk(policy, next, q, keys, `${path}.${key}`);
}

function convert(param: ParamName, value: number, path: string): number {
  try {
    return isMoneyParam(param) ? fenFromNumber(value) : ratioFromNumber(value);
  } catch {
    throw new PolicyError('unknown_parameter', M.inexactValue(path, value));
  }
}

/**
 * Resolves a parameter. `node` is the scheme's entry for the parameter (undefined when the
 * policy leaves it out, e.g. no retiree_bonus); the result is undefined only in that case
 * and when no --set supplies it.
 */
export function resolveParam(
  policy: Policy,
  node: ParamValue | undefined,
  q: ParamQuery,
  overrides: readonly Override[],
): Resolved | undefined {
  const base = `${q.benefit}.${q.scheme}.${q.param}`;
  const countsAs = q.tier === 'community' ? policy.tiers.community?.counts_as ?? undefined : undefined;
  const override = findOverride(overrides, q, countsAs);
  if (override) return fromOverride(override, base);
  if (node === undefined) return undefined;
  const keys: string[] = [];
  const sourced = walk(policy, node, q, keys, base);
  const path = keys.length ? `${base}.${keys.join('.')}` : base;
  const setPath = keys.length ? `${base}.${keys[keys.length - 1]}` : base;
  if (sourced === undefined || sourced.value === null) {
    const provenance: Provenance = { kind: 'unknown', path };
    if (sourced) provenance.sourced = sourced;
    return { value: null, provenance, retiredKey: false, setPath };
  }
  const provenance: Provenance = { kind: sourced.inferred ? 'inferred' : 'stated', sourced, path };
  return { value: convert(q.param, sourced.value, path), provenance, retiredKey: keys.includes('retired'), setPath };
}
