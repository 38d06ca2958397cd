// The policy-model-2 parts of a combination's rules (rules.ts caches them with the rest): the
// 乙类 shares, the admission schedule, the retirees' deductible share, the ratio's bands (one
// band where the ratio is flat) with the retiree uplift and the filing cut, the age rule, the
// disease limits, the second layer and assistance that apply to this benefit and scheme, and
// what the accounts may pay. A value the sources leave unknown where it decides every claim of
// the combination is a PolicyError here (exit 3, naming it); the rest are checked per claim.
import type { BenefitId, Scheme, Status, Text, Tier } from '../domain.js';
import type { Policy, PolicyVersion, SchemeRulesValue, SourcedValue } from '../policy/schema.js';
import type { AdmissionStepValue, BandPlusValue, FamilyYearCapValue, StatusScheduleValue, AgeBonusValue, AssistanceOpenGroupsValue, AssistanceUpliftValue, AssistanceValue, FlagValue, OpenGroupsValue, SecondLayerValue, UpliftCeilingValue } from '../policy/schema-v2.js';
import { claimGroup, groupsOf, openShare, type ClaimGroups } from './claim-group.js';
import { PolicyError, type Bp, type Fen, type Claim, type Filing, type Grade, type Override, type Warning, type Where } from './types.js';
import { filingRuleOf, type OutKind } from './filing-where.js';
import { resolveParam, type Resolved } from './params.js';
import { fenFromNumber, ratioFromNumber } from '../money/money.js';
import { effectiveRatio } from './steps/ratio.js';
import { ageBonusFor, ageBonusesOf, isSourced, shareForClaim, shareForScheme } from '../policy/sourced.js';
import { ageDaysDiffer } from './steps/age-bands.js';
import type { BedDaysCount } from './steps/bed-days.js';
import { DEFAULT_ORDER, fullOrder, upliftedRatio, type CeilingUse, type UpliftKind } from './steps/uplift.js';
import { facilityAtLevel } from './steps/facility-levels.js';
import type { Band } from './steps/bands.js';
import { plusStated, type PlusRule } from './steps/band-plus.js';
import type { BurdenCounts } from './steps/second_layer.js';
import { model2Messages as M2 } from './messages2.js';
import { warnings as W, ruleWarnings as RW } from './warnings.js';
import { readingsOf, type Conditional, type Touch } from './readings2.js';
import type { Choice } from './choices.js';
import type { UpliftGround, UpliftRules } from './assistance-uplift.js';
import { resolveYearLimits, type YearLimits } from './year-limits.js';
import { resolveNewborn, type NewbornRule } from './newborn.js';
import { resolveEnrolment, type EnrolmentRule } from './newborn-enrolment.js';
import { resolveReadmission, type ReadmissionRule } from './readmission.js';
import { resolveReferral, type ReferralRule } from './referral.js';
import { resolveUnreferred, type UnreferredRule } from './unreferred.js';
import type { CapIncentiveRule, IncentiveAmount } from './cap-incentive.js';
import { diseaseLimitsFor, type SchemeDiseaseLimits } from './disease-scheme.js';
import { diseaseDeductibleChoices } from './disease-deductible.js';
import { resolveMaxDiseases, type MaxDiseases } from './disease-count.js';
import { resolveProrate, type ProrateRule } from './disease-prorate.js';
import type { Rules } from './rules.js';
import { statusChangeKeyed, statusChangeRule, type StatusChangeKey } from './status-change.js';

/** Anything a policy cites. */
export interface Cited {
  source?: string | undefined;
  quote?: string | undefined;
}

export interface BandRule {
  band: Band;
  /** The band's base ratio as resolved (its source and quote); a plus band's: its points' (bands.<i>.plus). */
  resolved: Resolved;
  edge: SourcedValue | undefined;
  /** 段上加段: the band before plus points, at most `max` (undefined: a band with its own ratio). */
  plus?: (PlusRule & { cite: SourcedValue; maxCite: SourcedValue | undefined }) | undefined;
}

export interface LayerRules {
  value: SecondLayerValue;
  path: string;
  counts: BurdenCounts | undefined;
  threshold: number;
  bands: Band[];
  /** Each band's ratio as the file gives it for this combination (by status or grade where keyed; `ratio` where it is the one band): cited by the breakdown. */
  bandCites: SourcedValue[];
  cap: number;
  /** The cap and ratio as the file gives them for this combination (by status or grade where keyed): cited by the breakdown. */
  capCite: SourcedValue;
  /** cap_incentive (参保激励): the cap raised by the claim's continuous and zero-claim years (cap-incentive.ts); undefined where none. */
  incentive?: CapIncentiveRule | undefined;
  /** grade_bonus of the claim's grade (二档参保人员各段支付比例提高5个百分点): added to every band; undefined where none. */
  gradeBonus?: { bonus: Bp; cite: SourcedValue; path: string } | undefined;
  /** The threshold as the claim's status or grade finds it (a keyed threshold's own leaf), for the breakdown's quote. */
  thresholdCite: SourcedValue | undefined;
  ratio: Bp;
  ratioCite: SourcedValue | undefined;
  /** after_cap: a stay after the cap still has its deductible taken off (after_cap_deductible; true when left out). */
  afterCapDeducts: boolean;
  /** The reading for a claim during which the fund's cap is reached (within_claim), built once: pushed on each such claim. */
  withinReading: Warning | undefined;
  /**
   * within_claim as settled: the file's option, or (null in the file) a choice's, each claim settled
   * both ways (choices.ts); undefined where the key is left out (such a claim is exit 3, as before).
   */
  within: 'after_only' | 'unpaid_by_ratio' | undefined;
  /** within_claim null: the note said on a claim during which the cap is reached and both options agree. */
  withinSame: Warning | undefined;
  /** 最高不超过80%: the ceiling of a band raised by a group's ratio_plus, where it holds (`held`: as the file says, or as a choice's option sets it). */
  ceiling: { max: Bp; held: boolean } | undefined;
  /** A group's value the file leaves unknown, as a bound tried for a claim (choices.ts), by its path: in the file's unit (yuan, 0..1). */
  set: Readonly<Record<string, number>>;
  /** The paths of the layer's values the file leaves unknown (the text breakdown does not show their stand-ins). */
  unknown: ReadonlySet<string>;
  /**
   * part_two (岚汐 第十七条（二）: 85% of what the fund would pay above its annual cap, within the layer's cap):
   * its ratio in Bp and its cite, and whether the person's rest counts in part one's burden (the file's, or a choice's option).
   */
  partTwo: { ratio: Bp; ratioCite: SourcedValue; restCounts: boolean } | undefined;
  /**
   * burden_before_group: for a claim whose group began within its year (--assistance-since), whether the
   * year's burden before that day counts toward the group's threshold (the file's option, or a choice's).
   */
  beforeGroup: 'counts' | 'excluded';
}

/** Far above any yearly amount (yuan): the open bound of an unknown threshold or cap. */
const NO_BOUND = 1e9;

/**
 * A number of the second layer or of assistance the file leaves unknown: a choice between its
 * bounds (choices.ts), so a claim it cannot change is answered and one it can is exit 3 naming it.
 * Returns the first bound, the stand-in of a claim it does not change.
 */
function boundsChoice(v: { note?: Text | undefined }, path: string, bounds: readonly [number, number], choices: Choice[], under: (m: Model2, x: number) => Model2, can?: Choice['can']): number {
  const words = (o: string | boolean) => ({ zh: String(o), en: String(o) });
  choices.push({ path, options: bounds.map(String), given: null, note: v.note, reading: undefined, under: (m, o) => under(m, Number(o)), words, can, bounds: true });
  return bounds[0];
}

export interface Model2 {
  /** A share the sources leave unknown is null: it stops only a claim with that kind of 乙类 cost. */
  firstPay: { drugs: Bp | null; items: Bp | null; drugsCite: SourcedValue; itemsCite: SourcedValue; drugsPath: string; itemsPath: string; order: Cited | undefined } | undefined;
  /** Each entry's reading (不再收取 read as 0) is given only to a claim it applies to (warnings2.ts). Empty: this status pays in full (`none`) or its schedule is unknown. */
  schedule: ScheduleEntry[] | undefined;
  /** The claim's status has no schedule (`retired: { value: none }`): cited on a later admission, its reading given there. */
  scheduleNone: { cite: Cited; reading: Warning | undefined } | undefined;
  /** The claim's status's schedule is not stated (null + note): the error for a later admission. */
  scheduleUnknown: PolicyError | undefined;
  /** 依次降低100元，但不低于…40%: later admissions a step less, floored at a share of the full deductible (null: unknown, exit 3 on a later admission). */
  scheduleStep?: ScheduleStep | undefined;
  /** group_deductible_share: the share of the deductible each assistance group pays, by group name (aliases resolved by `byName`). */
  /** `groups`: every group the version names (claim-group.ts); `open`: this list ends in 等 (open_groups), with its reading. */
  groupShares: { byName: ReadonlyMap<string, string>; groups: ClaimGroups; shares: ReadonlyMap<string, GroupShare>; open: { rule: OpenGroupsValue; path: string; reading: Warning | undefined } | undefined } | undefined;
  /** The groups the version names (assistance's, a deductible share's, a second layer's); undefined where it names none. */
  groups: ClaimGroups | undefined;
  /**
   * The warning of a claim that does not say which stay of the year it is, with a schedule: one
   * object for the combination (a batch's tally counts warnings by object, and a new one on each
   * such row kept every one of them: tens of megabytes over a million rows).
   */
  admissionAssumed: Warning | undefined;
  /** readmission (readmission.ts); undefined where the scheme's rules have none. */
  readmission: ReadmissionRule | undefined;
  /** referral_deductible (referral.ts): a stay referred within the 医联体; undefined where the scheme's rules have none. */
  referral: ReferralRule | undefined;
  /** unreferred_cut (unreferred.ts): points off a stay without a referral at the levels it names; undefined where the scheme's rules have none. */
  unreferred?: UnreferredRule | undefined;
  /** newborn_deductible_share (newborn.ts); undefined where the scheme's rules have none. */
  newborn: NewbornRule | undefined;
  /** newborn_enrolment (newborn-enrolment.ts): a newborn covered from birth if enrolled in time; undefined where the scheme's rules have none. */
  enrolment: EnrolmentRule | undefined;
  retireeShare: { share: Bp; sourced: SourcedValue } | undefined;
  /** deductible_floor: the least a deductible lowered by the schedule comes to (fen; null: unknown, exit 3 where it applies). */
  floor: { value: number | null; path: string; cite: SourcedValue } | undefined;
  /** The ratio's bands, each ratio with the retiree and grade uplifts, the ceiling and the filing cut (before an age uplift). */
  bands: BandRule[];
  /** The bands' own ratios (before any uplift or cut), in order; a plus band's as `stated` gives it. */
  baseRatios: Bp[];
  /** Per band: its ratio was given for retirees (a retired key), so the retiree bonus is not added to it (另列 retired 比例时不再加 retiree_bonus). */
  retiredKeyed: boolean[];
  /** 段上加段 (bands.<i>.plus): which ratio of the band before the points are added to (the file's, or a choice's option); undefined: no plus band. */
  bandPlus: { of: 'stated' | 'uplifted'; ofCite: Cited | undefined; path: string; open: boolean } | undefined;
  /** The points the retiree and grade uplifts add and the filing cut takes off this combination's ratios. */
  uplifts: { retiree: Bp; grade: Bp; cut: Bp };
  /** 二档…提高6个百分点: the grade uplift that applies to this combination. */
  gradeBonus: { bonus: Bp; cite: SourcedValue; path: string } | undefined;
  /** 提高后最高不超过95%: the ceiling and, per uplift, whether it holds (null: unknown), with the readings. */
  ceiling: Ceiling | undefined;
  /** The bands alone (ratio and edge), the array the settlement uses when no age uplift applies. */
  flatBands: Band[];
  /** The annual cap is shared with other benefits (cap_shared): a fund payment this year may be theirs. */
  capShared: boolean;
  /** deductible_year_cap, visit_cap, age_cap (year-limits.ts); undefined where the benefit has none. */
  yearCap: YearLimits['yearCap'];
  visitCap: YearLimits['visitCap'];
  ageCap: YearLimits['ageCap'];
  yearCapAssumed: YearLimits['yearCapAssumed'];
  /** facility_day_cap: by facility name, the most the fund pays a day there (settle2.ts takes the claim's facility's). */
  dayCaps: Record<string, SourcedValue> | undefined;
  dayCapPath: string;
  daysAssumed: Warning | undefined;
  /**
   * bed_days: how a stay's bed-days are counted from its admission and discharge dates where a day
   * cap holds and no --days is given (`count` null: the file leaves it unknown; a choice then tries both).
   */
  bedDays: { count: BedDaysCount | null; path: string; cite: Cited | undefined } | undefined;
  /** null: the ratio is not banded (one band). Where the file leaves it unknown: its first option, and a choice (choices.ts). */
  bandBase: 'total' | 'after_deductible' | null;
  /** Whether the file states the bands' base (a claim answered with it unknown says the options agree). */
  bandBaseStated: boolean;
  /** The choices with finite options the file leaves unknown or gives as a reading: each claim is settled under each (choices.ts). */
  choices: Choice[];
  bandBaseCite: Cited | undefined;
  /**
   * bands.per (一个年度内…累计在3万元（含）以下的部分): `year`, the bands count the year's running total (a claim
   * starts at --ytd-banded); `claim`, each claim from 0. Undefined where the file leaves it out or states `claim`
   * (as before: nothing carried). Unknown or a reading: a choice, `per` the option being tried.
   */
  bandsYear: { per: 'claim' | 'year'; stated: boolean; cite: Cited; path: string; assumed: Warning } | undefined;
  /** The age uplifts that apply to this combination (several on one benefit: each its band of ages); undefined where none. */
  age: AgeRule[] | undefined;
  /** facility_deductible: how a stay's deductible changes at a kind of facility (中医医院 −100, 民营医院 ×120%); undefined where the benefit has none. */
  facilityDeductible: FacilityDeductibles | undefined;
  /** facility_bonus / facility_cut by facility name: the points a claim at that facility gets; undefined where the benefit has none. */
  facilityPoints: ReadonlyMap<string, FacilityPoints> | undefined;
  /** group_bonus by group name (特困人员…支付比例提高5个百分点): the points a claim of that group gets; undefined where the benefit has none. */
  groupPoints: ReadonlyMap<string, GroupPoints> | undefined;
  /** `times`: the deductible's multiple (起付标准加倍: 20000 Bp), 10000 where the filing does not change it. */
  /** `ratioTimes`: 支付比例为本市同级医疗机构住院支付比例的95% (ratio_times), and which ratio it is of (the file's, or a choice's option). */
  filing: { kind: Filing; where: Where | undefined; emergency?: Cited; emergencyAs?: Filing; noDayCap?: boolean; noDayCapCite?: Cited; cut: Bp; deductibleAs: Tier | undefined; times: Bp; cite: Cited; timesCite: SourcedValue | undefined; cutCite: SourcedValue | undefined; ratioTimes?: RatioTimes | undefined; share?: FirstShare | undefined } | undefined;
  /** `limits`: the patient's limit by combination of diseases, filled as claims come (settle2.ts). */
  /** `override`: the patient's limit given with --set <benefit>.<scheme>.disease_limit (it replaces the rule); `setPath`: that flag's path. */
  /** `once`: how a deductible set by disease is charged once a year (deductible_once; the file's option, or a choice's). */
  /** `byDisease`: some disease states its own deductible (looked up per claim only then). */
  /** `value`: the limits as this scheme's claims read them (disease-scheme.ts); `severalKey`: the several rule's path suffix where keyed by scheme (.employee). */
  /** `byScheme`: the file keys a limit or the several rule by scheme (the breakdown names the claim's scheme). */
  /** `max`: 最多按三个病种计算 (several.max_diseases, disease-count.ts); undefined where the rule has none. */
  /** `prorate`: 年度中途认定的…按比例折算 (disease-prorate.ts); undefined where the limits have none. */
  diseases: { value: SchemeDiseaseLimits; path: string; severalKey: string; byScheme: boolean; limits: Map<string, number>; override: number | undefined; setPath: string; once: DeductibleOnce; byDisease: boolean; max?: MaxDiseases | undefined; prorate?: ProrateRule | undefined } | undefined;
  layer: LayerRules | undefined;
  /** The readings of what its base includes, given only to a claim where they change the base (warnings2.ts). */
  assistance:
    | {
        value: AssistanceValue;
        path: string;
        deductible: boolean;
        firstPay: boolean;
        /** 目录外 in the base; null: the text does not say (a claim with 目录外 is then unknown). */
        outOfScope: boolean | null;
        deductibleReading: Warning | undefined;
        firstPayReading: Warning | undefined;
        outOfScopeReading: Warning | undefined;
        byName: ReadonlyMap<string, string>;
        /** A group's value the file leaves unknown, as a bound tried for a claim (choices.ts), by its path: in the file's unit. */
        set: Readonly<Record<string, number>>;
        /** assistance.uplift: points and yuan for a person who meets a ground (未成年人, 重度残疾人); undefined without one. */
        uplift: UpliftRules | undefined;
        /**
         * assistance.open_groups (…等…及其他救助对象): `as` is the group whose rules a group
         * assistance.groups does not name is settled under, null for none (the option a choice tries:
         * choices.ts); undefined where the list is closed.
         */
        open: { value: AssistanceOpenGroupsValue; as: string | null } | undefined;
      }
    | undefined;
  accounts: { ownAll: boolean; familyAll: boolean; familyFirst: boolean; cite: Cited | undefined; familyCite: Cited | undefined; ownReading: Warning | undefined; familyReading: Warning | undefined };
  /** family_year_cap: the yearly cap of 家庭共济 payments (fen; null: unknown, exit 3 where a family account pays) and whose year it counts. */
  familyCap?: FamilyCap | undefined;
  /** Readings and notes of the structures used by every claim of the combination (the filing's, the bands' base). */
  warnings: Warning[];
  /** Readings and notes each given only to a claim whose numbers use that value (readings2.ts). */
  readings: Conditional[];
  /**
   * A disease group of this benefit pays the same level's inpatient ratio (ratio_of: inpatient):
   * those rules, resolved on first use (rules.ts); undefined where no group does.
   */
  inpatient?: (() => Rules) | undefined;
  /** The readings and notes of the policy's `facilities`, by name: given to a claim that names one. */
  facilityReadings: Map<string, Warning[]>;
  /**
   * The facility whose own rules (facility_bonus, facility_cut, facility_deductible, facility_day_cap)
   * a claim takes at its level (facilities.<name>.levels: 二级及以上中医医院): the claim's facility,
   * one of its kinds, or none; an unknown `levels` throws. Without `levels` anywhere: the claim's facility.
   */
  ruleFacility: (claim: Claim) => string | undefined;
  /**
   * Where this benefit's values differ by status: what the policy says of a status that changed
   * within the year (status_change). Used only by a claim whose status did change (--status-since
   * in its year, with year totals; batch: a person's rows of two statuses in a year).
   */
  statusChange: StatusChangeRules | undefined;
  /**
   * status_change keyed by benefit: its `second_layer` rule, where the layer's values (threshold,
   * ratio, bands, cap) differ by status. Used only by a claim whose status changed within its year
   * with a burden or a layer payment already counted (layerStatusChangedThisYear).
   */
  layerStatusChange: StatusChangeRules | undefined;
  /**
   * deductible_partly_met: a yearly deductible the year met only in part (no level's full standard)
   * with some of it left to charge. `unknown`: thrown on such a claim; its reading is in `readings`.
   */
  partlyMet: { unknown: PolicyError | undefined } | undefined;
}

