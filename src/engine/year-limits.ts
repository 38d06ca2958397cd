// Policy model 2's limits on what a claim is charged or paid beyond the flat cap (docs/policy-format-v2.md):
// - deductible_year_cap: per-admission deductibles add up to at most this in a year (苇川 二（一）3
//   「累计收取的住院起付标准，职工医保不超过1600元…按剩余额度收取」), against --ytd-deductible; the stay
//   that crosses it charged the rest, or (deductible_year_cap_crossing: full; 朔原 四（一）「达到…后，不再收取」)
//   its deductible in full, a choice where the text leaves it open;
// - visit_cap: the fund pays at most this for one visit (鹤汀 四（二）2「每次就诊统筹基金最高支付40元」);
// - age_cap: the yearly cap by age (鹤汀 四（一）3「其中年满70周岁的退休人员4000元」, 苇川 四（二）「未成年人500元」),
//   the age taken on the day the policy names (an unknown or read day is a choice: choices.ts).
// Resolved once per combination (model2.ts); a policy without them pays one `undefined` check per row.
import type { SchemeRulesValue, SourcedValue } from '../policy/schema.js';
import type { AgeCapValue } from '../policy/schema-v2.js';
import { PolicyError, type Claim, type Fen, type Warning } from './types.js';
import type { Text } from './messages.js';
import type { Choice } from './choices.js';
import type { Query } from './model2.js';
import { fenFromNumber } from '../money/money.js';
import { readingsOf, type Conditional } from './readings2.js';
import { ageOn } from './steps/age.js';
import { model2Messages as M2 } from './messages2.js';
import { warnings as W } from './warnings.js';

export type AgeDay = 'visit' | 'year_end' | 'year_start';

/** A money limit of the combination: its fen (null: the text leaves it unknown), its path and cited value. */
export interface Limit {
  value: Fen | null;
  path: string;
  cite: SourcedValue;
}

/** deductible_year_cap with how the stay that crosses it is charged (the file's, or a choice's option). */
export interface YearCap extends Limit {
  crossing: YearCapCrossing;
  /** deductible_year_cap_crossing as the file states it (cited), where it does. */
  crossingCite: SourcedValue | { value: string | null; source?: string | undefined; quote?: string | undefined } | undefined;
}

export type YearCapCrossing = 'rest' | 'full';
const CROSSINGS: readonly YearCapCrossing[] = ['rest', 'full'];

export interface AgeCapStep {
  min: number | undefined;
  below: number | undefined;
  cap: Fen;
  cite: SourcedValue;
  ageCite: SourcedValue;
  /** Its readings and notes, said on a claim whose cap it is. */
  readings: Warning[];
}

export interface AgeCap {
  steps: AgeCapStep[];
  /** The day the age is taken on: the file's, or (a choice) the option being tried; the first option where unknown. */
  on: AgeDay;
  /** Whether the file states the day (a reading counts as stated): where it does not, --age alone decides only where every day agrees. */
  onKnown: boolean;
  path: string;
  onNote: Text | undefined;
  value: AgeCapValue;
}

export interface YearLimits {
  yearCap: YearCap | undefined;
  visitCap: Limit | undefined;
  ageCap: AgeCap | undefined;
  /** The warning of a later stay whose deductible charged earlier this year was not given (--ytd-deductible): one object for the combination. */
  yearCapAssumed: Warning | undefined;
}

const limitOf = (v: SourcedValue | undefined, path: string, out: Conditional[], on: 'year_cap' | 'cap_cut'): Limit | undefined => {
  if (!v) return undefined;
  readingsOf(v, path, { on }, out);
  return { value: v.value === null ? null : fenFromNumber(v.value), path, cite: v };
};

/**
 * deductible_year_cap for the combination's status where the file keys it by status (累计收取的住院起付标准，
 * 在职人员最高不超过1500元，退休人员最高不超过1000元): the status's own total, its path `….deductible_year_cap.retired`.
 */
function yearCapOf(v: SchemeRulesValue['deductible_year_cap'], q: Query, path: string, out: Conditional[]): Limit | undefined {
  if (!v || !('active' in v)) return limitOf(v, path, out, 'year_cap');
  // keyed: employees only (validate refuses it elsewhere); a claim without a status is asked it before it gets here
  const status = q.status ?? 'active';
  return limitOf(v[status], `${path}.${status}`, out, 'year_cap');
}

const DAYS: readonly AgeDay[] = ['visit', 'year_end', 'year_start'];

