// The wizard's questions for policy model 2 (contract "Rulebook structures"): asked only where the
// policy in use needs the answer for this claim (rulebook-needs.ts) and the flags did not give it,
// in the order a settlement slip uses them: the grade, which stay this is, the age, the 乙类 costs,
// the disease, where the care was, the assistance group. A default only where the contract gives
// one (乙类 0, 本地, no assistance group; the stay: Enter leaves it unsaid, so the engine takes the
// first and says so); none for the grade, the age and the disease, where a guess changes the answer.
// Answers go into the raw claim as typed words, parsed by the same rules as flags and batch cells.
import { given, type ClaimField, type RawClaim } from '../../claim/index.js';
import { parseDate } from '../../claim/values.js';
import { halfWidth } from '../../text/width.js';
import { monthStart, spokenAmount, spokenMonth, spokenNone } from '../../ask/answer.js';
import type { Claim } from '../../engine/types.js';
import { askChoice, askText, type Choice } from '../prompts.js';
import { safeText } from '../../safe-text.js';
import { validatorFor } from './validate.js';
import type { Asking } from './questions.js';
import { ageDay, needsDischarge, assistanceGroups, assistanceListOpen, diseaseNames, filingByWhere, gradeNames, hasEmergencyFiling, hasStatusFrom, hasTemporaryFiling, newbornFirstStayRule, rulebookNeeds } from './rulebook-needs.js';
import { RQ } from './rulebook-text.js';
import { REFERRED_ALIASES, lookup } from '../../claim/aliases.js';

type Text = { zh: string; en: string };
const t = (text: Text, a: Asking) => text[a.lang];

/** A stay's day of admission (--date), where the bed-days or the version turn on it; Enter keeps the default day. */
async function askAdmission(raw: RawClaim, fallback: string, a: Asking): Promise<string> {
  const day = await askText({ message: t(RQ.stayAdmission(fallback), a), validate: (v) => v.trim() === '' || validatorFor(raw, 'date', a)(v) }, a.prompt);
  if (day.trim() === '') return fallback;
  raw.date = day.trim();
  return raw.date;
}

