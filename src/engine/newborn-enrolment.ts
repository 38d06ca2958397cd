// A newborn's cover from birth (栖梧 第四条（一）「新生儿在出生后90日内参加居民医保的，自出生之日起享受居民医保待遇；
// 超过90日参加居民医保的，自参保登记之日起享受待遇…前款所称90日，自出生次日起计算」): newborn_enrolment of a
// scheme's rules. A patient enrolled (--enrolled) within `days` of birth (--birth-date) is covered from birth;
// one enrolled later is not covered for care before the enrolment date (the fund and every layer pay 0,
// said with the clause); care on or after it is covered. How the days are counted (day_one): the day after
// birth as day 1, or the birth day; unknown or a reading, a choice tried on a claim enrolled on the edge day
// and dated before its enrolment (choices.ts). No --enrolled: covered, said on a newborn's claim. Pure.
import type { SourcedValue } from '../policy/schema.js';
import type { Choice } from './choices.js';
import type { Cited } from './model2.js';
import { PolicyError, type Claim, type Warning } from './types.js';
import { readingsOf, type Conditional, type Readable } from './readings2.js';
import { model2Messages as M2 } from './messages2.js';
import { ruleWarnings as RW } from './warnings.js';
import { daysAfter as daysBetween } from './readmission.js';

export type DayOne = 'day_after_birth' | 'birth_day';
const DAY_ONES: readonly DayOne[] = ['day_after_birth', 'birth_day'];

type SourcedChoice = { value: DayOne | null } & Readable & Cited;

export interface EnrolmentRule {
  /** null: unknown (exit 3 on a claim it could refuse). */
  days: number | null;
  daysCite: SourcedValue;
  dayOne: DayOne;
  dayOneCite: SourcedChoice | undefined;
  cite: Cited;
  path: string;
  /** No --enrolled on a newborn's claim: taken as enrolled in time. */
  assumed: Warning;
}

/** What the rule does to this claim: covered (from birth, or from the enrolment on), or refused before a late enrolment. */
export interface EnrolmentVerdict {
  /** The enrolment's day counted from birth (as the rule counts). */
  day: number;
  days: number;
  within: boolean;
  /** The claim is dated before the enrolment, and the enrolment was late: the fund pays nothing. */
  refused: boolean;
}

export function resolveEnrolment(v: { days: SourcedValue; day_one?: SourcedChoice | undefined } & Cited & Readable | undefined, base: string, readings: Conditional[], choices: Choice[]): EnrolmentRule | undefined {
  if (!v) return undefined;
  const path = `${base}.newborn_enrolment`;
  readingsOf(v.days, `${path}.days`, { on: 'claim' }, readings);
  const c = v.day_one ?? { value: null, note: M2.enrolmentDayOneSilent };
  const rule: EnrolmentRule = { days: v.days.value, daysCite: v.days, dayOne: c.value ?? 'day_after_birth', dayOneCite: v.day_one, cite: v, path, assumed: RW.enrolledAssumed(path) };
  if (c.value !== null && !c.reading) return rule;
  const own: Conditional[] = [];
  readingsOf(c, `${path}.day_one`, { on: 'claim' }, own);
  const days = v.days.value;
  choices.push({
    path: `${path}.day_one`,
    options: DAY_ONES,
    given: c.value,
    note: c.note,
    reading: own.find((x) => x.warning.kind === 'reading')?.warning,
    under: (m, x) => (m.enrolment ? { ...m, enrolment: { ...m.enrolment, dayOne: x as DayOne } } : m),
    words: (x) => M2.enrolmentDayOneWords(x as DayOne, days ?? 0),
    // only an enrolment on the edge day (within by one count, not by the other), for care before it
    can: (claim) => days !== null && claim.enrolled !== undefined && claim.birthDate !== undefined && claim.date < claim.enrolled && daysBetween(claim.birthDate, claim.enrolled) === days,
  });
  return rule;
}

/** The rule on this claim; undefined where it does not reach it (no enrolment date or no birth date given). */
export function enrolmentVerdict(rule: EnrolmentRule, claim: Claim): EnrolmentVerdict | undefined {
  if (claim.enrolled === undefined) return undefined;
  if (claim.birthDate === undefined) throw new PolicyError('needs_input', M2.needsBirthForEnrolment(rule.path), 2, 'age');
  const after = daysBetween(claim.birthDate, claim.enrolled);
  const day = rule.dayOne === 'day_after_birth' ? after : after + 1;
  // care on or after the enrolment is covered whatever the days: the days matter only before it
  if (claim.date >= claim.enrolled) return { day, days: rule.days ?? 0, within: rule.days === null ? true : day <= rule.days, refused: false };
  if (rule.days === null) throw new PolicyError('unknown_parameter', M2.unknownRule(`${rule.path}.days`, rule.daysCite.note));
  const within = day <= rule.days;
  return { day, days: rule.days, within, refused: !within };
}
