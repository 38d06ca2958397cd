// Step facility, the levels a kind's rules hold at (policy model 2): 在二级及以上中医医院住院的…
// (facilities.<name>.levels). A claim at a 一级中医医院 takes the general rule of its level: the
// facility whose own rules (facility_bonus, facility_cut, facility_deductible, facility_day_cap)
// apply is the named one, one of its kinds (a 一级民营中医医院 keeps the 民营医院 rules), or none.
// Pure: the policy's facilities and the claim's name and level in, the name whose rules apply out.
import type { FacilityValue } from '../../policy/schema-v2.js';

/** The facility whose rules a claim takes, and the kinds whose rules stop at its level (said in the breakdown). */
export interface FacilityAtLevel {
  /** The name to look the facility rules up by; undefined: none apply at this level. */
  rules: string | undefined;
  /** The names (the facility or its kinds) whose `levels` leave out the claim's level. */
  outside: string[];
  /** A name whose `levels` is unknown (null): the claim turns on it. */
  unknown: string | undefined;
}

const NONE_OUTSIDE: readonly string[] = Object.freeze([]);

/** Whether a facility's rules hold at the level: true, false, or null (its levels unknown). */
export function holdsAt(f: FacilityValue | undefined, tier: string): boolean | null {
  const l = f?.levels;
  if (l === undefined) return true;
  if (l.value === null) return null;
  return (l.value as readonly string[]).includes(tier);
}

/**
 * The facility whose rules apply to a claim named `name` at level `tier`: the name itself where
 * every rule of it holds there (always, where no `levels` is written), the one kind left of a
 * facility of two kinds, or none. Several kinds left of three or more: the facility itself with
 * those kinds only cannot be named, so it is returned `unknown`.
 */
export function facilityAtLevel(facilities: Readonly<Record<string, FacilityValue>> | undefined, name: string, tier: string): FacilityAtLevel {
  const f = facilities?.[name];
  const own = holdsAt(f, tier);
  if (own === null) return { rules: name, outside: [], unknown: name };
  if (!own) return { rules: undefined, outside: [name], unknown: undefined };
  const kinds = f?.kinds;
  if (!kinds) return { rules: name, outside: NONE_OUTSIDE as string[], unknown: undefined };
  const open = kinds.find((k) => holdsAt(facilities?.[k], tier) === null);
  if (open !== undefined) return { rules: name, outside: [], unknown: open };
  const left = kinds.filter((k) => holdsAt(facilities?.[k], tier));
  const outside = kinds.filter((k) => !left.includes(k));
  if (outside.length === 0) return { rules: name, outside: NONE_OUTSIDE as string[], unknown: undefined };
  if (left.length <= 1) return { rules: left[0], outside, unknown: undefined };
  return { rules: name, outside, unknown: name };
}