export type { UpliftKind } from './steps/uplift.js';

/** 先由个人自付20%: the share in Bp, whether it counts in the layers' bases (the file's, or a choice's option), its path and clauses. */
export interface FirstShare {
  share: Bp;
  counts: boolean;
  /** first_share.order: the share taken after the deductible (of what is left above it); false: before it, as always. */
  afterDeductible: boolean;
  /** first_share.order where stated (its clause cited in the breakdown). */
  orderCite: Cited | undefined;
  path: string;
  cite: Cited;
  countsCite: Cited | undefined;
}

/** A filing's multiple of the local ratio: in Bp (0.95 = 9500), of the uplifted or the stated ratio, with its path and clauses. */
export interface RatioTimes {
  times: Bp;
  of: 'uplifted' | 'stated';
  /** The file states which ratio it is of (a claim answered with it open says nothing of it). */
  stated: boolean;
  path: string;
  cite: SourcedValue;
  ofCite: Cited | undefined;
}

/** One age uplift: from `min` (0: no lower bound) and below `under` (null: no upper bound). */
export interface AgeRule {
  min: number;
  under: number | null;
  bonus: Bp;
  /** The day the age is taken on; null: the text does not say (decided where both days agree). */
  on: 'admission' | 'discharge' | null;
  /** The file leaves the day unknown: `on` is set only by its choice (each day tried on a claim whose two ages differ). */
  open: boolean;
  path: string;
  cite: SourcedValue;
  /** The citation of its upper bound (未满18周岁), where it has one. */
  underCite: SourcedValue | undefined;
  onNote: Text | undefined;
}

/** A facility's points on this combination's ratios: added (facility_bonus, an uplift) and taken off (facility_cut), each with its path and citation. */
export interface FacilityPoints {
  plus: { points: Bp | null; path: string; cite: SourcedValue } | undefined;
  cut: { points: Bp | null; path: string; cite: SourcedValue } | undefined;
}

/** An assistance group's points on this combination's ratios (group_bonus.<name>): null where unknown (exit 3 on that group's claim). */
export interface GroupPoints {
  points: Bp | null;
  path: string;
  cite: SourcedValue;
}

/** One kind's change of a stay's deductible (facility_deductible.<kind>). */
export interface FacilityDeductibleRule {
  kind: string;
  path: string;
  op: 'minus' | 'times' | 'lower_level';
  /** minus: fen; times: Bp (12000 = 120%); lower_level: the lower level's standard in fen; null: unknown (exit 3 on a claim there). */
  amount: number | null;
  /** lower_level: the level whose standard is taken (the claim's own where it is the lowest). */
  level?: Tier | undefined;
  /** Where in the deductible's steps; null only outside a choice (an unknown `at` is tried both ways). */
  at: 'standard' | 'charged' | null;
  cite: SourcedValue;
  atCite: Cited;
}

export interface FacilityDeductibles {
  byKind: ReadonlyMap<string, FacilityDeductibleRule>;
  /** A minus and a times at the same step: minus first, or times first; null: not stated (tried both ways). */
  order: 'minus_first' | 'times_first' | null;
  orderPath: string;
  orderCite: Cited | undefined;
  /** A facility's kinds (facilities.<name>.kinds), or the facility itself. */
  kinds: (facility: string) => readonly string[];
}

/** deductible_once: each disease's deductible once a year, one a year whatever the disease, or one topped up to the highest. */
export type DeductibleOnce = 'per_disease' | 'per_person' | 'top_up';

/** One ceiling of uplift_ceiling: the one, or an entry of the list (岚汐: age ≤ 90%; 中医医院 ≤ 95%). */
export interface CeilingEntry {
  /** null: the ceiling's value is unknown (a claim with an uplift it limits is exit 3). */
  max: Bp | null;
  held: Record<UpliftKind, boolean | null>;
  /** facility_cut_first: a facility's cut taken off the level's ratio before the uplifts and the ceiling (false: after them, as always). */
  cutFirst: boolean;
  /** filing_cut_first: an out-of-area filing's cut (ratio_cut) taken off the level's ratio before the uplifts and the ceiling (false: after them, as always). */
  filingCutFirst: boolean;
  /** unreferred_cut_first: the cut for a stay without a referral taken off the level's ratio before the uplifts and the ceiling (false: after them, as always). */
  unreferredCutFirst?: boolean;
  /** The reading of a flag the file takes as a reading: given only to a claim it changes. */
  readings: Partial<Record<UpliftKind, Warning>>;
  path: string;
  value: UpliftCeilingValue;
}

/** uplift_ceiling: its ceilings, and the order the uplifts are added in (uplift_order; a choice's option where the text leaves it open). */
export interface Ceiling {
  entries: CeilingEntry[];
  order: readonly UpliftKind[];
  orderCite: Cited | undefined;
  /** facility_cut_first of any entry (the cut comes off before every ceiling, or after them all). */
  cutFirst: boolean;
  /** filing_cut_first of any entry (the filing's cut before every ceiling, or after them all). */
  filingCutFirst: boolean;
  /** unreferred_cut_first of any entry (the cut for a stay without a referral before every ceiling, or after them all). */
  unreferredCutFirst?: boolean;
  path: string;
}

export interface ScheduleStep {
  from: number;
  step: Fen | null;
  floorShare: Bp | null | undefined;
  path: string;
  stepCite: SourcedValue;
  floorCite: SourcedValue | undefined;
  /** group_first: the step on the group's reduced deductible (true) or on the full one (false); null/undefined: unknown where a group share applies. */
  groupFirst: { value: boolean | null; cite: FlagValue } | undefined;
  /** The readings of the step and the floor, given to a claim of a later admission. */
  readings: Warning[];
}

export interface ScheduleEntry {
  from: number;
  /** Its path (…deductible_schedule.0), named where its share is unknown. */
  path: string;
  /** null: not stated (exit 3 for an admission from `from` on; an earlier one is answered). */
  share: Bp | null;
  sourced: SourcedValue;
  reading: Warning | undefined;
  /** Its reading and note, named by the admission it starts from (warnings2.ts gives them to a claim of that admission). */
  readings: Warning[];
}

export interface GroupShare {
  /** null: the sources leave it unknown (exit 3 for a claim of this group). */
  share: Bp | null;
  sourced: SourcedValue;
  path: string;
  reading: Warning | undefined;
  /** The share inferred from a worked example: its warning, one object for the combination (warnings2.ts). */
  inferred: Warning | undefined;
}

export interface Query {
  benefit: BenefitId;
  scheme: Scheme;
  status: Status | undefined;
  tier: Tier;
  grade: Grade | undefined;
  /** A facility with a standard of its own (三级甲等医院), whose name keys parameters; undefined otherwise. */
  facility?: string | undefined;
  /** Where out-of-area care was (省内市外 / 省外), for a filing rule keyed by it. */
  where?: Where | undefined;
}

const bp = (v: number) => ratioFromNumber(v);

export function unknown(path: string, note: Text | undefined, how?: Text): PolicyError {
  return new PolicyError('unknown_parameter', M2.unknownRule(path, note, how));
}

/** A ratio only some claims need: its value in Bp, or null when the sources leave it unknown. */
function shareIfKnown(v: SourcedValue, path: string, out: Sink, when: Touch): Bp | null {
  return v.value === null ? null : need(v, path, 'ratio', out, when);
}

/** Where a value's reading and note go: the claims whose numbers use the value (`when`). */
type Sink = Conditional[];
const ALWAYS: Touch = { on: 'claim' };

/** A sourced number the combination needs: its value (fen or Bp) or the unknown error; its reading and note go to `out`. */
function need(v: SourcedValue, path: string, kind: 'money' | 'ratio', out: Sink, when: Touch = ALWAYS): number {
  if (v.value === null) throw unknown(path, v.note);
  readingsOf(v, path, when, out);
  return kind === 'money' ? fenFromNumber(v.value) : bp(v.value);
}

function count(v: SourcedValue, path: string, out: Sink, when: Touch): number {
  if (v.value === null) throw unknown(path, v.note);
  readingsOf(v, path, when, out);
  return v.value;
}

/**
 * A yes/no the file leaves unknown (or, with `readings`, gives as a reading): a choice, each claim
 * settled both ways (choices.ts), and its value for now (unknown: yes); a stated one as `flag`.
 */
function yesNoChoice(
  f: FlagValue,
  path: string,
  to: { out: Sink; when: Touch; choices: Choice[]; readings?: boolean; can?: Choice['can'] },
  set: (m: Model2, o: boolean) => Model2,
  words: (o: boolean) => Text,
): boolean {
  const read = to.readings !== false && f.reading !== undefined;
  if (f.value !== null && !read) return flag(f, path, to.out, to.when);
  const own: Sink = [];
  readingsOf(f, path, to.when, own);
  to.choices.push({ path, options: [true, false], given: f.value, note: f.note, reading: own.find((x) => x.warning.kind === 'reading')?.warning, under: (m, o) => set(m, o as boolean), words: (o) => words(o as boolean), can: to.can });
  // a stated value's note goes where its value is used, as before
  if (f.note && f.value !== null) readingsOf({ note: f.note }, path, to.when, to.out);
  return f.value ?? true;
}

function flag(f: FlagValue, path: string, out: Sink, when: Touch): boolean {
  if (f.value === null) throw unknown(path, f.note);
  readingsOf(f, path, when, out);
  return f.value;
}

/** The plain readings of a list of conditionals (the filing's and the bands' base: every claim of the combination). */
const plain = (c: Conditional[]): Warning[] => c.map((x) => x.warning);

/** The deductible, with the level the filing names in place of the claim's. */
export function model2Deductible(policy: Policy, rules: SchemeRulesValue, q: Query, filing: Filing, overrides: readonly Override[]): Resolved | undefined {
  const f = filing === 'local' || filing === 'emergency' ? undefined : filingRuleOf(rules, filingKind(rules, filing), q.where, `${q.benefit}.${q.scheme}`).rule;
  const tier = f?.value === 'adjusted' && f.deductible_as ? f.deductible_as : q.tier;
  // 按本市三级医疗机构标准: the level's own deductible, not a facility's own standard
  const facility = tier === q.tier ? q.facility : undefined;
  return resolveParam(policy, rules.deductible, { ...q, tier, facility, param: 'deductible' }, overrides);
}