/** The combination's limits; an age_on left unknown or read is pushed as a choice (each claim with a birth date settled on each day). */
export function resolveYearLimits(rules: SchemeRulesValue, q: Query, base: string, out: Conditional[], choices: Choice[], assumed: (path: string, cap: Fen) => Warning): YearLimits {
  // its reading or note is said where the year's total is in play (it cut this deductible, or one was charged before this year), not on every stay
  const limit = yearCapOf(rules.deductible_year_cap, q, `${base}.deductible_year_cap`, out);
  const yearCap = limit ? { ...limit, ...crossingOf(rules.deductible_year_cap_crossing, `${base}.deductible_year_cap_crossing`, out, choices) } : undefined;
  return {
    yearCap,
    visitCap: limitOf(rules.visit_cap, `${base}.visit_cap`, out, 'cap_cut'),
    ageCap: resolveAgeCap(rules.age_cap, q, `${base}.age_cap`, choices),
    yearCapAssumed: yearCap?.value != null ? assumed(yearCap.path, yearCap.value) : undefined,
  };
}

/**
 * deductible_year_cap_crossing: stated, the file's; left out, rest (as always); unknown or read, a
 * choice tried on every claim (only a stay that crosses the total gets two answers: choices.ts).
 */
function crossingOf(c: SchemeRulesValue['deductible_year_cap_crossing'], path: string, out: Conditional[], choices: Choice[]): Pick<YearCap, 'crossing' | 'crossingCite'> {
  if (!c) return { crossing: 'rest', crossingCite: undefined };
  if (c.value !== null && !c.reading) {
    readingsOf(c, path, { on: 'year_cap' }, out);
    return { crossing: c.value, crossingCite: c };
  }
  choices.push({
    path,
    options: CROSSINGS,
    given: c.value,
    note: c.note,
    reading: c.reading ? readingOf(c, path) : undefined,
    under: (m, o) => ({ ...m, yearCap: { ...m.yearCap!, crossing: o as YearCapCrossing } }),
    words: (o) => M2.yearCapCrossingWords(o as YearCapCrossing),
  });
  return { crossing: c.value ?? 'rest', crossingCite: c.value !== null ? c : undefined };
}

/**
 * This stay's deductible under the year's total: the rest where it crosses (or, `full`, its own in
 * full while anything is left), 0 once the total is reached; `left` null: no total applies.
 */
export function deductibleUnderYearCap(scaled: Fen, left: Fen | null, crossing: YearCapCrossing): Fen {
  if (left === null || scaled <= left) return scaled;
  return crossing === 'full' && left > 0 ? scaled : left;
}

function resolveAgeCap(a: AgeCapValue | undefined, q: Query, path: string, choices: Choice[]): AgeCap | undefined {
  if (!a || (a.statuses && (q.status === undefined || !a.statuses.includes(q.status)))) return undefined;
  const steps = a.steps.map((s, i): AgeCapStep => {
    const at = `${path}.steps.${i}`;
    const age = (s.min_age ?? s.below_age)!;
    if (age.value === null) throw unknown(`${at}.${s.min_age ? 'min_age' : 'below_age'}`, age.note);
    const { v: cap, path: capPath } = stepCap(s.cap, `${at}.cap`, q);
    if (cap.value === null) throw unknown(capPath, cap.note);
    const own: Conditional[] = [];
    readingsOf(cap, capPath, { on: 'claim' }, own);
    readingsOf(age, `${at}.${s.min_age ? 'min_age' : 'below_age'}`, { on: 'claim' }, own);
    // an inferred cap (300 + 100 = 400) is said on the claims whose cap it is
    if (cap.inferred) own.push({ warning: W.inferred(capPath, fenFromNumber(cap.value), cap.reasoning), when: { on: 'claim' } });
    return { min: s.min_age?.value ?? undefined, below: s.below_age?.value ?? undefined, cap: fenFromNumber(cap.value), cite: cap, ageCite: age, readings: own.map((x) => x.warning) };
  });
  const on = a.age_on;
  const rule: AgeCap = { steps, on: on.value ?? 'visit', onKnown: on.value !== null, path, onNote: on.note, value: a };
  if (on.value === null || on.reading) {
    choices.push({
      path: `${path}.age_on`,
      options: DAYS,
      given: on.value,
      note: on.note,
      reading: on.reading ? readingOf(on, `${path}.age_on`) : undefined,
      under: (m, o) => ({ ...m, ageCap: { ...m.ageCap!, on: o as AgeDay } }),
      can: (claim) => claim.birthDate !== undefined,
      words: (o) => M2.ageDayWords(o as AgeDay),
    });
  }
  return rule;
}

/**
 * A step's cap: one for everyone, or by resident grade (一档300、二档450，年满60周岁的…增加100元: { grade_1: 400, grade_2: 550 }):
 * the claim's grade's (no grade given: exit 2 asking for it; a grade left out: unknown, exit 3 naming it).
 */
