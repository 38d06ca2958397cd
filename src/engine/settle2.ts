// The numbers of a claim under policy model 2, in the contract's order: in_scope, first_pay,
// eligibility, deductible (per year, or per admission with the schedule), ratio (bands, each
// part rounded), cap (the annual cap, shared or not, and a disease limit), fund, second_layer,
// assistance, account, family, cash. Integer fen throughout: the largest product (10^10 fen ×
// 10^4 Bp) stays below 2^53. A policy without a structure leaves its step out, with the numbers
// of model 1 (one open band is (in pooling − deductible) × ratio, rounded once).
import type { BandPart, Bp, Claim, Fen, Settlement } from './types.js';
import { PolicyError } from './types.js';
import type { Rules } from './rules.js';
import type { AgeRule, FamilyCap, FacilityPoints, Model2, ScheduleStep } from './model2.js';
import type { SourcedValue } from '../policy/schema.js';
import type { SeveralRuleValue } from '../policy/schema-v2.js';
import type { Text } from './messages.js';
import { bandUplifts, ceilingUse, type Ceiling, type CeilingEntry, type GroupPoints, groupDeductibleShare, joinedThisYear, layerStatusChangedThisYear, statusChangedThisYear, unknown, type FacilityDeductibleRule, type FacilityDeductibles } from './model2.js';
import { claimGroup, openCandidates, openUnknown } from './claim-group.js';
import { facilityAdjusted, type FacilityOp } from './steps/facility-deductible.js';
import { model2Messages as M2 } from './messages2.js';
import { applyRatio, type Rounding } from '../money/money.js';
import { inScope } from './steps/in_scope.js';
import { firstPay } from './steps/first_pay.js';
import { isEligibleVerdict } from './steps/eligibility.js';
import { deductibleApplied, scaledDeductible, steppedDeductible } from './steps/deductible.js';
import { bandedAmount, bandParts, bandSpan, sumPays, upliftBands, type Band } from './steps/bands.js';
import { plusUplifted } from './steps/band-plus.js';
import { DEFAULT_ORDER, multipliedRatio, NO_CEILING, upliftedRatio, type CeilingUse, type Uplifts } from './steps/uplift.js';
import { facilityAtLevel } from './steps/facility-levels.js';
import type { Policy } from '../policy/schema.js';
import { capRemaining } from './steps/cap.js';
import { patientLimit, limitRemaining, boundedLimit, type HighestBounds } from './steps/disease.js';
import { countedDiseases } from './disease-count.js';
import { capRaise, missingInputs } from './cap-incentive.js';
import { enrolmentVerdict } from './newborn-enrolment.js';
import { monthsOf, proratedLimit } from './disease-prorate.js';
import { aboveCapPays, afterCapPays, burdenOf, burdenPays, burdenWithPartTwo, layerCapRemaining, withinClaimPays } from './steps/second_layer.js';
import { assistanceInScope, assistancePays, assistanceThresholdMet } from './steps/assistance.js';
import { groundsMet, raisedRatio, setRatio, upliftOf } from './assistance-uplift.js';
import { assistanceFilingCut, cutAssistanceRatio } from './assistance-filing.js';
import { accountsPay } from './steps/accounts.js';
import { familyYearLeft } from './steps/family.js';
import { ageOn } from './steps/age.js';
import { bedDaysOf } from './steps/bed-days.js';
import { bandFromAdmission, inBand } from './steps/age-bands.js';
import { facilityCover } from './steps/facility.js';
import { verdictOf } from './verdict.js';
import { groupLayer } from './layer-group.js';
import { halfWidth } from '../text/width.js';
import { entryOf, groupRulesOf, lowestGroupDeductible, metForDisease, notListed, ownDeductible, unlimited, type GroupRules } from './disease-group.js';
import { metBefore } from './met-before.js';
import { choicesFor, rememberReadings, sameNumbers, settleChoosing } from './choices.js';
import { ageCapFor, deductibleUnderYearCap, visitCapOf, yearCapLeft } from './year-limits.js';
import { newbornShare } from './newborn.js';
import { referralOf } from './referral.js';
import { unreferredOf } from './unreferred.js';
import { layerCovers } from './layer-chronic.js';
import { facilityOpen, isReadmission, readmissionEffect } from './readmission.js';

/** 乙类先行自付 of this claim: drugs and items apart, or a total where both shares are equal. */
type AssistanceGroup = NonNullable<Model2['assistance']>['value']['groups'][string];

/**
 * The claim's group where a rule of this benefit can use it (assistance, a deductible share, a
 * second layer's groups): an assistance group where assistance covers the benefit (as before), or a
 * group only a deductible share or a layer names, or one an open list (…等) leaves; else none.
 */
export function claimGroupOf(m: Model2, claim: Claim): { name: string; named: boolean } | undefined {
  if (claim.assistance === undefined || !m.groups) return undefined;
  const l = m.layer?.value;
  if (!m.assistance && !m.groupShares && !l?.groups && !l?.open_groups) return undefined;
  const cg = claimGroup(m.groups, claim.assistance);
  // an assistance group on a benefit assistance does not cover: the layers' general rules, as before
  if (!m.assistance && cg.named && m.groups.assisted.has(cg.name)) return undefined;
  return cg;
}
const groupPath = (group: string) => `assistance.groups.${group}`;

/** The assistance group whose rules the claim's group is settled under: its own, or where the list is open (…等) the option in force; undefined: none. */
export function assistedAs(a: NonNullable<Model2['assistance']>, group: string): string | undefined {
  if (a.value.groups[group]) return group;
  return a.open?.as ?? undefined;
}

type Bounds = Readonly<Record<string, number>>;

/** A group's value, or where the file leaves it unknown the bound a choice tries (model2.ts); neither: exit 3 naming it with its note. */
function groupValue(v: { value: number | boolean | null; note?: Text | undefined } | undefined, g: AssistanceGroup, at: string, set: Bounds): number | boolean {
  if (v !== undefined && v.value !== null) return v.value;
  const bound = set[at];
  if (bound === undefined) throw unknown(at, v?.note ?? g.note);
  return bound;
}

/** A group's ratio in Bp; unknown: exit 3 naming `.ratio` with its note. */
function assistanceRatio(g: AssistanceGroup, group: string, set: Bounds): Bp {
  return Math.round((groupValue(g.ratio, g, `${groupPath(group)}.ratio`, set) as number) * 10000);
}

/** A group's yearly cap in fen, or null (不设年度救助限额: no_cap); unknown: exit 3 naming the key with its note. */
function assistanceCap(g: AssistanceGroup, group: string, set: Bounds): Fen | null {
  if (g.no_cap) {
    const none = groupValue(g.no_cap, g, `${groupPath(group)}.no_cap`, set);
    if (none === true || none === 1) return null;
  }
  return Math.round((groupValue(g.cap, g, `${groupPath(group)}.cap`, set) as number) * 100);
}

/**
 * The fund cap a day that holds for a claim (facility_day_cap): its facility's own entry, else its
 * level's (居民在一级医疗机构住院的，统筹基金按床日限额支付，每床日最高支付180元: key "1", which a
 * 社区卫生服务中心 counted as 一级 takes too); undefined where neither has one.
 */
export function dayCapEntry(m: Model2, claim: Claim): { key: string; v: SourcedValue } | undefined {
  // 床日限额不适用于异地就医: none for this kind of out-of-area care
  if (!m.dayCaps || m.filing?.noDayCap === true) return undefined;
  const facility = m.ruleFacility(claim);
  const own = facility === undefined ? undefined : m.dayCaps[facility];
  if (own) return { key: facility!, v: own };
  const level = m.dayCaps[claim.tier];
  return level ? { key: claim.tier, v: level } : undefined;
}

/** The claim's fund cap a day in fen, or null (none there); unknown: exit 3 naming it with its note. */
export function dayCapOf(m: Model2, claim: Claim): Fen | null {
  const e = dayCapEntry(m, claim);
  if (!e) return null;
  if (e.v.value === null) throw unknown(`${m.dayCapPath}.${e.key}`, e.v.note);
  return Math.round(e.v.value * 100);
}

/**
 * The days a day cap multiplies: --days as given, else a stay's bed-days counted from its two dates
 * by the policy's bed_days (a choice's option where the file leaves it open); undefined: not said.
 */
export function stayDays(m: Model2, claim: Claim): number | undefined {
  if (claim.days !== undefined) return claim.days;
  const count = m.bedDays?.count;
  if (count == null || claim.dischargeDate === undefined) return undefined;
  return bedDaysOf(claim.date, claim.dischargeDate, count);
}