export function resolveModel2(
  policy: Policy,
  version: PolicyVersion,
  rules: SchemeRulesValue,
  q: Query,
  filing: Filing,
  overrides: readonly Override[],
  bonus: Resolved | undefined,
  ratioQ: Query = q,
): Model2 {
  const always: Sink = [];
  const readings: Sink = [];
  const base = `${q.benefit}.${q.scheme}`;
  const choices: Choice[] = [];
  const gradeBonus = resolveGradeBonus(rules, q, base, readings);
  // a multiple's order against the uplifts matters only where this combination can have one
  const anyUplift = (bonus?.value ?? 0) > 0 || (gradeBonus?.bonus ?? 0) > 0 || rules.age_bonus !== undefined || rules.facility_bonus !== undefined || rules.group_bonus !== undefined;
  const fileRule = resolveFiling(rules, filing, q.where, base, always, choices, anyUplift);
  const cut = fileRule?.cut ?? 0;
  const ceiling = resolveCeiling(rules, base, choices, { retiree: bonus?.value ?? 0, grade: gradeBonus?.bonus ?? 0 }, fileRule?.ratioTimes ? 0 : cut);
  const uplifts = { retiree: bonus?.value ?? 0, grade: gradeBonus?.bonus ?? 0, cut };
  // an emergency visit paid at another level's ratio (emergency_ratio_as): the bands at that level
  const resolved = resolveBands(policy, rules, ratioQ, overrides, base, readings);
  const baseRatios = resolved.map((b) => b.band.ratio);
  const retiredKeyed = resolved.map((b) => b.resolved.retiredKey);
  const bands = resolved.map((b, i) => ({ ...b, band: { ...b.band, ratio: bandRatio(b.band.ratio, bandUplifts(retiredKeyed, i, uplifts), ceiling) } }));
  const fp = version.first_pay;
  // keyed by benefit (住院…10%；门诊…5%), a share applies to the benefits it names
  const drugs = fp ? shareForClaim(fp.drugs, q.benefit, q.scheme, q.status) : undefined;
  const items = fp ? shareForClaim(fp.items, q.benefit, q.scheme, q.status) : undefined;
  const fpApplies = fp !== undefined && drugs !== undefined && items !== undefined && (fp.benefits === undefined || fp.benefits.includes(q.benefit));
  if (fpApplies) readingsOf(fp.order, 'first_pay.order', { on: 'first_pay', kind: 'any' }, readings);
  const period = rules.deductible_period;
  // an unknown period is said by its own warning (deductible_period); a stated one's reading and note here
  if (period?.value != null) readingsOf(period, `${base}.deductible_period`, { on: 'deductible' }, readings);
  const partly = period?.value === 'year' ? rules.deductible_partly_met : undefined;
  if (partly?.value != null) readingsOf(partly, `${base}.deductible_partly_met`, { on: 'partly_met' }, readings);
  if (rules.cap_shared) readingsOf(rules.cap_shared, `${base}.cap_shared`, { on: 'ytd' }, readings);
  if (rules.beyond_cap) readingsOf({ reading: rules.beyond_cap.reading, reading_short: rules.beyond_cap.reading_short }, `${base}.beyond_cap`, { on: 'cap_cut' }, readings);
  // an uplift for some statuses only (退休人员再提高…) is no uplift for the others
  const ages = ageBonusesOf(rules.age_bonus, base).filter(({ rule }) => ageBonusFor(rule, q.status));
  const age = ages.length > 0 ? ages.map(({ rule, path }, i) => resolveAge(rule, path, i, readings, choices)) : undefined;
  // keyed by scheme (职工 第十一条 vs 居民 第十九条): this scheme's limits and rule, with the keyed paths
  const filed = version.benefits[q.benefit]?.disease_limits;
  const diseases = filed ? diseaseLimitsFor(filed, q.scheme, q.status) : undefined;
  if (diseases) diseaseReadings(diseases.value, `${q.benefit}.disease_limits`, diseases.severalKey, q.scheme, q.status, readings);
  return {
    flatBands: bands.map((b) => b.band),
    baseRatios,
    retiredKeyed,
    bandPlus: resolveBandPlus(rules, base, readings, choices, anyUplift),
    uplifts,
    gradeBonus,
    ceiling,
    capShared: rules.cap_shared !== undefined,
    ...resolveYearLimits(rules, q, base, readings, choices, RW.ytdDeductibleAssumed),
    dayCaps: rules.facility_day_cap,
    dayCapPath: `${base}.facility_day_cap`,
    daysAssumed: rules.facility_day_cap ? RW.daysAssumed(`${base}.facility_day_cap`, q.benefit === 'inpatient') : undefined,
    bedDays: rules.facility_day_cap ? resolveBedDays(rules, base, readings, choices) : undefined,
    firstPay:
      fpApplies && drugs && items
        ? {
            drugs: shareIfKnown(drugs.v, `first_pay.drugs${drugs.key}`, readings, { on: 'first_pay', kind: 'drugs' }),
            items: shareIfKnown(items.v, `first_pay.items${items.key}`, readings, { on: 'first_pay', kind: 'items' }),
            drugsCite: drugs.v,
            itemsCite: items.v,
            drugsPath: `first_pay.drugs${drugs.key}`,
            itemsPath: `first_pay.items${items.key}`,
            order: fp.order,
          }
        : undefined,
    ...resolveSchedule(rules, q, base),
    groupShares: resolveGroupShares(version, rules, base, choices),
    groups: version.assistance || version.second_layer || rules.group_deductible_share || rules.group_bonus ? groupsOf(version) : undefined,
    admissionAssumed: rules.deductible_schedule ? RW.admissionAssumed(`${base}.deductible_schedule`) : undefined,
    enrolment: resolveEnrolment(rules.newborn_enrolment, base, readings, choices),
    newborn: resolveNewborn(rules.newborn_deductible_share, rules.newborn_deductible_scope, base, readings, choices),
    readmission: resolveReadmission(rules.readmission, base, choices),
    // 医联体内上转…按两级医疗机构起付标准的差额收取: the referring level's standard for this status and grade
    referral: resolveReferral(rules.referral_deductible, base, policy, (level) => resolveParam(policy, rules.deductible, { ...q, tier: level as Tier, facility: undefined, param: 'deductible' }, overrides), choices),
    // 未经转诊自行到三级医疗机构住院的，支付比例降低10个百分点，急诊、抢救除外
    unreferred: resolveUnreferred(rules.unreferred_cut, base, choices),
    floor: rules.deductible_floor
      ? { value: rules.deductible_floor.value === null ? null : fenFromNumber(rules.deductible_floor.value), path: `${base}.deductible_floor`, cite: rules.deductible_floor }
      : undefined,
    retireeShare:
      rules.retiree_deductible_share && q.status === 'retired'
        ? { share: need(rules.retiree_deductible_share, `${base}.retiree_deductible_share`, 'ratio', readings, { on: 'deductible' }), sourced: rules.retiree_deductible_share }
        : undefined,
    bands,
    bandBase: rules.bands ? bandBaseOf(rules, base, always, choices) : null,
    bandBaseStated: rules.bands?.base.value != null,
    bandBaseCite: rules.bands?.base,
    bandsYear: rules.bands?.per ? bandsPerOf(rules.bands.per, base, always, choices) : undefined,
    age,
    facilityPoints: resolveFacilityPoints(policy, rules, base, readings),
    groupPoints: resolveGroupPoints(rules, base, readings),
    facilityDeductible: resolveFacilityDeductible(policy, rules, base, readings, choices, (n) => lowerStandard(policy, rules, q, filing, overrides, n)),
    filing: fileRule,
    diseases: diseases ? { ...resolveDiseases(policy, diseases.value, diseases.severalKey, q, overrides, always, readings, choices, rules.deductible !== undefined), byScheme: diseases.byScheme } : undefined,
    layer: resolveLayer(version, q, readings, choices),
    assistance: resolveAssistance(version, q, readings, choices),
    accounts: accountsOf(version, readings),
    familyCap: familyCapOf(version, readings, choices),
    warnings: plain(always),
    readings,
    facilityReadings: facilityReadingsOf(policy),
    ruleFacility: ruleFacilityOf(policy),
    statusChange: statusChangeOf(version, rules, q),
    layerStatusChange: layerStatusChangeOf(version, q),
    partlyMet: partly ? { unknown: partly.value === null ? new PolicyError('unknown_parameter', M2.unknownRule(`${base}.deductible_partly_met`, partly.note, M2.partlyMetHow)) : undefined } : undefined,
    choices,
  };
}

/**
 * One age uplift of the combination. Its band's readings go to a claim whose age is in the band;
 * a day the file leaves unknown is a choice, tried on a claim whose ages on admission and on
 * discharge fall on both sides of a bound (both numbers said where they differ).
 */
function resolveAge(a: AgeBonusValue, path: string, index: number, out: Sink, choices: Choice[]): AgeRule {
  const band: Touch = { on: 'age', min: a.min_age?.value ?? 0, under: a.below_age?.value ?? undefined };
  const min = a.min_age ? count(a.min_age, `${path}.min_age`, out, band) : 0;
  const under = a.below_age ? count(a.below_age, `${path}.below_age`, out, band) : null;
  const bonus = need(a.value, `${path}.value`, 'ratio', out, band);
  const rule: AgeRule = { min, under, bonus, on: a.age_on.value, open: a.age_on.value === null, path, cite: a.min_age ?? a.below_age ?? a.value, underCite: a.below_age, onNote: a.age_on.note };
  if (a.age_on.value != null) readingsOf(a.age_on, `${path}.age_on`, { on: 'age_day', min, under: under ?? undefined }, out);
  else {
    choices.push({
      path: `${path}.age_on`,
      options: ['admission', 'discharge'],
      given: null,
      note: a.age_on.note,
      reading: undefined,
      under: (m, o) => ({ ...m, age: m.age!.map((r, j) => (j === index ? { ...r, on: o as 'admission' | 'discharge' } : r)) }),
      words: (o) => M2.stayDayWords(o as 'admission' | 'discharge'),
      can: (claim) => ageDaysDiffer(rule, claim),
    });
  }
  return rule;
}

/**
 * bed_days: a count stated plainly is used; one left out, unknown, read or inferred is a choice,
 * tried on a claim with both dates, no --days and a day cap (answered where both counts agree).
 */
function resolveBedDays(rules: SchemeRulesValue, base: string, out: Sink, choices: Choice[]): NonNullable<Model2['bedDays']> {
  const v = rules.bed_days;
  const path = `${base}.bed_days`;
  const count = v?.value ?? null;
  if (v && count !== null && !v.reading && !v.inferred) {
    readingsOf(v, path, { on: 'cap_cut' }, out);
    return { count, path, cite: v };
  }
  const reading = count === null ? undefined : v?.reading ? W.reading(path, v.reading, v.reading_short) : RW.bedDaysInferred(path, count, v?.reasoning);
  choices.push({
    path,
    options: ['discharge_minus_admission', 'both_ends'],
    given: count,
    note: v?.note ?? M2.bedDaysUnstated,
    reading,
    under: (m, o) => ({ ...m, bedDays: { ...m.bedDays!, count: o as BedDaysCount } }),
    can: (claim) => claim.days === undefined && claim.dischargeDate !== undefined,
    words: (o) => M2.bedDaysWords(o as BedDaysCount),
  });
  return { count, path, cite: v };
}

/** The standard of the level `n` below (lower_level), in fen; undefined where the sources leave it unknown. */
type LowerStandard = (n: number) => { fen: Fen; level: Tier } | undefined;

/** 起付标准按低一级医疗机构标准执行: the level `n` below the claim's (the lowest keeps its own), and its deductible. */
function lowerStandard(policy: Policy, rules: SchemeRulesValue, q: Query, filing: Filing, overrides: readonly Override[], n: number): { fen: Fen; level: Tier } | undefined {
  const own = Number(q.tier);
  const level = (Number.isInteger(own) && own > 1 ? String(Math.max(1, own - n)) : q.tier) as Tier;
  if (!policy.tiers[level]) return undefined;
  const r = model2Deductible(policy, rules, { ...q, tier: level, facility: undefined }, filing, overrides);
  return r && r.value !== null ? { fen: r.value, level } : undefined;
}

/** The names whose facility_deductible a facility takes: itself, then its kinds (民营中医医院: [中医医院, 民营医院]). */
export const kindsOf = (policy: Policy, facility: string): readonly string[] => {
  const kinds = policy.facilities?.[facility]?.kinds;
  return kinds ? [facility, ...kinds] : [facility];
};

/** The facilities a kind's value applies at: the kind itself and every facility listing it among its kinds. */
const usersOf = (policy: Policy, kind: string): string[] => [kind, ...Object.entries(policy.facilities ?? {}).filter(([, f]) => f.kinds?.includes(kind)).map(([name]) => name)];

/**
 * facility_deductible by kind; an `at` left unknown or read is a choice (each claim there settled
 * at both steps), and so is the order of a minus and a times where the file does not state it.
 * Readings go to a claim at a facility of that kind.
 */
function resolveFacilityDeductible(policy: Policy, rules: SchemeRulesValue, base: string, out: Sink, choices: Choice[], lower: LowerStandard): FacilityDeductibles | undefined {
  const fd = rules.facility_deductible;
  if (!fd) return undefined;
  const byKind = new Map<string, FacilityDeductibleRule>();
  const kinds = (facility: string) => kindsOf(policy, facility);
  const ruleFacility = ruleFacilityOf(policy);
  for (const [kind, e] of Object.entries(fd)) {
    const path = `${base}.facility_deductible.${kind}`;
    const op = e.minus ? 'minus' : e.times ? 'times' : 'lower_level';
    const v = (e.minus ?? e.times ?? e.lower_level)!;
    for (const name of usersOf(policy, kind)) {
      readingsOf(e, path, { on: 'facility', name }, out);
      if (v.value !== null) readingsOf(v, `${path}.${op}`, { on: 'facility', name }, out);
    }
    if (op === 'lower_level') {
      // 起付标准按低一级医疗机构标准执行: the lower level's standard, in place of the level's own
      const down = v.value === null ? undefined : lower(v.value);
      byKind.set(kind, { kind, path, op, amount: down?.fen ?? null, level: down?.level, at: 'standard', cite: v, atCite: v });
      continue;
    }
    const amount = v.value === null ? null : op === 'minus' ? fenFromNumber(v.value) : bp(v.value);
    const at = e.at!;
    byKind.set(kind, { kind, path, op, amount, at: at.value, cite: v, atCite: at });
    if (at.value === null || at.reading) {
      choices.push({
        path: `${path}.at`,
        options: ['standard', 'charged'],
        given: at.value,
        note: at.note,
        reading: at.reading && at.value !== null ? W.reading(`${path}.at`, at.reading, at.reading_short) : undefined,
        under: (m, o) => withKind(m, kind, { at: o as 'standard' | 'charged' }),
        can: (claim) => {
          const f = ruleFacility(claim);
          return f !== undefined && kinds(f).includes(kind);
        },
        words: (o) => M2.facilityDeductibleAt(o as 'standard' | 'charged'),
      });
    }
  }
  const ord = rules.facility_deductible_order;
  const orderPath = `${base}.facility_deductible_order`;
  // the order of a minus and a times (a lower level's standard comes before both)
  const scaling = (op: FacilityDeductibleRule['op'] | undefined) => (op === 'minus' || op === 'times' ? [op] : []);
  const both = (facility: string) => new Set(kinds(facility).flatMap((k) => scaling(byKind.get(k)?.op))).size > 1;
  if (new Set([...byKind.values()].flatMap((r) => scaling(r.op))).size > 1 && (ord === undefined || ord.value === null || ord.reading)) {
    choices.push({
      path: orderPath,
      options: ['minus_first', 'times_first'],
      given: ord?.value ?? null,
      note: ord?.note ?? M2.facilityOrderUnstated,
      reading: ord?.reading && ord.value !== null ? W.reading(orderPath, ord.reading, ord.reading_short) : undefined,
      under: (m, o) => ({ ...m, facilityDeductible: { ...m.facilityDeductible!, order: o as 'minus_first' | 'times_first' } }),
      can: (claim) => {
        const f = ruleFacility(claim);
        return f !== undefined && both(f);
      },
      words: (o) => M2.facilityOrderWords(o as 'minus_first' | 'times_first'),
    });
  }
  return { byKind, order: ord?.value ?? null, orderPath, orderCite: ord, kinds };
}

/** The rules with one kind's facility_deductible changed (a choice's option). */
function withKind(m: Model2, kind: string, change: Partial<FacilityDeductibleRule>): Model2 {
  const fd = m.facilityDeductible!;
  const byKind = new Map(fd.byKind);
  byKind.set(kind, { ...byKind.get(kind)!, ...change });
  return { ...m, facilityDeductible: { ...fd, byKind } };
}

/** facility_bonus and facility_cut by facility name; their readings go to a claim at that facility. */
function resolveFacilityPoints(policy: Policy, rules: SchemeRulesValue, base: string, out: Sink): Model2['facilityPoints'] {
  if (!rules.facility_bonus && !rules.facility_cut) return undefined;
  const byName = new Map<string, FacilityPoints>();
  const entry = (key: 'facility_bonus' | 'facility_cut', name: string, v: SourcedValue) => {
    const path = `${base}.${key}.${name}`;
    const points = v.value === null ? null : need(v, path, 'ratio', out, { on: 'facility', name });
    return { points, path, cite: v };
  };
  for (const [name, v] of Object.entries(rules.facility_bonus ?? {})) byName.set(name, { plus: entry('facility_bonus', name, v), cut: undefined });
  for (const [name, v] of Object.entries(rules.facility_cut ?? {})) byName.set(name, { plus: byName.get(name)?.plus, cut: entry('facility_cut', name, v) });
  // a facility of several kinds (民营中医医院) without points of its own: each kind's points, added
  for (const [name, f] of Object.entries(policy.facilities ?? {})) {
    if (!f.kinds || byName.has(name)) continue;
    const parts = f.kinds.flatMap((k) => byName.get(k) ?? []);
    if (parts.length === 0) continue;
    for (const k of f.kinds) {
      for (const key of ['facility_bonus', 'facility_cut'] as const) {
        const v = rules[key]?.[k];
        if (v && v.value !== null) readingsOf(v, `${base}.${key}.${k}`, { on: 'facility', name }, out);
      }
    }
    byName.set(name, { plus: addedPoints(parts.map((p) => p.plus)), cut: addedPoints(parts.map((p) => p.cut)) });
  }
  return byName;
}

/** group_bonus by group name; each one's reading, note or (inferred) reasoning goes to a claim of that group. */
function resolveGroupPoints(rules: SchemeRulesValue, base: string, out: Sink): Model2['groupPoints'] {
  if (!rules.group_bonus) return undefined;
  const byName = new Map<string, GroupPoints>();
  for (const [name, v] of Object.entries(rules.group_bonus)) {
    const path = `${base}.group_bonus.${name}`;
    if (v.value !== null) sayValue(v, path, { on: 'group', layer: false, name }, out, 'ratio');
    byName.set(name, { points: v.value === null ? null : bp(v.value), path, cite: v });
  }
  return byName;
}