function stepCap(cap: AgeCapValue['steps'][number]['cap'], path: string, q: Query): { v: SourcedValue; path: string } {
  if (Object.hasOwn(cap, 'value')) return { v: cap as SourcedValue, path };
  const byGrade = cap as Partial<Record<'grade_1' | 'grade_2' | 'grade_3', SourcedValue>>;
  if (q.grade === undefined) throw new PolicyError('needs_input', M2.needsGrade(path, Object.keys(byGrade).map((k) => k.slice('grade_'.length))), 2, 'grade');
  const key = `grade_${q.grade}` as const;
  return { v: byGrade[key] ?? { value: null }, path: `${path}.${key}` };
}

function readingOf(v: { value: unknown; reading?: Text | undefined; reading_short?: Text | undefined }, path: string): Warning | undefined {
  const out: Conditional[] = [];
  readingsOf({ reading: v.reading, reading_short: v.reading_short }, path, { on: 'claim' }, out);
  return out[0]?.warning;
}

function unknown(path: string, note: Text | undefined): PolicyError {
  return new PolicyError('unknown_parameter', M2.unknownRule(path, note));
}

/** The step whose cap an age has (the last that matches), or undefined (the general cap). */
export function stepFor(a: AgeCap, age: number): AgeCapStep | undefined {
  let hit: AgeCapStep | undefined;
  for (const s of a.steps) if ((s.min !== undefined && age >= s.min) || (s.below !== undefined && age < s.below)) hit = s;
  return hit;
}

/** The day an age is taken on, for a claim. */
function dayOf(on: AgeDay, claim: Claim): string {
  const year = claim.date.slice(0, 4);
  return on === 'visit' ? claim.date : on === 'year_end' ? `${year}-12-31` : `${year}-01-01`;
}

/**
 * The ages the claim may have on the rule's day: one where the birth date is given (it wins over
 * --age) or the day is the visit's; from --age alone, the visit's age and the year's other end
 * (year_end: age or age + 1; an unknown day: age − 1 to age + 1); none where neither is given.
 */
function agesOf(a: AgeCap, claim: Claim): number[] {
  if (claim.birthDate !== undefined) return [ageOn(claim.birthDate, dayOf(a.on, claim))];
  if (claim.age === undefined) return [];
  const age = claim.age;
  if (!a.onKnown) return [age - 1, age, age + 1];
  return a.on === 'visit' ? [age] : a.on === 'year_end' ? [age, age + 1] : [age - 1, age];
}

/**
 * The yearly cap for this claim: the matching step's, else `general`. An age the rule needs and
 * the claim does not settle (no age, or --age alone where the day is not the visit's) is asked
 * for only where the possible caps would pay this claim differently (`before`: what the ratio gives).
 */
export function ageCapFor(a: AgeCap, claim: Claim, general: Fen | null, before: Fen): { cap: Fen | null; step: AgeCapStep | undefined } {
  const ages = agesOf(a, claim);
  if (ages.length === 1) {
    const step = stepFor(a, ages[0]!);
    return { cap: step ? step.cap : general, step };
  }
  const candidates = ages.length === 0 ? [undefined, ...a.steps] : [...new Set(ages.map((x) => stepFor(a, x)))];
  if (candidates.length === 1) return { cap: candidates[0] ? candidates[0].cap : general, step: candidates[0] };
  // the cap that binds is the least room left: where even that fits this claim, the age changes nothing
  const room = (s: AgeCapStep | undefined) => {
    const cap = s ? s.cap : general;
    return cap === null ? Number.MAX_SAFE_INTEGER : Math.max(0, cap - claim.ytdFund);
  };
  const fits = candidates.every((s) => room(s) >= before);
  if (fits) return { cap: general, step: undefined };
  if (claim.age === undefined && claim.birthDate === undefined) throw new PolicyError('needs_input', M2.needsAgeForCap(a.path), 2, 'age');
  if (!a.onKnown) throw new PolicyError('unknown_parameter', M2.ageCapDayUnknown(`${a.path}.age_on`, a.onNote));
  throw new PolicyError('needs_input', M2.needsBirthDateForCap(a.path), 2, 'age');
}

/** What is left of the year's total of per-admission deductibles (null: no such total); unknown where something was charged before: exit 3. */
export function yearCapLeft(c: Limit, chargedBefore: Fen): Fen | null {
  if (c.value === null) {
    if (chargedBefore > 0) throw unknown(c.path, c.cite.note);
    return null;
  }
  return Math.max(0, c.value - chargedBefore);
}

/** The most the fund pays for this visit; unknown: exit 3 naming it. */
export function visitCapOf(c: Limit): Fen {
  if (c.value === null) throw unknown(c.path, c.cite.note);
  return c.value;
}
