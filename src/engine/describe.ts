// The steps in plain words: one function per step turns the settled numbers into a Step
// (title, amount, explanation in zh/en, the source and quote of the value it used).
import type { Policy, SourcedValue } from '../policy/schema.js';
import type { Claim, Settlement, Step, StepKey } from './types.js';
import type { Resolved } from './params.js';
import type { Rules } from './rules.js';
import { RELATION_NAMES, STEP_TITLES, stepTexts as T, type Text } from './messages.js';
import { deductibleRemaining } from './steps/deductible.js';

export interface StepContext {
  claim: Claim;
  s: Settlement;
  rules: Rules;
}

function sourceOf(policy: Policy, sourced: SourcedValue | undefined, extraQuote?: string): Step['source'] {
  if (!sourced?.source || !sourced.quote) return undefined;
  const doc = policy.sources[sourced.source];
  if (!doc) return undefined;
  const quote = extraQuote && extraQuote !== sourced.quote ? `${sourced.quote} ${extraQuote}` : sourced.quote;
  return { title: doc.title, publisher: doc.publisher, date: doc.date, quote };
}

function step(key: StepKey, amount: number, explain: Text, used?: Resolved, policy?: Policy, extraQuote?: string): Step {
  const out: Step = { key, title: STEP_TITLES[key], amount, explain };
  if (used && policy) {
    const source = sourceOf(policy, used.provenance.sourced, extraQuote);
    if (source) out.source = source;
    out.provenance = used.provenance;
  }
  return out;
}

export const inScopeStep = ({ s }: StepContext): Step => step('in_scope', s.inScope, T.inScope(s.amount, s.outOfScope, s.inScope));

export function eligibilityStep({ claim, s, rules }: StepContext): Step | undefined {
  const e = rules.eligibility;
  if (!e) return undefined;
  const text = s.eligible ? T.eligible(e.rule, claim.contribution, e.min) : s.ineligibleReason!;
  const provenance: Resolved = { value: e.min, provenance: { kind: 'stated', sourced: e.sourced, path: e.path }, retiredKey: false, setPath: e.path };
  return step('eligibility', s.eligible ? s.inScope : 0, text, provenance, rules.policy);
}

export function deductibleStep({ claim, s, rules }: StepContext): Step | undefined {
  if (s.deductible === null) return undefined;
  const remaining = deductibleRemaining(s.deductible, claim.ytdDeductible);
  return step('deductible', s.deductibleApplied, T.deductible(s.deductible, claim.ytdDeductible, remaining, s.deductibleApplied), rules.deductible, rules.policy);
}

export function ratioStep({ claim, s, rules }: StepContext): Step | undefined {
  if (s.ratio === null) return undefined;
  const tier = rules.policy.tiers[claim.tier]!.name;
  const bonus = rules.bonus?.value ?? undefined;
  const text = T.ratio(tier, rules.ratioBase.value!, bonus, s.ratio, s.inScope - s.deductibleApplied, s.fundBeforeCap, rules.rounding);
  return step('ratio', s.fundBeforeCap, text, rules.ratioBase, rules.policy, rules.bonus?.provenance.sourced?.quote);
}

export function capStep({ claim, s, rules }: StepContext): Step | undefined {
  if (!s.eligible) return undefined; // a refused claim gets nothing from the fund, so no cap applies
  const text = s.cap === null ? T.capUnknown(rules.cap.provenance.sourced?.note) : T.capKnown(s.cap, claim.ytdFund, s.capRemaining!, s.fundBeforeCap, s.fundPays);
  return step('cap', s.capRemaining ?? s.fundBeforeCap, text, rules.cap, rules.policy);
}

export const fundStep = ({ s }: StepContext): Step =>
  step('fund', s.fundPays, s.eligible ? T.fund(s.fundPays, s.amount, s.patientShare) : T.ineligibleFund(s.patientShare));

export function accountStep({ claim, s }: StepContext): Step | undefined {
  if (claim.account === 0) return undefined;
  return step('account', s.accountPays, T.account(claim.account, s.inScope - s.fundPays, s.accountPays));
}

export function familyStep({ claim, s }: StepContext): Step | undefined {
  if (claim.family === 0 || !claim.relation) return undefined;
  const text = s.familyRefusedReason ?? T.family(RELATION_NAMES[claim.relation], claim.family, s.inScope - s.fundPays - s.accountPays, s.familyPays);
  return step('family', s.familyPays, text);
}

export const cashStep = ({ s }: StepContext): Step =>
  step('cash', s.cashDue, T.cash(s.patientShare, s.accountPays, s.familyPays, s.cashDue, s.outOfScope));

/** Every step that applies, in the contract's order. */
export function describeSteps(ctx: StepContext): Step[] {
  const all = [inScopeStep, eligibilityStep, deductibleStep, ratioStep, capStep, fundStep, accountStep, familyStep, cashStep];
  return all.map((f) => f(ctx)).filter((x): x is Step => x !== undefined);
}