/** Several kinds' points added (an unknown one stays, to stop the claim naming it); undefined where none has any. */
function addedPoints(list: readonly (FacilityPoints['plus'] | undefined)[]): FacilityPoints['plus'] {
  const xs = list.flatMap((x) => x ?? []);
  if (xs.length < 2) return xs[0];
  const open = xs.find((x) => x.points === null);
  return open ?? { points: xs.reduce((a, x) => a + x.points!, 0), path: xs[0]!.path, cite: xs[0]!.cite };
}

/** The disease limits of the benefit, with a --set that gives the patient's limit outright. */
function resolveDiseases(policy: Policy, value: SchemeDiseaseLimits, severalKey: string, q: Query, overrides: readonly Override[], out: Sink, readings: Sink, choices: Choice[], benefitDeductible: boolean): Omit<NonNullable<Model2['diseases']>, 'byScheme'> {
  const set = resolveParam(policy, undefined, { ...q, param: 'disease_limit' }, overrides);
  if (set?.value != null) out.push({ warning: W.userValue(set.provenance.path, set.value), when: ALWAYS });
  const path = `${q.benefit}.disease_limits`;
  // a disease's own deductible left unknown: with the deductible it would otherwise have, and without
  diseaseDeductibleChoices(value, path, q.scheme, benefitDeductible, choices);
  return {
    value,
    path,
    severalKey,
    limits: new Map(),
    override: set?.value ?? undefined,
    setPath: `${q.benefit}.${q.scheme}.disease_limit`,
    once: onceOf(value, path, readings, choices),
    byDisease: value.diseases.some((x) => x.deductible !== undefined),
    max: resolveMaxDiseases(value, path, severalKey, readings, choices),
    prorate: resolveProrate(value, path, readings, choices),
  };
}

const ONCE: readonly DeductibleOnce[] = ['per_disease', 'per_person', 'top_up'];

/**
 * deductible_once: stated, the file's option; unknown or a reading, a choice (each claim with a
 * deductible met earlier this year settled under each option: choices.ts). Left out: per_disease.
 */
function onceOf(d: SchemeDiseaseLimits, base: string, out: Sink, choices: Choice[]): DeductibleOnce {
  const o = d.deductible_once;
  if (!o) return 'per_disease';
  const path = `${base}.deductible_once`;
  if (o.value !== null && !o.reading) {
    readingsOf(o, path, { on: 'deductible' }, out);
    return o.value;
  }
  const own: Sink = [];
  readingsOf(o, path, ALWAYS, own);
  choices.push({
    path,
    options: ONCE,
    given: o.value,
    note: o.note,
    reading: own.find((x) => x.warning.kind === 'reading')?.warning,
    under: (m, x) => ({ ...m, diseases: { ...m.diseases!, once: x as DeductibleOnce } }),
    words: (x) => M2.deductibleOnceWords(x as DeductibleOnce),
    // only where a deductible was met earlier this year: with none met, every option charges the disease's in full
    can: (claim) => claim.ytdDeductible > 0 || claim.ytdDiseaseDeductible !== undefined,
  });
  return o.value ?? 'per_disease';
}

/** A band's ratio for the combination: the uplifts without a ceiling as model 2 always did, else held to it (age comes per claim). */
/** The uplifts of band `i`: without the retiree bonus where the band's ratio was given for retirees. */
export function bandUplifts<U extends { retiree: Bp }>(retiredKeyed: readonly boolean[] | undefined, i: number, u: U): U {
  return retiredKeyed?.[i] && u.retiree !== 0 ? { ...u, retiree: 0 } : u;
}

function bandRatio(ratio: Bp, u: Model2['uplifts'], ceiling: Ceiling | undefined): Bp {
  if (!ceiling) return Math.max(0, effectiveRatio(ratio, u.retiree + u.grade) - u.cut);
  // filing_cut_first: the filing's cut off the level's ratio before the uplifts and the ceiling
  if (ceiling.filingCutFirst && u.cut > 0) return upliftedRatio(Math.max(0, ratio - u.cut), { ...u, cut: 0, age: 0, facility: 0, group: 0 }, ceilingUse(ceiling));
  return upliftedRatio(ratio, { ...u, age: 0, facility: 0, group: 0 }, ceilingUse(ceiling));
}

/**
 * The ceilings as applied: each uplift held to the lowest ceiling whose flag for it holds (as the
 * file gives it, or as a choice's option sets it; an unknown one as holding), in the order given.
 */
export function ceilingUse(c: Ceiling): CeilingUse {
  const max: Record<UpliftKind, Bp | undefined> = { retiree: undefined, grade: undefined, age: undefined, facility: undefined, group: undefined };
  for (const e of c.entries) {
    for (const k of DEFAULT_ORDER) {
      if (!(e.held[k] ?? true)) continue;
      const v = e.max ?? 10000;
      max[k] = max[k] === undefined ? v : Math.min(max[k]!, v);
    }
  }
  return { max, order: c.order };
}

function resolveGradeBonus(rules: SchemeRulesValue, q: Query, base: string, out: Sink): Model2['gradeBonus'] {
  const g = rules.grade_bonus;
  if (!g) return undefined;
  if (q.grade === undefined) {
    const grades = Object.keys(g).map((k) => k.slice('grade_'.length));
    throw new PolicyError('needs_input', M2.needsGrade(`${base}.grade_bonus`, grades), 2, 'grade');
  }
  const key = `grade_${q.grade}` as const;
  const v = g[key];
  if (!v) return undefined;
  const path = `${base}.grade_bonus.${key}`;
  return { bonus: need(v, path, 'ratio', out), cite: v, path };
}

/**
 * uplift_ceiling: one ceiling (its path the key's), or a list (岚汐 第七条（二） age ≤ 90%, 第八条（一）
 * 中医医院 ≤ 95%: each entry's path by its index), and the order of the uplifts (uplift_order).
 */
function resolveCeiling(rules: SchemeRulesValue, base: string, choices: Choice[], uplifts: { retiree: Bp; grade: Bp }, filingCut: Bp): Ceiling | undefined {
  const c = rules.uplift_ceiling;
  if (!c) return undefined;
  const root = `${base}.uplift_ceiling`;
  const list = Array.isArray(c) ? c : [c];
  const entries = list.map((e, i) => resolveCeilingEntry(e, Array.isArray(c) ? `${root}.${i}` : root, i, rules, choices, uplifts, filingCut));
  return { entries, ...resolveUpliftOrder(rules, base, choices, Array.isArray(c), uplifts), cutFirst: entries.some((e) => e.cutFirst), filingCutFirst: entries.some((e) => e.filingCutFirst), unreferredCutFirst: entries.some((e) => e.unreferredCutFirst === true), path: root };
}

/** The kinds of uplift this combination can add (retiree and grade: its own; age, facility and group: where the benefit has the rule). */
function upliftKinds(rules: SchemeRulesValue, uplifts: { retiree: Bp; grade: Bp }): UpliftKind[] {
  return DEFAULT_ORDER.filter((k) => (k === 'age' ? rules.age_bonus !== undefined : k === 'facility' ? rules.facility_bonus !== undefined : k === 'group' ? rules.group_bonus !== undefined : uplifts[k] > 0));
}

/** Whether a claim has this kind of uplift, as far as the combination can tell (age: it gives an age; facility: at a facility; group: of an assistance group). */
function claimHas(k: UpliftKind, claim: Claim): boolean {
  return k === 'age' ? claim.age !== undefined || claim.birthDate !== undefined : k === 'facility' ? claim.facility !== undefined : k === 'group' ? claim.assistance !== undefined : true;
}

/** Every order of the kinds (at most 4: 24). */
function orders(kinds: readonly UpliftKind[]): UpliftKind[][] {
  if (kinds.length <= 1) return [[...kinds]];
  return kinds.flatMap((k, i) => orders([...kinds.slice(0, i), ...kinds.slice(i + 1)]).map((rest) => [k, ...rest]));
}

/**
 * uplift_order: stated, the file's (the kinds it leaves out first); left out beside one ceiling,
 * the default order (as always); unknown, read, or left out beside several ceilings, a choice
 * among the orders of the kinds this combination can add, tried on a claim with two of them at
 * least (exit 3 with each order's fund where they differ; a reading said there only).
 */
function resolveUpliftOrder(rules: SchemeRulesValue, base: string, choices: Choice[], several: boolean, uplifts: { retiree: Bp; grade: Bp }): Pick<Ceiling, 'order' | 'orderCite'> {
  const o = rules.uplift_order;
  const path = `${base}.uplift_order`;
  const stated = o?.value != null ? fullOrder(o.value) : undefined;
  const orderCite = o?.value != null ? o : undefined;
  if (stated && !o!.reading) return { order: stated, orderCite };
  if (!o && !several) return { order: DEFAULT_ORDER, orderCite: undefined };
  const kinds = upliftKinds(rules, uplifts);
  if (kinds.length < 2) return { order: stated ?? DEFAULT_ORDER, orderCite };
  const options = orders(kinds).map((x) => x.join(','));
  const given = stated ? stated.filter((k) => kinds.includes(k)).join(',') : null;
  choices.push({
    path,
    options,
    given,
    note: o?.note ?? M2.upliftOrderNote,
    reading: o?.reading && o.value !== null ? W.reading(path, o.reading, o.reading_short) : undefined,
    under: (m, x) => ({ ...m, ceiling: { ...m.ceiling!, order: fullOrder((x as string).split(',') as UpliftKind[]) } }),
    // a claim with two uplifts at least (age: a claim that gives an age; facility: one at a facility)
    can: (claim) => kinds.filter((k) => claimHas(k, claim)).length >= 2,
    words: (x) => M2.upliftOrderWords((x as string).split(',')),
  });
  return { order: stated ?? fullOrder(options[0]!.split(',') as UpliftKind[]), orderCite };
}

function resolveCeilingEntry(c: UpliftCeilingValue, path: string, index: number, rules: SchemeRulesValue, choices: Choice[], uplifts: { retiree: Bp; grade: Bp }, filingCut: Bp): CeilingEntry {
  const held = {} as CeilingEntry['held'];
  const readings: CeilingEntry['readings'] = {};
  for (const k of DEFAULT_ORDER) {
    const f = c.after[k];
    held[k] = f === undefined ? false : f.value;
    if (f?.reading && f.value !== null) readings[k] = W.reading(`${path}.after.${k}`, f.reading, f.reading_short);
    if (f && (f.value === null || f.reading)) {
      choices.push({
        path: `${path}.after.${k}`,
        options: [true, false],
        given: f.value,
        note: f.note,
        reading: readings[k],
        under: (m, o) => ({ ...m, ceiling: withEntry(m.ceiling!, index, (e) => ({ ...e, held: { ...e.held, [k]: o as boolean } })) }),
        // only a claim with that uplift: the retiree's and grade's are the combination's, the age's needs the age rule
        can:
          k === 'age'
            ? () => rules.age_bonus !== undefined
            : k === 'facility'
              ? (claim) => claim.facility !== undefined && rules.facility_bonus?.[claim.facility] !== undefined
              : k === 'group'
                ? (claim) => claim.assistance !== undefined && rules.group_bonus !== undefined
                : () => uplifts[k] > 0,
        words: (o) => (o ? M2.ceilingHolds(c) : M2.ceilingNot()),
      });
    }
  }
  // 民营 −5 against the ceiling (汀澜 第八条 vs 第七条（三）): stated, or a choice tried on a claim at a facility with a cut
  const cf = c.facility_cut_first;
  let cutFirst = cf?.value === true;
  if (cf && cf.value !== null && !cf.reading) readingsOf(cf, `${path}.facility_cut_first`, ALWAYS, []);
  if (cf && (cf.value === null || cf.reading)) {
    cutFirst = cf.value === true;
    choices.push({
      path: `${path}.facility_cut_first`,
      options: [false, true],
      given: cf.value,
      note: cf.note,
      reading: cf.reading ? W.reading(`${path}.facility_cut_first`, cf.reading, cf.reading_short) : undefined,
      under: (m, o) => ({ ...m, ceiling: { ...m.ceiling!, cutFirst: o as boolean } }),
      can: (claim) => claim.facility !== undefined && rules.facility_cut !== undefined,
      words: (o) => M2.cutFirstWords(o as boolean),
    });
  }
  // 未备案…降低10个百分点 against the ceiling (溱浦): stated, or a choice tried where this combination's filing has a cut
  const ff = c.filing_cut_first;
  const filingCutFirst = ff?.value === true;
  if (ff && ff.value !== null && !ff.reading) readingsOf(ff, `${path}.filing_cut_first`, ALWAYS, []);
  if (ff && (ff.value === null || ff.reading) && filingCut > 0) {
    choices.push({
      path: `${path}.filing_cut_first`,
      options: [false, true],
      given: ff.value,
      note: ff.note,
      reading: ff.reading ? W.reading(`${path}.filing_cut_first`, ff.reading, ff.reading_short) : undefined,
      under: (m, o) => ({ ...m, ceiling: { ...m.ceiling!, filingCutFirst: o as boolean } }),
      words: (o) => M2.filingCutFirstWords(o as boolean),
    });
  }
  // 未经转诊…降低10个百分点 against the ceiling: stated, or a choice tried on a stay the cut reaches
  const uf = c.unreferred_cut_first;
  const unreferredCutFirst = uf?.value === true;
  if (uf && uf.value !== null && !uf.reading) readingsOf(uf, `${path}.unreferred_cut_first`, ALWAYS, []);
  if (uf && (uf.value === null || uf.reading) && rules.unreferred_cut) {
    choices.push({
      path: `${path}.unreferred_cut_first`,
      options: [false, true],
      given: uf.value,
      note: uf.note,
      reading: uf.reading ? W.reading(`${path}.unreferred_cut_first`, uf.reading, uf.reading_short) : undefined,
      under: (m, o) => ({ ...m, ceiling: { ...m.ceiling!, unreferredCutFirst: o as boolean } }),
      can: (claim) => claim.referred === false && claim.referredFrom === undefined,
      words: (o) => M2.unreferredCutFirstWords(o as boolean),
    });
  }
  return { max: c.value === null ? null : bp(c.value), held, cutFirst, filingCutFirst, unreferredCutFirst, readings, path, value: c };
}

/** The ceilings with one entry changed (a choice's option). */
const withEntry = (c: Ceiling, index: number, change: (e: CeilingEntry) => CeilingEntry): Ceiling => ({ ...c, entries: c.entries.map((e, i) => (i === index ? change(e) : e)) });

/** Each disease's limit reading, given to a claim naming that disease; the rule for several, to one naming several. */
function diseaseReadings(d: SchemeDiseaseLimits, path: string, severalKey: string, scheme: Scheme, status: Status | undefined, out: Sink): void {
  for (const x of d.diseases) readingsOf(x.limit, `${path}.${x.name}${x.limitKey ?? ''}`, { on: 'disease', names: [x.name] }, out);
  // a group's own values (特殊病种): their readings and notes on a claim for one of its diseases
  for (const [name, g] of Object.entries(d.groups ?? {})) {
    const at = `${path}.groups.${name}`;
    const when = { on: 'disease_group', name } as const;
    readingsOf(g, at, when, out);
    for (const key of ['deductible', 'ratio'] as const) {
      const v = g[key];
      const mine = v ? shareForScheme(v, scheme, status) : undefined;
      if (mine) readingsOf(mine.v, `${at}.${key}${mine.key}`, when, out);
    }
    readingsOf(g.no_limit, `${at}.no_limit`, when, out);
    readingsOf(g.ratio_of, `${at}.ratio_of`, when, out);
  }
  if (d.several && d.several.value !== null) {
    readingsOf(d.several, `${path}.several${severalKey}`, { on: 'several' }, out);
    // its own values' readings and notes (share, step, sum_max…), on a claim naming several diseases
    for (const [key, v] of Object.entries(d.several)) {
      // max_diseases and which ones it counts: their own (disease-count.ts: which ones is a choice, said only where it changes the claim)
      if (key !== 'by_count' && key !== 'max_diseases' && key !== 'max_diseases_counted' && isSourcedValue(v)) readingsOf(v, `${path}.several${severalKey}.${key}`, { on: 'several' }, out);
    }
  }
  // by_count: each limit's reading on a claim for a disease sharing it (even alone: 认定一种的…)
  const shared = d.diseases.filter((x) => x.separate?.value !== true && !(x.group !== undefined && d.groups?.[x.group]?.no_limit?.value === true)).map((x) => x.name);
  d.several?.by_count?.forEach((x, i) => readingsOf(x.limit, `${path}.several${severalKey}.by_count.${i}.limit`, { on: 'disease', names: shared }, out));
}

