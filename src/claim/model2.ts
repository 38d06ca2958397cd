// The claim inputs of policy model 2 (contract "Rulebook structures"): the admission number,
// discharge and birth dates, age, 乙类 costs, resident grade, chronic diseases, out-of-area
// filing, assistance group and the year's running totals. Each is optional; a claim that gives
// none of them (every model-1 claim, every batch row of model 1) costs one scan of the fields.
import type { Claim, Fen, Filing, Grade, Where } from '../engine/types.js';
import { MODEL2_FIELDS, given, type ClaimField, type RawClaim } from './fields.js';
import { Problem, oneOf } from './problem.js';
import { parseDate } from './values.js';
import { countOf } from '../text/numbers.js';
import { DISABILITY_ALIASES, EMERGENCY_ALIASES, REFERRED_ALIASES, SAME_FACILITY_ALIASES, FILING_ALIASES, GRADE_ALIASES, WHERE_ALIASES } from './aliases.js';
import { model2ClaimMessages as M } from './messages.js';

export { MODEL2_FIELDS };

type Model2Claim = Pick<
  Claim,
  | 'admission'
  | 'days'
  | 'dischargeDate'
  | 'statusSince'
  | 'retirementProcessed'
  | 'age'
  | 'birthDate'
  | 'previousDischarge'
  | 'classB'
  | 'classBDrugs'
  | 'classBItems'
  | 'grade'
  | 'disability'
  | 'disease'
  | 'diseases'
  | 'filing'
  | 'where'
  | 'assistance'
  | 'assistanceGroups'
  | 'ytdBenefitFund'
  | 'ytdDiseaseFund'
  | 'ytdDiseaseDeductible'
  | 'ytdBurden'
  | 'ytdSecond'
  | 'ytdAssistance'
  | 'ytdAssistanceDeductible'
  | 'ytdFamilyPaid'
  | 'ytdFamilyReceived'
  | 'ytdBanded'
  | 'emergency'
  | 'referredFrom'
  | 'referred'
  | 'insuredYears'
  | 'zeroClaimYears'
  | 'enrolled'
  | 'certified'
  | 'previousSameFacility'
  | 'assistanceSince'
  | 'ytdBurdenSince'
>;

const MONEY: readonly [ClaimField, keyof Model2Claim][] = [
  ['class_b', 'classB'],
  ['class_b_drugs', 'classBDrugs'],
  ['class_b_items', 'classBItems'],
  ['ytd_benefit_fund', 'ytdBenefitFund'],
  ['ytd_burden', 'ytdBurden'],
  ['ytd_second', 'ytdSecond'],
  ['ytd_assistance', 'ytdAssistance'],
  ['ytd_assistance_deductible', 'ytdAssistanceDeductible'],
  ['ytd_family_paid', 'ytdFamilyPaid'],
  ['ytd_family_received', 'ytdFamilyReceived'],
  ['ytd_banded', 'ytdBanded'],
  ['ytd_burden_since', 'ytdBurdenSince'],
];

/** A whole number from `min` to `max`, as typed (第2次, 2次, 第二次, 二 too, for the admission; 七十二岁 for the age; 3天 for the days). */
function whole(raw: RawClaim, field: ClaimField, min: number, max: number): number | undefined {
  const text = raw[field];
  if (!given(text)) return undefined;
  const t = text.trim().replace(/^第/, '').replace(/[次岁周天年]+$/, '');
  const n = countOf(t);
  if (n === undefined || n < min || n > max) throw new Problem(field, 'invalid', M.notWhole(field, text, min, max));
  return n;
}

function day(raw: RawClaim, field: ClaimField): string | undefined {
  const text = raw[field];
  if (!given(text)) return undefined;
  const d = parseDate(text);
  if (!d.ok) throw new Problem(field, 'invalid', M.notDay(field, text));
  return d.value;
}

function word(raw: RawClaim, field: ClaimField): string | undefined {
  const text = raw[field];
  return given(text) ? text.trim() : undefined;
}

/** Assistance groups as typed: commas, 、, semicolons or + between them (a group's own name has none of these). */
const groupNames = (text: string): string[] => text.split(/[,，、;；+＋]/).map((n) => n.trim()).filter((n) => n.length > 0);