function firstPayOf(fp: NonNullable<Model2['firstPay']>, claim: Claim, scope: Fen, r: Rounding): Fen {
  let drugs = claim.classBDrugs;
  let items = claim.classBItems;
  if (drugs === undefined && items === undefined && claim.classB !== undefined) {
    if (fp.drugs !== fp.items) throw new PolicyError('needs_input', M2.classBSplit(), 2, 'class_b');
    drugs = claim.classB;
  }
  if ((drugs ?? 0) + (items ?? 0) > scope) throw new PolicyError('needs_input', M2.classBAboveScope(), 2, 'class_b');
  return firstPay(drugs ?? 0, items ?? 0, shareFor(fp.drugs, drugs, fp.drugsPath, fp.drugsCite), shareFor(fp.items, items, fp.itemsPath, fp.itemsCite), r);
}

/** The first-pay share of a kind of 乙类 cost the claim has; an unknown share stops only such a claim. */
function shareFor(share: Bp | null, amount: Fen | undefined, path: string, cite: SourcedValue): Bp {
  if (!amount) return 0;
  if (share === null) throw unknown(path, cite.note);
  return share;
}

/** 先由个人自付20%: the filing's share of the in-pooling cost (after 目录外 and 乙类先行自付), one product rounded. */
export const firstShareOf = (pooled: Fen, share: Bp, r: Rounding): Fen => applyRatio(pooled, share, r);

/** The share of the deductible for this admission (10000 = all of it); an unknown share is exit 3 for the admissions it covers only. */
function admissionShare(schedule: NonNullable<Model2['schedule']>, admission: number): number {
  let used: (typeof schedule)[number] | undefined;
  for (const s of schedule) if (admission >= s.from) used = s;
  if (!used) return 10000;
  if (used.share === null) throw unknown(used.path, used.sourced.note);
  return used.share;
}

/** 依次降低100元，但不低于…40%: this admission's deductible from the step rule; an unknown step or floor is exit 3. */
function stepFor(st: ScheduleStep, base: Fen, admission: number, r: Rounding): ReturnType<typeof steppedDeductible> {
  if (st.step === null) throw unknown(`${st.path}.step`, st.stepCite.note);
  if (st.floorShare === null) throw unknown(`${st.path}.floor_share`, st.floorCite?.note);
  return steppedDeductible(base, admission, st.from, st.step, st.floorShare ?? null, r);
}

/** What is left of the year's 家庭共济 cap for this claim: the holder's payments or the patient's receipts, as the rule counts; an unknown cap is exit 3. */
function familyCapLeft(c: FamilyCap, claim: Claim): Fen {
  if (c.cap === null) throw unknown(c.path, c.cite.note);
  return familyYearLeft(c.cap, c.per === 'holder' ? (claim.ytdFamilyPaid ?? 0) : (claim.ytdFamilyReceived ?? 0));
}

/** family_year_cap as said on a claim: `free` is what the family would pay without the cap; whose year, only where the file says it. */
function familyYearCapOf(c: FamilyCap, claim: Claim, left: Fen, pays: Fen, free: Fen): NonNullable<Settlement['familyYearCap']> {
  const per = c.cite.per.value ?? null;
  const before = per === null ? null : per === 'holder' ? (claim.ytdFamilyPaid ?? 0) : (claim.ytdFamilyReceived ?? 0);
  return { cap: c.cap!, per, before, left: per === null ? null : left, limited: pays < free };
}

/** Whether the step is on the group's reduced deductible; unknown where the file does not say (exit 3). */
function groupFirstOf(st: ScheduleStep): boolean {
  const g = st.groupFirst;
  if (g?.value == null) throw new PolicyError('unknown_parameter', M2.unknownRule(`${st.path}.group_first`, g?.cite.note, M2.setGroupFirst(`${st.path}.group_first`)));
  return g.value;
}

/** The points a claim's own traits add to or take off its ratios: its age's uplifts, its facility's uplift and cut. */
export interface ClaimPoints {
  age: Bp;
  /** facility_bonus of the claim's facility (an uplift). */
  facility: Bp;
  /** facility_cut of the claim's facility (taken off after the uplifts, like a filing cut). */
  cut: Bp;
  /** group_bonus of the claim's assistance group (an uplift); left out: none. */
  group?: Bp;
  /** unreferred_cut: the points off a stay without a referral (taken off after the uplifts, like facility_cut); left out: none. */
  referral?: Bp;
}

export const NO_POINTS: ClaimPoints = Object.freeze({ age: 0, facility: 0, cut: 0 });

/**
 * The claim's points; `lenient`: an age on a day the text leaves open is taken on admission
 * (for words about a claim already settled, never for its numbers). A combination without age
 * or facility points answers at once, with no object made.
 */
export function claimPoints(m: Model2, claim: Claim, lenient = false): ClaimPoints {
  const age = m.age ? ageBonus(m.age, claim, lenient) : 0;
  const named = m.facilityPoints !== undefined && claim.facility !== undefined ? m.ruleFacility(claim) : undefined;
  const f = named !== undefined ? m.facilityPoints!.get(named) : undefined;
  const g = m.groupPoints !== undefined && claim.assistance !== undefined ? groupPointsOf(m, claim.assistance) : undefined;
  // 未经转诊自行…住院的，支付比例降低: asked (exit 2) at its levels where the claim does not say
  const referral = m.unreferred ? (unreferredOf(m.unreferred, claim)?.points ?? 0) : 0;
  if (age === 0 && f === undefined && g === undefined && referral === 0) return NO_POINTS;
  const points: ClaimPoints = { age, facility: f?.plus ? knownPoints(f.plus) : 0, cut: f?.cut ? knownPoints(f.cut) : 0 };
  if (referral > 0) points.referral = referral;
  return g === undefined ? points : { ...points, group: knownGroupPoints(g) };
}

/** The group_bonus entry of the claim's group (an alias resolved); undefined where the rule does not name it (no uplift). */
export function groupPointsOf(m: Model2, typed: string): GroupPoints | undefined {
  const name = m.groups?.byName.get(typed) ?? m.groups?.byName.get(typed.trim()) ?? typed.trim();
  return m.groupPoints?.get(name);
}

/** A group's points; left unknown, exit 3 naming it with its note. */
function knownGroupPoints(g: GroupPoints): Bp {
  if (g.points === null) throw unknown(g.path, g.cite.note);
  return g.points;
}

/** A facility's points; left unknown (中西医结合医院: is it a 中医医院?), exit 3 naming it with its note. */
function knownPoints(p: NonNullable<FacilityPoints['plus']>): Bp {
  if (p.points === null) throw new PolicyError('unknown_parameter', M2.unknownRule(p.path, p.cite.note), 3, 'tier');
  return p.points;
}

/** The points of the claim's age uplifts, added (0 where its age is in no band); throws what the answer turns on. */
export function ageBonus(rules: readonly AgeRule[], claim: Claim, lenient = false): number {
  let points = 0;
  for (const rule of rules) if (ageInBand(rule, claim, lenient)) points += rule.bonus;
  return points;
}

/** The age uplifts whose band the claim's age is in (for its words: the day left open taken on admission). */
export const agesMet = (rules: readonly AgeRule[], claim: Claim): AgeRule[] => rules.filter((r) => ageInBand(r, claim, true));

/** Whether the claim's age, on the day the rule takes it, is in the rule's band. */
function ageInBand(rule: AgeRule, claim: Claim, lenient: boolean): boolean {
  if (claim.age !== undefined) return inBand(claim.age, rule);
  if (claim.birthDate === undefined) throw new PolicyError('needs_input', M2.needsAge(rule.path), 2, 'age');
  const atAdmission = ageOn(claim.birthDate, claim.date);
  if (rule.on === 'admission' && !rule.open) return inBand(atAdmission, rule);
  const atDischarge = claim.dischargeDate === undefined ? undefined : ageOn(claim.birthDate, claim.dischargeDate);
  if (atDischarge === undefined) {
    // the day not stated: the age on admission decides where the stay cannot cross a bound
    const decided = rule.on === 'discharge' && !rule.open ? undefined : bandFromAdmission(atAdmission, rule);
    if (decided !== undefined) return decided;
    throw new PolicyError('needs_input', M2.needsDischarge(rule.path), 2, 'discharge_date');
  }
  if (rule.on === 'discharge') return inBand(atDischarge, rule);
  if (rule.on === 'admission') return inBand(atAdmission, rule);
  // unknown day, both days given: a choice (model2.ts) settles it where they differ; here they agree
  if (!lenient && inBand(atAdmission, rule) !== inBand(atDischarge, rule)) {
    throw new PolicyError('unknown_parameter', M2.ageDayUnknown(`${rule.path}.age_on`, M2.ageBandWords(rule.min, rule.under), atAdmission, atDischarge, rule.onNote));
  }
  return inBand(atAdmission, rule);
}

