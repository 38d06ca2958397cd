// The contract's JSON/CSV view of numbers: a Settlement as the "result" object (money as
// "2000.00", ratios as "0.80", unknown as null), keys in the contract's order.
import type { Settlement } from './types.js';
import { formatBp, formatFen } from '../money/money.js';

/** facility_deductible: one change the claim's facility made to its deductible. */
export type FacilityDeductibleJson = { facility: string; at: 'standard' | 'charged'; minus?: string; times?: string; lower_level?: string; standard?: string };
export type FacilityOutsideJson = { facility: string; levels: string[] };
/** A burden layer's two parts before its shared cap (岚汐 第十七条（一）（二）). */
interface LayerPartsJson {
  burden: string;
  above_cap: string;
  above_cap_base: string;
}

export type ResultJson = Record<string, string | boolean | number | null | BandJson[] | FacilityDeductibleJson[] | FacilityOutsideJson[] | UpliftJson | LayerPartsJson | FamilyYearCapJson | CeilingJson[] | string[] | FilingCutJson | ReferralJson | UnreferredJson | CapRaiseJson | EnrolmentJson | SeveralGroupsJson>;

/** cap_incentive (参保激励) where the cap without the raise held the layer's payment: the cap, each part, the ceiling, the raised cap (money strings), the years given. */
export interface CapRaiseJson {
  cap: string;
  raise: string;
  raised_cap: string;
  continuous: string;
  zero_claim: string;
  max: string | null;
  max_held: boolean;
  insured_years: number | null;
  zero_claim_years: number | null;
}

/** newborn_enrolment: the enrolment's day after birth, the rule's days, within them, and whether care before the enrolment was refused. */
export interface EnrolmentJson {
  day: number;
  days: number;
  within: boolean;
  refused: boolean;
}

/** family_year_cap in play: the cap, whose year (null: not said, the claim the same either way), what it had paid before, what was left, whether it held the family's payment. */
export interface FamilyYearCapJson {
  cap: string;
  per: 'holder' | 'relative' | null;
  paid_before: string | null;
  left: string | null;
  limited: boolean;
}

/** An uplift ceiling that held: its rate, the uplifts of the claim it held, its path in the file. */
export interface CeilingJson {
  max: string;
  uplifts: string[];
  path: string;
}

/** unreferred_cut on a claim at one of its levels: the points taken off (0.10; 0 where none) and why (not_referred, referred, emergency). */
export interface UnreferredJson {
  points: string;
  why: 'not_referred' | 'referred' | 'emergency';
  level: string;
}

/** referral_deductible on a claim: the referring facility as given, its level, the direction, what the deductible was (difference / none / full / general) and why the general one. */
export interface ReferralJson {
  from: string;
  from_level: string | null;
  direction: 'up' | 'down' | null;
  deductible: 'difference' | 'none' | 'full' | 'general';
  from_deductible: string | null;
  why: string | null;
}

/** several_groups on a claim: the group used, how (highest / same), each group's fund + second layer + assistance. */
export interface SeveralGroupsJson {
  used: string;
  how: 'highest' | 'same';
  each: { group: string; pays: string }[];
}

/** assistance.filing_cut on a claim: the filing kind, the points taken off, the assistance ratio after. */
export interface FilingCutJson {
  filing: string;
  points: string;
  ratio: string;
}

/** assistance.uplift on a claim: the grounds met, the points and yuan added, the raised ratio. */
export interface UpliftJson {
  grounds: string[];
  ratio_plus: string;
  cap_plus: string;
  ratio: string;
}

export interface BandJson {
  from: string;
  to: string | null;
  ratio: string;
  base: string;
  pays: string;
}

const bandsJson = (s: Settlement): BandJson[] | null =>
  s.bands === null ? null : s.bands.map((b) => ({ from: formatFen(b.from), to: money(b.to), ratio: formatBp(b.ratio), base: formatFen(b.base), pays: formatFen(b.pays) }));

const money = (f: number | null) => (f === null ? null : formatFen(f));

const familyCapJson = (f: NonNullable<Settlement['familyYearCap']>): FamilyYearCapJson => ({ cap: formatFen(f.cap), per: f.per, paid_before: money(f.before), left: money(f.left), limited: f.limited });