/** Names separated by commas, 、 or semicolons. */
const names = (text: string): string[] => text.split(/[,，、;；]/).map((n) => n.trim()).filter((n) => n.length > 0);

/** "糖尿病=1000,高血压=500" (a repeated flag joins its values with commas). */
function diseaseFunds(raw: RawClaim, money: (raw: RawClaim, field: ClaimField) => Fen | undefined, field: 'ytd_disease_fund' | 'ytd_disease_deductible' = 'ytd_disease_fund'): Record<string, Fen> | undefined {
  const text = raw[field];
  if (!given(text)) return undefined;
  const out: Record<string, Fen> = {};
  for (const part of names(text)) {
    const eq = part.search(/[=＝:：]/);
    if (eq <= 0) throw new Problem(field, 'invalid', M.notDiseaseFund(part, field));
    const fen = money({ [field]: part.slice(eq + 1) }, field);
    if (fen === undefined) throw new Problem(field, 'invalid', M.notDiseaseFund(part, field));
    const name = part.slice(0, eq).trim();
    out[name] = (out[name] ?? 0) + fen;
  }
  return out;
}

/**
 * The model-2 fields a source of raw claims can give (batch: its columns and flags), and its money
 * fields among them: worked out once per source, so that a row is not scanned for the others.
 */
export interface Model2Plan {
  fields: readonly ClaimField[];
  money: readonly (readonly [ClaimField, keyof Model2Claim])[];
}

/** The plan of a source that can give `fields`. */
export const model2Plan = (fields: readonly ClaimField[]): Model2Plan => ({
  fields: MODEL2_FIELDS.filter((f) => fields.includes(f)),
  money: MONEY.filter(([f]) => fields.includes(f)),
});

const EVERY_FIELD = model2Plan(MODEL2_FIELDS);

/** Whether the raw claim gives any of the plan's fields (a model-1 row: none, one scan). */
function anyGiven(raw: RawClaim, fields: readonly ClaimField[]): boolean {
  for (let i = 0; i < fields.length; i++) if (raw[fields[i]!] !== undefined) return true;
  return false;
}

/** Sets `key` on the claim when the value is given. */
function put<K extends keyof Model2Claim>(out: Partial<Model2Claim>, key: K, value: Model2Claim[K] | undefined): void {
  if (value !== undefined) out[key] = value;
}

/**
 * Sets the model-2 fields the raw claim gives on `out` (the claim); a model-1 claim is left as it
 * is. `plan`: the fields its source can give (every field when not said).
 */