/** The patient's disease limit for the year (several diseases share one; a separate disease has its own). */
export function diseaseLimit(d: NonNullable<Model2['diseases']>, claim: Claim, r: Rounding): Fen {
  if (d.override !== undefined) return d.override;
  // a batch has few combinations of diseases and many rows: each combination is worked out once
  // 年度中途认定的: the months the limit holds for are part of the key (a certification this year)
  const months = monthsOf(d.prorate, claim);
  const base = claim.diseases === undefined ? claim.disease : `${claim.disease}|${claim.diseases.join('|')}`;
  const key = months === 12 || base === undefined ? base : `${base}|m${months}`;
  const known = key === undefined ? undefined : d.limits.get(key);
  if (known !== undefined) return known;
  const limit = workOutLimit(d, claim, r);
  if (d.limits.size >= 1000) d.limits.clear();
  d.limits.set(key!, limit);
  return limit;
}

type DiseaseEntry = NonNullable<Model2['diseases']>['value']['diseases'][number];

/** The policy's entry for a disease as typed (its name or an alias); undefined when it has none. */
const findDisease = (d: NonNullable<Model2['diseases']>, typed: string): DiseaseEntry | undefined => entryOf(d.value, typed);

const isSeparate = (d: NonNullable<Model2['diseases']>, x: DiseaseEntry): boolean => {
  if (x.separate === undefined || x.separate.value === false) return false;
  if (x.separate.value === null) throw new PolicyError('unknown_parameter', M2.unknownRule(`${d.path}.${x.name}.separate`, x.separate.note, M2.setDiseaseLimit(d.setPath)));
  return true;
};

/** The diseases whose limits make this claim's limit: the treated one alone where it is separate, else the patient's shared ones. */
export function limitGroup(d: NonNullable<Model2['diseases']>, claim: Claim): DiseaseEntry[] {
  const names = d.value.diseases.map((x) => x.name);
  if (claim.disease === undefined) throw new PolicyError('needs_input', M2.needsDisease(names), 2, 'disease');
  const entry = (typed: string) => {
    const hit = findDisease(d, typed);
    if (!hit) throw notListed(d.value, d.path, typed);
    return hit;
  };
  const own = entry(claim.disease);
  if (isSeparate(d, own)) return [own];
  // a disease without a limit (its group's no_limit) adds nothing to the others' shared limit
  return [...new Set([claim.disease, ...(claim.diseases ?? [])].map(entry))].filter((x) => !isSeparate(d, x) && !unlimited(d.value, x));
}

function workOutLimit(d: NonNullable<Model2['diseases']>, claim: Claim, r: Rounding): Fen {
  const mine = limitGroup(d, claim);
  const how = M2.setDiseaseLimit(d.setPath);
  // 认定一种的1200元，认定两种的2000元…: the number of the diseases sharing the limit decides it (a disease apart keeps its own);
  // 最多按三个病种计算: at most that many counted
  // 年度中途认定的，当年支付限额按…月数占12个月的比例折算: the treated disease's own limit (by_count: the patient's)
  const months = monthsOf(d.prorate, claim);
  if (d.value.several?.value === 'by_count' && !(mine.length === 1 && mine[0]!.limit)) return proratedLimit(countLimit(d, countedDiseases(mine, d.max, claim, () => 0, how).length), months, r);
  const treated = claim.disease === undefined ? undefined : findDisease(d, claim.disease);
  const all = mine.map((x) => {
    if (!x.limit) throw new PolicyError('unknown_parameter', M2.unknownRule(`${d.path}.${x.name}.limit`, undefined, M2.setDiseaseLimit(d.setPath)));
    if (x.limit.value === null) throw unknownLimit(d, x);
    const fen = Math.round(x.limit.value * 100);
    return { name: x.name, aliases: x.aliases, fen: x === treated ? proratedLimit(fen, months, r) : fen };
  });
  if (mine.length < 2) return all[0]!.fen;
  const counted = countedDiseases(all, d.max, claim, (x) => x.fen, how);
  const limits = counted.map((x) => x.fen);
  if (limits.length < 2) return limits[0]!;
  const several = d.value.several;
  const path = `${d.path}.several${d.severalKey}`;
  // left out only where no two diseases share a limit (lint): never here, but unknown rather than a guess
  if (several?.value == null) throw new PolicyError('unknown_parameter', M2.unknownRule(path, several?.note, how));
  const statedFor = several.stated_for?.value;
  if (several.stated_for && statedFor === null) throw new PolicyError('unknown_parameter', M2.unknownRule(`${path}.stated_for`, several.stated_for.note, how));
  if (statedFor != null && mine.length > statedFor) throw new PolicyError('unknown_parameter', M2.severalBeyond(path, mine.length, statedFor, several.note, how));
  const fen = (v: SourcedValue | undefined, name: string) => {
    if (v?.value == null) throw new PolicyError('unknown_parameter', M2.unknownRule(`${path}.${name}`, v?.note, how));
    return Math.round(v.value * 100);
  };
  const ceilingOf = () => (several.sum_max ? fen(several.sum_max, 'sum_max') : null);
  const combined = combinedLimit(several, limits, r, fen, () => {
    if (several.share?.value == null) throw new PolicyError('unknown_parameter', M2.unknownRule(`${path}.share`, several.share?.note, how));
    return Math.round(several.share.value * 10000);
  }, ceilingOf);
  if (combined === null) return countLimit(d, mine.length);
  return boundedLimit(combined, limits, highestBounds(several, path, how, r));
}

/** The combined limit by the rule's kind, before its bounds; null for by_count. */
function combinedLimit(several: SeveralRuleValue, limits: Fen[], r: Rounding, fen: (v: SourcedValue | undefined, name: string) => Fen, share: () => Bp, ceilingOf: () => Fen | null): Fen | null {
  switch (several.value) {
    case 'highest':
      return patientLimit(limits, { kind: 'highest' });
    case 'highest_plus':
      return patientLimit(limits, { kind: 'plus', step: fen(several.step, 'step'), max: fen(several.step_max, 'step_max') });
    case 'highest_plus_share':
      return patientLimit(limits, { kind: 'share', share: share(), rounding: r, max: ceilingOf(), addedMax: several.added_max ? fen(several.added_max, 'added_max') : null });
    case 'sum':
      return patientLimit(limits, { kind: 'sum', max: ceilingOf() });
    case 'sum_share':
      return patientLimit(limits, { kind: 'sumShare', share: share(), rounding: r, max: ceilingOf() });
    default:
      return null;
  }
}

/** 但不低于其中最高病种的限额 / 合计不超过限额最高病种限额的2倍: the rule's bounds; an unknown one is exit 3 naming it. */
function highestBounds(several: SeveralRuleValue, path: string, how: Text, r: Rounding): HighestBounds {
  const floor = several.at_least_highest;
  if (floor && floor.value === null) throw new PolicyError('unknown_parameter', M2.unknownRule(`${path}.at_least_highest`, floor.note, how));
  const times = several.max_times_highest;
  if (times && times.value === null) throw new PolicyError('unknown_parameter', M2.unknownRule(`${path}.max_times_highest`, times.note, how));
  return { atLeastHighest: floor?.value === true, maxTimes: times ? Math.round(times.value! * 10000) : null, rounding: r };
}

/** A disease's limit the file leaves unknown (for this scheme, where keyed by scheme: its keyed path and its own --set). */
function unknownLimit(d: NonNullable<Model2['diseases']>, x: DiseaseEntry): PolicyError {
  const path = `${d.path}.${x.name}${x.limitKey ?? ''}`;
  return new PolicyError('unknown_parameter', M2.unknownRule(path, x.limit?.note, x.limitKey ? M2.setKeyedLimit(path, d.setPath) : M2.setDiseaseLimit(d.setPath)));
}

/** several: by_count: the limit for this many diseases (the last entry holds for more, unless stated_for stops there). */
function countLimit(d: NonNullable<Model2['diseases']>, n: number): Fen {
  const several = d.value.several!;
  const path = `${d.path}.several${d.severalKey}`;
  const how = M2.setDiseaseLimit(d.setPath);
  const statedFor = several.stated_for?.value;
  if (several.stated_for && statedFor === null) throw new PolicyError('unknown_parameter', M2.unknownRule(`${path}.stated_for`, several.stated_for.note, how));
  if (statedFor != null && n > statedFor) throw new PolicyError('unknown_parameter', M2.severalBeyond(path, n, statedFor, several.note, how));
  const list = several.by_count!;
  let i = 0;
  while (i + 1 < list.length && list[i + 1]!.from <= n) i += 1;
  const v = list[i]!.limit;
  if (v.value === null) throw new PolicyError('unknown_parameter', M2.unknownRule(`${path}.by_count.${i}.limit`, v.note, how));
  return Math.round(v.value * 100);
}

/** The by_count entry a claim's limit came from (its clause), or undefined. */
export function countEntry(d: NonNullable<Model2['diseases']>, n: number): { from: number; limit: SourcedValue } | undefined {
  const several = d.value.several;
  const list = several?.value === 'by_count' ? (several.by_count ?? []) : [];
  return [...list].reverse().find((x) => x.from <= n);
}

