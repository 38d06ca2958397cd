// The numbers the spoken script rests on, derived once from an explanation so that every
// sentence is chosen by the numbers and never by a guess: the annual deductible, what was met
// before this visit, what this visit applied and what is still to go after it; the cap, what
// the fund paid before and what was left; and who pays the share. Pure arithmetic, no words.
import type { Bp, Explanation, Fen } from '../../engine/types.js';
import { SCHEME_NAMES } from '../../engine/messages.js';

export interface SayFacts {
  amount: Fen;
  outOfScope: Fen;
  inScope: Fen;
  eligible: boolean;
  /** The annual deductible; null when the claim is refused (no deductible used). */
  deductible: Fen | null;
  /** The deductible counts over the calendar year (else per admission, or not stated: charged in full). */
  yearly: boolean;
  /** An inpatient stay (a cap a day is said per bed-day). */
  stay: boolean;
  /** The deductible's value is not stated by the sources: inferred, assumed (--set) or a reading. */
  deductibleNotStated: boolean;
  /** Policy model 2: the assistance group whose own share of the deductible applied (特困人员 none, 低保对象 half). */
  group: string | undefined;
  /** Policy model 2: why no deductible was charged where the policy's own rule waived it (a newborn in the birth year; a readmission within N days: its days). */
  waived: { newborn: true } | { readmissionDays: number } | undefined;
  /** Deductible met earlier this year (the claim's ytd_deductible); 0 when the deductible is not yearly. */
  metBefore: Fen;
  /** Deductible still to go before this visit: max(0, deductible − metBefore). */
  toGoBefore: Fen;
  /** The part of this visit's in-scope amount that went to the deductible. */
  applied: Fen;
  /** Deductible still to go after this visit. */
  toGoAfter: Fen;
  /** In-scope amount above the deductible, to which the ratio applies. */
  aboveDeductible: Fen;
  ratio: Bp | null;
  /** The ratio is stated as the person's share (个人自付8%): said with it. */
  selfPay: boolean;
  fundBeforeCap: Fen;
  /** The annual cap; null when unknown (not applied). */
  cap: Fen | null;
  /** What the fund paid earlier this year (the claim's ytd_fund). */
  fundBefore: Fen;
  capLeft: Fen | null;
  /** The limit that binds where it is a chronic disease's (the claim's scheme's, e.g. 职工医保门诊慢特病年度支付限额); undefined: the annual cap (封顶线). */
  capName: { zh: string; en: string } | undefined;
  fundPays: Fen;
  patientShare: Fen;
  accountPays: Fen;
  familyPays: Fen;
  cashDue: Fen;
  /** visit_cap cut the fund: what it would have paid for this visit without it; undefined where it did not. */
  beforeVisitCap: Fen | undefined;
  /** deductible_year_cap cut this stay's deductible: the deductible before, and what earlier stays were charged this year. */
  yearCapped: { before: Fen; charged: Fen } | undefined;
  /** facility_deductible: the changes the facility made to the deductible (中医医院 −100, 民营医院 ×120%). */
  atFacility: NonNullable<Explanation['result']['deductibleFacility']> | undefined;
  /** facilities.<name>.levels: the kinds whose rules this level leaves out (一级中医医院), with the levels they hold at. */
  outside: NonNullable<Explanation['result']['facilityOutside']> | undefined;
  /** family_year_cap in play: the cap, whose year, what was paid before and left, whether it held the family's payment. */
  familyCap: Explanation['result']['familyYearCap'];
  /** uplift_ceiling: the ceilings that held this claim's ratio, with the uplifts named where there are several. */
  ceilings: Array<{ max: Bp; uplifts: string[] }> | undefined;
}

/** Warnings that say a value is not stated as such (the period warning is about accumulation, not the value). */
const NOT_STATED = new Set(['inferred', 'user', 'reading']);

/** The deductible rests on an inference, a --set or a reading (its warning names the deductible's path). */
function deductibleNotStated(e: Explanation): boolean {
  const path = `${e.claim.benefit}.${e.claim.scheme}.deductible`;
  return e.warnings.some((w) => NOT_STATED.has(w.kind) && w.path !== undefined && (w.path === path || w.path.startsWith(`${path}.`)));
}