/** Asks what this claim's rules need and the flags did not give. */
export async function askRulebook(raw: RawClaim, claim: Claim, a: Asking): Promise<void> {
  for (const need of rulebookNeeds(a.policy, claim)) {
    if (need === 'grade' && !given(raw.grade)) raw.grade = await askGrade(a);
    if (need === 'admission' && !given(raw.admission)) {
      const stay = await askText({ message: t(RQ.admission, a), validate: (v) => v.trim() === '' || validatorFor(raw, 'admission', a)(v) }, a.prompt);
      if (stay.trim() !== '') raw.admission = stay.trim();
    }
    if (need === 'readmission' && !given(raw.previous_discharge)) {
      // Enter leaves it unsaid: not a readmission
      const days = a.policy.versions.find((v) => v.benefits.inpatient?.[claim.scheme]?.readmission)?.benefits.inpatient?.[claim.scheme]?.readmission?.days.value ?? null;
      const day = await askText({ message: t(RQ.previousDischarge(days), a), validate: (v) => v.trim() === '' || validatorFor(raw, 'previous_discharge', a)(v) }, a.prompt);
      if (day.trim() !== '') raw.previous_discharge = day.trim();
    }
    // 在同一定点医疗机构: asked only where a previous discharge is given (Enter: not said; calc tries both and asks where they differ)
    if (need === 'same_facility' && given(raw.previous_discharge) && !given(raw.previous_same_facility)) {
      const same = await askChoice({ message: t(RQ.previousSameFacility, a), choices: [{ value: 'yes', name: t(RQ.sameFacilityYes, a) }, { value: 'no', name: t(RQ.sameFacilityNo, a) }, { value: '', name: t(RQ.sameFacilityUnknown, a) }], default: 'yes' }, a.prompt);
      if (same !== '') raw.previous_same_facility = same;
    }
    // a stay referred within the 医联体: the referring level (Enter: not referred)
    if (need === 'referral' && !given(raw.referred_from)) {
      const level = await askChoice({ message: t(RQ.referredFrom, a), choices: [{ value: '', name: t(RQ.notReferred, a) }, ...(['1', '2', '3'] as const).map((l) => ({ value: l, name: t(RQ.referredFromLevel(l), a) }))], default: '' }, a.prompt);
      if (level !== '') raw.referred_from = level;
    }
    if (need === 'discharge' && !given(raw.discharge_date) && !given(raw.days)) {
      // the bed-days and the version are counted from the admission: asked first where --date was not given (Enter: today, as before)
      const admitted = given(raw.date) ? claim.date : await askAdmission(raw, claim.date, a);
      // Enter leaves it unsaid: the days are asked next where a cap a bed-day holds, else the admission day's version settles it
      const day = await askText({ message: t(RQ.stayDischarge(admitted), a), validate: (v) => v.trim() === '' || validatorFor(raw, 'discharge_date', a)(v) }, a.prompt);
      if (day.trim() !== '') raw.discharge_date = day.trim();
    }
    // a stay with its discharge day: the bed-days are counted from the two dates (bed_days), as calc counts them
    if (need === 'days' && !given(raw.days) && !(claim.benefit === 'inpatient' && given(raw.discharge_date))) {
      // Enter leaves it unsaid: the engine takes one day and says so where the cap a day held
      // a cap keyed by the level (一级…每床日): the level's name; a stay: its bed-days
      const place = safeText(claim.facility ?? a.policy.tiers[claim.tier]?.name[a.lang] ?? '');
      const days = await askText({ message: t(claim.benefit === 'inpatient' ? RQ.stayDays(place) : RQ.days(place), a), validate: (v) => v.trim() === '' || validatorFor(raw, 'days', a)(v) }, a.prompt);
      if (days.trim() !== '') raw.days = days.trim();
    }
    if (need === 'age' && !given(raw.age) && !given(raw.birth_date)) await askAge(raw, claim, a);
    if (need === 'newborn' && !given(raw.age) && !given(raw.birth_date)) {
      // Enter leaves it unsaid: the engine takes the patient as not born this year and says so
      const born = await askText({ message: t(RQ.newbornBirth(claim.date.slice(0, 4)), a), validate: (v) => v.trim() === '' || validatorFor(raw, 'birth_date', a)(v) }, a.prompt);
      if (born.trim() !== '') raw.birth_date = born.trim();
    }
    // 出生后首次住院 (newborn_deductible_scope): a newborn of the claim's year is asked which stay since birth this is
    if (need === 'newborn' && newbornFirstStayRule(a.policy, claim) && !given(raw.admission) && typeof raw.birth_date === 'string' && raw.birth_date.trim().slice(0, 4) === claim.date.slice(0, 4)) {
      const stay = await askText({ message: t(RQ.newbornAdmission, a), validate: (v) => v.trim() === '' || validatorFor(raw, 'admission', a)(v) }, a.prompt);
      if (stay.trim() !== '') raw.admission = stay.trim();
    }
    if (need === 'certified' && !given(raw.certified)) {
      // Enter: certified before this year (the whole limit), said where it could matter
      const day = await askText({ message: t(RQ.certified(claim.date.slice(0, 4)), a), validate: (v) => v.trim() === '' || validatorFor(raw, 'certified', a)(v) }, a.prompt);
      if (day.trim() !== '') raw.certified = day.trim();
    }
    if (need === 'enrolment' && !given(raw.enrolled)) {
      // the birth date first (Enter: not a newborn, nothing more asked); then the enrolment (Enter: in time, said)
      if (!given(raw.birth_date)) {
        const born = await askText({ message: t(RQ.newbornBirth(claim.date.slice(0, 4)), a), validate: (v) => v.trim() === '' || validatorFor(raw, 'birth_date', a)(v) }, a.prompt);
        if (born.trim() !== '') raw.birth_date = born.trim();
      }
      if (given(raw.birth_date)) {
        const day = await askText({ message: t(RQ.enrolled, a), validate: (v) => v.trim() === '' || validatorFor(raw, 'enrolled', a)(v) }, a.prompt);
        if (day.trim() !== '') raw.enrolled = day.trim();
      }
    }
    const noClassB = !given(raw.class_b) && !given(raw.class_b_drugs) && !given(raw.class_b_items);
    if (need === 'class_b' && noClassB) raw.class_b = await askMoney(raw, 'class_b', RQ.classB, a);
    if (need === 'class_b_split' && noClassB) {
      raw.class_b_drugs = await askMoney(raw, 'class_b_drugs', RQ.classBDrugs, a);
      raw.class_b_items = await askMoney(raw, 'class_b_items', RQ.classBItems, a);
    }
    if (need === 'disease' && !given(raw.disease)) await askDiseases(raw, claim, a);
    if (need === 'filing' && !given(raw.filing)) raw.filing = await askFiling(claim, a);
    if (need === 'where' && !given(raw.where) && filingByWhere(a.policy, claim, raw.filing)) raw.where = await askWhere(a);
    if (need === 'assistance' && !given(raw.assistance)) {
      const group = await askAssistance(claim, a);
      if (group !== '') raw.assistance = group;
    }
    // an assistance uplift (未成年人、重度残疾人): asked of a patient in a group only
    if (need === 'uplift_age' && given(raw.assistance) && !given(raw.age) && !given(raw.birth_date)) await askAge(raw, claim, a);
    if (need === 'disability' && given(raw.assistance) && !given(raw.disability)) {
      const grade = await askChoice({ message: t(RQ.disability, a), choices: [{ value: '', name: t(RQ.noDisability, a) }, ...(['1', '2', '3', '4'] as const).map((g) => ({ value: g, name: t(RQ.disabilityGrade(g), a) }))], default: '' }, a.prompt);
      if (grade !== '') raw.disability = grade;
    }
    // an emergency visit at a level that pays it at another level's ratio: Enter is no (the engine says it took none where it is not said)
    if (need === 'emergency' && !given(raw.emergency)) {
      raw.emergency = await askChoice({ message: t(RQ.emergency, a), choices: [{ value: 'no', name: t(RQ.emergencyNo, a) }, { value: 'yes', name: t(RQ.emergencyYes, a) }], default: 'no' }, a.prompt);
    }
    // 参保激励: the continuous years and the years without reimbursement (Enter: not said, no raise, said by the engine where it matters)
    if (need === 'incentive' && !given(raw.insured_years)) {
      const n = await askText({ message: t(RQ.insuredYears, a), validate: (v) => v.trim() === '' || validatorFor(raw, 'insured_years', a)(v) }, a.prompt);
      if (n.trim() !== '') raw.insured_years = n.trim();
    }
    if (need === 'incentive_zero' && !given(raw.zero_claim_years)) {
      const n = await askText({ message: t(RQ.zeroClaimYears, a), validate: (v) => v.trim() === '' || validatorFor(raw, 'zero_claim_years', a)(v) }, a.prompt);
      if (n.trim() !== '') raw.zero_claim_years = n.trim();
    }
    // 未经转诊…降低: referred or not, with no default (a guess changes the answer); a referring facility already says yes
    if (need === 'referred' && !given(raw.referred) && !given(raw.referred_from)) {
      raw.referred = await askChoice({ message: t(RQ.referred, a), choices: [{ value: 'yes', name: t(RQ.referredYes, a) }, { value: 'no', name: t(RQ.referredNo, a) }] }, a.prompt);
    }
    // 急诊、抢救除外: asked of a stay that was not referred (Enter: not an emergency, said by the engine)
    if (need === 'unreferred_emergency' && !given(raw.emergency) && raw.referred !== undefined && lookup(REFERRED_ALIASES, raw.referred) === 'no') {
      raw.emergency = await askChoice({ message: t(RQ.unreferredEmergency, a), choices: [{ value: 'no', name: t(RQ.emergencyNo, a) }, { value: 'yes', name: t(RQ.emergencyYes, a) }], default: 'no' }, a.prompt);
    }
  }
}