/** What the fund paid this year toward this claim's limit: the group's diseases where one is separate. */
function limitUsed(d: NonNullable<Model2['diseases']>, claim: Claim): Fen {
  const byDisease = claim.ytdDiseaseFund;
  if (byDisease === undefined) return claim.ytdBenefitFund ?? 0;
  if (!d.value.diseases.some((x) => x.separate?.value === true || unlimited(d.value, x))) return sum(byDisease)!;
  const group = new Set(limitGroup(d, claim));
  const alone = group.size === 1 && isSeparate(d, [...group][0]!);
  let used = 0;
  for (const [name, fund] of Object.entries(byDisease)) {
    const x = findDisease(d, name);
    // a name the policy does not list counts toward the shared limit, as before; a disease without a limit toward none
    if (x === undefined ? !alone : group.has(x) && !unlimited(d.value, x)) used += fund;
  }
  return used;
}

/** The fund's part by the ratio: each band's part rounded (null parts where the ratio is one band: model 1's product). */
function ratioPays(m: Model2, bands: readonly Band[], pool: Fen, applied: Fen, r: Rounding, yearBefore: Fen): { parts: BandPart[] | null; before: Fen } {
  if (m.bandBase === null) return { parts: null, before: applyRatio(pool - applied, bands[0]!.ratio, r) };
  const { start, end } = bandSpan(m.bandBase, pool, applied, yearBefore);
  const parts = bandParts(start, end, bands, r);
  return { parts, before: sumPays(parts) };
}

/** bands.per year: what the year's bands held before this claim (--ytd-banded, batch's carried total); 0 where each claim is banded alone. */
const yearBanded = (m: Model2, claim: Claim): Fen => (m.bandsYear?.per === 'year' ? (claim.ytdBanded ?? 0) : 0);

/**
 * The bands of a claim under an uplift ceiling, each uplift held to it as the file says (or as a
 * choice's option sets it: an unknown or read `after` flag is a choice, choices.ts). An uplift the
 * ceiling holds, with the ceiling's value unknown, is exit 3 naming it.
 */
export function ceilingBands(m: Model2, p: ClaimPoints): Band[] {
  const c = m.ceiling!;
  const u = claimUplifts(m, p);
  unknownCeiling(c, u);
  const use = ceilingUse(c);
  // facility_cut_first / filing_cut_first: that cut off the level's ratio first (同级公立标准降低5个百分点; 未备案降低10个百分点), the uplifts and the ceiling after
  const first = firstCut(m, p);
  if (first > 0) return m.flatBands.map((b, i) => ({ upTo: b.upTo, ratio: cutFirstRatio(m.baseRatios[i]!, first, bandUplifts(m.retiredKeyed, i, { ...u, cut: u.cut - first }), use) }));
  return m.flatBands.map((b, i) => ({ upTo: b.upTo, ratio: upliftedRatio(m.baseRatios[i]!, bandUplifts(m.retiredKeyed, i, u), use) }));
}

/** The cuts taken off the level's ratio before the uplifts and the ceiling: the facility's (facility_cut_first), the filing's (filing_cut_first). */
export function firstCut(m: Model2, p: ClaimPoints): Bp {
  const c = m.ceiling;
  if (!c) return 0;
  return (c.cutFirst ? p.cut : 0) + (c.filingCutFirst && !m.filing?.ratioTimes ? m.uplifts.cut : 0) + (c.unreferredCutFirst ? (p.referral ?? 0) : 0);
}

/** A ceiling whose value is unknown that holds an uplift this claim has: exit 3 naming it. */
function unknownCeiling(c: Ceiling, u: Uplifts): void {
  for (const e of c.entries) if (e.max === null && DEFAULT_ORDER.some((k) => (u[k] ?? 0) > 0 && e.held[k] !== false)) throw unknown(e.path, e.value.note);
}

/** Each band's ratio for the claim under these ceilings (a filing's multiple too; a product finer than 0.01%: -1, never equal). */
function ratiosUnder(m: Model2, p: ClaimPoints, use: CeilingUse): Bp[] {
  const u = claimUplifts(m, p);
  const rt = m.filing?.ratioTimes;
  const first = rt ? 0 : firstCut(m, p);
  return m.flatBands.map((_, i) => (rt ? (multipliedRatio(m.baseRatios[i]!, bandUplifts(m.retiredKeyed, i, u), use, rt.times, rt.of) ?? -1) : first > 0 ? cutFirstRatio(m.baseRatios[i]!, first, bandUplifts(m.retiredKeyed, i, { ...u, cut: u.cut - first }), use) : upliftedRatio(m.baseRatios[i]!, bandUplifts(m.retiredKeyed, i, u), use)));
}

/**
 * The ceilings that lowered a ratio this claim used: the one where there is one; of several, each
 * without which a used band's ratio would differ (all of them where the ceilings held only together).
 */
export function ceilingsHeld(m: Model2, s: Settlement, p: ClaimPoints): CeilingEntry[] {
  if (!ceilingHeld(m, s, p)) return [];
  const c = m.ceiling!;
  if (c.entries.length === 1) return c.entries;
  const used = s.bands ? s.bands.flatMap((b, i) => (b.base > 0 ? [i] : [])) : [0];
  const actual = ratiosUnder(m, p, ceilingUse(c));
  const held = c.entries.filter((_, j) => {
    const without = ratiosUnder(m, p, ceilingUse({ ...c, entries: c.entries.filter((_, x) => x !== j) }));
    return used.some((i) => without[i] !== actual[i]);
  });
  return held.length > 0 ? held : c.entries;
}

/** A band's ratio with a facility's cut taken first: (base − cut), then the uplifts held to the ceiling, then the filing's cut. */
export const cutFirstRatio = (base: Bp, cut: Bp, u: Parameters<typeof upliftedRatio>[1], use: Parameters<typeof upliftedRatio>[2]): Bp => upliftedRatio(Math.max(0, base - cut), u, use);

const claimUplifts = (m: Model2, p: ClaimPoints) => ({ ...m.uplifts, age: p.age, facility: p.facility, group: p.group ?? 0, cut: m.uplifts.cut + p.cut + (p.referral ?? 0) });

/**
 * The bands of a claim under a filing's multiple of the local ratio (支付比例为本市同级医疗机构住院支付比例的95%):
 * each band's stated ratio with the claim's uplifts and their ceiling, times the multiple in the
 * order the file gives (or a choice's option), then the cuts. `free`: without the ceiling (to tell whether it held).
 */
export function timesBands(m: Model2, p: ClaimPoints, free = false): Band[] {
  const rt = m.filing!.ratioTimes!;
  const c = m.ceiling;
  const u = claimUplifts(m, p);
  if (!free && c) unknownCeiling(c, u);
  const use = c && !free ? ceilingUse(c) : NO_CEILING;
  return m.flatBands.map((b, i) => {
    const ratio = multipliedRatio(m.baseRatios[i]!, bandUplifts(m.retiredKeyed, i, u), use, rt.times, rt.of);
    if (ratio === null) throw new PolicyError('unknown_parameter', M2.ratioTimesFine(rt.path, m.baseRatios[i]!, rt.times));
    return { upTo: b.upTo, ratio };
  });
}

/** Whether the uplift ceiling lowered a ratio this claim used (a band with a base, or the one ratio). */
export function ceilingHeld(m: Model2, s: Settlement, p: ClaimPoints): boolean {
  if (!m.ceiling || s.ratio === null) return false;
  const u = m.uplifts;
  const used = s.bands ? s.bands.map((b, i) => [b.base > 0, b.ratio, i] as const) : [[true, s.ratio, 0] as const];
  const free = m.filing?.ratioTimes ? timesBands(m, p, true).map((b) => b.ratio) : undefined;
  // without the ceiling, the cuts taken first (facility_cut_first, filing_cut_first) come off before the uplifts
  const first = m.filing?.ratioTimes ? 0 : firstCut(m, p);
  return used.some(([reached, ratio, i]) => reached && ratio < (free ? free[i]! : Math.max(0, Math.min(10000, Math.max(0, m.baseRatios[i]! - first) + bandUplifts(m.retiredKeyed, i, u).retiree + u.grade + p.age + p.facility + (p.group ?? 0)) - (u.cut + p.cut + (p.referral ?? 0) - first))));
}

const sum = (values: Record<string, Fen> | undefined): Fen | undefined => (values === undefined ? undefined : Object.values(values).reduce((a, b) => a + b, 0));

/**
 * A yearly deductible met before the claim in part only: above 0 and neither this claim's
 * deductible nor any level's full standard for this person (with the retirees' and the group's
 * shares). A full standard met is taken as that level's stay, where 补足差额 and the amount met agree.
 */
function metInPart(rules: Rules, met: Fen, own: Fen, shares: Bp[]): boolean {
  if (met <= 0 || met === own) return false;
  return !(rules.levelDeductibles ?? []).some((x) => scaledDeductible(x, shares, rules.rounding) === met);
}

