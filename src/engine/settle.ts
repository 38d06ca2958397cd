// The numbers of one claim (contract "The steps" 1-10), the batch fast path: rules come from
// the cache, the rest is integer arithmetic. Eligibility is decided before the deductible and
// ratio are needed, so a refused claim is answered even where those are unknown. The warnings
// that depend on the claim itself (a band edge, the years rule, an unsettled relation, the cap
// cut, a date after the sources) are prebuilt per combination and only pushed here.
import type { Policy, PolicyVersion } from '../policy/schema.js';
import { PolicyError, type Claim, type Override, type Settlement, type Warning } from './types.js';
import { rulesFor, type Rules } from './rules.js';
import { emergencyTried } from './emergency.js';
import { facilityReadingOf } from './rule-parts.js';
import { engineMessages as M, RELATION_NAMES, type Text } from './messages.js';
import { inputWarnings as IW, ruleWarnings as RW, warnings as W } from './warnings.js';
import { inScope } from './steps/in_scope.js';
import { bandsByReading, isEligibleVerdict } from './steps/eligibility.js';
import { verdictOf } from './verdict.js';
import { settleModel2 } from './settle2.js';
import { byStayVersion } from './stay-version.js';
import { model2Warnings } from './warnings2.js';
import { referralGeneralNote, referralOf } from './referral.js';
import { deductibleApplied } from './steps/deductible.js';
import { metBefore } from './met-before.js';
import { fundBeforeCap } from './steps/fund.js';
import { capRemaining, fundPays } from './steps/cap.js';
import { accountPays } from './steps/account.js';
import { familyPays } from './steps/family.js';
import { cashDue, patientShare } from './steps/cash.js';
import { withStatusFrom } from './status-from.js';
import { withRuleSets } from './rule-sets.js';
import { versionInForce } from './version.js';
import { groupsTried, severalGroupsOf } from './several-groups.js';

export { verdictOf };

export interface SettleResult {
  settlement: Settlement;
  warnings: Warning[];
  version: PolicyVersion;
}

/** The deductible this claim meets: the year's remainder, or the whole of it when not counted per year. */
function deductibleOf(rules: Rules, scope: number, deductible: number, met: number): number {
  return rules.deductiblePeriod === 'year' ? deductibleApplied(scope, deductible, met) : Math.min(scope, deductible);
}

/** Settles a claim against the rules already resolved for it. */
export function settleWith(rules: Rules, claim: Claim): Settlement {
  // a relative an open list (「…等」) neither names nor rules out: the family step is unknown (exit 3), never refused
  const open = claim.family > 0 && claim.relation !== undefined ? rules.familyOpen[claim.relation] : undefined;
  if (open) throw new PolicyError('unknown_parameter', open);
  if (rules.model2) return settleModel2(rules, rules.model2, claim);
  const scope = inScope(claim.amount, claim.outOfScope);
  const verdict = verdictOf(rules, claim);
  const eligible = isEligibleVerdict(verdict);
  if (eligible && rules.unanswerable) throw rules.unanswerable;
  const deductible = eligible ? rules.deductible.value! : null;
  const { met } = metBefore(rules, claim, deductible, claim.ytdFund, rules.lowestDeductible);
  const applied = deductible === null ? 0 : deductibleOf(rules, scope, deductible, met);
  const ratio = eligible ? rules.ratio! : null;
  const before = ratio === null ? 0 : fundBeforeCap(scope, applied, ratio, rules.rounding);
  const cap = rules.cap.value;
  const remaining = cap === null ? null : capRemaining(cap, claim.ytdFund);
  const fund = fundPays(before, remaining);
  const share = patientShare(claim.amount, fund);
  const allowed = claim.relation !== undefined && rules.familyRefused[claim.relation] === undefined;
  let account: number;
  let family: number;
  if (rules.familyFirst) {
    // family.order: the relative's account before the patient's own
    family = claim.family > 0 ? familyPays(scope, fund, 0, claim.family, allowed) : 0;
    account = accountPays(scope, fund + family, claim.account);
  } else {
    account = accountPays(scope, fund, claim.account);
    family = claim.family > 0 ? familyPays(scope, fund, account, claim.family, allowed) : 0;
  }
  const s: Settlement = {
    amount: claim.amount,
    outOfScope: claim.outOfScope,
    inScope: scope,
    eligible,
    deductible,
    deductibleApplied: applied,
    deductibleMetBefore: met,
    ratio,
    fundBeforeCap: before,
    cap,
    capRemaining: remaining,
    fundPays: fund,
    patientShare: share,
    accountPays: account,
    familyPays: family,
    cashDue: cashDue(share, account, family),
    ytdDeductibleAfter: met + applied,
    ytdFundAfter: claim.ytdFund + fund,
    // model 2's layers: none in this path (a policy without those structures)
    firstPay: 0,
    secondLayerPays: 0,
    assistancePays: 0,
    ytdBurdenAfter: claim.ytdBurden ?? 0,
    ytdSecondAfter: claim.ytdSecond ?? 0,
    ytdAssistanceAfter: claim.ytdAssistance ?? 0,
    ytdAssistanceDeductibleAfter: claim.ytdAssistanceDeductible ?? 0,
    ytdBenefitFundAfter: (claim.ytdBenefitFund ?? 0) + fund,
    burdenAdded: 0,
    secondLayer: null,
    admission: null,
    bands: null,
    diseaseLimit: null,
    diseaseLimitRemaining: null,
  };
  if (rules.eligibility) s.verdict = verdict as NonNullable<Settlement['verdict']>;
  if (!eligible) {
    const e = rules.eligibility!;
    const how = { edge: verdict === 'refused_edge', byReading: bandsByReading(e, claim.status, claim.yearsMet) };
    s.ineligibleReason = M.ineligible(e.rule, claim.contribution!, e.min, how);
  }
  if (claim.family > 0 && !allowed) s.familyRefusedReason = rules.familyRefused[claim.relation!];
  return s;
}

