// The steps in plain words: one function per step turns the settled numbers into a Step
// (title, amount, explanation in zh/en, the source and quote of the value it used).
import { TIERS } from '../domain.js';
import type { Policy, SourcedValue } from '../policy/schema.js';
import type { Claim, Provenance, Settlement, Step, StepKey } from './types.js';
import type { Rules } from './rules.js';
import { RELATION_NAMES, STEP_TITLES, stepTexts as T, type Text } from './messages.js';
import { deductibleRemaining } from './steps/deductible.js';
import { model2Steps } from './describe2.js';
import { model2Messages as M2 } from './messages2.js';

export interface StepContext {
  claim: Claim;
  s: Settlement;
  rules: Rules;
}

/** Anything the policy cites: a sourced value, or a rule such as family.relations with its source and quote. */
type Cited = Pick<SourcedValue, 'source' | 'quote'>;

function sourceOf(policy: Policy, sourced: Cited | undefined, extraQuote?: string): Step['source'] {
  if (!sourced?.source || !sourced.quote) return undefined;
  const doc = policy.sources[sourced.source];
  if (!doc) return undefined;
  const quotes = extraQuote && extraQuote !== sourced.quote ? [sourced.quote, extraQuote] : [sourced.quote];
  return { title: doc.title, publisher: doc.publisher, date: doc.date, quote: sourced.quote, quotes };
}

/** A step; with `used` (the provenance of the policy value it applied), its source and provenance too. */
function step(key: StepKey, amount: number, explain: Text, used?: Provenance, policy?: Policy, extraQuote?: string): Step {
  const out: Step = { key, title: STEP_TITLES[key], amount, explain };
  if (used && policy) {
    const source = sourceOf(policy, used.sourced, extraQuote);
    if (source) out.source = source;
    out.provenance = used;
  }
  return out;
}

const inScopeStep = ({ s }: StepContext): Step => step('in_scope', s.inScope, T.inScope(s.amount, s.outOfScope, s.inScope));

function eligibilityStep({ claim, s, rules }: StepContext): Step | undefined {
  if (s.refusedAtFacility !== undefined) {
    // policy model 2: a facility at which the fund does not pay this benefit, with its clause
    const f = rules.policy.facilities![s.refusedAtFacility]!;
    return step('eligibility', 0, s.ineligibleReason!, { kind: 'stated', sourced: { value: 0, source: f.source, quote: f.quote }, path: `facilities.${s.refusedAtFacility}.refused` }, rules.policy);
  }
  // 新生儿在出生后90日内参加居民医保的，自出生之日起享受待遇: care before the enrolment, covered from birth or not
  const en = s.newbornEnrolment;
  if (en && claim.enrolled !== undefined && claim.date < claim.enrolled) {
    const rule = rules.version.benefits[claim.benefit]?.[claim.scheme]?.newborn_enrolment;
    const text = en.refused ? s.ineligibleReason! : M2.enrolledInTime(claim.birthDate!, claim.enrolled, en.day, en.days);
    const cite = rule?.quote ? rule : rule?.days;
    return cited(step('eligibility', en.refused ? 0 : s.inScope, { zh: `${text.zh}。`, en: `${text.en}.` }), rules.policy, cite, rule?.day_one?.quote ?? rule?.days.quote);
  }
  const e = rules.eligibility;
  if (!e) return undefined;
  if (s.verdict === 'years_met') return cited(step('eligibility', s.inScope, T.yearsMet(e.years!)), rules.policy, e.yearsCited);
  const text = s.eligible ? T.eligible(e.rule, claim.contribution, e.min) : s.ineligibleReason!;
  return step('eligibility', s.eligible ? s.inScope : 0, text, { kind: 'stated', sourced: e.sourced, path: e.path }, rules.policy);
}

/** How sure a value is: stated, a reading of a stated text, inferred, or a --set. */
function noDeductibleHow(p: Provenance): 'stated' | 'reading' | 'inferred' | 'user' {
  if (p.kind === 'user' || p.kind === 'inferred') return p.kind;
  return p.sourced?.reading ? 'reading' : 'stated';
}

/** A rule's text followed by how sure its values are, when a value is not simply stated (the warnings give the rest). */
function withSureness(text: Text, used: Provenance[]): Text {
  const notes = [...new Set(used.map(noDeductibleHow).filter((how) => how !== 'stated'))].map((how) => T.sureness(how));
  if (notes.length === 0) return text;
  return { zh: `${text.zh}${notes.map((n) => n.zh).join('')}`, en: `${text.en}${notes.map((n) => ` ${n.en}`).join('')}` };
}