/**
 * 本次适用支付比例: the one ratio the stay was paid at (a flat ratio, a disease group's, or the one
 * band its cost reached). A stay paid in bands of different ratios has no one ratio: unknown (exit 3).
 */
function stayRatioOf(parts: BandPart[] | null, bands: readonly Band[], groupRatio: Bp | null | undefined, path: string): Bp {
  if (groupRatio != null) return groupRatio;
  if (parts === null) return bands[0]!.ratio;
  const used = new Set(parts.filter((p) => p.base > 0).map((p) => p.ratio));
  if (used.size === 1) return [...used][0]!;
  throw new PolicyError('unknown_parameter', M2.withinClaimBanded(`${path}.within_claim`));
}

/** A claim whose combination has choices the file leaves open is settled under each option (choices.ts); else once. */
export function settleModel2(rules: Rules, m: Model2, claim: Claim): Settlement {
  // 在同一定点医疗机构再次住院的: the previous stay's facility not said, settled both ways
  if (facilityOpen(m.readmission, claim)) return bothFacilities(rules, m, claim);
  if (m.choices.length === 0 || !choicesFor(m, claim)) return settleOnce(rules, m, claim);
  const { s, readings } = settleChoosing(m, claim, (under) => settleOnce(rules, under, claim));
  return rememberReadings(s, readings);
}

/**
 * A readmission within the days under a rule for the same facility only, the claim not saying
 * whether the last stay was there: settled as each; the same numbers are answered (as the same
 * facility, said as assumed: the year's admission count follows it), different ones are exit 3
 * with both answers and --previous-same-facility.
 */
function bothFacilities(rules: Rules, m: Model2, claim: Claim): Settlement {
  const same = settleModel2(rules, m, { ...claim, previousSameFacility: true });
  const elsewhere = settleModel2(rules, m, { ...claim, previousSameFacility: false });
  if (sameNumbers(same, elsewhere)) {
    if (same.readmission) same.readmission = { ...same.readmission, facility: 'assumed' };
    return same;
  }
  const each = M2.choiceEach([{ words: M2.previousFacilityEach.same, s: same }, { words: M2.previousFacilityEach.elsewhere, s: elsewhere }], m.layer?.value.name);
  throw new PolicyError('needs_input', M2.previousFacilityUnsaid(m.readmission!.days!, each), 3, 'previous_same_facility');
}

