// A readmission counted as the same stay (鹤屿 第六条（三）「参保人员出院后15日内因同一疾病再次入院的，视同一次住院，
// 不再收取起付标准」): `readmission` of a benefit's scheme rules. The days are counted from the previous
// discharge (--previous-discharge) to this admission (--date); a stay fewer than `days` days after is
// a readmission, one exactly `days` after is as `last_day` says (within / outside), a choice the file
// may leave open (settled both ways: choices.ts). What it changes: no deductible (no_deductible) and
// no new admission of the year (same_admission, which batch's count follows). Pure: no I/O.
import type { Text } from '../domain.js';
import type { SourcedValue } from '../policy/schema.js';
import type { FlagValue } from '../policy/schema-v2.js';
import { PolicyError, type Claim, type Warning } from './types.js';
import { model2Messages as M2 } from './messages2.js';
import { warnings as W } from './warnings.js';
import type { Choice } from './choices.js';
import type { Model2 } from './model2.js';

export type LastDay = 'within' | 'outside';

export interface ReadmissionRule {
  /** null: unknown (exit 3 on a claim with a previous discharge). */
  days: number | null;
  lastDay: LastDay | null;
  noDeductible: boolean | null;
  sameAdmission: boolean | null;
  sameDisease: boolean;
  /** 在同一定点医疗机构: the rule holds for a readmission at the same facility only (true); false: any; null: unknown (a choice on a readmission elsewhere). */
  sameFacility: boolean | null;
  path: string;
  cite: { days: SourcedValue; lastDay: Cited; noDeductible: FlagValue; sameAdmission: FlagValue; sameFacility: FlagValue | undefined; rule: Cited };
  /** Said on each claim the rule applies to where the text asks for the same disease. */
  sameDiseaseNote: Warning | undefined;
}

type Cited = { source?: string | undefined; quote?: string | undefined; note?: Text | undefined };

export interface ReadmissionValue {
  days: SourcedValue;
  last_day: { value: LastDay | null; source?: string | undefined; quote?: string | undefined; note?: Text | undefined; reading?: Text | undefined; reading_short?: Text | undefined; inferred?: true | undefined; reasoning?: Text | undefined };
  no_deductible: FlagValue;
  same_admission: FlagValue;
  same_disease?: FlagValue | undefined;
  same_facility?: FlagValue | undefined;
  source?: string | undefined;
  quote?: string | undefined;
  note?: Text | undefined;
}

/** The rule of a scheme, and its last_day as a choice where the file leaves it open or gives a reading. */
export function resolveReadmission(v: ReadmissionValue | undefined, base: string, choices: Choice[]): ReadmissionRule | undefined {
  if (!v) return undefined;
  const path = `${base}.readmission`;
  const rule: ReadmissionRule = {
    days: v.days.value,
    lastDay: v.last_day.value,
    noDeductible: v.no_deductible.value,
    sameAdmission: v.same_admission.value,
    sameDisease: v.same_disease?.value === true,
    sameFacility: v.same_facility === undefined ? false : v.same_facility.value,
    path,
    cite: { days: v.days, lastDay: v.last_day, noDeductible: v.no_deductible, sameAdmission: v.same_admission, sameFacility: v.same_facility, rule: v },
    sameDiseaseNote: v.same_disease?.value === true ? W.policyNote(`${path}.same_disease`, M2.readmissionSameDisease, M2.readmissionWords) : undefined,
  };
  const lp = `${path}.last_day`;
  if (v.last_day.value === null || v.last_day.reading) {
    choices.push({
      path: lp,
      options: ['within', 'outside'],
      given: v.last_day.value,
      note: v.last_day.note,
      reading: v.last_day.reading ? W.reading(lp, v.last_day.reading, v.last_day.reading_short) : undefined,
      under: (m: Model2, o) => ({ ...m, readmission: { ...m.readmission!, lastDay: o as LastDay } }),
      can: (claim) => rule.days !== null && claim.previousDischarge !== undefined && daysAfter(claim.previousDischarge, claim.date) === rule.days,
      words: (o) => M2.lastDayWords(o as LastDay, rule.days ?? 0),
    });
  }
  // 在同一定点医疗机构 left open (or read): a readmission elsewhere is settled with the rule and without it
  const fp = `${path}.same_facility`;
  const sf = v.same_facility;
  if (sf && (sf.value === null || sf.reading)) {
    choices.push({
      path: fp,
      options: [true, false],
      given: sf.value,
      note: sf.note,
      reading: sf.reading ? W.reading(fp, sf.reading, sf.reading_short) : undefined,
      under: (m: Model2, o) => ({ ...m, readmission: { ...m.readmission!, sameFacility: o as boolean } }),
      can: (claim) => claim.previousSameFacility === false && isReadmission({ ...rule, sameFacility: false }, claim)?.within === true,
      words: (o) => (o ? M2.sameFacilityWords.only : M2.sameFacilityWords.any),
    });
  }
  return rule;
}

/** Whole days from one YYYY-MM-DD to another (04-08 → 04-23: 15). */
export function daysAfter(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whether this stay is a readmission under the rule: undefined where the claim gives no previous discharge. */
export function isReadmission(r: ReadmissionRule, claim: Pick<Claim, 'date' | 'previousDischarge' | 'previousSameFacility'>): { days: number; within: boolean; facility?: 'same' | 'elsewhere' } | undefined {
  if (claim.previousDischarge === undefined) return undefined;
  if (r.days === null) throw new PolicyError('unknown_parameter', M2.unknownRule(`${r.path}.days`, r.cite.days.note));
  const days = daysAfter(claim.previousDischarge, claim.date);
  // exactly on the day: as last_day says (a choice settles an open one both ways; its first option stands in)
  const within = days < r.days || (days === r.days && (r.lastDay ?? 'within') === 'within');
  // 在同一定点医疗机构: a stay elsewhere is a new one (an open condition: its first option, yes, stands in);
  // not said: facilityOpen settles it both ways before this is asked
  if (!within || r.sameFacility === false || claim.previousSameFacility === undefined) return { days, within };
  if (claim.previousSameFacility) return { days, within, facility: 'same' };
  return { days, within: r.sameFacility === null, facility: 'elsewhere' };
}

/** A readmission within the days under a rule for the same facility only, the claim not saying whether it was: settled both ways (settle2.ts). */
export function facilityOpen(r: ReadmissionRule | undefined, claim: Pick<Claim, 'date' | 'previousDischarge' | 'previousSameFacility'>): boolean {
  if (!r || r.sameFacility === false || claim.previousSameFacility !== undefined || claim.previousDischarge === undefined || r.days === null) return false;
  return isReadmission({ ...r, sameFacility: false }, claim)?.within === true;
}

/**
 * What a readmission changes, each as the file states it: an unknown no_deductible is exit 3 naming
 * it; an unknown same_admission (the text says only 不再收取起付标准) changes nothing this stay pays,
 * only the number of the year's later stays: null, said (carried_unknown) and left to batch to stop on.
 */
export function readmissionEffect(r: ReadmissionRule): { noDeductible: boolean; sameAdmission: boolean | null } {
  if (r.noDeductible === null) throw new PolicyError('unknown_parameter', M2.unknownRule(`${r.path}.no_deductible`, r.cite.noDeductible.note));
  return { noDeductible: r.noDeductible, sameAdmission: r.sameAdmission };
}