const claimFacility = (claim: Claim): string | undefined => claim.facility;

/** A sourced value inside a rule ({ value, source, quote, reading… }), not a list or a plain word. */
const isSourcedValue = (v: unknown): v is SourcedValue => typeof v === 'object' && v !== null && !Array.isArray(v) && 'value' in v;

/** Model2.ruleFacility: the claim's facility as typed, unless some facility's rules hold at some levels only. */
function ruleFacilityOf(policy: Policy): Model2['ruleFacility'] {
  const fs = policy.facilities;
  if (!fs || !Object.values(fs).some((f) => f.levels !== undefined)) return claimFacility;
  return (claim) => {
    if (claim.facility === undefined) return undefined;
    const at = facilityAtLevel(fs, claim.facility, claim.tier);
    if (at.unknown !== undefined) throw unknown(`facilities.${at.unknown}.levels`, fs[at.unknown]?.levels?.note);
    return at.rules;
  };
}

/** The readings and notes of the facilities the policy names (a facility whose level is unknown is refused by its own note). */
function facilityReadingsOf(policy: Policy): Map<string, Warning[]> {
  const byName = new Map<string, Warning[]>();
  for (const [name, f] of Object.entries(policy.facilities ?? {})) {
    if (f.counts_as == null) continue;
    const own: Sink = [];
    readingsOf(f, `facilities.${name}`, ALWAYS, own);
    // levels (二级及以上) read, or noted: said on a claim that names the facility or a facility of its kinds
    for (const k of [name, ...(f.kinds ?? [])]) {
      const l = policy.facilities?.[k]?.levels;
      if (l && l.value !== null) readingsOf(l, `facilities.${k}.levels`, ALWAYS, own);
    }
    if (own.length > 0) byName.set(name, plain(own));
  }
  return byName;
}

/**
 * The filing kind whose rule a claim takes: `temporary` (临时外出就医已备案) is `filed` where the
 * policy does not tell the two apart (its `filed` then covers any filed care).
 */
export const filingKind = (rules: SchemeRulesValue, filing: OutKind): OutKind =>
  filing === 'temporary' && rules.filing?.temporary === undefined ? 'filed' : filing;

function resolveFiling(rules: SchemeRulesValue, claimed: Filing, claimWhere: Where | undefined, base: string, out: Sink, choices: Choice[], anyUplift: boolean): Model2['filing'] {
  // emergency is resolved to its kind before (rules.ts, emergency.ts)
  if (claimed === 'local' || claimed === 'emergency') return undefined;
  const filing = filingKind(rules, claimed);
  // 省内市外 / 省外: the side the claim names, where the policy keys the kind by it
  const { rule, path, where } = filingRuleOf(rules, filing, claimWhere, base);
  // a side (省内/省外) the text leaves silent turns on where the care was: batch names that column
  if (!rule || rule.value === null) throw new PolicyError('unknown_parameter', M2.filingUnknown(path, rule?.note), 3, where === undefined ? undefined : 'where');
  // 八（一） long-term vs 八（三） temporary: a caller who meant a temporary trip is told, never silently given the long-term rule
  if (filing === 'filed' && rules.filing?.temporary !== undefined) out.push({ warning: RW.filingLongTerm(path), when: ALWAYS });
  readingsOf(rule, path, ALWAYS, out);
  if (rule.value === 'local') return { kind: filing, where, cut: 0, deductibleAs: undefined, times: 10000, cite: rule, timesCite: undefined, cutCite: undefined };
  const cut = rule.ratio_cut ? need(rule.ratio_cut, `${path}.ratio_cut`, 'ratio', out) : 0;
  const times = rule.deductible_times ? timesOf(rule.deductible_times, `${path}.deductible_times`, out) : 10000;
  const ratioTimes = rule.ratio_times ? resolveRatioTimes(rule, path, out, choices, anyUplift) : undefined;
  const share = rule.first_share ? resolveFirstShare(rule.first_share, `${path}.first_share`, out, choices) : undefined;
  // 床日限额不适用于异地就医: stated, the file's; unknown or a reading, a choice tried on each claim (the same numbers where no day cap holds)
  const noDayCap = rule.no_day_cap
    ? yesNoChoice(rule.no_day_cap, `${path}.no_day_cap`, { out, when: ALWAYS, choices }, (m, o) => ({ ...m, filing: { ...m.filing!, noDayCap: o } }), M2.noDayCapWords)
    : undefined;
  return { kind: filing, where, cut, deductibleAs: rule.deductible_as, times, cite: rule, timesCite: rule.deductible_times, cutCite: rule.ratio_cut, ratioTimes, share, noDayCap, noDayCapCite: rule.no_day_cap };
}

/**
 * first_share (先由个人自付20%) and whether it counts in the second layer's and assistance's bases:
 * stated, the file's; unknown (or left out) or a reading, a choice (choices.ts) tried on each
 * claim (one without a layer or assistance gets the same numbers both ways and is answered).
 */
function resolveFirstShare(fs: NonNullable<FilingRuleValue['first_share']>, path: string, out: Sink, choices: Choice[]): FirstShare {
  const share = need(fs as SourcedValue, path, 'ratio', out);
  const c = fs.counts_in_layers;
  const at = `${path}.counts_in_layers`;
  if (c?.value != null && !c.reading) readingsOf(c, at, ALWAYS, out);
  else {
    const own: Sink = [];
    if (c) readingsOf(c, at, ALWAYS, own);
    choices.push({
      path: at,
      options: [false, true],
      given: c?.value ?? null,
      note: c?.note ?? M2.firstShareCountsNote,
      reading: own.find((x) => x.warning.kind === 'reading')?.warning,
      under: (m, o) => ({ ...m, filing: { ...m.filing!, share: { ...m.filing!.share!, counts: o as boolean } } }),
      words: (o) => M2.firstShareCountsWords(o as boolean),
    });
  }
  const afterDeductible = firstShareOrder(fs, path, out, choices);
  return { share, counts: c?.value ?? false, afterDeductible, orderCite: fs.order?.value != null ? fs.order : undefined, path, cite: fs, countsCite: c?.value != null ? c : undefined };
}

/**
 * first_share.order (汀澜 第十九条（二）: 起付标准…统筹范围费用个人先行自付10% in no order): stated, the
 * file's; a reading or unknown, a choice (choices.ts) tried on each claim with a deductible; left out: before, as always.
 */
function firstShareOrder(fs: NonNullable<FilingRuleValue['first_share']>, path: string, out: Sink, choices: Choice[]): boolean {
  const o = fs.order;
  if (!o) return false;
  const at = `${path}.order`;
  if (o.value !== null && !o.reading) {
    readingsOf(o, at, ALWAYS, out);
    return o.value === 'after_deductible';
  }
  const own: Sink = [];
  readingsOf(o, at, ALWAYS, own);
  choices.push({
    path: at,
    options: ['before_deductible', 'after_deductible'],
    given: o.value,
    note: o.note,
    reading: own.find((x) => x.warning.kind === 'reading')?.warning,
    under: (m, x) => ({ ...m, filing: { ...m.filing!, share: { ...m.filing!.share!, afterDeductible: x === 'after_deductible' } } }),
    words: (x) => M2.firstShareOrderWords(x === 'after_deductible'),
  });
  return o.value === 'after_deductible';
}

type FilingRuleValue = import('../policy/schema-v2.js').FilingRuleValue;

/**
 * ratio_times (支付比例为本市同级医疗机构住院支付比例的95%) and which ratio it is of: stated, the
 * file's; unknown (or left out) or a reading, a choice (choices.ts) tried where the combination can
 * have an uplift (with none, both give the same ratio). Unknown, it stands at `uplifted` for now.
 */
function resolveRatioTimes(rule: FilingRuleValue, path: string, out: Sink, choices: Choice[], anyUplift: boolean): RatioTimes {
  const times = need(rule.ratio_times!, `${path}.ratio_times`, 'ratio', out);
  const o = rule.ratio_times_of;
  const at = `${path}.ratio_times_of`;
  const stated = o?.value != null && !o.reading;
  if (stated) readingsOf(o, at, ALWAYS, out);
  else if (anyUplift) {
    const own: Sink = [];
    if (o) readingsOf(o, at, ALWAYS, own);
    choices.push({
      path: at,
      options: ['uplifted', 'stated'],
      given: o?.value ?? null,
      note: o?.note ?? M2.ratioTimesOfNote,
      reading: own.find((x) => x.warning.kind === 'reading')?.warning,
      under: (m, x) => ({ ...m, filing: { ...m.filing!, ratioTimes: { ...m.filing!.ratioTimes!, of: x as RatioTimes['of'] } } }),
      words: (x) => M2.ratioTimesOfWords(x as RatioTimes['of']),
    });
  }
  return { times, of: o?.value ?? 'uplifted', stated: o?.value != null, path: `${path}.ratio_times`, cite: rule.ratio_times!, ofCite: o?.value != null ? o : undefined };
}

/** A multiple (2 = 2倍) in parts per 10,000: 20000. */
function timesOf(v: SourcedValue, path: string, out: Sink): Bp {
  if (v.value === null) throw unknown(path, v.note);
  readingsOf(v, path, ALWAYS, out);
  return Math.round(v.value * 10000);
}

/** The later-admission schedule for the claim's status: one list (or step) for all, or the status's own list, step, `none`, or unknown. */
function resolveSchedule(rules: SchemeRulesValue, q: Query, base: string): Pick<Model2, 'schedule' | 'scheduleNone' | 'scheduleUnknown' | 'scheduleStep'> {
  const rule = rules.deductible_schedule;
  const none = { schedule: undefined, scheduleNone: undefined, scheduleUnknown: undefined, scheduleStep: undefined };
  if (rule === undefined) return none;
  // an entry whose share is unknown stops only the admissions it would apply to (a first stay is answered)
  const entries = (list: readonly { from: number; share: SourcedValue }[], path: string): ScheduleEntry[] =>
    list.map((s, i) => {
      const own: Sink = [];
      if (s.share.value !== null) readingsOf(s.share, `${path}.${i}`, ALWAYS, own, M2.scheduleWords(q.benefit, q.scheme, s.from));
      const readings = plain(own);
      return { from: s.from, path: `${path}.${i}`, share: s.share.value === null ? null : bp(s.share.value), sourced: s.share, reading: readings.find((w) => w.kind === 'reading'), readings };
    });
  const stepOf = (x: AdmissionStepValue, path: string): ScheduleStep => {
    const own: Sink = [];
    if (x.step.value !== null) readingsOf(x.step, `${path}.step`, ALWAYS, own);
    if (x.floor_share && x.floor_share.value !== null) readingsOf(x.floor_share, `${path}.floor_share`, ALWAYS, own);
    return {
      from: x.from,
      step: x.step.value === null ? null : fenFromNumber(x.step.value),
      floorShare: x.floor_share === undefined ? undefined : x.floor_share.value === null ? null : bp(x.floor_share.value),
      path,
      stepCite: x.step,
      floorCite: x.floor_share,
      groupFirst: x.group_first ? { value: x.group_first.value, cite: x.group_first } : undefined,
      readings: plain(own),
    };
  };
  const top = `${base}.deductible_schedule`;
  const one = (mine: StatusScheduleValue | undefined, path: string): Pick<Model2, 'schedule' | 'scheduleNone' | 'scheduleUnknown' | 'scheduleStep'> => {
    if (mine === undefined) return { ...none, schedule: [], scheduleUnknown: unknown(path, undefined) };
    if (Array.isArray(mine)) return { ...none, schedule: entries(mine, path) };
    if (Object.hasOwn(mine, 'step')) return { ...none, schedule: [], scheduleStep: stepOf(mine as AdmissionStepValue, path) };
    const c = mine as Extract<StatusScheduleValue, { value: unknown }>;
    if (c.value === null) return { ...none, schedule: [], scheduleUnknown: unknown(path, c.note) };
    return { ...none, schedule: [], scheduleNone: { cite: c, reading: c.reading ? W.reading(path, c.reading, c.reading_short) : undefined } };
  };
  if (Array.isArray(rule) || Object.hasOwn(rule, 'step') || Object.hasOwn(rule, 'value')) return one(rule as StatusScheduleValue, top);
  const keyed = rule as { active: StatusScheduleValue; retired: StatusScheduleValue };
  const path = `${top}.${q.status ?? 'active'}`;
  return one(q.status === undefined ? undefined : keyed[q.status], path);
}

/** group_deductible_share by group, with the names and aliases of assistance.groups. */
function resolveGroupShares(version: PolicyVersion, rules: SchemeRulesValue, base: string, choices: Choice[]): Model2['groupShares'] {
  const g = rules.group_deductible_share;
  if (!g) return undefined;
  const groups = groupsOf(version);
  const byName = new Map(groups.byName);
  const shares = new Map<string, GroupShare>();
  for (const [name, v] of Object.entries(g)) {
    const path = `${base}.group_deductible_share.${name}`;
    const readings: Sink = [];
    const share = v.value === null ? null : need(v, path, 'ratio', readings);
    const inferred = v.inferred && share !== null ? W.inferred(path, share, v.reasoning) : undefined;
    shares.set(name, { share, sourced: v, path, reading: readings[0]?.warning, inferred });
  }
  const o = rules.open_groups;
  const openPath = `${base}.open_groups`;
  const open = o ? { rule: o, path: openPath, reading: o.reading ? W.reading(openPath, o.reading, o.reading_short) : undefined } : undefined;
  if (o?.value === null) openGroupsChoice(o, openPath, shares, groups, choices);
  return { byName, groups, shares, open };
}

/**
 * …等困难群众 left unknown: a choice between none (the unnamed group pays the deductible in full) and
 * the listed groups (one for each share they pay: 特困人员 0), tried on a claim of a group the list does
 * not name; where the answers agree (the deductible met, or set to 0) the claim is answered, else exit 3
 * with each answer and `--set <path>=none|<group>`.
 */
function openGroupsChoice(o: OpenGroupsValue, path: string, shares: ReadonlyMap<string, GroupShare>, groups: ClaimGroups, choices: Choice[]): void {
  const listed = [...shares.keys()];
  const candidates = o.group !== undefined ? [o.group] : listed;
  const seen = new Set<number | null>([10000]);
  const options = ['none', ...candidates.filter((n) => {
    const sh = shares.get(n)?.share ?? 10000;
    if (seen.has(sh)) return false;
    seen.add(sh);
    return true;
  })];
  if (options.length < 2) return;
  choices.push({
    path,
    options,
    given: null,
    note: M2.openGroupsNote(o.note, o.quote),
    // the question for this claim's group, as the file's note and the list (是否属于“等困难群众”)
    noteFor: (claim) => {
      const q = M2.openGroups(claimGroup(groups, claim.assistance!).name, o.quote, listed);
      return { zh: `${o.note ? `${o.note.zh.replace(/。$/, '')}。` : ''}${q.zh}`, en: `${o.note ? `${o.note.en.replace(/\.$/, '')}. ` : ''}${q.en}` };
    },
    reading: undefined,
    under: (m, x) => ({ ...m, groupShares: { ...m.groupShares!, open: { ...m.groupShares!.open!, rule: x === 'none' ? { ...o, value: 'none' } : { ...o, value: 'as_group', group: x as string } } } }),
    words: (x) => M2.openGroupsOption(x as string),
    can: (claim) => claim.assistance !== undefined && !shares.has(claimGroup(groups, claim.assistance).name),
  });
}

/**
 * The claim's group's share for words about a claim already settled: an open list left unknown is
 * a choice (openGroupsChoice), so where it could not change the claim it is taken as none here.
 */
export function groupShareSaid(g: NonNullable<Model2['groupShares']>, typed: string): ReturnType<typeof groupDeductibleShare> & { same?: true } {
  if (g.open?.rule.value !== null) return groupDeductibleShare(g, typed);
  const { name, named } = claimGroup(g.groups, typed);
  if (named && g.shares.has(name)) return groupDeductibleShare(g, typed);
  return { share: 10000, rule: undefined, open: true, same: true };
}

