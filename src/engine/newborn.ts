// A newborn's deductible (鹤屿 第六条（五）「新生儿出生当年（自然年度）住院不设起付标准」): newborn_deductible_share
// of a benefit's scheme rules is the share of its deductible a patient born in the claim's calendar year
// pays (0: none). Who is such a patient: --birth-date in the claim's year; an age of 1 or more says not;
// an age of 0 alone cannot tell (asked); neither given: not a newborn, said as an assumption where the
// deductible charged depends on it. newborn_deductible_scope (栖梧 第四条（二）「新生儿出生后首次住院不收取
// 起付标准」): first_stay, the share on the year's first stay only (--admission; a newborn's stays of the
// birth year are its stays since birth; not given: the first, said); birth_year (left out), every stay;
// unknown or a reading, a choice tried on a newborn's later stay (choices.ts). Pure: no I/O.
import type { SourcedValue } from '../policy/schema.js';
import { PolicyError, type Bp, type Claim, type Warning } from './types.js';
import { ratioFromNumber } from '../money/money.js';
import { warnings as W, ruleWarnings as RW } from './warnings.js';
import { model2Messages as M2 } from './messages2.js';
import { readingsOf, type Conditional, type Readable } from './readings2.js';
import type { Choice } from './choices.js';

export type NewbornScope = 'first_stay' | 'birth_year';

export interface NewbornRule {
  share: Bp | null;
  /** newborn_deductible_scope (the file's, or a choice's option); birth_year where left out. */
  scope: NewbornScope;
  scopeCite: SourcedChoice | undefined;
  /** first_stay, --admission not given: this stay taken as the first since birth. */
  firstAssumed: Warning;
  cite: SourcedValue;
  path: string;
  /** The value's reading or inferred warning, said on a newborn's claim it changes. */
  said: Warning | undefined;
  /** Neither --birth-date nor --age given: taken as not a newborn. */
  assumed: Warning;
}

/** A choice as the file gives it (newborn_deductible_scope). */
type SourcedChoice = { value: NewbornScope | null } & Readable & { source?: string | undefined; quote?: string | undefined };

const SCOPES: readonly NewbornScope[] = ['first_stay', 'birth_year'];

export function resolveNewborn(v: SourcedValue | undefined, scope: SourcedChoice | undefined, base: string, readings: Conditional[], choices: Choice[]): NewbornRule | undefined {
  if (!v) return undefined;
  const path = `${base}.newborn_deductible_share`;
  const share = v.value === null ? null : ratioFromNumber(v.value);
  const said = v.reading ? W.reading(path, v.reading, v.reading_short) : v.inferred && share !== null ? W.inferred(path, share, v.reasoning) : undefined;
  const rule: NewbornRule = { share, scope: scope?.value ?? 'birth_year', scopeCite: scope, firstAssumed: RW.newbornFirstAssumed(`${base}.newborn_deductible_scope`), cite: v, path, said, assumed: RW.newbornAssumed(path) };
  if (!scope) return rule;
  const spath = `${base}.newborn_deductible_scope`;
  if (scope.value !== null && !scope.reading) {
    readingsOf(scope, spath, { on: 'deductible' }, readings);
    return rule;
  }
  const own: Conditional[] = [];
  readingsOf(scope, spath, { on: 'claim' }, own);
  choices.push({
    path: spath,
    options: SCOPES,
    given: scope.value,
    note: scope.note,
    reading: own.find((x) => x.warning.kind === 'reading')?.warning,
    under: (m, x) => (m.newborn ? { ...m, newborn: { ...m.newborn, scope: x as NewbornScope } } : m),
    words: (x) => M2.newbornScopeWords(x as NewbornScope),
    // only a newborn's later stay of the birth year: the first is the same either way
    can: (claim) => (claim.admission ?? 1) > 1 && bornInClaimYear(claim) === true,
  });
  return rule;
}

/** Whether the patient was born in the claim's calendar year: true / false, or undefined where the claim does not say. */
export function bornInClaimYear(claim: Pick<Claim, 'date' | 'birthDate' | 'age'>): boolean | undefined {
  if (claim.birthDate !== undefined) return claim.birthDate.slice(0, 4) === claim.date.slice(0, 4) && claim.birthDate <= claim.date;
  if (claim.age !== undefined && claim.age >= 1) return false;
  return undefined;
}

/**
 * The share of the deductible this claim's patient pays under the rule (10000: all of it, not a newborn or
 * not said); `later`: a newborn's later stay under first_stay, the stay's number (the share not applied).
 */
export function newbornShare(n: NewbornRule, claim: Claim): { share: Bp; newborn: boolean; later?: number } {
  const born = bornInClaimYear(claim);
  // an age of 0 alone: born this year or last, the birth date decides
  if (born === undefined && claim.age === 0) throw new PolicyError('needs_input', M2.needsBirthDate(n.path), 2, 'age');
  if (born !== true) return { share: 10000, newborn: false };
  // 出生后首次住院: a stay of the birth year after the first is not one
  const admission = claim.admission ?? 1;
  if (n.scope === 'first_stay' && admission > 1) return { share: 10000, newborn: false, later: admission };
  if (n.share === null) throw new PolicyError('unknown_parameter', M2.unknownRule(n.path, n.cite.note));
  return { share: n.share, newborn: true };
}