function settleOnce(rules: Rules, m: Model2, claim: Claim): Settlement {
  const r = rules.rounding;
  const scope = inScope(claim.amount, claim.outOfScope);
  // a facility where the fund pays nothing for this benefit: no 乙类先行自付 either (nothing is pooled)
  const facility = facilityOf(rules, claim);
  // 超过90日参加居民医保的，自参保登记之日起享受待遇: care before a late enrolment is not paid (no 乙类先行自付 either)
  const enrolment = m.enrolment ? enrolmentVerdict(m.enrolment, claim) : undefined;
  const late = enrolment?.refused === true;
  const fp = m.firstPay && facility === undefined && !late ? firstPayOf(m.firstPay, claim, scope, r) : 0;
  const verdict = verdictOf(rules, claim);
  const eligible = isEligibleVerdict(verdict) && facility === undefined && !late;
  // 先由个人自付20%，余下部分按…计算统筹基金支付: the filing's share off the in-pooling cost first
  const fs = eligible ? m.filing?.share : undefined;
  // first_share.order after_deductible: the share is taken below, of what the deductible leaves
  let firstShare = fs && !fs.afterDeductible ? firstShareOf(scope - fp, fs.share, r) : 0;
  let pool = scope - fp - firstShare;
  if (eligible && rules.unanswerable) throw rules.unanswerable;
  // a status that changed this year where the values differ by status: the policy's rule, or unknown
  if (eligible && m.statusChange && !m.statusChange.known && statusChangedThisYear(claim)) throw new PolicyError('unknown_parameter', M2.statusChangeUnknown(m.statusChange.note, m.statusChange.path));

  // deductible: the level's (or the filing's level) standard, the filing's multiple, the retirees'
  // share, the admission's share, the assistance group's share
  const admission = rules.deductiblePeriod === 'admission' ? (claim.admission ?? 1) : null;
  let deductible: Fen | null = null;
  let applied = 0;
  let met = claim.ytdDeductible;
  let deductibleGroup: string | undefined;
  let metAsGiven = false; // the deductible met as given, though the fund paid this year (ytd_as_given)
  let partlyMet = false; // a yearly deductible met in part before (deductible_partly_met)
  // the treated disease's group (特殊病种): its own deductible, ratio, no limit
  const dg = eligible && m.diseases ? diseaseGroupOf(m.diseases, claim) : undefined;
  let floored = false;
  let stepped: (ReturnType<typeof steppedDeductible> & { full: Fen }) | undefined;
  let byDisease = false;
  let beforeYearCap: Fen | undefined;
  let yearCapFull = false;
  let facilityApplied: NonNullable<Settlement['deductibleFacility']> | undefined;
  let newborn: Bp | undefined;
  let newbornLater: number | undefined;
  let readmission: Settlement['readmission'];
  // a stay referred within the 医联体 (--referred-from): its direction and what the policy's rule does with it
  const referral = referralOf(m.referral, rules.policy, claim);
  if (eligible) {
    if (m.scheduleUnknown && admission !== null && admission > 1) throw m.scheduleUnknown;
    const retiree = m.retireeShare && !rules.deductible.retiredKey ? m.retireeShare.share : 10000;
    const byGroup = m.groupShares ? groupDeductibleShare(m.groupShares, claim.assistance) : undefined;
    const group = byGroup?.share ?? 10000;
    if (byGroup?.rule) deductibleGroup = byGroup.rule.path.split('.').at(-1);
    const later = m.schedule && admission !== null ? admissionShare(m.schedule, admission) : 10000;
    // a deductible set by disease (起付标准按病种设定): the treated disease's own, before its group's and the benefit's
    const own = m.diseases?.byDisease ? diseaseDeductible(m.diseases, rules, claim) : undefined;
    // 在中医医院住院的…降低100元 / 非公立…按同级医疗机构标准的120%: at the step the policy names
    const named = m.facilityDeductible && claim.facility !== undefined ? m.ruleFacility(claim) : undefined;
    const atFacility = named !== undefined ? facilityChanges(m.facilityDeductible!, named) : undefined;
    if (atFacility) facilityApplied = [];
    // 医联体内上转的，起付标准按两级医疗机构起付标准的差额收取: the referring level's standard off this level's (never below 0)
    const less = referral?.way === 'difference' ? referral.fromStandard! : 0;
    const standard = adjustAt(Math.max(0, (own ?? dg?.deductible ?? rules.deductible.value!) - less), atFacility, 'standard', m, r, facilityApplied);
    byDisease = own !== undefined;
    const full = scaledDeductible(standard, [m.filing?.times ?? 10000, retiree], r);
    // 依次降低100元，但不低于本人该级别起付标准的40%: on the group's reduced deductible or the full one, as the file says
    const steps = m.scheduleStep !== undefined && admission !== null && admission >= m.scheduleStep.from;
    const groupFirst = steps && group !== 10000 && group !== 0 ? groupFirstOf(m.scheduleStep!) : false;
    const base = groupFirst ? scaledDeductible(full, [group], r) : full;
    stepped = steps ? { ...stepFor(m.scheduleStep!, base, admission!, r), full: base } : undefined;
    const lowered = stepped ? stepped.charged : scaledDeductible(full, [later], r);
    // 按比例计算后低于100元的，按100元收取: the schedule's share never takes it below the floor
    const atLeast = (later !== 10000 || stepped) && m.floor ? floorOf(m.floor, lowered, base) : lowered;
    floored = atLeast !== lowered;
    // 新生儿出生当年住院不设起付标准: a patient born in the claim's year pays the rule's share
    const nb = m.newborn ? newbornShare(m.newborn, claim) : undefined;
    if (nb?.newborn) newborn = nb.share;
    if (nb?.later !== undefined) newbornLater = nb.later;
    // 出院后15日内因同一疾病再次入院的，视同一次住院，不再收取起付标准
    const re = m.readmission ? isReadmission(m.readmission, claim) : undefined;
    if (re) readmission = re.within ? { ...re, ...readmissionEffect(m.readmission!) } : { ...re, noDeductible: false, sameAdmission: false };
    // group_first: the group's share already taken before the later-stay step (汀澜 第六条（三）), so not again here
    const groupShare = groupFirst ? 10000 : group;
    const shares = nb?.newborn ? [groupShare, nb.share] : [groupShare];
    if (readmission?.noDeductible) shares.push(0);
    // 下转的，不再收取起付标准
    if (referral?.way === 'none') shares.push(0);
    const scaled = adjustAt(scaledDeductible(atLeast, shares, r), atFacility, 'charged', m, r, facilityApplied);
    // 累计收取的住院起付标准…不超过1600元…按剩余额度收取: at most what is left of the year's total
    const left = m.yearCap ? yearCapLeft(m.yearCap, claim.ytdDeductible) : null;
    const d = deductibleUnderYearCap(scaled, left, m.yearCap?.crossing ?? 'rest');
    if (d !== scaled) beforeYearCap = scaled;
    // 达到…后，不再收取 read as: the stay that crosses the total pays in full
    else if (left !== null && scaled > left) yearCapFull = true;
    deductible = d;
    // a fund payment this year shows a yearly deductible met (where it depends on the level, the
    // lowest level's; where a disease group has its own, the lowest of those): this benefit's own
    // where the cap is shared
    const groupLow = m.diseases ? lowestGroupDeductible(m.diseases.value, claim.scheme) : undefined;
    const byLevel = rules.lowestDeductible === null ? null : scaledDeductible(rules.lowestDeductible, [retiree, group], r);
    const lowest = groupLow === undefined ? byLevel : Math.min(byLevel ?? d, groupLow);
    if (own === undefined) {
      ({ met, conflict: metAsGiven } = metBefore(rules, claim, d, m.capShared ? (claim.ytdBenefitFund ?? 0) : claim.ytdFund, lowest, true));
      applied = rules.deductiblePeriod === 'year' ? deductibleApplied(pool, d, met) : Math.min(pool, d);
    } else {
      // charged once a year by deductible_once, against what was met as given (nothing inferred from the fund)
      applied = rules.deductiblePeriod === 'year' ? deductibleApplied(pool, d, metForDisease(m.diseases!.value, m.diseases!.path, m.diseases!.once, claim, d)) : Math.min(pool, d);
    }
    if (m.partlyMet && applied > 0 && metInPart(rules, met, d, [retiree, group])) {
      if (m.partlyMet.unknown) throw m.partlyMet.unknown;
      partlyMet = true;
    }
  }

  // 起付标准…统筹范围费用个人先行自付10% read as after the deductible: the share of what is above it
  if (fs?.afterDeductible) {
    firstShare = firstShareOf(pool - applied, fs.share, r);
    pool -= firstShare;
  }
  // where it counts in the layers' bases (counts_in_layers: true), it is added back there
  const shareCounts = fs?.counts ? firstShare : 0;

  // ratio, in bands (a flat ratio is one band from 0 to the amount after the deductible); a disease
  // group on the same level's inpatient ratio (ratio_of) takes the inpatient rules' bands and uplifts
  const rm = eligible && dg?.ratioOf === 'inpatient' ? inpatientModel(m) : m;
  const bands = dg?.ratio != null ? [{ upTo: null, ratio: dg.ratio }] : withCut(claimBands(rm, claim, eligible), rm === m ? 0 : m.uplifts.cut);
  let parts: BandPart[] | null = null;
  let before = 0;
  if (eligible) ({ parts, before } = dg?.ratio != null ? { parts: null, before: applyRatio(pool - applied, dg.ratio, r) } : ratioPays(rm, bands, pool, applied, r, yearBanded(rm, claim)));

  // cap: the annual cap (by age where the policy says; shared where it says) and the patient's disease limit
  const cap = m.ageCap && eligible ? ageCapFor(m.ageCap, claim, rules.cap.value, before).cap : rules.cap.value;
  const capLeft = cap === null ? null : capRemaining(cap, claim.ytdFund);
  const limit = eligible && m.diseases && !dg?.noLimit ? diseaseLimit(m.diseases, claim, r) : null;
  const limitLeft = limit === null ? null : limitRemaining(limit, limitUsed(m.diseases!, claim));
  const afterLimit = limitLeft === null ? before : Math.min(before, limitLeft);
  const yearly = capLeft === null ? afterLimit : Math.min(afterLimit, capLeft);
  // a fund cap a day at the claim's facility (每日支付最高20元): one day unless --days says more
  const perDay = dayCapOf(m, claim);
  const daily = perDay === null ? yearly : Math.min(yearly, perDay * (stayDays(m, claim) ?? 1));
  // 每次就诊统筹基金最高支付40元: a claim is one visit
  const perVisit = m.visitCap && eligible ? visitCapOf(m.visitCap) : null;
  const fund = perVisit === null ? daily : Math.min(daily, perVisit);
  const copay = pool - applied - before;

  // second layer
  // 住院和第一类门诊慢特病: a chronic claim for a disease the layer leaves out counts nothing toward it
  const covered = !eligible || layerCovers(m, claim);
  const layer = eligible && covered ? m.layer : undefined;
  const cg = claimGroupOf(m, claim);
  const group = cg?.name;
  let second = 0;
  let burden = 0;
  let within: Settlement['withinClaim']; // within_claim unpaid_by_ratio, where the cap was reached during this stay
  let two = 0; // the layer's part two, before the shared cap
  let one = 0; // part one beside it, before the shared cap
  let raised: Settlement['layerCapRaise']; // cap_incentive: the cap raised where it held the layer's payment
  let raiseMissing: Settlement['layerCapRaiseMissing'];
  let uncapped = 0; // what the layer would pay with no yearly cap
  let layerCap: Fen | null = null; // the cap that holds for the claim's group, before any raise
  if (layer) {
    // a status changed this year where the layer's values differ by status: status_change.second_layer, or unknown
    const lsc = m.layerStatusChange;
    if (lsc && !lsc.known && layerStatusChangedThisYear(claim)) throw new PolicyError('unknown_parameter', M2.layerStatusChangeUnknown(lsc.note, lsc.path));
    // the claim's group may have its own threshold, bands and cap (or none)
    const gl = groupLayer(layer, group, r);
    // 连续参保满4年…每连续参保1年…提高2000元 (cap_incentive): the cap that holds, raised by the claim's years (a group without a cap stays without)
    const inc = layer.incentive;
    const raiseOf = (c: Fen) => (inc ? capRaise(inc, c, claim.insuredYears, claim.zeroClaimYears, r).raise : 0);
    const leftOf = (l: typeof gl) => (l.cap === null ? Number.MAX_SAFE_INTEGER : layerCapRemaining(l.cap + raiseOf(l.cap), claim.ytdSecond ?? 0));
    const left = leftOf(gl);
    layerCap = gl.cap;
    const base = layer.value.base.value;
    if (base === 'burden') {
      const parts = { copay, aboveCap: afterLimit - fund, aboveLimit: before - afterLimit, firstPay: fp, deductible: applied };
      // part two (第十七条（二）): its share of what the cap cut; only the person's rest may count in part one's burden
      const p2 = layer.partTwo;
      two = p2 ? aboveCapPays(parts.aboveCap, p2.ratio, r) : 0;
      burden = (p2 ? burdenWithPartTwo(parts, layer.counts!, two, p2.restCounts) : burdenOf(parts, layer.counts!)) + shareCounts;
      // a group that began within the year: only the burden since that day, where the policy says so
      const from = sinceGroup(layer, claim, group) ? (claim.ytdBurdenSince ?? 0) : (claim.ytdBurden ?? 0);
      // both parts within the one yearly cap (本条第（一）项、第（二）项合并计算)
      let used = gl;
      const pays = (l: typeof gl) => Math.min(burdenPays(from, from + burden, l.threshold, l.bands, r) + two, leftOf(l));
      // open: a group this list does not name (an assistance group it leaves out is not named by it either)
      const open = cg && !(cg.named && layer.value.groups?.[cg.name]) ? layer.value.open_groups : undefined;
      if (open) {
        // a group the list (第十五条第二款所列困难群众…等) does not name: as the file reads it, or unknown where a listed group's rules pay differently
        const listed = Object.keys(layer.value.groups ?? {});
        const names = openCandidates(open, listed);
        const tried = names.map((n) => pays(groupLayer(layer, n, r)));
        if (open.value === 'as_group') {
          second = tried[0]!;
          used = groupLayer(layer, names[0]!, r);
        } else if (open.value === 'none' || tried.every((x) => x === pays(gl))) second = pays(gl);
        else throw openUnknown(open, `${layer.path}.open_groups`, cg!.name, listed);
      } else second = pays(gl);
      // part one before the shared cap, for the breakdown (each part with its clause)
      if (p2) one = burdenPays(from, from + burden, used.threshold, used.bands, r);
      uncapped = burdenPays(from, from + burden, used.threshold, used.bands, r) + two;
      layerCap = used.cap;
    } else if (base === 'above_cap') {
      uncapped = aboveCapPays(afterLimit - fund, layer.ratio, r);
      second = Math.min(uncapped, left);
    } else if (cap !== null && claim.ytdFund >= cap) {
      uncapped = afterCapPays(pool + shareCounts, layer.afterCapDeducts ? applied : 0, layer.ratio, r);
      second = Math.min(uncapped, left);
    } else if (afterLimit > fund) {
      // the cap is reached during this claim: the policy's option (or a choice's, where it leaves it open: choices.ts), or unknown
      const w = layer.within;
      if (w === 'unpaid_by_ratio') {
        // 应付未付 ÷ 本次适用支付比例 = 本次限额以上的费用 (the part the annual cap cut, not a day or disease limit)
        const ratio = stayRatioOf(parts, bands, dg?.ratio, layer.path);
        const unpaid = afterLimit - yearly;
        const w2 = withinClaimPays(unpaid, ratio, layer.ratio, r);
        within = { ratio, unpaid, above: w2.above };
        uncapped = w2.pays;
        second = Math.min(w2.pays, left);
      } else if (w !== 'after_only') throw new PolicyError('unknown_parameter', M2.unknownRule(`${layer.path}.within_claim`, layer.value.note));
    }
  }

  // cap_incentive: said only where the cap without the raise held the layer's payment (elsewhere the years change nothing)
  if (layer?.incentive && eligible) {
    const c = layerCap;
    if (c !== null && uncapped > layerCapRemaining(c, claim.ytdSecond ?? 0)) {
      const cr = capRaise(layer.incentive, c, claim.insuredYears, claim.zeroClaimYears, r);
      if (cr.raise > 0) raised = { ...cr, cap: c, raised: c + cr.raise, years: claim.insuredYears, zeroYears: claim.zeroClaimYears };
      const missing = missingInputs(layer.incentive, claim.insuredYears, claim.zeroClaimYears);
      if (missing.length > 0) raiseMissing = missing;
    }
  }

  // assistance on the 政策范围内 burden left
  let assistance = 0;
  let assistanceIn = 0; // the part of it that paid in-scope costs (where its base counts 目录外 too)
  let thresholdMet = 0;
  let uplift: Settlement['assistanceUplift'];
  let filingCut: Settlement['assistanceFilingCut'];
  const a = m.assistance;
  // a group assistance does not name (a rule's own group, or one an open list leaves) gets none where its list is closed;
  // where it ends in 等 (open_groups) the group it is settled under (a reading or a choice's option: choices.ts)
  const aid = a && group !== undefined ? assistedAs(a, group) : undefined;
  if (a && aid !== undefined && eligible) {
    const g = a.value.groups[aid]!;
    if (a.outOfScope === null && claim.outOfScope > 0) throw unknown('assistance.base.out_of_scope', a.value.base.out_of_scope?.note);
    // 目录外 counts where the text's burden is not 政策范围内 (个人负担医疗费用)
    const inScope = copay + (before - fund) + (a.deductible ? applied : 0) + (a.firstPay ? fp : 0) + shareCounts - second;
    const inScopeBase = Math.max(0, inScope);
    const base = Math.max(0, inScope + (a.outOfScope ? claim.outOfScope : 0));
    const threshold = g.threshold ? Math.round((groupValue(g.threshold, g, `${groupPath(aid)}.threshold`, a.set) as number) * 100) : 0;
    thresholdMet = assistanceThresholdMet(base, threshold, claim.ytdAssistanceDeductible ?? 0);
    let ratio = assistanceRatio(g, aid, a.set);
    let cap = assistanceCap(g, aid, a.set);
    // 未成年人、重度残疾人…提高10个百分点，年度救助限额提高2万元; 其中年满70周岁的低保对象…救助比例为80%: asked (the age) only where assistance pays
    if (a.uplift && base > thresholdMet) {
      const met = groundsMet(a.uplift, claim, (rule) => ageBonus([rule], claim) > 0, aid);
      if (met.length) {
        const up = upliftOf(a.uplift, met);
        ratio = raisedRatio(setRatio(ratio, up.ratioTo), up.ratioPlus, a.uplift.ceiling);
        if (cap !== null) cap += up.capPlus;
        uplift = { grounds: met.map((x) => x.name), ratioPlus: up.ratioPlus, capPlus: up.capPlus, ratio, ...(up.ratioTo === undefined ? {} : { ratioTo: up.ratioTo }) };
      }
    }
    // 未按规定办理异地就医备案的，救助比例降低10个百分点: after the uplift, where assistance pays
    const fc = a.value.filing_cut && base > thresholdMet ? assistanceFilingCut(a.value.filing_cut, claim.filing, m.filing?.emergencyAs) : undefined;
    if (fc) {
      if (fc.points === null) throw unknown(fc.path, fc.cite.note);
      const from = ratio;
      ratio = cutAssistanceRatio(ratio, fc.points);
      filingCut = { kind: fc.kind, points: fc.points, from, ratio };
    }
    assistance = assistancePays(base, thresholdMet, ratio, cap, claim.ytdAssistance ?? 0, r);
    assistanceIn = a.outOfScope ? assistanceInScope(assistance, inScopeBase, thresholdMet, ratio, r) : assistance;
  }

  const share = claim.amount - fund - second - assistance;
  const allowed = claim.relation !== undefined && rules.familyRefused[claim.relation] === undefined;
  // in scope: what the layers left of the in-scope cost (an in-scope-only account pays at most this)
  const due = { inScope: Math.max(0, scope - fund - second - assistanceIn), all: share };
  // 家庭共济 capped per year (family_year_cap): the balance used is at most what is left of the cap
  const familyLeft = claim.family > 0 && allowed && m.familyCap ? familyCapLeft(m.familyCap, claim) : undefined;
  const familyBalance = claim.family > 0 && allowed ? Math.min(claim.family, familyLeft ?? claim.family) : 0;
  const [account, family] = accountsPay(due, m.accounts, claim.account, familyBalance);

  const s: Settlement = {
    amount: claim.amount,
    outOfScope: claim.outOfScope,
    inScope: scope,
    eligible,
    deductible,
    deductibleApplied: applied,
    deductibleMetBefore: met,
    ratio: eligible ? (bands[0]?.ratio ?? null) : null,
    fundBeforeCap: before,
    cap,
    capRemaining: capLeft,
    fundPays: fund,
    patientShare: share,
    accountPays: account,
    familyPays: family,
    cashDue: share - account - family,
    ytdDeductibleAfter: met + applied,
    ytdFundAfter: claim.ytdFund + fund,
    firstPay: fp,
    secondLayerPays: second,
    assistancePays: assistance,
    ytdBurdenAfter: (claim.ytdBurden ?? 0) + burden,
    ytdSecondAfter: (claim.ytdSecond ?? 0) + second,
    ytdAssistanceAfter: (claim.ytdAssistance ?? 0) + assistance,
    ytdAssistanceDeductibleAfter: (claim.ytdAssistanceDeductible ?? 0) + thresholdMet,
    ytdBenefitFundAfter: (claim.ytdBenefitFund ?? 0) + fund,
    burdenAdded: burden,
    secondLayer: layer ? layer.value.kind : null,
    admission,
    bands: parts,
    diseaseLimit: limit,
    diseaseLimitRemaining: limitLeft,
  };
  if (metAsGiven) s.metAsGiven = true; // rare: set after, so a row's object keeps one literal shape
  if (partlyMet) s.partlyMet = true;
  if (within) s.withinClaim = within;
  if (raised) s.layerCapRaise = raised;
  if (raiseMissing) s.layerCapRaiseMissing = raiseMissing;
  if (newborn !== undefined) s.deductibleNewborn = newborn;
  if (newbornLater !== undefined) s.deductibleNewbornLater = newbornLater;
  if (readmission) s.readmission = readmission;
  if (rules.eligibility) s.verdict = verdict as NonNullable<Settlement['verdict']>;
  if (facility !== undefined) {
    s.refusedAtFacility = facility;
    s.ineligibleReason = M2.facilityRefused(facility, claim.benefit);
  }
  if (enrolment) s.newbornEnrolment = enrolment;
  if (late && facility === undefined) s.ineligibleReason = M2.enrolledLate(claim.birthDate!, claim.enrolled!, enrolment!.day, enrolment!.days);
  if (claim.family > 0 && !allowed) s.familyRefusedReason = rules.familyRefused[claim.relation!];
  if (deductibleGroup !== undefined) s.deductibleGroup = deductibleGroup;
  if (dg) s.diseaseGroup = dg.name;
  if (floored) s.deductibleFloor = m.floor!.value!;
  if (familyLeft !== undefined) {
    s.familyCapLeft = familyLeft;
    s.familyYearCap = familyYearCapOf(m.familyCap!, claim, familyLeft, family, familyLeft < claim.family ? accountsPay(due, m.accounts, claim.account, claim.family)[1] : family);
  }
  // 因急诊在三级医疗机构就诊的，按二级医疗机构比例支付: the level whose ratio this emergency visit took
  if (eligible && rules.emergencyRatio?.applied) s.emergencyRatioAs = rules.emergencyRatio.to;
  if (referral) s.referral = referral;
  // 未经转诊…降低10个百分点: at the rule's levels, whether this claim was cut and why (not referred, referred, an emergency)
  const unref = eligible && m.unreferred && dg?.ratio == null ? unreferredOf(m.unreferred, claim) : undefined;
  if (unref) s.unreferred = unref;
  // 一个年度内…累计: the year's banded amount after this claim (batch carries it to the person's next row)
  if (m.bandsYear) s.ytdBandedAfter = (claim.ytdBanded ?? 0) + (eligible && m.bandBase !== null && dg?.ratio == null ? bandedAmount(m.bandBase, pool, applied) : 0);
  if (stepped) {
    s.deductibleStep = { full: stepped.full, minus: stepped.minus, floor: stepped.floor, floored: stepped.floored };
    if (stepped.floored && !floored) s.deductibleFloor = stepped.charged;
  }
  if (byDisease) s.deductibleByDisease = true;
  if (beforeYearCap !== undefined) s.deductibleBeforeYearCap = beforeYearCap;
  if (yearCapFull) s.deductibleYearCapFull = true;
  if (facilityApplied && facilityApplied.length > 0) s.deductibleFacility = facilityApplied;
  if (claim.facility !== undefined && s.eligible && m.ruleFacility(claim) !== claim.facility) s.facilityOutside = outsideKinds(rules.policy, claim.facility, claim.tier);
  if (fund < daily) s.fundBeforeVisitCap = daily;
  if (claim.assistanceSince !== undefined) s.ytdBurdenSinceAfter = (claim.ytdBurdenSince ?? 0) + burden;
  if (fs) s.firstShare = firstShare;
  if (uplift) s.assistanceUplift = uplift;
  if (filingCut) s.assistanceFilingCut = filingCut;
  if (layer?.partTwo && layer.value.base.value === 'burden') s.secondLayerTwo = { one, pays: two, base: afterLimit - fund };
  return s;
}

