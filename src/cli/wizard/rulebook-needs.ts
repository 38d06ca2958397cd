// Which claim inputs of policy model 2 (contract "Rulebook structures") the policy in use needs
// for this claim, read from the version in force: the wizard asks only these, and only where the
// flags did not give them. Pure: no prompts, no terminal. A model-1 policy needs none of them.
import type { Claim } from '../../engine/types.js';
import type { ClaimField } from '../../claim/index.js';
import type { Policy, PolicyVersion, SchemeRulesValue } from '../../policy/schema.js';
import type { AgeBonusValue } from '../../policy/schema-v2.js';
import { versionInForce } from '../../engine/version.js';
import { ageOn } from '../../engine/steps/age.js';
import { ageBonusFor, ageBonusesOf, benefitNames, shareForClaim } from '../../policy/sourced.js';
import { bandFromAdmission } from '../../engine/steps/age-bands.js';
import { differsByStatus, filingKind } from '../../engine/model2.js';
import { isByWhere } from '../../policy/filing-sides.js';
import { FILING_ALIASES, lookup } from '../../claim/aliases.js';
import type { OutKind } from '../../engine/filing-where.js';

/** The inputs a model-2 policy can need, in the order the wizard asks them. */
export type RulebookInput = 'grade' | 'admission' | 'readmission' | 'newborn' | 'discharge' | 'days' | 'age' | 'class_b' | 'class_b_split' | 'disease' | 'filing' | 'where' | 'assistance' | 'uplift_age' | 'disability' | 'emergency' | 'referral' | 'referred' | 'unreferred_emergency' | 'enrolment' | 'incentive' | 'incentive_zero' | 'certified' | 'same_facility';

const INPUTS: ReadonlySet<string> = new Set(['grade', 'admission', 'previous_discharge', 'days', 'age', 'birth_date', 'discharge_date', 'class_b', 'class_b_drugs', 'class_b_items', 'disease', 'diseases', 'filing', 'where', 'assistance', 'disability', 'status_since', 'retirement_processed', 'emergency', 'referred_from', 'referred', 'enrolled', 'insured_years', 'zero_claim_years', 'certified', 'previous_same_facility']);

/** Whether a claim field is one the wizard asks for a model-2 policy (a PolicyError naming it is a question, not a refusal). */
export const isRulebookInput = (field: string): boolean => INPUTS.has(field);

type ClaimSoFar = Pick<Claim, 'date' | 'benefit' | 'scheme'> & Partial<Pick<Claim, 'assistance' | 'status' | 'facility' | 'tier'>>;

function version(policy: Policy, date: string): PolicyVersion | undefined {
  try {
    return versionInForce(policy, date);
  } catch {
    return undefined; // a date the claim parser names
  }
}

const covers = (benefits: readonly string[] | undefined, benefit: string) => benefits === undefined || benefits.includes(benefit);

/** Whether this claim's rules tell temporary filing (临时外出就医已备案) apart from long-term filing: the wizard then offers both. */
export function hasTemporaryFiling(policy: Policy, claim: ClaimSoFar): boolean {
  return version(policy, claim.date)?.benefits[claim.benefit]?.[claim.scheme]?.filing?.temporary !== undefined;
}

const FILED_KINDS = ['filed', 'temporary', 'referral', 'unfiled'] as const;

/** Whether the policy says how emergency care elsewhere counts (filing.emergency): the wizard then offers it. */
export function hasEmergencyFiling(policy: Policy, claim: ClaimSoFar): boolean {
  return version(policy, claim.date)?.benefits[claim.benefit]?.[claim.scheme]?.filing?.emergency !== undefined;
}

/** Whether the rule of the filing kind given (as typed) differs by where the care was (省内市外 / 省外). */
export function filingByWhere(policy: Policy, claim: ClaimSoFar, typed: string | undefined): boolean {
  const rules = version(policy, claim.date)?.benefits[claim.benefit]?.[claim.scheme];
  const kind = typed === undefined ? undefined : lookup(FILING_ALIASES, typed);
  if (!rules?.filing || kind === undefined || kind === 'local') return false;
  // 急诊抢救: the kind it counts as (unknown: either filed kind may need it)
  const e = rules.filing.emergency;
  const kinds = kind !== 'emergency' ? [kind] : e?.value != null ? [e.value] : ['filed', 'temporary'];
  return kinds.some((k) => k !== 'local' && isByWhere(rules.filing![filingKind(rules, k as OutKind)]));
}

/** Whether the claim's rules give a newborn's deductible on the first stay only, or leave it open (newborn_deductible_scope not birth_year). */
export function newbornFirstStayRule(policy: Policy, claim: ClaimSoFar): boolean {
  const scope = version(policy, claim.date)?.benefits[claim.benefit]?.[claim.scheme]?.newborn_deductible_scope;
  return scope !== undefined && scope.value !== 'birth_year';
}