function deductibleStep({ claim, s, rules }: StepContext): Step | undefined {
  if (s.deductible === null) return undefined;
  const remaining = deductibleRemaining(s.deductible, s.deductibleMetBefore);
  const period = rules.deductiblePeriod;
  const text =
    s.deductible === 0
      ? T.deductibleNone(noDeductibleHow(rules.deductible.provenance))
      : period === 'year'
        ? s.deductibleMetBefore > claim.ytdDeductible && s.deductibleMetBefore >= s.deductible
          ? T.deductibleMetInferred(s.deductible)
          : T.deductible(s.deductible, s.deductibleMetBefore, remaining, s.deductibleApplied)
        : period === 'admission'
          ? T.deductibleAdmission(s.deductible, s.deductibleApplied)
          : T.deductiblePeriodUnknown(s.deductible, claim.ytdDeductible, s.deductibleApplied);
  return step('deductible', s.deductibleApplied, text, rules.deductible.provenance, rules.policy);
}

function ratioStep({ claim, s, rules }: StepContext): Step | undefined {
  if (s.ratio === null) return undefined;
  // Name the tier only when the ratio used depends on it (a tier key in its path).
  const lastKey = rules.ratioBase.provenance.path.split('.').pop()!;
  const byTier = (TIERS as readonly string[]).includes(lastKey);
  const tier = byTier ? rules.policy.tiers[claim.tier]!.name : undefined;
  const bonus = rules.bonus?.value ?? undefined;
  const text = withSureness(T.ratio(tier, rules.ratioBase.value!, bonus, s.ratio, s.inScope - s.deductibleApplied, s.fundBeforeCap, rules.rounding), [
    rules.ratioBase.provenance,
    ...(rules.bonus ? [rules.bonus.provenance] : []),
  ]);
  return step('ratio', s.fundBeforeCap, text, rules.ratioBase.provenance, rules.policy, rules.bonus?.provenance.sourced?.quote);
}

/** Left out when the claim is refused (nothing to cap) or the cap is unknown (none applied: the fund step says so). */
function capStep({ claim, s, rules }: StepContext): Step | undefined {
  if (!s.eligible || s.cap === null) return undefined;
  const text = withSureness(T.capKnown(s.cap, claim.ytdFund, s.capRemaining!, s.fundBeforeCap, s.fundPays), [rules.cap.provenance]);
  return step('cap', s.capRemaining!, text, rules.cap.provenance, rules.policy);
}

function fundStep({ s, rules }: StepContext): Step {
  if (!s.eligible) return step('fund', s.fundPays, T.ineligibleFund(s.patientShare));
  const capNote = s.cap === null ? rules.cap.provenance.sourced?.note : false;
  return step('fund', s.fundPays, T.fund(s.fundPays, s.amount, s.patientShare, capNote));
}

/** A step with the policy's citation of the rule it applied, when the policy gives one. */
function cited(out: Step, policy: Policy, rule: Cited | undefined, extraQuote?: string): Step {
  const source = sourceOf(policy, rule, extraQuote);
  if (source) out.source = source;
  return out;
}

/** The own account pays first: cited from family.order where the policy quotes it (Hanzhong). */
function accountStep({ claim, s, rules }: StepContext): Step | undefined {
  if (claim.account === 0) return undefined;
  const out = step('account', s.accountPays, T.account(claim.account, s.inScope - s.fundPays, s.accountPays));
  return cited(out, rules.policy, rules.version.family?.order);
}

/** Cited from family.relations (who may share an account), with the order's quote when the same source gives it. */
function familyStep({ claim, s, rules }: StepContext): Step | undefined {
  if (claim.family === 0 || !claim.relation) return undefined;
  const text = s.familyRefusedReason ?? T.family(RELATION_NAMES[claim.relation], claim.family, s.inScope - s.fundPays - s.accountPays, s.familyPays);
  const family = rules.version.family;
  const order = family?.order.source && family.order.source === family.relations.source ? family.order.quote : undefined;
  return cited(step('family', s.familyPays, text), rules.policy, family?.relations, order);
}

const cashStep = ({ s }: StepContext): Step =>
  step('cash', s.cashDue, T.cash(s.patientShare, s.accountPays, s.familyPays, s.cashDue, s.outOfScope));

/** Every step that applies, in the contract's order. */
export function describeSteps(ctx: StepContext): Step[] {
  const m = ctx.rules.model2;
  if (m) {
    const c = { ...ctx, m };
    const M = model2Steps;
    const steps = [inScopeStep(ctx), M.firstPayStep(c), M.firstShareStep(c), eligibilityStep(ctx), M.deductibleStep(c), M.ratioStep(c), M.capStep(c), M.fundStep(c), M.secondLayerStep(c), M.assistanceStep(c), M.accountStep(c), M.familyStep(c), M.cashStep(c)];
    return steps.filter((x): x is Step => x !== undefined);
  }
  const all = [inScopeStep, eligibilityStep, deductibleStep, ratioStep, capStep, fundStep, accountStep, familyStep, cashStep];
  return all.map((f) => f(ctx)).filter((x): x is Step => x !== undefined);
}