/**
 * The warnings of a settled claim: the combination's (a copy: the cached arrays are shared),
 * then those that depend on the claim itself, all prebuilt per combination and only pushed.
 */
export function warningsOf(rules: Rules, claim: Claim, s: Settlement): Warning[] {
  // Spread, not slice(): on a frozen array V8's slice() leaves its fast path (about 250 ns a
  // call, against 20: a quarter of a second per million batch rows).
  const out = [...(s.eligible ? rules.warnings : rules.baseWarnings)];
  const e = rules.eligibility;
  if (e && !s.eligible) {
    if (s.verdict === 'refused_edge' && e.edgeWarning) out.push(e.edgeWarning);
    if (e.yearsWarning && bandsByReading(e, claim.status, claim.yearsMet)) out.push(e.yearsWarning);
  }
  if (s.familyRefusedReason) {
    // a reading or an assumption says so; a refusal the text states is said too (a script reading
    // the warnings sees why the family account paid nothing: 汀澜 TL-14, 配偶的父母 outside 配偶、父母、子女)
    // (policy model 2; model 1's answers keep their warnings as they were)
    const w = rules.familyWarnings[claim.relation!];
    if (w) out.push(w);
    else if (rules.model2) out.push(familyRefusedNote(claim.relation!, s.familyRefusedReason));
  } else if (claim.family > 0 && claim.relation !== undefined) {
    const w = rules.familyAllowedReadings[claim.relation];
    if (w) out.push(w);
  }
  if (rules.metInferred && s.deductibleMetBefore > claim.ytdDeductible) {
    // where the deductible depends on the level, only the lowest level's was shown met
    out.push(s.deductible !== null && s.deductibleMetBefore < s.deductible ? metLowest(rules, s.deductibleMetBefore, s.deductible) : rules.metInferred);
  }
  if (claim.facility !== undefined && claim.tier === 'community') {
    const w = facilityReading(rules, claim.facility);
    if (w) out.push(w);
  }
  if (rules.aboveCap && s.fundPays < s.fundBeforeCap) out.push(rules.aboveCap);
  const after = rules.afterSources;
  if (after && claim.date > after.horizon) out.push(after.warning);
  else if (after?.reading && claim.date > after.reading.after) out.push(after.reading.warning);
  // values given that this claim does not use (a batch file may carry the column for every city)
  if (claim.contribution !== undefined && rules.ignored.contribution) out.push(rules.ignored.contribution);
  if (claim.yearsMet !== undefined && rules.ignored.yearsMet) out.push(rules.ignored.yearsMet);
  if (claim.relation !== undefined && claim.family === 0) out.push(IW.relation);
  if (claim.classB !== undefined || claim.classBDrugs !== undefined || claim.classBItems !== undefined) {
    if (!rules.model2?.firstPay) out.push(IW.classB);
  }
  if (claim.assistance !== undefined && !rules.model2?.assistance) out.push(IW.assistance);
  // per admission with no yearly total of deductibles (deductible_year_cap): the year's deductible met is not used
  if (claim.ytdDeductible > 0 && claim.ytdDeductibleFrom === undefined && rules.deductiblePeriod === 'admission' && !rules.model2?.yearCap && s.eligible) out.push(IW.ytdDeductible);
  if (rules.model2) model2Warnings(out, rules, rules.model2, claim, s);
  // a model-1 policy has no referral rule: a stay said to be referred within the 医联体 is told so
  else if (claim.referredFrom !== undefined) out.push(referralGeneralNote(referralOf(undefined, rules.policy, claim)!, claim.tier, `${claim.benefit}.${claim.scheme}.referral_deductible`));
  return out;
}