/** The inputs a claim complete in every other way can still lack, with no default to take (the engine names them). */
export type RequiredInput = 'grade' | 'age' | 'discharge_date' | 'disease' | 'where';
export const REQUIRED_INPUTS: readonly string[] = ['grade', 'age', 'discharge_date', 'disease', 'where'];

/** Asks one input the engine found missing, with the question the wizard asks for it. */
export async function askRequired(field: RequiredInput, raw: RawClaim, claim: Claim, a: Asking): Promise<void> {
  if (field === 'grade') raw.grade = await askGrade(a);
  else if (field === 'age') await askAge(raw, claim, a);
  else if (field === 'disease') await askDiseases(raw, claim, a);
  else if (field === 'where') raw.where = await askWhere(a);
  else raw.discharge_date = await askDischarge(raw, a);
}

function askGrade(a: Asking): Promise<string> {
  const choices = gradeNames(a.policy).map((g) => ({ value: g.id, name: safeText(g.name[a.lang]) }));
  return askWithoutDefault(t(RQ.grade, a), choices, t(RQ.gradeNeeded, a), a);
}

/**
 * A list with no default: a list highlights its first entry, so Enter would take it unseen; here
 * the first entry is "请选择", and Enter on it asks again with the reason (the grade or the disease
 * decides the answer, so nothing is guessed).
 */