/** The claim's group's share of the deductible (10000 = all of it, for no group or a group the rule leaves out). */
export function groupDeductibleShare(g: NonNullable<Model2['groupShares']>, typed: string | undefined): { share: Bp; rule: GroupShare | undefined; open?: boolean } {
  if (typed === undefined) return { share: 10000, rule: undefined };
  const { name, named } = claimGroup(g.groups, typed);
  const rule = named ? g.shares.get(name) : undefined;
  if (!rule) {
    // a group the list (…等困难群众) does not name (an assistance group it leaves out included): as the file reads it, or unknown where a listed share differs
    if (!g.open) return { share: 10000, rule: undefined };
    const share = openShare(g.open.rule, g.open.path, name, new Map([...g.shares].map(([n, r]) => [n, r.share])));
    return { share, rule: g.open.rule.value === 'as_group' ? g.shares.get(g.open.rule.group!) : undefined, open: true };
  }
  if (rule.share === null) throw unknown(rule.path, rule.sourced.note);
  return { share: rule.share, rule };
}

/** The bands' base; unknown or a reading, a choice (each claim settled on both bases: choices.ts). */
function bandBaseOf(rules: SchemeRulesValue, base: string, out: Sink, choices: Choice[]): 'total' | 'after_deductible' {
  const b = rules.bands!.base;
  const path = `${base}.bands.base`;
  if (b.value !== null && !b.reading) {
    readingsOf(b, path, ALWAYS, out);
    return b.value;
  }
  // the note of a stated base goes with its reading: said only where the base changes the claim
  const own: Sink = [];
  readingsOf(b, path, ALWAYS, own);
  choices.push({
    path,
    options: ['total', 'after_deductible'],
    given: b.value,
    note: b.note,
    reading: own[0]?.warning,
    under: (m, o) => ({ ...m, bandBase: o as 'total' | 'after_deductible' }),
    words: (o) => M2.bandBaseWords(o as 'total' | 'after_deductible'),
  });
  return b.value ?? 'total';
}

/**
 * Whether the bands count the year's running total (bands.per); stated `claim` is as if left out. Unknown
 * or a reading, a choice: each claim with a year total (--ytd-banded above 0) settled both ways.
 */
function bandsPerOf(per: NonNullable<NonNullable<SchemeRulesValue['bands']>['per']>, base: string, out: Sink, choices: Choice[]): Model2['bandsYear'] {
  const path = `${base}.bands.per`;
  const stated = per.value !== null && !per.reading;
  if (stated && per.value === 'claim') {
    readingsOf(per, path, ALWAYS, out);
    return undefined;
  }
  const own: Sink = [];
  readingsOf(per, path, ALWAYS, stated ? out : own);
  if (!stated) {
    choices.push({
      path,
      options: ['year', 'claim'],
      given: per.value,
      note: per.note,
      reading: own[0]?.warning,
      under: (m, o) => ({ ...m, bandsYear: { ...m.bandsYear!, per: o as 'claim' | 'year' } }),
      words: (o) => M2.bandsPerWords(o as 'claim' | 'year'),
      can: (claim) => (claim.ytdBanded ?? 0) > 0,
    });
  }
  return { per: per.value ?? 'year', stated, cite: per, path, assumed: RW.ytdBandedAssumed(path) };
}

/** The bands as resolved for the claim's status, grade and tier; a flat ratio is one open band. */
function resolveBands(policy: Policy, rules: SchemeRulesValue, q: Query, overrides: readonly Override[], base: string, out: Sink): BandRule[] {
  const segments: readonly Partial<NonNullable<SchemeRulesValue['bands']>['segments'][number]>[] = rules.bands?.segments ?? [{ ratio: rules.ratio! }];
  const list: BandRule[] = [];
  segments.forEach((s, i) => {
    // 段上加段: the band before's stated ratio plus points (the `uplifted` reading is the claim's: settle2.ts)
    const own = s.plus && i > 0 ? ownStandardRatio(policy, s.ratio, q) : undefined;
    if (s.plus && i > 0 && !own) {
      list.push(plusBandRule(s.plus, list[i - 1]!, s.up_to, `${base}.bands.${i}`, i, out));
      return;
    }
    const resolved = own ?? resolveParam(policy, s.ratio, { ...q, param: 'ratio' }, overrides)!;
    if (rules.bands) resolved.provenance = { ...resolved.provenance, path: resolved.provenance.path.replace(`${base}.ratio`, `${base}.bands.${i}.ratio`) };
    if (resolved.value === null) throw unknown(resolved.provenance.path, resolved.provenance.sourced?.note);
    // a band's ratio is read only where the claim has a part in the band (rules.ts: its value warnings)
    const upTo = s.up_to ? need(s.up_to, `${base}.bands.${i}.up_to`, 'money', out, { on: 'edge', index: i }) : null;
    list.push({ band: { upTo, ratio: resolved.value }, resolved, edge: s.up_to });
  });
  return list;
}

/**
 * A plus band's own ratio for a facility with its own standard (不区分医疗机构级别，职工90%): `ratio`
 * beside `plus`, keyed by the facility's name, where the claim is at that facility; else undefined
 * (the band is the band before plus points).
 */
function ownStandardRatio(policy: Policy, ratio: NonNullable<SchemeRulesValue['bands']>['segments'][number]['ratio'], q: Query): Resolved | undefined {
  if (ratio === undefined || q.facility === undefined) return undefined;
  const r = resolveParam(policy, ratio, { ...q, param: 'ratio' }, []);
  return r && r.provenance.path.split('.').includes(q.facility) ? r : undefined;
}

/** A band the band before plus points (bands.<i>.plus), its ratio as `stated` gives it; unknown points or most: exit 3 naming them. */
function plusBandRule(plus: BandPlusValue, prev: BandRule, edge: SourcedValue | undefined, at: string, index: number, out: Sink): BandRule {
  const before = prev.band.ratio;
  const { max, of: _of, ...points } = plus;
  const when: Touch = { on: 'band', index };
  const rule: PlusRule = { points: need(points, `${at}.plus`, 'ratio', out, when), max: max ? need(max, `${at}.plus.max`, 'ratio', out, when) : undefined };
  const value = plusStated(before, rule);
  const upTo = edge ? need(edge, `${at}.up_to`, 'money', out, { on: 'edge', index }) : null;
  const resolved: Resolved = { value, provenance: { kind: points.inferred ? 'inferred' : 'stated', sourced: points, path: `${at}.plus` }, retiredKey: prev.resolved.retiredKey, setPath: `${at}.plus` };
  return { band: { upTo, ratio: value }, resolved, edge, plus: { ...rule, cite: points, maxCite: max } };
}

/**
 * 段上加段's `of` (相应比例): stated, the file's; unknown (or left out) or a reading, a choice
 * (choices.ts) tried where the combination can have an uplift (with none, both give the same
 * ratios). Unknown, it stands at `uplifted` for now.
 */
function resolveBandPlus(rules: SchemeRulesValue, base: string, out: Sink, choices: Choice[], anyUplift: boolean): Model2['bandPlus'] {
  const segments = rules.bands?.segments ?? [];
  const at = segments.findIndex((x, i) => i > 0 && x.plus !== undefined);
  if (at < 0) return undefined;
  // one `of` for the benefit: the first plus band's (the text says 相应比例 once)
  const o = segments[at]!.plus!.of;
  const path = `${base}.bands.${at}.plus.of`;
  const stated = o?.value != null && !o.reading;
  if (stated) readingsOf(o, path, ALWAYS, out);
  else if (anyUplift) {
    const own: Sink = [];
    if (o) readingsOf(o, path, ALWAYS, own);
    choices.push({
      path,
      options: ['uplifted', 'stated'],
      given: o?.value ?? null,
      note: o?.note ?? M2.bandPlusOfNote,
      reading: own.find((x) => x.warning.kind === 'reading')?.warning,
      under: (m, x) => ({ ...m, bandPlus: { ...m.bandPlus!, of: x as 'stated' | 'uplifted' } }),
      words: (x) => M2.bandPlusOfWords(x as 'stated' | 'uplifted'),
    });
  }
  return { of: o?.value ?? 'uplifted', ofCite: o?.value != null ? o : undefined, path, open: !stated && anyUplift };
}

/** Its readings are given to a claim the layer counted or paid (a group's, to a claim of that group). */
function resolveLayer(version: PolicyVersion, q: Query, out: Sink, choices: Choice[]): LayerRules | undefined {
  const layer = version.second_layer?.[q.scheme];
  if (!layer || !layer.benefits.includes(q.benefit)) return undefined;
  const path = `second_layer.${q.scheme}`;
  if (layer.base.value === null) throw unknown(`${path}.base`, layer.base.note);
  const used: Touch = { on: 'layer' };
  readingsOf(layer, path, used, out);
  readingsOf(layer.base, `${path}.base`, used, out);
  for (const [name, g] of Object.entries(layer.groups ?? {})) {
    const mine: Touch = { on: 'group', layer: true, name };
    readingsOf(g, `${path}.groups.${name}`, mine, out);
    // a group's values: readings, notes and (inferred: 降低30% as 0.7) reasoning, said on that group's claims the layer touched
    if (g.threshold_share) sayValue(g.threshold_share, `${path}.groups.${name}.threshold_share`, mine, out, 'ratio');
    if (g.ratio_plus) sayValue(g.ratio_plus, `${path}.groups.${name}.ratio_plus`, mine, out, 'ratio');
    if (g.threshold) sayValue(g.threshold, `${path}.groups.${name}.threshold`, mine, out, 'money');
    if (g.cap) sayValue(g.cap, `${path}.groups.${name}.cap`, mine, out, 'money');
    readingsOf(g.no_cap, `${path}.groups.${name}.no_cap`, mine, out);
    g.segments?.forEach((s, i) => sayValue(s.ratio, `${path}.groups.${name}.segments.${i}.ratio`, mine, out, 'ratio'));
  }
  const unknownPaths = new Set<string>();
  const setLayer0 = (part: (l: LayerRules) => Partial<LayerRules>) => (m: Model2) => ({ ...m, layer: { ...m.layer!, ...part(m.layer!) } });
  // an unknown number: a stand-in, tried at its bounds on each claim (fen or Bp as the layer holds it)
  const number = (v: SourcedValue, at: string, kind: 'money' | 'ratio', bounds: readonly [number, number], put: (l: LayerRules, x: number) => Partial<LayerRules>, when: Touch = used): number => {
    if (v.value !== null) {
      // an inferred value (二档 65%: 60% + 5) said where the layer used it (a band's: where the burden reached the band), as inpatient's are
      const x = need(v, at, kind, out, used);
      if (v.inferred) out.push({ warning: W.inferred(at, x, v.reasoning), when });
      return x;
    }
    unknownPaths.add(at);
    const conv = (x: number) => (kind === 'money' ? fenFromNumber(x) : bp(x));
    return conv(boundsChoice(v, at, bounds, choices, (m, x) => setLayer0((l) => put(l, conv(x)))(m)));
  };
  // a group's unknown number: its bounds tried only on that group's claims, through `set` (layer-group.ts)
  const byName = new Map<string, string>();
  for (const [name, g] of Object.entries(version.assistance?.groups ?? {})) for (const n of [name, ...(g.aliases ?? [])]) byName.set(n, name);
  const ofGroup = (name: string) => (claim: Claim) => claim.assistance !== undefined && (byName.get(claim.assistance.trim()) ?? claim.assistance.trim()) === name;
  const initial: Record<string, number> = {};
  for (const [name, g] of Object.entries(layer.groups ?? {})) {
    const gp = `${path}.groups.${name}`;
    const open = (v: { value: unknown; note?: Text | undefined } | undefined, key: string, bounds: readonly [number, number]) => {
      if (v?.value !== null || v === undefined) return;
      unknownPaths.add(`${gp}.${key}`);
      initial[`${gp}.${key}`] = boundsChoice(v, `${gp}.${key}`, bounds, choices, (m, x) => setLayer0((l) => ({ set: { ...l.set, [`${gp}.${key}`]: x } }))(m), ofGroup(name));
    };
    open(g.threshold_share, 'threshold_share', [0, 1]);
    open(g.threshold, 'threshold', [0, NO_BOUND]);
    open(g.ratio_plus, 'ratio_plus', [0, 1]);
    open(g.cap, 'cap', [NO_BOUND, 0]);
    open(g.no_cap, 'no_cap', [1, 0]);
    g.segments?.forEach((x, i) => {
      open(x.ratio, `segments.${i}.ratio`, [0, 1]);
      open(x.up_to, `segments.${i}.up_to`, [0, NO_BOUND]);
    });
  }
  const segments = layer.segments ?? [];
  // an unknown band edge lies between the known edges around it
  const knownEdge = (from: number, step: 1 | -1, fallback: number): number => {
    for (let j = from; j >= 0 && j < segments.length; j += step) if (segments[j]!.up_to?.value != null) return segments[j]!.up_to!.value!;
    return fallback;
  };
  // a band is used where the layer paid and the year's burden went above its lower edge (band 0: any payment)
  const bandTouch = (i: number): Touch => {
    const edge = i === 0 ? undefined : segments[i - 1]?.up_to?.value;
    return { on: 'layer_band', above: edge == null ? 0 : fenFromNumber(edge) };
  };
  const capCite = layerValue(layer.cap, q, `${path}.cap`);
  const thresholdCite = layer.threshold ? layerValue(layer.threshold, q, `${path}.threshold`) : undefined;
  const ratioCite = layer.ratio ? layerValue(layer.ratio, q, `${path}.ratio`) : undefined;
  // burden: each band's ratio for the claim's status or grade where keyed; `ratio` alone is one band above the threshold
  const burdenOne = layer.base.value === 'burden' && !layer.segments && ratioCite !== undefined;
  const bandRatios = burdenOne ? [ratioCite] : segments.map((s, i) => layerValue(s.ratio, q, `${path}.segments.${i}.ratio`));
  const c = layer.counts;
  const w = layer.within_claim;
  const beforeGroup = layer.base.value === 'burden' && layer.groups ? beforeGroupChoice(layer, path, { out, when: used, choices }, ofGroup) : 'counts';
  if (layer.open_groups?.value === null) layerOpenGroupsChoice(layer, path, choices, (claim) => claim.assistance !== undefined && !Object.hasOwn(layer.groups ?? {}, byName.get(claim.assistance.trim()) ?? claim.assistance.trim()));
  const acd = layer.after_cap_deductible;
  const setLayer = (part: Partial<LayerRules>) => (m: Model2) => ({ ...m, layer: { ...m.layer!, ...part } });
  // 二档参保人员各段支付比例提高5个百分点: the claim's grade's points on every band (at most 100%)
  const gradeBonus = layerGradeBonus(layer, q, path, out, used);
  const gb = gradeBonus?.bonus ?? 0;
  const raise = (r: number) => Math.min(10000, r + gb);
  const afterCapDeducts = acd
    ? yesNoChoice(acd, `${path}.after_cap_deductible`, { out, when: used, choices }, (m, o) => setLayer({ afterCapDeducts: o })(m), M2.afterCapDeductibleWords)
    : true;
  const partTwo = layer.part_two && layer.base.value === 'burden' ? partTwoOf(layer.part_two, `${path}.part_two`) : undefined;
  // within_claim null (after_cap): each option tried on each claim (a claim the cap does not cut this stay gets the same either way)
  if (w && w.value === null && layer.base.value === 'after_cap') {
    choices.push({
      path: `${path}.within_claim`,
      options: ['after_only', 'unpaid_by_ratio'],
      given: null,
      note: w.note ?? layer.note,
      reading: undefined,
      under: (m, o) => setLayer({ within: o as 'after_only' | 'unpaid_by_ratio' })(m),
      words: (o) => M2.withinWords(o as string),
    });
  }
  // what the burden counts: a flag left unknown or read is a choice, each claim settled both ways
  const countsFlag = (k: keyof BurdenCounts, f: FlagValue, name: string) =>
    yesNoChoice(f, `${path}.counts.${name}`, { out, when: used, choices }, (m, o) => setLayer({ counts: { ...m.layer!.counts!, [k]: o } })(m), M2.countsWords);
  return {
    afterCapDeducts,
    value: layer,
    path,
    counts: c
      ? {
          firstPay: countsFlag('firstPay', c.first_pay, 'first_pay'),
          deductible: countsFlag('deductible', c.deductible, 'deductible'),
          aboveCap: countsFlag('aboveCap', c.above_cap, 'above_cap'),
          // above a disease limit apart from the annual cap: only where this benefit has disease limits
          aboveLimit: c.above_limit && version.benefits[q.benefit]?.disease_limits ? countsFlag('aboveLimit', c.above_limit, 'above_limit') : undefined,
        }
      : undefined,
    ceiling: layer.ratio_ceiling ? layerCeiling(layer.ratio_ceiling, `${path}.ratio_ceiling`, { out, when: used, choices }, byName) : undefined,
    threshold: thresholdCite ? number(thresholdCite.v, thresholdCite.path, 'money', [0, NO_BOUND], (_, x) => ({ threshold: x })) : 0,
    thresholdCite: thresholdCite?.v,
    bands: bandRatios.map((c, i) => ({
      upTo: segments[i]?.up_to
        ? number(segments[i]!.up_to!, `${path}.segments.${i}.up_to`, 'money', [knownEdge(i - 1, -1, thresholdCite?.v.value ?? 0), knownEdge(i + 1, 1, NO_BOUND)], (l, x) => ({ bands: l.bands.map((b, j) => (j === i ? { ...b, upTo: x } : b)) }), bandTouch(i))
        : null,
      ratio: raise(number(c.v, c.path, 'ratio', [0, 1], (l, x) => ({ bands: l.bands.map((b, j) => (j === i ? { ...b, ratio: raise(x) } : b)) }), bandTouch(i))),
    })),
    bandCites: bandRatios.map((c) => c.v),
    gradeBonus,
    incentive: layer.cap_incentive ? incentiveOf(layer.cap_incentive, `${path}.cap_incentive`) : undefined,
    cap: number(capCite.v, capCite.path, 'money', [NO_BOUND, 0], (_, x) => ({ cap: x })),
    capCite: capCite.v,
    // above_cap without a ratio pays the whole excess (白鹭: 超出…的金额，由大额医疗费用补助支付); a burden's ratio is its one band
    ratio: ratioCite && !burdenOne ? number(ratioCite.v, ratioCite.path, 'ratio', [0, 1], (_, x) => ({ ratio: x })) : layer.base.value === 'above_cap' ? 10000 : 0,
    ratioCite: ratioCite?.v,
    // a stated unpaid_by_ratio is the text's rule, said in the step, not a reading
    withinReading: w && w.value !== null && (w.value !== 'unpaid_by_ratio' || w.reading) ? RW.secondLayerReading(`${path}.within_claim`, layer.name, w.reading ?? w.note ?? layer.name, w.reading_short) : undefined,
    within: w ? (w.value ?? 'after_only') : undefined,
    withinSame: w && w.value === null ? W.policyNote(`${path}.within_claim`, M2.withinSame(w.note ?? layer.note), layer.name) : undefined,
    set: initial,
    unknown: unknownPaths,
    beforeGroup,
    partTwo,
  };

  /**
   * cap_incentive (参保激励): each value stated, a reading (said where the raise applied) or unknown: tried at its
   * bounds (no raise and the most), so only a claim whose layer payment the cap held can be exit 3.
   */
  function incentiveOf(c: NonNullable<SecondLayerValue['cap_incentive']>, at: string): CapIncentiveRule {
    const raised: Touch = { on: 'layer_raise' };
    readingsOf(c, at, raised, out);
    const setInc = (l: LayerRules, part: Partial<CapIncentiveRule>) => ({ incentive: { ...l.incentive!, ...part } });
    // a stated value's reading or inference said where the raise applied; an unknown one tried at its bounds (none, the most)
    const val = (v: SourcedValue, p: string, kind: 'money' | 'ratio', put: (l: LayerRules, x: number) => Partial<LayerRules>): number => {
      if (v.value === null) return number(v, p, kind, kind === 'money' ? [0, NO_BOUND] : [0, 1], put, raised);
      readingsOf(v, p, raised, out);
      const x = kind === 'money' ? fenFromNumber(v.value) : bp(v.value);
      if (v.inferred) out.push({ warning: W.inferred(p, x, v.reasoning), when: raised });
      return x;
    };
    const amount = (
      fen: SourcedValue | undefined,
      share: SourcedValue | undefined,
      paths: readonly [string, string],
      put: (l: LayerRules, a: IncentiveAmount) => Partial<LayerRules>,
    ): { a: IncentiveAmount; cite: SourcedValue } | undefined => {
      if (fen) return { a: { fen: val(fen, paths[0], 'money', (l, x) => put(l, { fen: x })) }, cite: fen };
      if (share) return { a: { share: val(share, paths[1], 'ratio', (l, x) => put(l, { share: x })) }, cite: share };
      return undefined;
    };
    let afterYears: number | undefined;
    if (c.continuous) {
      readingsOf(c.continuous, `${at}.continuous`, raised, out);
      const y = c.continuous.after_years;
      if (y.value !== null) {
        readingsOf(y, `${at}.continuous.after_years`, raised, out);
        if (y.inferred) out.push({ warning: W.inferred(`${at}.continuous.after_years`, y.value, y.reasoning), when: raised });
        afterYears = y.value;
      } else afterYears = boundsChoice(y, `${at}.continuous.after_years`, [NO_BOUND, 0], choices, (m, x) => setLayer0((l) => setInc(l, { afterYears: x }))(m));
    }
    if (c.zero_claim) readingsOf(c.zero_claim, `${at}.zero_claim`, raised, out);
    const per = (k: string) => [`${at}.${k}.per_year`, `${at}.${k}.per_year_share`] as const;
    const cont = c.continuous ? amount(c.continuous.per_year, c.continuous.per_year_share, per('continuous'), (l, a) => setInc(l, { continuous: a })) : undefined;
    const zero = c.zero_claim ? amount(c.zero_claim.per_year, c.zero_claim.per_year_share, per('zero_claim'), (l, a) => setInc(l, { zero: a })) : undefined;
    const max = amount(c.max, c.max_share, [`${at}.max`, `${at}.max_share`], (l, a) => setInc(l, { max: a }));
    return {
      path: at,
      afterYears,
      continuous: cont?.a,
      zero: zero?.a,
      max: max?.a,
      cites: { afterYears: c.continuous?.after_years, continuous: cont?.cite, zero: zero?.cite, max: max?.cite, rule: { source: c.source, quote: c.quote } },
    };
  }

  /** part_two: an unknown ratio tried at its bounds; counts_in_burden left out or null is unknown, a choice as the flags above. */
  function partTwoOf(p: NonNullable<SecondLayerValue['part_two']>, at: string): LayerRules['partTwo'] {
    if (p.base.value === null) throw unknown(`${at}.base`, p.base.note);
    readingsOf(p, at, used, out);
    readingsOf(p.base, `${at}.base`, used, out);
    const rc = layerValue(p.ratio, q, `${at}.ratio`);
    const setPart = (part: Partial<NonNullable<LayerRules['partTwo']>>) => (m: Model2) => ({ ...m, layer: { ...m.layer!, partTwo: { ...m.layer!.partTwo!, ...part } } });
    return {
      ratio: number(rc.v, rc.path, 'ratio', [0, 1], (l, x) => ({ partTwo: { ...l.partTwo!, ratio: x } })),
      ratioCite: rc.v,
      restCounts: yesNoChoice(p.counts_in_burden ?? { value: null, note: M2.partTwoCountsSilent }, `${at}.counts_in_burden`, { out, when: used, choices }, (m, o) => setPart({ restCounts: o })(m), M2.partTwoRestWords),
    };
  }
}