/** The kinds of the claim's facility whose rules its level leaves out, with the levels they hold at. */
function outsideKinds(policy: Policy, facility: string, tier: string): NonNullable<Settlement['facilityOutside']> {
  const fs = policy.facilities ?? {};
  return facilityAtLevel(fs, facility, tier).outside.map((kind) => ({ kind, levels: [...(fs[kind]?.levels?.value ?? [])] }));
}

/** 自认定之日起享受: the claim's group began within its year and the burden before that day does not count toward the group's rules. */
export const sinceGroup = (layer: NonNullable<Model2['layer']>, claim: Claim, group: string | undefined): boolean =>
  layer.beforeGroup === 'excluded' && group !== undefined && layer.value.groups?.[group] !== undefined && joinedThisYear(claim);

/**
 * The treated disease's own deductible (diseases[].deductible), or undefined where it has none;
 * where the benefit states no deductible of its own (set by disease), a disease without one and
 * without its group's is exit 3 naming it.
 */
function diseaseDeductible(d: NonNullable<Model2['diseases']>, rules: Rules, claim: Claim): Fen | undefined {
  if (claim.disease === undefined) return undefined;
  const x = findDisease(d, claim.disease);
  const fen = x ? ownDeductible(d.value, d.path, x, claim.scheme) : undefined;
  if (fen !== undefined || x === undefined) return fen;
  const byDisease = rules.version.benefits[claim.benefit]?.[claim.scheme]?.deductible === undefined;
  if (byDisease && (x.group === undefined || d.value.groups?.[x.group]?.deductible === undefined)) throw unknown(`${d.path}.${x.name}.deductible`, undefined);
  return undefined;
}