async function askWithoutDefault(message: string, choices: Choice<string>[], reason: string, a: Asking): Promise<string> {
  // a dumb terminal's numbered list has no highlight: Enter there is refused as it is
  if (a.prompt.plain) return askChoice({ message, choices }, a.prompt);
  const list = [{ value: '', name: t(RQ.pick, a) }, ...choices];
  let chosen = await askChoice({ message, choices: list, default: '' }, a.prompt);
  while (chosen === '') chosen = await askChoice({ message: `${message}\n  ${reason}`, choices: list, default: '' }, a.prompt);
  return chosen;
}

/** Whether a typed answer is a date (a birth date) rather than a number of years. */
const isDay = (typed: string): boolean => /[-/.年]/.test(typed) && parseDate(halfWidth(typed)).ok;

/**
 * The age in full years, or the birth date (then the engine takes the age on the day the policy
 * names: the admission or the discharge, which is then asked where the policy takes it).
 */
async function askAge(raw: RawClaim, claim: Claim, a: Asking): Promise<void> {
  const day = ageDay(a.policy, claim);
  const fieldOf = (typed: string): ClaimField => (isDay(typed) ? 'birth_date' : 'age');
  const validate = (typed: string) => (typed.trim() === '' ? t(RQ.ageNeeded, a) : validatorFor(raw, fieldOf(typed), a)(typed));
  const answer = (await askText({ message: t(RQ.age(day), a), validate }, a.prompt)).trim();
  raw[fieldOf(answer)] = answer;
  const birth = fieldOf(answer) === 'birth_date' ? parseDate(halfWidth(answer)) : undefined;
  if (birth?.ok && !given(raw.discharge_date) && needsDischarge(a.policy, claim, birth.value)) raw.discharge_date = await askDischarge(raw, a);
}

async function askDischarge(raw: RawClaim, a: Asking): Promise<string> {
  const check = validatorFor(raw, 'discharge_date', a);
  return (await askText({ message: t(RQ.discharge, a), validate: (v) => (v.trim() === '' ? t(RQ.dischargeNeeded, a) : check(v)) }, a.prompt)).trim();
}

/** An amount (0 by default), read as the wizard's other amounts are (src/ask/answer.ts). */
async function askMoney(raw: RawClaim, field: ClaimField, message: Text, a: Asking): Promise<string> {
  const read = (typed: string) => (spokenNone(typed) ? '0' : (spokenAmount(typed) ?? typed.trim()));
  const check = validatorFor(raw, field, a);
  return read(await askText({ message: t(message, a), default: '0', validate: (typed) => check(read(typed)) }, a.prompt));
}