export function resultJson(s: Settlement): ResultJson {
  return {
    amount: formatFen(s.amount),
    out_of_scope: formatFen(s.outOfScope),
    in_scope: formatFen(s.inScope),
    eligible: s.eligible,
    deductible: money(s.deductible),
    deductible_applied: formatFen(s.deductibleApplied),
    ratio: s.ratio === null ? null : formatBp(s.ratio),
    fund_before_cap: formatFen(s.fundBeforeCap),
    cap: money(s.cap),
    cap_remaining: money(s.capRemaining),
    fund_pays: formatFen(s.fundPays),
    patient_share: formatFen(s.patientShare),
    account_pays: formatFen(s.accountPays),
    family_pays: formatFen(s.familyPays),
    cash_due: formatFen(s.cashDue),
    ytd_deductible_after: formatFen(s.ytdDeductibleAfter),
    ytd_fund_after: formatFen(s.ytdFundAfter),
    // explanation/2: the layers of policy model 2 (0.00 / null where the policy has none)
    first_pay: formatFen(s.firstPay),
    second_layer_pays: formatFen(s.secondLayerPays),
    assistance_pays: formatFen(s.assistancePays),
    // an open rule that changes only the year's burden (carried_unknown): null, each option's in ytd_burden_after_options
    ytd_burden_after: s.ytdBurdenOpen ? null : formatFen(s.ytdBurdenAfter),
    ...(s.ytdBurdenOpen ? { ytd_burden_after_options: s.ytdBurdenOpen.map(formatFen) } : {}),
    ytd_second_after: formatFen(s.ytdSecondAfter),
    ytd_assistance_after: formatFen(s.ytdAssistanceAfter),
    second_layer: s.secondLayer,
    admission: s.admission,
    bands: bandsJson(s),
    burden_added: s.ytdBurdenOpen ? null : formatFen(s.burdenAdded),
    ytd_assistance_deductible_after: formatFen(s.ytdAssistanceDeductibleAfter),
    ytd_benefit_fund_after: formatFen(s.ytdBenefitFundAfter),
    disease_limit: money(s.diseaseLimit),
    disease_limit_remaining: money(s.diseaseLimitRemaining),
    // additions the contract is silent on: what the text breakdown names (特殊病种; 按比例计算后低于100元的，按100元收取)
    disease_group: s.diseaseGroup ?? null,
    deductible_floor: money(s.deductibleFloor ?? null),
    // 先由个人自付20% (filing.<kind>.first_share): only where the claim's filing has one
    ...(s.firstShare === undefined ? {} : { first_share: formatFen(s.firstShare) }),
    // newborn_enrolment (新生儿在出生后90日内参加居民医保的): the enrolment's day after birth, the days, covered from birth or not; only where --enrolled reached the rule
    ...(s.newbornEnrolment === undefined ? {} : { newborn_enrolment: { day: s.newbornEnrolment.day, days: s.newbornEnrolment.days, within: s.newbornEnrolment.within, refused: s.newbornEnrolment.refused } }),
    // emergency_ratio_as (因急诊在三级医疗机构就诊的，按二级医疗机构比例支付): the level whose ratio this emergency visit took; only there
    ...(s.emergencyRatioAs === undefined ? {} : { emergency_ratio_as: s.emergencyRatioAs }),
    // unreferred_cut (未经转诊自行到三级医疗机构住院的，支付比例降低10个百分点): only at the rule's levels, for care in the city
    ...(s.unreferred === undefined ? {} : { unreferred_cut: { points: formatBp(s.unreferred.points), why: s.unreferred.why, level: s.unreferred.level } }),
    // referral_deductible (医联体内上转…差额收取；下转…不再收取): the referral and what it did; only where the claim gave --referred-from
    ...(s.referral === undefined
      ? {}
      : { referral: { from: s.referral.from, from_level: s.referral.fromLevel, direction: s.referral.direction, deductible: s.referral.way, from_deductible: s.referral.fromStandard === undefined ? null : formatFen(s.referral.fromStandard), why: s.referral.why ?? null } }),
    // cap_incentive (连续参保…零报销…提高): the layer's cap raised, only where the cap without the raise held the layer's payment
    ...(s.layerCapRaise === undefined
      ? {}
      : {
          second_layer_cap_raise: {
            cap: formatFen(s.layerCapRaise.cap),
            raise: formatFen(s.layerCapRaise.raise),
            raised_cap: formatFen(s.layerCapRaise.raised),
            continuous: formatFen(s.layerCapRaise.continuous),
            zero_claim: formatFen(s.layerCapRaise.zero),
            max: s.layerCapRaise.max === null ? null : formatFen(s.layerCapRaise.max),
            max_held: s.layerCapRaise.maxHeld,
            insured_years: s.layerCapRaise.years ?? null,
            zero_claim_years: s.layerCapRaise.zeroYears ?? null,
          },
        }),
    // several_groups (按待遇就高原则享受): the group the answer stands as and each group's fund + second layer + assistance; only there
    ...(s.severalGroups === undefined ? {} : { several_groups: { used: s.severalGroups.used, how: s.severalGroups.how, each: s.severalGroups.each.map((x) => ({ group: x.group, pays: formatFen(x.pays) })) } }),
    // bands on the year's running total (bands.per year): the year's banded amount after this claim; only where the bands count the year
    ...(s.ytdBandedAfter === undefined ? {} : { ytd_banded_after: formatFen(s.ytdBandedAfter) }),
    // a layer with a part two (第十七条（一）（二）): each part before the one yearly cap both share; only where the layer has one
    ...(s.secondLayerTwo === undefined ? {} : { second_layer_parts: { burden: formatFen(s.secondLayerTwo.one), above_cap: formatFen(s.secondLayerTwo.pays), above_cap_base: formatFen(s.secondLayerTwo.base) } }),
    // facility_deductible: each change the claim's facility made to its deductible, in order (中医医院 −100.00, 民营医院 ×1.2)
    // assistance.uplift (未成年人…提高10个百分点，年度救助限额提高2万元): only where a ground raised this claim's assistance
    ...(s.assistanceUplift === undefined ? {} : { assistance_uplift: { grounds: s.assistanceUplift.grounds, ratio_plus: formatBp(s.assistanceUplift.ratioPlus), cap_plus: formatFen(s.assistanceUplift.capPlus), ratio: formatBp(s.assistanceUplift.ratio), ...(s.assistanceUplift.ratioTo === undefined ? {} : { ratio_set: formatBp(s.assistanceUplift.ratioTo) }) } }),
    // assistance.filing_cut (未按规定办理异地就医备案的，救助比例降低10个百分点): only where the claim's filing cut its assistance ratio
    ...(s.assistanceFilingCut === undefined ? {} : { assistance_filing_cut: { filing: s.assistanceFilingCut.kind, points: formatBp(s.assistanceFilingCut.points), ratio: formatBp(s.assistanceFilingCut.ratio) } }),
    // facilities.<name>.levels: the kinds whose rules the claim's level leaves out (一级中医医院 → [{ facility: 中医医院, levels: [2, 3] }]); only where some are
    ...(s.facilityOutside === undefined ? {} : { facility_outside: s.facilityOutside.map((x) => ({ facility: x.kind, levels: x.levels })) }),
    // family_year_cap (家庭共济每年累计不超过5000元): only where a family account paid under a known cap
    ...(s.familyYearCap === undefined ? {} : { family_year_cap: familyCapJson(s.familyYearCap) }),
    // uplift_ceiling (提高后最高不超过90%): the ceilings that lowered a ratio this claim used (calc only)
    ...(s.upliftCeilings === undefined ? {} : { uplift_ceilings: s.upliftCeilings.map((c) => ({ max: formatBp(c.max), uplifts: c.uplifts, path: c.path })) }),
    deductible_facility: s.deductibleFacility ? s.deductibleFacility.map(facilityDeductibleJson) : null,
  };
}

/** One facility change of a stay's deductible: a minus, a multiple, or the lower level's standard taken. */
function facilityDeductibleJson(x: NonNullable<Settlement['deductibleFacility']>[number]): FacilityDeductibleJson {
  if (x.op === 'minus') return { facility: x.kind, at: x.at, minus: formatFen(x.amount) };
  if (x.op === 'times') return { facility: x.kind, at: x.at, times: String(x.amount / 10000) };
  return { facility: x.kind, at: x.at, lower_level: x.level ?? '', standard: formatFen(x.amount) };
}