/** The inputs this claim's rules use, in asking order. */
export function rulebookNeeds(policy: Policy, claim: ClaimSoFar): RulebookInput[] {
  const v = version(policy, claim.date);
  if (!v) return [];
  const benefit = v.benefits[claim.benefit];
  const rules = benefit?.[claim.scheme];
  const needs: RulebookInput[] = [];
  if (claim.scheme === 'resident' && policy.grades && Object.keys(policy.grades).length > 0) needs.push('grade');
  if (claim.benefit === 'inpatient' && rules?.deductible_schedule) needs.push('admission');
  // 出院后15日内再次入院视同一次住院: the previous stay's discharge day
  if (claim.benefit === 'inpatient' && rules?.readmission) needs.push('readmission');
  // 在同一定点医疗机构再次住院的: whether the last stay was there (asked only after a previous discharge is given)
  if (claim.benefit === 'inpatient' && rules?.readmission?.same_facility && rules.readmission.same_facility.value !== false) needs.push('same_facility');
  // 医联体内上转…按两级医疗机构起付标准的差额收取: the referring facility's level
  if (claim.benefit === 'inpatient' && rules?.referral_deductible) needs.push('referral');
  // a fund cap a day at the facility chosen (村卫生室每日最高20元) or at its level (一级…每床日最高支付180元): the days this cost covers
  const dayCaps = rules?.facility_day_cap;
  const dayCap = dayCaps !== undefined && ((claim.facility !== undefined && dayCaps[claim.facility] !== undefined) || (claim.tier !== undefined && dayCaps[claim.tier] !== undefined));
  // a stay: its discharge day first (bed-days counted from the dates, bed_days; or a version starting during it, stay_version)
  if (claim.benefit === 'inpatient' && (dayCap || nextVersionDuringStay(policy, claim.date))) needs.push('discharge');
  if (dayCap) needs.push('days');
  // an uplift for some statuses only (退休人员再提高…) is asked of those only
  const forStatus = (statuses: readonly string[] | undefined) => !statuses || claim.status === undefined || statuses.includes(claim.status);
  // the age for an uplift, or for a yearly cap by age (年满70周岁的退休人员4000元)
  if (agesFor(rules, claim).length > 0 || (rules?.age_cap && forStatus(rules.age_cap.statuses))) needs.push('age');
  // 新生儿出生当年住院不设起付标准: the birth date, where the age is not asked anyway (an age of 0 asks it then)
  // (an employee is no newborn: not asked of one)
  else if (rules?.newborn_deductible_share && claim.scheme !== 'employee') needs.push('newborn');
  // 新生儿在出生后90日内参加居民医保的，自出生之日起享受待遇: the enrolment date (a newborn's birth date first)
  if (rules?.newborn_enrolment) needs.push('enrolment');
  // separate rates for drugs and items: asked apart; one rate for both: one question
  const drugs = v.first_pay ? shareForClaim(v.first_pay.drugs, claim.benefit, claim.scheme, claim.status) : undefined;
  const items = v.first_pay ? shareForClaim(v.first_pay.items, claim.benefit, claim.scheme, claim.status) : undefined;
  if (v.first_pay && drugs && items && covers(v.first_pay.benefits, claim.benefit)) needs.push(drugs.v.value === items.v.value ? 'class_b' : 'class_b_split');
  if (benefit?.disease_limits) needs.push('disease');
  // 年度中途认定的，当年支付限额按…比例折算: the day the disease was certified
  if (benefit?.disease_limits?.prorate) needs.push('certified');
  if (rules?.filing) needs.push('filing');
  // 省内市外 / 省外: some kind's rule differs by it (the wizard asks it only for such a kind)
  if (rules?.filing && FILED_KINDS.some((k) => isByWhere(rules.filing![k]))) needs.push('where');
  // a group's share of the deductible (特困人员不设起付标准) asks it even where assistance does not cover the benefit
  const groups = v.assistance && Object.keys(v.assistance.groups).length > 0;
  const layer = v.second_layer?.[claim.scheme];
  const layerGroups = layer?.groups && layer.benefits.includes(claim.benefit);
  const assisted = groups && covers(benefitNames(v.assistance!.benefits), claim.benefit);
  if (assisted || rules?.group_deductible_share || layerGroups) needs.push('assistance');
  // 未成年人、重度残疾人…医疗救助比例提高: asked only of a patient in a group (after the group)
  const uplift = assisted ? v.assistance!.uplift : undefined;
  if (uplift && Object.values(uplift.grounds).some((g) => g.below_age || g.min_age) && !needs.includes('age')) needs.push('uplift_age');
  if (uplift && Object.values(uplift.grounds).some((g) => g.disability)) needs.push('disability');
  // 因急诊在三级医疗机构就诊的，按二级医疗机构比例支付: asked only at a level with such a rule
  // (no level yet, as ask reads a question: any level's rule)
  const er = rules?.emergency_ratio_as;
  if (er && (claim.tier === undefined ? Object.keys(er).length > 0 : er[claim.tier as '1' | '2' | '3'] !== undefined)) needs.push('emergency');
  // 未经转诊自行到三级医疗机构住院的，支付比例降低…急诊、抢救除外: at its levels (no level yet, or levels unknown: any)
  const ur = rules?.unreferred_cut;
  if (ur && (claim.tier === undefined || ur.levels.value === null || ur.levels.value.includes(claim.tier as '1' | '2' | '3'))) {
    needs.push('referred');
    // whether it was an emergency, where the text rules emergencies apart (asked of an unreferred stay only)
    if (ur.emergency && !needs.includes('emergency')) needs.push('unreferred_emergency');
  }
  // 连续参保满4年…每连续参保1年…提高 / 当年基金零报销的…次年提高 (cap_incentive): asked only where the layer pays this benefit
  const inc = layer?.benefits.includes(claim.benefit) ? layer.cap_incentive : undefined;
  if (inc?.continuous) needs.push('incentive');
  if (inc?.zero_claim) needs.push('incentive_zero');
  return needs;
}