/** A second layer's grade_bonus for the combination's grade (none given: exit 2 asking; a grade it leaves out: none). */
function layerGradeBonus(layer: SecondLayerValue, q: Query, path: string, out: Sink, when: Touch): LayerRules['gradeBonus'] {
  const g = layer.grade_bonus;
  if (!g) return undefined;
  if (q.grade === undefined) throw new PolicyError('needs_input', M2.needsGrade(`${path}.grade_bonus`, Object.keys(g).map((k) => k.slice('grade_'.length))), 2, 'grade');
  const key = `grade_${q.grade}` as const;
  const v = g[key];
  if (!v) return undefined;
  const at = `${path}.grade_bonus.${key}`;
  return { bonus: need(v, at, 'ratio', out, when), cite: v, path: at };
}

/** Whether the claim's group began within the claim's year (年度内新认定): after its 1 January. */
export const joinedThisYear = (claim: Claim): boolean => claim.assistanceSince !== undefined && claim.assistanceSince > `${claim.date.slice(0, 4)}-01-01`;

/**
 * 年度内新认定为前款对象的，自认定之日起享受前款待遇: does the year's burden before that day count toward
 * the group's threshold? A choice tried only on a claim of one of the layer's groups that began within
 * its year; left out of the file it is unknown (the text rarely says), a stated option is the rule.
 */
/**
 * A second layer's group list ending in 等 (特困人员、低保对象、返贫致贫人口等困难群众) left unknown: a choice between
 * not one of them and each listed group (or the one the file names), tried on a claim of a group the list
 * does not name, so that an exit 3 gives each answer (the --set open_groups=none|<group> that settles it).
 */
function layerOpenGroupsChoice(layer: SecondLayerValue, path: string, choices: Choice[], unnamed: (claim: Claim) => boolean): void {
  const o = layer.open_groups!;
  const listed = Object.keys(layer.groups ?? {});
  const options = ['none', ...(o.group !== undefined ? [o.group] : listed)];
  if (options.length < 2) return;
  choices.push({
    path: `${path}.open_groups`,
    options,
    given: null,
    note: M2.openGroupsNote(o.note, o.quote),
    noteFor: (claim) => {
      const q = M2.openGroups(claim.assistance!.trim(), o.quote, listed);
      return { zh: `${o.note ? `${o.note.zh.replace(/。$/, '')}。` : ''}${q.zh}`, en: `${o.note ? `${o.note.en.replace(/\.$/, '')}. ` : ''}${q.en}` };
    },
    reading: undefined,
    under: (m, x) => ({ ...m, layer: { ...m.layer!, value: { ...m.layer!.value, open_groups: x === 'none' ? { ...o, value: 'none' } : { ...o, value: 'as_group', group: x as string } } } }),
    words: (x) => M2.layerOpenWords(x as string),
    can: unnamed,
  });
}

function beforeGroupChoice(layer: SecondLayerValue, path: string, to: { out: Sink; when: Touch; choices: Choice[] }, ofGroup: (name: string) => (claim: Claim) => boolean): 'counts' | 'excluded' {
  const at = `${path}.burden_before_group`;
  const v = layer.burden_before_group ?? { value: null, note: M2.beforeGroupSilent };
  if (v.value !== null && !v.reading) {
    readingsOf(v, at, to.when, to.out);
    return v.value;
  }
  const own: Sink = [];
  readingsOf(v, at, to.when, own);
  const groups = Object.keys(layer.groups ?? {}).map(ofGroup);
  to.choices.push({
    path: at,
    options: ['counts', 'excluded'],
    given: v.value,
    note: v.note,
    reading: own.find((x) => x.warning.kind === 'reading')?.warning,
    under: (m, o) => ({ ...m, layer: { ...m.layer!, beforeGroup: o as 'counts' | 'excluded' } }),
    words: (o) => M2.beforeGroupWords(o as 'counts' | 'excluded'),
    can: (claim) => joinedThisYear(claim) && groups.some((g) => g(claim)),
  });
  return v.value ?? 'counts';
}

/**
 * 最高不超过80%, and whether it holds after a group's ratio_plus: a yes/no; unknown or a reading is
 * a choice tried on a claim of a group with ratio_plus (choices.ts). An unknown ceiling is tried
 * at its bounds (none, and the band's own ratio).
 */
function layerCeiling(c: NonNullable<SecondLayerValue['ratio_ceiling']>, path: string, to: { out: Sink; when: Touch; choices: Choice[] }, byName: ReadonlyMap<string, string>): LayerRules['ceiling'] {
  const setCeiling = (part: Partial<NonNullable<LayerRules['ceiling']>>) => (m: Model2) => ({ ...m, layer: { ...m.layer!, ceiling: { ...m.layer!.ceiling!, ...part } } });
  const grouped = (claim: Claim) => claim.assistance !== undefined && byName.has(claim.assistance.trim());
  const held = yesNoChoice(c.after.ratio_plus, `${path}.after.ratio_plus`, { ...to, can: grouped }, (m, o) => setCeiling({ held: o })(m), M2.layerCeilingWords(c.value));
  if (c.value !== null) {
    readingsOf(c, path, to.when, to.out);
    return { max: bp(c.value), held };
  }
  return { max: bp(boundsChoice(c, path, [1, 0], to.choices, (m, x) => setCeiling({ max: bp(x) })(m), grouped)), held };
}

/** A layer's ratio or cap for the combination: the one value, the status's (在职人员支付90%，退休人员支付95%) or the grade's (一档…30万元，二档…40万元). */
function layerValue(v: SecondLayerValue['cap'] | NonNullable<SecondLayerValue['segments']>[number]['ratio'], q: Query, path: string): { v: SourcedValue; path: string } {
  if (isSourced(v)) return { v, path };
  const map = v as Record<string, SourcedValue | undefined>;
  const grades = Object.keys(map).filter((k) => k.startsWith('grade_'));
  if (grades.length > 0) {
    if (q.grade === undefined) throw new PolicyError('needs_input', M2.needsGrade(path, grades.map((k) => k.slice('grade_'.length))), 2, 'grade');
    const key = `grade_${q.grade}`;
    const leaf = map[key];
    if (!leaf) throw unknown(`${path}.${key}`, undefined);
    return { v: leaf, path: `${path}.${key}` };
  }
  const key = q.status ?? 'active';
  return { v: map[key]!, path: `${path}.${key}` };
}

/**
 * Its base readings are given only to a claim where they change the base (warnings2.ts); the
 * block's and each group's readings and notes to a claim of a group (of that group).
 */
function resolveAssistance(version: PolicyVersion, q: Query, out: Sink, choices: Choice[]): Model2['assistance'] {
  const a = version.assistance;
  const entry = a?.benefits.find((b) => (typeof b === 'string' ? b : b.value) === q.benefit);
  if (!a || entry === undefined) return undefined;
  const d: Sink = [];
  const f: Sink = [];
  // a base flag left unknown is a choice, tried only on a claim of a group (a stated one's reading: warnings2.ts)
  const setBase = (part: Partial<NonNullable<Model2['assistance']>>) => (m: Model2) => ({ ...m, assistance: { ...m.assistance!, ...part } });
  const grouped = (claim: Claim) => claim.assistance !== undefined;
  const deductible = yesNoChoice(a.base.deductible, 'assistance.base.deductible', { out: d, when: ALWAYS, choices, readings: false, can: grouped }, (m, o) => setBase({ deductible: o })(m), M2.assistanceBaseWords('deductible'));
  const firstPay = yesNoChoice(a.base.first_pay, 'assistance.base.first_pay', { out: f, when: ALWAYS, choices, readings: false, can: grouped }, (m, o) => setBase({ firstPay: o })(m), M2.assistanceBaseWords('first_pay'));
  const o: Sink = [];
  const oos = a.base.out_of_scope;
  const outOfScope =
    oos === undefined
      ? false
      : yesNoChoice(oos, 'assistance.base.out_of_scope', { out: o, when: ALWAYS, choices, readings: false, can: (claim) => grouped(claim) && claim.outOfScope > 0 }, (m, x) => setBase({ outOfScope: x })(m), M2.assistanceBaseWords('out_of_scope'));
  readingsOf(a, 'assistance', { on: 'group', layer: false, name: null }, out);
  // a reading on whether this benefit is covered: said on this benefit's claims of a group only (this combination's)
  if (typeof entry !== 'string') readingsOf(entry, `assistance.benefits.${q.benefit}`, { on: 'group', layer: false, name: null }, out);
  const byName = new Map<string, string>();
  const initial: Record<string, number> = {};
  for (const [name, g] of Object.entries(a.groups)) {
    for (const n of [name, ...(g.aliases ?? [])]) byName.set(n, name);
    const mine: Touch = { on: 'group', layer: false, name };
    const path = `assistance.groups.${name}`;
    readingsOf(g, path, mine, out);
    readingsOf(g.threshold, `${path}.threshold`, mine, out);
    readingsOf(g.ratio, `${path}.ratio`, mine, out);
    readingsOf(g.cap, `${path}.cap`, mine, out);
    // an unknown threshold, ratio or cap: tried at its bounds on this group's claims, exit 3 only where it changes one
    const ofGroup = (claim: Claim) => claim.assistance !== undefined && (byName.get(claim.assistance) ?? byName.get(claim.assistance.trim())) === name;
    const open = (v: { value: unknown; note?: Text | undefined } | undefined, key: string, bounds: readonly [number, number]) => {
      if (v?.value !== null || v === undefined) return;
      const at = `${path}.${key}`;
      initial[at] = boundsChoice({ note: v.note ?? g.note }, at, bounds, choices, (m, x) => ({ ...m, assistance: { ...m.assistance!, set: { ...m.assistance!.set, [at]: x } } }), ofGroup);
    };
    open(g.threshold, 'threshold', [0, NO_BOUND]);
    open(g.ratio, 'ratio', [0, 1]);
    open(g.cap, 'cap', [NO_BOUND, 0]);
    open(g.no_cap, 'no_cap', [1, 0]);
  }
  const uplift = a.uplift ? resolveUplift(a.uplift, out, choices) : undefined;
  const open = a.open_groups ? resolveAssistanceOpen(a.open_groups, a, byName, choices) : undefined;
  return { value: a, path: 'assistance', deductible, firstPay, outOfScope, deductibleReading: d[0]?.warning, firstPayReading: f[0]?.warning, outOfScopeReading: o[0]?.warning, byName, set: initial, uplift, open };
}