export function sayFacts(e: Explanation): SayFacts {
  const r = e.result;
  const yearly = e.deductiblePeriod === 'year';
  const metBefore = yearly ? r.deductibleMetBefore : 0;
  const toGoBefore = r.deductible === null ? 0 : Math.max(0, r.deductible - metBefore);
  // policy model 2: a chronic disease's limit said as the cap where it is the one that binds
  const limit = r.diseaseLimitRemaining !== null && (r.capRemaining === null || r.diseaseLimitRemaining < r.capRemaining);
  return {
    amount: r.amount,
    outOfScope: r.outOfScope,
    inScope: r.inScope,
    eligible: r.eligible,
    deductible: r.deductible,
    yearly,
    stay: e.claim.benefit === 'inpatient',
    deductibleNotStated: deductibleNotStated(e),
    group: r.deductibleGroup,
    waived: r.deductibleNewborn === 0 ? { newborn: true } : r.readmission?.within && r.readmission.noDeductible ? { readmissionDays: r.readmission.days } : undefined,
    metBefore,
    toGoBefore,
    applied: r.deductibleApplied,
    toGoAfter: toGoBefore - r.deductibleApplied,
    aboveDeductible: r.inScope - r.firstPay - (r.firstShare ?? 0) - r.deductibleApplied,
    ratio: r.ratio,
    selfPay: e.selfPay === true,
    fundBeforeCap: r.fundBeforeCap,
    cap: limit ? r.diseaseLimit : r.cap,
    fundBefore: limit ? r.diseaseLimit! - r.diseaseLimitRemaining! : e.claim.ytdFund,
    capLeft: limit ? r.diseaseLimitRemaining : r.capRemaining,
    capName: limit ? { zh: `${SCHEME_NAMES[e.claim.scheme].zh}门诊慢特病年度支付限额`, en: `${SCHEME_NAMES[e.claim.scheme].en} chronic-disease limit` } : undefined,
    fundPays: r.fundPays,
    patientShare: r.patientShare,
    accountPays: r.accountPays,
    familyPays: r.familyPays,
    cashDue: r.cashDue,
    beforeVisitCap: r.fundBeforeVisitCap,
    atFacility: r.deductibleFacility,
    outside: r.facilityOutside,
    familyCap: r.familyYearCap,
    // one ceiling is said as 提高后; of several, each with the uplifts it held (as the breakdown says them)
    ceilings: r.upliftCeilings?.map((c) => ({ max: c.max, uplifts: c.several ? c.uplifts : [] })),
    yearCapped: r.deductibleBeforeYearCap === undefined ? undefined : { before: r.deductibleBeforeYearCap, charged: e.claim.ytdDeductible },
  };
}

/** How this visit stands against the deductible, the one choice every deductible sentence rests on. */
export type DeductibleCase =
  | 'none' // no deductible (0), or the claim is refused
  | 'met_before' // fully met by earlier visits: nothing of this visit goes to it
  | 'nothing_in_scope' // still to go, but this visit has no in-scope amount to meet it with
  | 'met_now' // this visit meets what was still to go, with money left above it
  | 'met_exactly' // this visit's in-scope amount is exactly what was still to go
  | 'not_met'; // all of this visit's in-scope amount goes to it and some is still to go

export function deductibleCase(f: SayFacts): DeductibleCase {
  if (f.deductible === null || f.deductible === 0 || !f.eligible) return 'none';
  if (f.toGoBefore === 0) return 'met_before';
  if (f.inScope === 0) return 'nothing_in_scope';
  if (f.toGoAfter > 0) return 'not_met';
  return f.aboveDeductible > 0 ? 'met_now' : 'met_exactly';
}

/** How the cap bears on this visit. */
export type CapCase =
  | 'not_reached' // unknown, or what the ratio gives fits under what is left
  | 'used_up' // nothing was left before this visit
  | 'limits_first' // this visit alone would exceed the year's cap (nothing used before)
  | 'limits_rest' // the fund paid earlier, and only part of the cap was left
  | 'limits_day' // a cap a day at the facility (facility_day_cap) paid less than the year's cap leaves
  | 'limits_visit'; // the cap of one visit (visit_cap) paid less than the rest would

export function capCase(f: SayFacts): CapCase {
  if (f.beforeVisitCap !== undefined) return 'limits_visit';
  if (f.fundPays < f.fundBeforeCap && (f.capLeft === null || f.fundPays < f.capLeft)) return 'limits_day';
  if (f.capLeft === null || f.fundBeforeCap <= f.capLeft) return 'not_reached';
  if (f.capLeft === 0) return 'used_up';
  return f.fundBefore > 0 ? 'limits_rest' : 'limits_first';
}