/** Days after admission within which a later version's start makes the discharge day worth asking (a long stay). */
const PLAUSIBLE_STAY_DAYS = 180;

/**
 * Whether a version starts after the admission day and within a plausible stay of it, and the
 * policy does not settle every stay by its admission day (stay_version: admission): the discharge
 * day can then decide which version governs, as calc decides it (exit 3 where unknown and it matters).
 */
export function nextVersionDuringStay(policy: Policy, admission: string): boolean {
  if (policy.versions.length < 2 || policy.stay_version?.value === 'admission') return false;
  const until = addDays(admission, PLAUSIBLE_STAY_DAYS);
  return policy.versions.some((v) => v.effective !== null && v.effective > admission && v.effective <= until);
}

/** YYYY-MM-DD plus n days (UTC, no time zone involved). */
function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The version in force has a yearly cap on 家庭共济 (family_year_cap): the wizard asks what was paid by 共济 this year. */
export const familyCapped = (policy: Policy, date: string): boolean => version(policy, date)?.family_year_cap !== undefined;

/**
 * The year-so-far totals the new layers count, for the optional details step: the fund for this
 * benefit alone where a disease limit sits inside the cap, the second layer's burden and payments
 * where it covers this benefit, and medical assistance's where the patient is in a group.
 */
export function yearNeeds(policy: Policy, claim: ClaimSoFar): ClaimField[] {
  const v = version(policy, claim.date);
  if (!v) return [];
  const fields: ClaimField[] = [];
  if (v.benefits[claim.benefit]?.disease_limits) fields.push('ytd_benefit_fund');
  // 一个年度内…累计在3万元（含）以下的部分: the bands count the year's running total (stated, read or unknown)
  const per = v.benefits[claim.benefit]?.[claim.scheme]?.bands?.per;
  if (per && per.value !== 'claim') fields.push('ytd_banded');
  const layer = v.second_layer?.[claim.scheme];
  if (layer && layer.benefits.includes(claim.benefit)) {
    if (layer.base.value === 'burden') fields.push('ytd_burden');
    fields.push('ytd_second');
  }
  const group = claim.assistance === undefined ? undefined : assistanceGroup(policy, claim.date, claim.assistance);
  if (v.assistance && group && covers(benefitNames(v.assistance.benefits), claim.benefit)) {
    fields.push('ytd_assistance');
    if (v.assistance.groups[group]?.threshold) fields.push('ytd_assistance_deductible');
  }
  return fields;
}

/**
 * Whether the day a retiree's status began can change this claim, as calc decides it (engine
 * model2.ts statusChangedThisYear): the policy says what a change within the year does
 * (status_change, known or not), and this benefit's values differ by status. Asked only once the
 * year so far is known not to be empty.
 */
export function statusSinceMatters(policy: Policy, claim: ClaimSoFar): boolean {
  const v = version(policy, claim.date);
  const rules = v?.benefits[claim.benefit]?.[claim.scheme];
  return claim.scheme === 'employee' && claim.status === 'retired' && v?.status_change !== undefined && rules !== undefined && differsByStatus(rules);
}