/**
 * assistance.open_groups (医疗救助对象为特困人员、低保对象、返贫致贫人口等): a choice between no
 * assistance and each listed group (or the one `group` names), tried only on a claim of a group
 * assistance.groups does not name; where they differ an unknown is exit 3 with what each gives,
 * a reading (as_group, none) is said on that claim only (choices.ts).
 */
function resolveAssistanceOpen(o: AssistanceOpenGroupsValue, a: AssistanceValue, byName: ReadonlyMap<string, string>, choices: Choice[]): NonNullable<NonNullable<Model2['assistance']>['open']> {
  const path = 'assistance.open_groups';
  const listed = Object.keys(a.groups);
  if (o.group !== undefined && !Object.hasOwn(a.groups, o.group)) throw new PolicyError('needs_input', M2.unknownGroup(o.group, listed), 2, 'assistance');
  const groups = o.group !== undefined ? [o.group] : listed;
  const given = o.value === null ? null : o.value === 'none' ? 'none' : o.group!;
  const unnamed = (claim: Claim) => claim.assistance !== undefined && !byName.has(claim.assistance) && !byName.has(claim.assistance.trim());
  choices.push({
    path,
    options: ['none', ...groups],
    given,
    note: o.note,
    reading: o.reading ? W.reading(path, o.reading, o.reading_short) : undefined,
    under: (m, x) => (m.assistance?.open ? { ...m, assistance: { ...m.assistance, open: { ...m.assistance.open, as: x === 'none' ? null : String(x) } } } : m),
    words: (x) => M2.assistanceOpenWords(String(x)),
    can: unnamed,
  });
  return { value: o, as: given === null || given === 'none' ? null : given };
}

/**
 * assistance.uplift: each ground as a rule (an age ground an age rule on its day), its points and
 * yuan (its own, else the uplift's), the ceiling, and `several` (a person meeting several grounds):
 * stated, or a choice tried on a claim that meets two grounds or more (unknown: exit 3 with both
 * answers where they differ; a reading said there). Readings and inferred values are said on a
 * claim whose uplift used them.
 */
function resolveUplift(u: AssistanceUpliftValue, out: Sink, choices: Choice[]): UpliftRules {
  const base = 'assistance.uplift';
  const points = (v: SourcedValue | undefined, path: string): Bp => {
    if (!v) return 0;
    if (v.value === null) throw unknown(path, v.note);
    return Math.round(v.value * 10000);
  };
  const yuan = (v: SourcedValue | undefined, path: string): Fen => {
    if (!v) return 0;
    if (v.value === null) throw unknown(path, v.note);
    return Math.round(v.value * 100);
  };
  const grounds: UpliftGround[] = Object.entries(u.grounds).map(([name, g]) => {
    const path = `${base}.grounds.${name}`;
    const when: Touch = { on: 'uplift', ground: name };
    readingsOf(g, path, when, out);
    const own = (v: SourcedValue | undefined, at: string, fallback: SourcedValue | undefined, fallbackAt: string) => (v ? { v, at } : { v: fallback, at: fallbackAt });
    // a ground that sets its ratio (救助比例为80%) takes none of the uplift's points or yuan, only its own
    const sets = g.ratio !== undefined;
    const r = own(g.ratio_plus, `${path}.ratio_plus`, sets ? undefined : u.ratio_plus, `${base}.ratio_plus`);
    const c = own(g.cap_plus, `${path}.cap_plus`, sets ? undefined : u.cap_plus, `${base}.cap_plus`);
    if (r.v) sayValue(r.v, r.at, when, out, 'ratio');
    if (c.v) sayValue(c.v, c.at, when, out, 'money');
    if (g.ratio) sayValue(g.ratio, `${path}.ratio`, when, out, 'ratio');
    // an age bound the text leaves unknown (低保对象中的老年人: from what age?) stops only a claim of the ground's groups (assistance-uplift.ts)
    let unsaid: { path: string; note: Text | undefined } | undefined;
    const bound = (v: SourcedValue | undefined, key: 'below_age' | 'min_age'): number | null => {
      if (!v) return null;
      readingsOf(v, `${path}.${key}`, when, out);
      if (v.inferred && v.value !== null) out.push({ warning: RW.upliftAgeInferred(name, v.value, v.reasoning, `${path}.${key}`), when });
      if (v.value === null) {
        unsaid ??= { path: `${path}.${key}`, note: v.note };
        return null;
      }
      return v.value;
    };
    let age: AgeRule | undefined;
    if (g.below_age || g.min_age) {
      const under = bound(g.below_age, 'below_age');
      const min = bound(g.min_age, 'min_age') ?? 0;
      const on = u.age_on?.value ?? null;
      age = { min, under, bonus: 1, on, open: on === null, path: base, cite: (g.min_age ?? g.below_age)!, underCite: g.below_age, onNote: u.age_on?.note };
    }
    if (g.disability) readingsOf(g.disability, `${path}.disability`, when, out);
    return { name, path, age, ageUnknown: unsaid, groups: g.groups, ratioTo: g.ratio ? points(g.ratio, `${path}.ratio`) : undefined, grades: g.disability ? g.disability.value : undefined, ratioPlus: points(r.v, r.at), capPlus: yuan(c.v, c.at) };
  });
  const any: Touch = { on: 'uplift', ground: null };
  // age_on left out or null: tried on a claim whose ages on the two days fall on both sides of a bound (both answers where they differ)
  const ageGround = grounds.find((g) => g.age?.open);
  if (ageGround) {
    choices.push({
      path: `${base}.age_on`,
      options: ['admission', 'discharge'],
      given: null,
      note: u.age_on?.note,
      reading: undefined,
      under: (m, o) => ({ ...m, assistance: m.assistance && m.assistance.uplift ? { ...m.assistance, uplift: { ...m.assistance.uplift, grounds: m.assistance.uplift.grounds.map((g) => (g.age ? { ...g, age: { ...g.age, on: o as 'admission' | 'discharge', open: false } } : g)) } } : m.assistance }),
      words: (o) => M2.stayDayWords(o as 'admission' | 'discharge'),
      can: (claim) => claim.assistance !== undefined && grounds.some((g) => g.age !== undefined && ageDaysDiffer(g.age, claim)),
    });
  }
  readingsOf(u, base, any, out);
  if (u.ratio_ceiling) sayValue(u.ratio_ceiling, `${base}.ratio_ceiling`, any, out, 'ratio');
  if (u.age_on) readingsOf(u.age_on, `${base}.age_on`, any, out);
  const ceiling = u.ratio_ceiling ? points(u.ratio_ceiling, `${base}.ratio_ceiling`) : null;
  const rules: UpliftRules = { value: u, grounds, ceiling, several: 'once' };
  const s = u.several ?? { value: null, note: M2.upliftSeveralSilent };
  if (s.value !== null && !s.reading) {
    readingsOf(s, `${base}.several`, any, out);
    return { ...rules, several: s.value };
  }
  const own: Sink = [];
  readingsOf(s, `${base}.several`, any, own);
  // tried only on a claim that can meet two grounds (an age and a disability given)
  const twoKinds = grounds.some((g) => g.age) && grounds.some((g) => g.grades !== undefined);
  choices.push({
    path: `${base}.several`,
    options: ['once', 'per_ground'],
    given: s.value,
    note: s.note,
    reading: own.find((x) => x.warning.kind === 'reading')?.warning,
    under: (m, o) => ({ ...m, assistance: m.assistance && m.assistance.uplift ? { ...m.assistance, uplift: { ...m.assistance.uplift, several: o as 'once' | 'per_ground' } } : m.assistance }),
    words: (o) => M2.upliftSeveralWords(o as 'once' | 'per_ground'),
    can: (claim) => claim.assistance !== undefined && (grounds.length > 1 && (!twoKinds || (claim.disability !== undefined && (claim.age !== undefined || claim.birthDate !== undefined)))),
  });
  return { ...rules, several: s.value ?? 'once' };
}

/** A value's reading, note, or (inferred) its reasoning: said on the claims `when` names. */
function sayValue(v: SourcedValue, path: string, when: Touch, out: Sink, kind: 'money' | 'ratio'): void {
  readingsOf(v, path, when, out);
  // the warning takes the value as the engine holds it (fen, Bp), as an inpatient parameter's
  if (v.inferred && v.value !== null) out.push({ warning: W.inferred(path, kind === 'money' ? fenFromNumber(v.value) : bp(v.value), v.reasoning), when });
}

export interface FamilyCap {
  cap: Fen | null;
  per: 'holder' | 'relative';
  path: string;
  cite: FamilyYearCapValue;
  /** `per` as the file states it (cited), or undefined where it is a choice. */
  perCite: Cited | undefined;
}

/** 通过家庭共济支付的金额，每个自然年度累计不超过5000元: the cap, and per holder or relative (a choice where the file does not say). */
function familyCapOf(version: PolicyVersion, out: Sink, choices: Choice[]): FamilyCap | undefined {
  const c = version.family_year_cap;
  if (!c) return undefined;
  const path = 'family_year_cap';
  if (c.value !== null) readingsOf(c as never, path, { on: 'family' }, out);
  const per = c.per;
  const stated = per.value !== null && !per.reading;
  if (!stated) {
    const own: Sink = [];
    readingsOf(per, `${path}.per`, { on: 'family' }, own);
    choices.push({
      path: `${path}.per`,
      options: ['holder', 'relative'],
      given: per.value,
      note: per.note,
      reading: own[0]?.warning,
      under: (m, o) => ({ ...m, familyCap: { ...m.familyCap!, per: o as FamilyCap['per'] } }),
      words: (o) => (o === 'holder' ? { zh: '按账户持有人全年共济支付合计', en: "the holder's account's year, every relative counted" } : { zh: '按每位被共济人分别计算', en: 'each relative apart' }),
      can: (claim) => claim.family > 0,
    });
  } else readingsOf(per, `${path}.per`, { on: 'family' }, out);
  return { cap: c.value === null ? null : fenFromNumber(c.value), per: per.value ?? 'holder', path, cite: c, perCite: stated ? per : undefined };
}

/** Their readings are given only to a claim that uses the account (warnings2.ts). */
function accountsOf(version: PolicyVersion, out: Sink): Model2['accounts'] {
  const s = version.account_scope;
  const own = s?.own;
  const family = s?.family;
  // their notes, and the family circle's and order's reading and note, to a claim the account (a relative's) paid
  if (own?.note && own.value !== null) readingsOf({ note: own.note }, 'account_scope.own', { on: 'account' }, out);
  if (family?.note && family.value !== null) readingsOf({ note: family.note }, 'account_scope.family', { on: 'family' }, out);
  const circle = version.family?.relations;
  if (circle && circle.values !== null) readingsOf({ reading: circle.reading, note: circle.note }, 'family.relations', { on: 'family' }, out);
  readingsOf(version.family?.order, 'family.order', { on: 'family' }, out);
  const order = version.family?.order.values ?? ['own_account', 'family'];
  return {
    ownAll: own?.value === 'all',
    familyAll: family?.value === 'all',
    familyFirst: order[0] === 'family',
    cite: own,
    familyCite: family,
    ownReading: own?.reading ? W.reading('account_scope.own', own.reading, own.reading_short) : undefined,
    familyReading: family?.reading ? W.reading('account_scope.family', family.reading, family.reading_short) : undefined,
  };
}

/** A status_change rule as a claim uses it: known (stated or a reading, said) or unknown (exit 3), by its path. */
export interface StatusChangeRules {
  known: boolean;
  warning: Warning | undefined;
  note: Text | undefined;
  path: string;
}

/** status_change's rule (the one form, or the benefit's or the layer's key) as a claim uses it. */
function statusChangeRules(version: PolicyVersion, key: StatusChangeKey): StatusChangeRules | undefined {
  const found = statusChangeRule(version.status_change, key);
  if (!found) return undefined;
  const sc = found.rule;
  const silent = sc === undefined && statusChangeKeyed(version.status_change) ? M2.statusChangeKeySilent(key) : undefined;
  if (!sc || sc.value === null) return { known: false, warning: undefined, note: sc?.note ?? silent, path: found.path };
  // carry_over stated: nothing to say; read: the reading, said on the claims whose status changed
  return { known: true, warning: sc.reading ? RW.statusChange(sc.reading, sc.reading_short, found.path) : undefined, note: sc.note, path: found.path };
}

/** What a status that changed within the year does, where this benefit's values differ by status (employees). */
function statusChangeOf(version: PolicyVersion, rules: SchemeRulesValue, q: Query): Model2['statusChange'] {
  if (q.scheme !== 'employee' || !differsByStatus(rules)) return undefined;
  return statusChangeRules(version, q.benefit);
}

/** The second layer's rule (status_change.second_layer), where the employees' layer covers this benefit and its values differ by status. */
function layerStatusChangeOf(version: PolicyVersion, q: Query): Model2['layerStatusChange'] {
  const layer = version.second_layer?.employee;
  if (q.scheme !== 'employee' || !layer || !layer.benefits.includes(q.benefit) || !layerDiffersByStatus(layer)) return undefined;
  return statusChangeRules(version, 'second_layer');
}

/** Whether a layer's threshold, ratio, bands or cap differ between active and retired employees. */
export function layerDiffersByStatus(layer: SecondLayerValue): boolean {
  return [layer.threshold, layer.ratio, layer.cap, ...(layer.segments ?? []).map((s) => s.ratio)].some(byStatus);
}

const byStatus = (p: unknown): boolean => typeof p === 'object' && p !== null && (Object.hasOwn(p, 'active') || Object.hasOwn(p, 'retired'));

/** Whether an employee benefit's values differ between active and retired (so a change of status within the year matters). */
export function differsByStatus(rules: SchemeRulesValue): boolean {
  const ratio = rules.bands ? rules.bands.segments.some((s) => byStatus(s.ratio)) : byStatus(rules.ratio);
  return byStatus(rules.deductible) || byStatus(rules.cap) || ratio || rules.retiree_bonus !== undefined || rules.retiree_deductible_share !== undefined;
}

/** Whether the claim says its status changed within its year, with totals of the year carried. */
export function statusChangedThisYear(claim: Claim): boolean {
  const since = claim.statusSince;
  if (since === undefined || claim.scheme !== 'employee') return false;
  return since > `${claim.date.slice(0, 4)}-01-01` && (claim.ytdDeductible > 0 || claim.ytdFund > 0);
}

/** Whether the claim's status changed within its year with a second-layer burden or payment already counted this year. */
export function layerStatusChangedThisYear(claim: Claim): boolean {
  const since = claim.statusSince;
  if (since === undefined || claim.scheme !== 'employee') return false;
  return since > `${claim.date.slice(0, 4)}-01-01` && ((claim.ytdBurden ?? 0) > 0 || (claim.ytdSecond ?? 0) > 0);
}

/** The claim's assistance group by the policy's name or alias. */
export function groupName(a: NonNullable<Model2['assistance']>, typed: string): string {
  const name = a.byName.get(typed) ?? a.byName.get(typed.trim());
  if (name === undefined) throw new PolicyError('needs_input', M2.unknownGroup(typed.trim(), Object.keys(a.value.groups)), 2, 'assistance');
  return name;
}