/** The warning that a lower level's deductible was taken as met, once per pair of amounts and rule combination. */
function metLowest(rules: Rules, met: number, deductible: number): Warning {
  const key = `${met}/${deductible}`;
  let w = rules.metLowest.get(key);
  if (w === undefined) {
    if (rules.metLowest.size >= 1000) rules.metLowest.clear();
    rules.metLowest.set(key, (w = RW.deductibleMetLowest(rules.metInferred!.path!, met, deductible)));
  }
  return w;
}

/** The reading a community facility's word needs, once per word and rule combination (a batch repeats them). */
function facilityReading(rules: Rules, word: string): Warning | undefined {
  if (!rules.facilityReadings.has(word)) rules.facilityReadings.set(word, facilityReadingOf(rules.policy, word));
  return rules.facilityReadings.get(word);
}

/** The numbers of a claim, the warnings that apply and the policy version used. */
export function settle(given: Claim, policy: Policy, overrides?: readonly Override[]): SettleResult {
  // several assistance groups: each alone, the policy's several_groups picks (several-groups.ts)
  if (given.assistanceGroups !== undefined && severalGroupsOf(given)) return groupsTried(given, policy, overrides, (c) => settleOne(c, policy, overrides), (r) => r.settlement, (r, _claim, said) => ({ ...r, warnings: [...r.warnings, ...said] }));
  return settleOne(given, policy, overrides);
}

function settleOne(given: Claim, policy: Policy, overrides?: readonly Override[]): SettleResult {
  // --retirement-processed: the status-since day by the policy's status_from (status-from.ts)
  if (given.retirementProcessed === undefined) return settleFiled(given, policy, overrides);
  const { claim, warning } = statusFromOf(given, policy, overrides);
  const r = settleFiled(claim, policy, overrides);
  return warning ? { ...r, warnings: [warning, ...r.warnings] } : r;
}

/** The claim with its status-since day from --retirement-processed by the version in force on its date (with --set rules). */
export function statusFromOf(claim: Claim, policy: Policy, overrides?: readonly Override[]): ReturnType<typeof withStatusFrom> {
  if (claim.retirementProcessed === undefined) return { claim };
  const version = versionInForce(policy, claim.date);
  return withStatusFrom(claim, version && withRuleSets(version, overrides ?? []));
}

function settleFiled(claim: Claim, policy: Policy, overrides?: readonly Override[]): SettleResult {
  if (claim.filing !== 'emergency') return settleStay(claim, policy, overrides);
  // 异地急诊抢救 whose kind the text leaves open: tried as each kind (emergency.ts)
  return emergencyTried(
    claim,
    (c) => settleStay(c, policy, overrides),
    (r) => [r.settlement.fundPays, r.settlement.secondLayerPays ?? 0, r.settlement.assistancePays ?? 0],
    (r, note) => ({ ...r, warnings: [...r.warnings, note] }),
  );
}

function settleStay(claim: Claim, policy: Policy, overrides?: readonly Override[]): SettleResult {
  // a stay within one version (every claim without a discharge day): the version of its date, as always
  if (claim.dischargeDate === undefined) return settleOn(claim, policy, overrides, claim.date);
  const { answer, warning } = byStayVersion(policy, claim, overrides, (day) => settleOn(claim, policy, overrides, day), (r) => r.settlement, (r) => r.version.effective);
  if (warning) answer.warnings.push(warning);
  return answer;
}

function settleOn(claim: Claim, policy: Policy, overrides: readonly Override[] | undefined, versionDate: string): SettleResult {
  const rules = rulesFor(policy, claim, overrides, versionDate);
  const settlement = settleWith(rules, claim);
  return { settlement, warnings: warningsOf(rules, claim, settlement), version: rules.version };
}

/** The note of a family refusal the text states, one object per rule's reason (a batch's tally counts warnings by object). */
const refusedNotes = new WeakMap<Text, Warning>();
function familyRefusedNote(relation: NonNullable<Claim['relation']>, reason: Text): Warning {
  let w = refusedNotes.get(reason);
  if (!w) refusedNotes.set(reason, (w = W.policyNote('family.relations', reason, { zh: `家庭共济(${RELATION_NAMES[relation].zh})`, en: `family mutual aid (${RELATION_NAMES[relation].en})` })));
  return w;
}