/** Whether the policy says when a new status starts from the day retirement was processed (status_from, known or not). */
export function hasStatusFrom(policy: Policy, claim: Pick<ClaimSoFar, 'date'>): boolean {
  return version(policy, claim.date)?.status_from !== undefined;
}

/** The cap this claim counts against is shared with other benefits (住院和门诊慢特病合并计算): their names. */
export function sharedCap(policy: Policy, claim: ClaimSoFar): string[] | undefined {
  return version(policy, claim.date)?.benefits[claim.benefit]?.[claim.scheme]?.cap_shared?.benefits;
}

/** The second layer's name for this scheme (大病保险, 大额医疗费用补助), where it covers this benefit. */
export function secondLayerName(policy: Policy, claim: ClaimSoFar): { zh: string; en: string } | undefined {
  const layer = version(policy, claim.date)?.second_layer?.[claim.scheme];
  return layer && layer.benefits.includes(claim.benefit) ? layer.name : undefined;
}

/** The policy's name for an assistance group as typed (its name or an alias), or undefined. */
export function assistanceGroup(policy: Policy, date: string, typed: string): string | undefined {
  const groups = version(policy, date)?.assistance?.groups ?? {};
  const word = typed.trim();
  return Object.keys(groups).find((name) => name === word || (groups[name]!.aliases ?? []).includes(word));
}

/**
 * The policy's names for its groups (特困人员, 低保对象), in its order: assistance's, then those only a
 * deductible share or a second layer's groups name (the text names them for that rule; no assistance).
 */
export function assistanceGroups(policy: Policy, date: string): string[] {
  const v = version(policy, date);
  const names = new Set(Object.keys(v?.assistance?.groups ?? {}));
  for (const b of Object.values(v?.benefits ?? {})) for (const r of [b?.employee, b?.resident]) for (const n of Object.keys(r?.group_deductible_share ?? {})) names.add(n);
  for (const l of [v?.second_layer?.employee, v?.second_layer?.resident]) for (const n of Object.keys(l?.groups ?? {})) names.add(n);
  return [...names];
}

/** Whether assistance's list of groups ends in 等 (assistance.open_groups): the wizard lets a caller name another group. */
export function assistanceListOpen(policy: Policy, date: string): boolean {
  return version(policy, date)?.assistance?.open_groups !== undefined;
}

/** The policy's chronic diseases (the names its limit table uses, with their aliases), in its order. */
export function diseaseNames(policy: Policy, date: string): { name: string; aliases: string[] }[] {
  return (version(policy, date)?.benefits.chronic?.disease_limits?.diseases ?? []).map((d) => ({ name: d.name, aliases: d.aliases ?? [] }));
}

/** The resident grades the policy names ("1" → 一档), in its order. */
export function gradeNames(policy: Policy): { id: string; name: { zh: string; en: string } }[] {
  return Object.entries(policy.grades ?? {}).map(([id, g]) => ({ id, name: g!.name }));
}

/** The claim's age uplifts (one for some statuses only is asked of those only; a status not yet known: all). */
function agesFor(rules: SchemeRulesValue | undefined, claim: Pick<ClaimSoFar, 'status'>): AgeBonusValue[] {
  return ageBonusesOf(rules?.age_bonus, '')
    .map((a) => a.rule)
    .filter((r) => claim.status === undefined || ageBonusFor(r, claim.status));
}

/** The day the policy takes the age on ('admission', 'discharge'), or null where its text does not say (or its age uplifts name different days). */
export function ageDay(policy: Policy, claim: ClaimSoFar): 'admission' | 'discharge' | null {
  const days = new Set(agesFor(version(policy, claim.date)?.benefits[claim.benefit]?.[claim.scheme], claim).map((r) => r.age_on.value));
  return days.size === 1 ? [...days][0]! : null;
}

/**
 * Whether a birth date leaves the discharge day to ask: where an age is taken on discharge, or
 * on a day the text does not name and the stay could cross a bound of the band (turning 18 or 65
 * during the stay would decide; the age on admission decides where it cannot).
 */
export function needsDischarge(policy: Policy, claim: ClaimSoFar, birthDate: string): boolean {
  if (claim.benefit !== 'inpatient') return false;
  const atAdmission = ageOn(birthDate, claim.date);
  return agesFor(version(policy, claim.date)?.benefits[claim.benefit]?.[claim.scheme], claim).some((r) => {
    if (r.age_on.value === 'admission') return false;
    if (r.age_on.value === 'discharge') return true;
    const [min, under] = [r.min_age?.value, r.below_age?.value];
    if (min === null || under === null) return true;
    return bandFromAdmission(atAdmission, { min: min ?? 0, under: under ?? null }) === undefined;
  });
}