/** The bands of a claim under a combination's rules: its age uplift (and the uplift ceiling) applied; 段上加段 on the raised band before where the policy reads it so. */
export function claimBands(m: Model2, claim: Claim, eligible: boolean): Band[] {
  const points = eligible ? claimPoints(m, claim) : NO_POINTS;
  const bands = upliftedBands(m, points, eligible);
  if (m.bandPlus?.of !== 'uplifted') return bands;
  return plusUplifted(bands, m.bands.map((b) => b.plus), plusCut(m, points, eligible));
}

function upliftedBands(m: Model2, points: ClaimPoints, eligible: boolean): Band[] {
  if (m.filing?.ratioTimes) return timesBands(m, points);
  if (m.ceiling) return eligible ? ceilingBands(m, points) : m.flatBands;
  return points === NO_POINTS ? m.flatBands : upliftBands(m.flatBands, points.age + points.facility + (points.group ?? 0), points.cut + (points.referral ?? 0));
}

/** The cuts taken off every band after the uplifts (a filing's; a facility's unless it is taken first: facility_cut_first). */
export function plusCut(m: Model2, points: ClaimPoints, eligible: boolean): Bp {
  const cutFirst = eligible && !m.filing?.ratioTimes && m.ceiling?.cutFirst === true && points.cut > 0;
  const referralFirst = eligible && !m.filing?.ratioTimes && m.ceiling?.unreferredCutFirst === true;
  return m.uplifts.cut + (eligible && !cutFirst ? points.cut : 0) + (eligible && !referralFirst ? (points.referral ?? 0) : 0);
}

/** Bands less a filing's cut (the chronic rules' own, on a group that takes the local inpatient ratio). */
const withCut = (bands: Band[], cut: Bp): Band[] => (cut === 0 ? bands : bands.map((b) => ({ upTo: b.upTo, ratio: Math.max(0, b.ratio - cut) })));

/** The same level's inpatient rules (ratio_of: inpatient); what stops them (an unknown inpatient ratio) stops this claim. */
export function inpatientModel(m: Model2): Model2 {
  const rules = m.inpatient!();
  if (rules.unanswerable) throw rules.unanswerable;
  return rules.model2!;
}

/** The treated disease's group rules (a disease the policy does not list is refused here, naming its diseases). */
function diseaseGroupOf(d: NonNullable<Model2['diseases']>, claim: Claim): GroupRules | undefined {
  if (claim.disease === undefined || !d.value.groups) return undefined;
  if (!findDisease(d, claim.disease)) limitGroup(d, claim);
  return groupRulesOf(d.value, d.path, claim.disease, claim.scheme, claim.status);
}

/** The facility_deductible rules of the claim's facility (each of its kinds that has one); undefined where none. */
function facilityChanges(fd: FacilityDeductibles, facility: string): FacilityDeductibleRule[] | undefined {
  const list = fd.kinds(facility).flatMap((k) => fd.byKind.get(k) ?? []);
  return list.length > 0 ? list : undefined;
}

/**
 * The deductible changed by the facility's rules that apply at this step (`standard`: the level's
 * standard; `charged`: after the shares, the floor and the group's share); an unknown amount is
 * exit 3 naming it. What was applied is recorded for the breakdown.
 */
function adjustAt(d: Fen, list: FacilityDeductibleRule[] | undefined, at: 'standard' | 'charged', m: Model2, r: Rounding, applied: NonNullable<Settlement['deductibleFacility']> | undefined): Fen {
  if (!list) return d;
  const here = list.filter((x) => (x.at ?? 'standard') === at);
  if (here.length === 0) return d;
  for (const x of here) if (x.amount === null) throw unknown(`${x.path}.${x.op}`, x.cite.note);
  // 按低一级医疗机构标准执行: the lower level's standard in place of the level's, before any minus or times
  const down = here.find((x) => x.op === 'lower_level');
  if (down) applied!.push({ kind: down.kind, op: 'lower_level', amount: down.amount!, at, level: down.level });
  const ops: FacilityOp[] = here.flatMap((x) => (x.op === 'lower_level' ? [] : [{ op: x.op, amount: x.amount! }]));
  const minusFirst = m.facilityDeductible!.order !== 'times_first';
  for (const first of minusFirst ? ['minus', 'times'] as const : ['times', 'minus'] as const) for (const x of here) if (x.op === first) applied!.push({ kind: x.kind, op: first, amount: x.amount!, at });
  return facilityAdjusted(down ? down.amount! : d, ops, minusFirst, r);
}

/** The deductible lowered by the schedule, raised to the floor (never above the full one); an unknown floor is exit 3. */
function floorOf(floor: NonNullable<Model2['floor']>, lowered: Fen, full: Fen): Fen {
  if (floor.value === null) throw unknown(floor.path, floor.cite.note);
  return lowered >= floor.value ? lowered : Math.min(floor.value, full);
}

/** The facility the fund does not pay at for this benefit, if the claim names one; throws where the text is silent. */
function facilityOf(rules: Rules, claim: Claim): string | undefined {
  const f = claim.facility === undefined ? undefined : rules.policy.facilities?.[claim.facility];
  if (!f) return undefined;
  const cover = facilityCover(f, claim.benefit);
  if (cover === 'covered') return undefined;
  if (cover === 'refused') return claim.facility;
  throw new PolicyError('unknown_parameter', f.counts_as === null ? M2.facilityUnknown(claim.facility!, f.note) : M2.facilityBenefitUnknown(claim.facility!, f.benefits!, claim.benefit, f.note), 3, 'tier');
}
