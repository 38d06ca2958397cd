// A newborn's deductible (鹤屿 第六条（五）「新生儿出生当年（自然年度）住院不设起付标准」): newborn_deductible_share
// of a benefit's scheme rules is the share of its deductible a patient born in the claim's calendar year
// pays (0: none). Who is such a patient: --birth-date in the claim's year; an age of 1 or more says not;
// an age of 0 alone cannot tell (asked); neither given: not a newborn, said as an assumption where the
// deductible charged depends on it. Pure: no I/O.
import type { SourcedValue } from '../policy/schema.js';
import { PolicyError, type Bp, type Claim, type Warning } from './types.js';
import { ratioFromNumber } from '../money/money.js';
import { warnings as W, ruleWarnings as RW } from './warnings.js';
import { model2Messages as M2 } from './messages2.js';

export interface NewbornRule {
  share: Bp | null;
  cite: SourcedValue;
  path: string;
  /** The value's reading or inferred warning, said on a newborn's claim it changes. */
  said: Warning | undefined;
  /** Neither --birth-date nor --age given: taken as not a newborn. */
  assumed: Warning;
}

export function resolveNewborn(v: SourcedValue | undefined, base: string): NewbornRule | undefined {
  if (!v) return undefined;
  const path = `${base}.newborn_deductible_share`;
  const share = v.value === null ? null : ratioFromNumber(v.value);
  const said = v.reading ? W.reading(path, v.reading, v.reading_short) : v.inferred && share !== null ? W.inferred(path, share, v.reasoning) : undefined;
  return { share, cite: v, path, said, assumed: RW.newbornAssumed(path) };
}

/** Whether the patient was born in the claim's calendar year: true / false, or undefined where the claim does not say. */
export function bornInClaimYear(claim: Pick<Claim, 'date' | 'birthDate' | 'age'>): boolean | undefined {
  if (claim.birthDate !== undefined) return claim.birthDate.slice(0, 4) === claim.date.slice(0, 4) && claim.birthDate <= claim.date;
  if (claim.age !== undefined && claim.age >= 1) return false;
  return undefined;
}

/** The share of the deductible this claim's patient pays under the rule (10000: all of it, not a newborn or not said). */
export function newbornShare(n: NewbornRule, claim: Claim): { share: Bp; newborn: boolean } {
  const born = bornInClaimYear(claim);
  // an age of 0 alone: born this year or last, the birth date decides
  if (born === undefined && claim.age === 0) throw new PolicyError('needs_input', M2.needsBirthDate(n.path), 2, 'age');
  if (born !== true) return { share: 10000, newborn: false };
  if (n.share === null) throw new PolicyError('unknown_parameter', M2.unknownRule(n.path, n.cite.note));
  return { share: n.share, newborn: true };
}