/** The disease treated, then any others the patient has (the limit depends on all of them). */
async function askDiseases(raw: RawClaim, claim: Claim, a: Asking): Promise<void> {
  const diseases = diseaseNames(a.policy, claim.date);
  const choices: Choice<string>[] = diseases.map((d) => ({
    value: d.name,
    name: safeText(d.aliases.length > 0 ? `${d.name}(${d.aliases.join('、')})` : d.name),
    short: safeText(d.name),
  }));
  const disease = await askWithoutDefault(t(RQ.disease, a), choices, t(RQ.diseaseNeeded, a), a);
  raw.disease = disease;
  if (given(raw.diseases)) return;
  const all = [disease];
  for (;;) {
    const left = choices.filter((c) => !all.includes(c.value));
    if (left.length === 0) break;
    const more = await askChoice({ message: t(RQ.otherDiseases, a), choices: [{ value: '', name: t(RQ.noMore, a) }, ...left], default: '' }, a.prompt);
    if (more === '') break;
    all.push(more);
  }
  if (all.length > 1) raw.diseases = all.join('、');
}

/** Where the care was; temporary filing offered only where the policy tells it apart (then `filed` is the long-term kind). */
function askFiling(claim: Claim, a: Asking): Promise<string> {
  const temporary = hasTemporaryFiling(a.policy, claim);
  const emergency = hasEmergencyFiling(a.policy, claim);
  const kinds = (['local', 'filed', 'temporary', 'referral', 'unfiled', 'emergency'] as const).filter((f) => (f !== 'temporary' || temporary) && (f !== 'emergency' || emergency));
  const choices = kinds.map((f) => ({ value: f, name: t(f === 'filed' && temporary ? RQ.filingLongTerm : RQ.filingChoice[f], a) }));
  return askChoice({ message: t(RQ.filing, a), choices, default: 'local' }, a.prompt);
}

/** 省内市外 or 省外: no default, the two are paid differently. */
function askWhere(a: Asking): Promise<string> {
  const choices = (['in_province', 'out_of_province'] as const).map((w) => ({ value: w, name: t(RQ.whereChoice[w], a) }));
  return askWithoutDefault(t(RQ.where, a), choices, t(RQ.where, a), a);
}

/** The group, from the policy's list; where the list ends in 等 (assistance.open_groups) another group may be typed (the engine answers it or says it is unknown). */
async function askAssistance(claim: Claim, a: Asking): Promise<string> {
  const groups = assistanceGroups(a.policy, claim.date).map((g) => ({ value: g, name: safeText(g) }));
  const OTHER = '\u0000other';
  const other = assistanceListOpen(a.policy, claim.date) ? [{ value: OTHER, name: t(RQ.otherAssistance, a) }] : [];
  const picked = await askChoice({ message: t(RQ.assistance, a), choices: [{ value: '', name: t(RQ.noAssistance, a) }, ...groups, ...other], default: '' }, a.prompt);
  if (picked !== OTHER) return picked;
  return (await askText({ message: t(RQ.otherAssistanceName, a), validate: (v) => v.trim() !== '' || t(RQ.otherAssistanceName, a) }, a.prompt)).trim();
}

/**
 * The day a retiree's status began, asked where a change within the claim's year counts
 * (statusSinceMatters) and the year so far is not empty. Enter: retired before that year. A year
 * and month is enough (2025年3月: taken as its first day), except January of the claim's year.
 */
export async function askStatusSince(raw: RawClaim, claim: Claim, a: Asking): Promise<void> {
  // 自办理退休手续的次月1日起 (status_from): the day retirement was processed, the start worked out by calc
  const processed = hasStatusFrom(a.policy, claim);
  const field = processed ? 'retirement_processed' : 'status_since';
  const year = claim.date.slice(0, 4);
  const read = (typed: string): string | undefined => {
    const month = spokenMonth(typed);
    return month ? monthStart(month, Number(year)) : typed.trim();
  };
  const validate = (typed: string) => {
    if (typed.trim() === '') return true;
    const value = read(typed);
    return value === undefined ? t(RQ.statusSinceDay(year), a) : validatorFor(raw, field, a)(value);
  };
  const answer = await askText({ message: t(processed ? RQ.retirementProcessed(year) : RQ.statusSince(year), a), validate }, a.prompt);
  if (answer.trim() !== '') raw[field] = read(answer)!;
}
