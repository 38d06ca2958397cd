// `--format json`: exactly the contract's shape (schema "yibao.explanation/2": every key of /1
// with its meaning, plus the layers of policy model 2). Money is a
// string with two decimals, a ratio a string with two or more, an unknown value null. The
// "result" object is the engine's resultJson, the same view batch output uses.
import { formatBp, formatFen } from '../../money/money.js';
import type { Bp, Claim, Fen } from '../../engine/types.js';
import { resultJson } from '../../engine/result.js';
import { VERSION } from '../../version.js';
import { fullSource } from './format.js';
import type { CompareRow, RenderInput } from './types.js';
import { reportError, type Lang } from '../errors.js';
import type { Io } from '../io.js';
import { safeJson } from '../../safe-text.js';

const money = (f: Fen | null | undefined): string | null => (f === null || f === undefined ? null : formatFen(f));
const ratio = (b: Bp | null | undefined): string | null => (b === null || b === undefined ? null : formatBp(b));

function claimJson(c: Claim, input: RenderInput) {
  return {
    city: c.city,
    date: c.date,
    scheme: c.scheme,
    status: c.status ?? null,
    benefit: c.benefit,
    tier: c.tier,
    amount: money(c.amount),
    out_of_scope: money(c.outOfScope),
    ytd_deductible: money(c.ytdDeductible),
    ytd_fund: money(c.ytdFund),
    account: money(c.account),
    family: money(c.family),
    relation: c.relation ?? null,
    contribution: ratio(c.contribution),
    contribution_years_met: c.yearsMet ?? null,
    // the facility a model-2 policy named (乡镇卫生院 → its level in `tier`)
    facility: c.facility !== undefined && input.policy.facilities?.[c.facility] ? c.facility : null,
    admission: c.admission ?? null,
    days: c.days ?? null,
    discharge_date: c.dischargeDate ?? null,
    status_since: c.statusSince ?? null,
    retirement_processed: c.retirementProcessed ?? null,
    age: c.age ?? null,
    birth_date: c.birthDate ?? null,
    previous_discharge: c.previousDischarge ?? null,
    class_b: money(c.classB),
    class_b_drugs: money(c.classBDrugs),
    class_b_items: money(c.classBItems),
    grade: c.grade ?? null,
    disease: c.disease ?? null,
    diseases: c.diseases ?? null,
    filing: c.filing ?? 'local',
    where: c.where ?? null,
    assistance: c.assistance ?? null,
    // several groups named (低保对象,重度残疾人): all of them, where given; `assistance` is the one settled as
    ...(c.assistanceGroups !== undefined ? { assistance_groups: c.assistanceGroups } : {}),
    disability: c.disability ?? null,
    ytd_benefit_fund: money(c.ytdBenefitFund ?? 0),
    ytd_disease_fund: c.ytdDiseaseFund ? Object.fromEntries(Object.entries(c.ytdDiseaseFund).map(([k, v]) => [k, money(v)])) : null,
    ytd_disease_deductible: c.ytdDiseaseDeductible ? Object.fromEntries(Object.entries(c.ytdDiseaseDeductible).map(([k, v]) => [k, money(v)])) : null,
    ytd_burden: money(c.ytdBurden ?? 0),
    ytd_second: money(c.ytdSecond ?? 0),
    ytd_assistance: money(c.ytdAssistance ?? 0),
    ytd_assistance_deductible: money(c.ytdAssistanceDeductible ?? 0),
    // 家庭共济's yearly cap (family_year_cap): echoed where given
    ...(c.ytdFamilyPaid !== undefined ? { ytd_family_paid: money(c.ytdFamilyPaid) } : {}),
    ...(c.ytdFamilyReceived !== undefined ? { ytd_family_received: money(c.ytdFamilyReceived) } : {}),
    // bands on the year's running total (bands.per year): echoed where given
    ...(c.ytdBanded !== undefined ? { ytd_banded: money(c.ytdBanded) } : {}),
    // an emergency visit (emergency_ratio_as): echoed where given
    ...(c.emergency !== undefined ? { emergency: c.emergency } : {}),
    // readmission.same_facility: whether the previous stay was at the same facility, echoed where given
    ...(c.previousSameFacility !== undefined ? { previous_same_facility: c.previousSameFacility } : {}),
    // a referral within the 医联体 (referral_deductible): echoed where given
    ...(c.referredFrom !== undefined ? { referred_from: c.referredFrom } : {}),
    // referred or not (unreferred_cut): echoed where given
    ...(c.referred !== undefined ? { referred: c.referred } : {}),
    // a second layer's cap_incentive (连续参保 / 零报销): echoed where given
    ...(c.insuredYears !== undefined ? { insured_years: c.insuredYears } : {}),
    ...(c.zeroClaimYears !== undefined ? { zero_claim_years: c.zeroClaimYears } : {}),
    // a newborn's enrolment date (newborn_enrolment): echoed where given
    ...(c.enrolled !== undefined ? { enrolled: c.enrolled } : {}),
    // the treated disease's certification (disease_limits.prorate): echoed where given
    ...(c.certified !== undefined ? { certified: c.certified } : {}),
    assistance_since: c.assistanceSince ?? null,
    ytd_burden_since: c.assistanceSince !== undefined ? money(c.ytdBurdenSince ?? 0) : null,
    set: input.overrides.map((o) => `${o.path}=${o.value}`),
  };
}

function compareJson(rows: CompareRow[]) {
  return rows.map((r) => ({ tier: r.tier, ratio: ratio(r.ratio), fund_pays: money(r.fundPays), cash_due: money(r.cashDue) }));
}

/** The explanation as the contract's JSON object (not yet serialized). */
function explanationJson(input: RenderInput) {
  const { explanation: e, lang } = input;
  return {
    schema: 'yibao.explanation/2',
    tool: { name: 'yibao', version: VERSION },
    policy: { id: e.policy.id, name: e.policy.name.zh, version: e.policy.version, sha256: input.sha256 },
    claim: claimJson(e.claim, input),
    steps: e.steps.map((s) => ({
      key: s.key,
      title: s.title[lang],
      amount: money(s.amount),
      explain: s.explain[lang],
      source: s.source ? fullSource(s.source) : null,
    })),
    result: resultJson(e.result),
    warnings: e.warnings.map((w) => ({ code: w.code, kind: w.kind, message: w.message[lang], short: w.short[lang], ...(w.path ? { path: w.path } : {}) })),
    ...(input.compare ? { compare: compareJson(input.compare) } : {}),
  };
}

export function renderJson(input: RenderInput): string {
  return `${safeJson(explanationJson(input), 2)}\n`;
}

/** The contract's error object, printed on stdout with --format json. */
export function renderJsonError(code: string, message: string): string {
  return `${safeJson({ error: { code, message } }, 2)}\n`;
}

/**
 * Runs a command's body; with `json`, an error is also printed on stdout as the contract's error
 * object before it is rethrown for run.ts to report. An error with no message (ExitCode: the
 * body already said why) prints nothing.
 */
export async function withJsonErrors(json: boolean, io: Io, lang: Lang, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (json) {
      const { code, message } = reportError(error, lang);
      if (message) io.stdout.write(renderJsonError(code, message));
    }
    throw error;
  }
}