export function model2Fields(raw: RawClaim, date: string, money: (raw: RawClaim, field: ClaimField) => Fen | undefined, out: Partial<Model2Claim>, plan: Model2Plan = EVERY_FIELD): void {
  if (!anyGiven(raw, plan.fields)) return;
  put(out, 'admission', whole(raw, 'admission', 1, 366));
  put(out, 'days', whole(raw, 'days', 1, 366));
  put(out, 'age', whole(raw, 'age', 0, 150));
  // 连续参保满4年…之后每连续参保1年 / 当年基金零报销的: the years as the text counts them (8年 too)
  put(out, 'insuredYears', whole(raw, 'insured_years', 0, 150));
  put(out, 'zeroClaimYears', whole(raw, 'zero_claim_years', 0, 150));
  const discharge = day(raw, 'discharge_date');
  if (discharge !== undefined && discharge < date) throw new Problem('discharge_date', 'invalid', M.dischargeBeforeDate());
  put(out, 'dischargeDate', discharge);
  const birth = day(raw, 'birth_date');
  if (birth !== undefined && birth > date) throw new Problem('birth_date', 'invalid', M.birthAfterDate());
  put(out, 'birthDate', birth);
  const previous = day(raw, 'previous_discharge');
  if (previous !== undefined && previous > date) throw new Problem('previous_discharge', 'invalid', M.previousDischargeAfterDate());
  put(out, 'previousDischarge', previous);
  // 新生儿在出生后90日内参加居民医保的 (newborn_enrolment): the day of enrolment, never before the birth
  const enrolled = day(raw, 'enrolled');
  if (enrolled !== undefined && birth !== undefined && enrolled < birth) throw new Problem('enrolled', 'invalid', M.enrolledBeforeBirth());
  put(out, 'enrolled', enrolled);
  // 年度中途认定的 (disease_limits.prorate): the day the treated disease was certified, on or before the visit
  const certified = day(raw, 'certified');
  if (certified !== undefined && certified > date) throw new Problem('certified', 'invalid', M.certifiedAfterDate());
  put(out, 'certified', certified);
  // 在同一定点医疗机构再次住院的: whether the previous stay was here (yes / no as typed)
  const sameFacility = word(raw, 'previous_same_facility');
  if (sameFacility !== undefined) out.previousSameFacility = oneOf('previous_same_facility', sameFacility, SAME_FACILITY_ALIASES) === 'yes';
  const since = day(raw, 'status_since');
  if (since !== undefined && since > date) throw new Problem('status_since', 'invalid', M.statusSinceAfterDate());
  put(out, 'statusSince', since);
  // 办理退休手续的日期: the policy's status_from turns it into the status-since day (engine status-from.ts)
  put(out, 'retirementProcessed', day(raw, 'retirement_processed'));
  const joined = day(raw, 'assistance_since');
  if (joined !== undefined && joined > date) throw new Problem('assistance_since', 'invalid', M.assistanceSinceAfterDate());
  put(out, 'assistanceSince', joined);
  for (const [field, key] of plan.money) put(out, key, money(raw, field) as never);
  const grade = word(raw, 'grade');
  if (grade !== undefined) out.grade = oneOf('grade', grade, GRADE_ALIASES) as Grade;
  put(out, 'disease', word(raw, 'disease'));
  const all = word(raw, 'diseases');
  if (all !== undefined) out.diseases = names(all);
  const filing = word(raw, 'filing');
  if (filing !== undefined) out.filing = oneOf('filing', filing, FILING_ALIASES) as Filing;
  const where = word(raw, 'where');
  if (where !== undefined) out.where = oneOf('where', where, WHERE_ALIASES) as Where;
  // 省外 with no filing would be settled as local care: never silently
  if (out.where !== undefined && (out.filing === undefined || out.filing === 'local')) throw new Problem('where', 'invalid', M.whereNeedsFiling());
  // several groups (低保对象、重度残疾人): each named, the first standing in until several_groups picks (engine several-groups.ts)
  const groups = word(raw, 'assistance');
  if (groups !== undefined) {
    const each = [...new Set(groupNames(groups))];
    out.assistance = each.length > 1 ? each[0]! : groups;
    if (each.length > 1) out.assistanceGroups = each;
  }
  // 因急诊在三级医疗机构就诊的: yes or no as typed (急诊 / 非急诊)
  const emergency = word(raw, 'emergency');
  if (emergency !== undefined) out.emergency = oneOf('emergency', emergency, EMERGENCY_ALIASES) === 'yes';
  // 医联体内转诊: the referring facility as typed (a level or a facility of the policy: the engine reads it, and refuses it beside out-of-area care)
  const referred = word(raw, 'referred_from');
  put(out, 'referredFrom', referred);
  // 未经转诊自行…住院的: referred or not as typed (转诊 / 未转诊); a referring facility says it was
  const wasReferred = word(raw, 'referred');
  if (wasReferred !== undefined) out.referred = oneOf('referred', wasReferred, REFERRED_ALIASES) === 'yes';
  if (out.referred === false && referred !== undefined) throw new Problem('referred', 'invalid', M.referredConflict());
  const disability = word(raw, 'disability');
  if (disability !== undefined) out.disability = oneOf('disability', disability, DISABILITY_ALIASES) as NonNullable<Claim['disability']>;
  put(out, 'ytdDiseaseFund', diseaseFunds(raw, money));
  put(out, 'ytdDiseaseDeductible', diseaseFunds(raw, money, 'ytd_disease_deductible'));
  // the burden since the group began is part of the year's
  if (out.ytdBurdenSince !== undefined && out.ytdBurden !== undefined && out.ytdBurdenSince > out.ytdBurden) throw new Problem('ytd_burden_since', 'invalid', M.burdenSinceAboveYear());
}
