// The wizard's questions, in the order a citizen thinks of them: insurance type, working or
// retired (employees only), facility, amount, the contribution level where the policy uses
// it, then one yes/no that opens the optional details. A field the flags already gave is
// never asked; every question has a default except the amount, which nothing can guess.
import { RELATIONS, SCHEMES, STATUSES, TIERS, type BenefitId, type Tier } from '../../domain.js';
import { given, halfWidth, missingFields, type ClaimField, type RawClaim } from '../../claim/index.js';
import { BENEFIT_ALIASES, SCHEME_ALIASES, STATUS_ALIASES, lookup } from '../../claim/aliases.js';
import { parseAmount } from '../../claim/values.js';
import { LEVEL_WORD } from '../../claim/facility.js';
import { BENEFIT_NAMES, contributionRule, levelDecides, versionInForce } from '../../engine/index.js';
import type { Bp, Claim, Override } from '../../engine/types.js';
import type { Policy } from '../../policy/schema.js';
import type { Lang } from '../errors.js';
import { askChoice, askText, askYesNo, type Choice, type PromptContext } from '../prompts.js';
import { Q, RELATION_TEXT, SCHEME_TEXT, STATUS_TEXT, type Text } from './text.js';
import { safeText } from '../../safe-text.js';
import { parsedClaim, validatorFor, type ClaimDefaults } from './validate.js';
import { spokenAmount, spokenNone } from '../../ask/answer.js';
import { Unanswerable, blockedBy, worthAnsweringAgain } from './unanswerable.js';
import { askRulebook, askStatusSince } from './rulebook-questions.js';
import { statusSinceMatters } from './rulebook-needs.js';
import { familyYearFields, rulebookDetailFields, rulebookDetailMessage } from './rulebook-details.js';

export interface Asking {
  lang: Lang;
  prompt: PromptContext;
  defaults: ClaimDefaults;
  policy: Policy;
  /** The flags, to tell answers from flags when a claim is stopped. */
  initial?: RawClaim;
  /** --set values from the command line: a value they supply is not unknown. */
  overrides: readonly Override[];
  /** What the question said in words, worked out later (ask: 起付线已经付满了): not asked again. */
  known?: readonly ClaimField[];
}

/**
 * Asks for everything the claim is missing and returns the completed raw claim. Throws
 * Unanswerable at the first answer after which yibao could only refuse the claim.
 */
export async function askClaim(initial: RawClaim, a: Asking): Promise<RawClaim> {
  const raw: RawClaim = { ...initial };
  if (!given(raw.scheme)) raw.scheme = await askScheme(a);
  stopIfUnanswerable(raw, a);
  if (lookup(SCHEME_ALIASES, raw.scheme ?? '') === 'employee' && !given(raw.status)) {
    raw.status = await askStatus(a);
    stopIfUnanswerable(raw, a);
  }
  const years = yearsRuleFor(raw, a);
  if (years) {
    const answer = await askYearsMet(years, a);
    if (answer !== 'unknown') raw.contribution_years_met = answer;
    stopIfUnanswerable(raw, a);
  }
  if (!given(raw.tier)) raw.tier = await askTier(a);
  stopIfUnanswerable(raw, a);
  if (!given(raw.amount)) raw.amount = await askMoney(raw, 'amount', Q.amount, undefined, a);
  // --family above 0 without --relation: the claim cannot be parsed until the relation is known.
  if (missingFields(raw).includes('relation')) raw.relation = await askRelation(a);
  const claim = parsed(raw, a);
  if (claim && !given(raw.contribution) && asksContribution(claim, a.policy)) raw.contribution = await askContribution(raw, claim, a);
  if (claim) stopIfUnanswerable(raw, a, parsed(raw, a)?.contribution);
  // policy model 2: what this claim's rules need (第几次住院, 年龄, 乙类费用, 病种, 备案, 救助对象, 档次)
  if (claim) await askRulebook(raw, claim, a);
  if (claim) await askDetails(raw, claim, a);
  // a retiree's year so far under a policy that says what a change of status within the year does
  const done = claim && parsed(raw, a);
  if (done && !given(raw.status_since) && !given(raw.retirement_processed) && statusSinceMatters(a.policy, done) && (done.ytdFund > 0 || done.ytdDeductible > 0)) await askStatusSince(raw, done, a);
  if (missingFields(raw).includes('relation')) raw.relation = await askRelation(a);
  return raw;
}

const t = (text: Text, a: Asking) => text[a.lang];

/** Throws Unanswerable when the answers so far already make the claim one yibao must refuse. */
function stopIfUnanswerable(raw: RawClaim, a: Asking, contribution?: Bp): void {
  const blocked = blockedBy(raw, a.policy, a.defaults, a.overrides, contribution);
  if (!blocked) return;
  throw new Unanswerable(blocked, worthAnsweringAgain(raw, a.initial ?? {}, a.policy, a.defaults, a.overrides, contribution));
}

function askScheme(a: Asking): Promise<string> {
  const choices = SCHEMES.map((s) => ({ value: s, name: t(SCHEME_TEXT[s].name, a), description: t(SCHEME_TEXT[s].hint, a) }));
  return askChoice({ message: t(Q.scheme, a), choices, default: 'employee' }, a.prompt);
}

function askStatus(a: Asking): Promise<string> {
  const choices = STATUSES.map((s) => ({ value: s, name: t(STATUS_TEXT[s].name, a), description: t(STATUS_TEXT[s].hint, a) }));
  return askChoice({ message: t(Q.status, a), choices, default: 'active' }, a.prompt);
}

/**
 * The tiers this policy defines, by the names its sources use, each with the tiers the policy
 * pays as it (Suizhou: 一级 includes 社区卫生服务站) and, under the list, how a tier is paid
 * when it counts as another or that the sources do not say; then the facilities a model-2 policy
 * names (乡镇卫生院, 三级甲等医院 …), chosen by name and settled as `calc --tier <name>`. Nothing
 * that is not in the policy: no guessed examples of which hospital is which level.
 */
export function tierChoices(policy: Policy, lang: Lang): Choice<string>[] {
  const defined = TIERS.filter((tier) => policy.tiers[tier] !== undefined);
  const nameOf = (tier: Tier) => safeText(policy.tiers[tier]?.name[lang] ?? (lang === 'zh' ? `${tier}级` : `tier ${tier}`));
  const levels = (defined.length > 0 ? defined : [...TIERS]).map((tier) => {
    const info = policy.tiers[tier];
    const included = defined.filter((other) => other !== tier && policy.tiers[other]?.counts_as === tier).map(nameOf);
    const name = nameOf(tier);
    const choice: Choice<string> = { value: tier, name: included.length > 0 ? `${name}${Q.tierIncludes(included.join(lang === 'zh' ? '、' : ', a '))[lang]}` : name, short: name };
    if (info?.counts_as && info.counts_as !== tier) choice.description = Q.countsAs(nameOf(info.counts_as))[lang];
    // the policy's own note speaks to flag users (--tier 1/2/3): a citizen is told where to look instead
    else if (info && info.counts_as === null) choice.description = Q.notPlaced(name)[lang];
    return choice;
  });
  return [...levels, ...facilityChoices(policy, lang, nameOf)];
}

/** A model-2 policy's facilities: the name (its aliases beside it), and how it is paid. */
function facilityChoices(policy: Policy, lang: Lang, levelName: (tier: Tier) => string): Choice<string>[] {
  const benefits = (list: readonly BenefitId[]) => list.map((b) => BENEFIT_NAMES[b][lang]).join(lang === 'zh' ? '、' : ', ');
  return Object.entries(policy.facilities ?? {}).flatMap(([name, f]) => {
    const shown = safeText(name);
    // 按其评定级别 (中医医院, 民营医院): one choice per level, named as --tier takes it (二级中医医院)
    if (f.counts_as === 'rated') return ratedChoices(policy, name, levelName, lang);
    const level = f.counts_as ?? undefined;
    const paid = level === undefined ? Q.notPlaced(shown) : f.own_standard ? Q.ownStandard(levelName(level)) : Q.countsAs(levelName(level));
    const only = level !== undefined && f.benefits ? Q.onlyFor(benefits(f.benefits))[lang] : '';
    const refused = f.refused ? Q.refusedAt(benefits(f.refused))[lang] : '';
    const aliases = f.aliases && f.aliases.length > 0 ? safeText(`(${f.aliases.join(lang === 'zh' ? '、' : ', ')})`) : '';
    // English sentences end with a full stop: the restrictions go before it
    const description = lang === 'zh' ? `${paid.zh}${only}${refused}` : `${paid.en.replace(/\.$/, '')}${only}${refused.replace(/\.$/, '')}.`;
    return { value: name, name: `${shown}${aliases}`, short: shown, description };
  });
}

/** A facility paid at its rated level: one choice per level the policy defines (二级中医医院). */
function ratedChoices(policy: Policy, name: string, levelName: (tier: Tier) => string, lang: Lang): Choice<string>[] {
  return (['1', '2', '3'] as const)
    .filter((tier) => policy.tiers[tier] !== undefined)
    .map((tier) => {
      const shown = safeText(`${LEVEL_WORD[tier]}${name}`);
      return { value: `${LEVEL_WORD[tier]}${name}`, name: shown, short: shown, description: Q.ratedLevel(levelName(tier))[lang] };
    });
}

function askTier(a: Asking): Promise<string> {
  const choices = tierChoices(a.policy, a.lang);
  const first = choices.some((c) => c.value === '1') ? '1' : choices[0]?.value;
  const message = Object.keys(a.policy.facilities ?? {}).length > 0 ? Q.tierOrFacility : Q.tier;
  return askChoice({ message: t(message, a), choices, ...(first ? { default: first } : {}) }, a.prompt);
}

/**
 * An amount, typed as people type one (src/ask/answer.ts: 1500块, 一千五百元, ¥1,500.00, as `ask`
 * reads it); where the question has a 0 default, 不用 / 没有 / 没钱了 are 0 too. The claim's parser
 * checks the result, and says why when the answer is not clearly one amount.
 */
async function askMoney(raw: RawClaim, field: ClaimField, message: Text, fallback: string | undefined, a: Asking): Promise<string> {
  const read = (typed: string) => (fallback === '0' && spokenNone(typed) ? '0' : (spokenAmount(typed) ?? typed.trim()));
  const check = validatorFor(raw, field, a);
  const answer = await askText({ message: t(message, a), ...(fallback === undefined ? {} : { default: fallback }), validate: (typed) => check(read(typed)) }, a.prompt);
  return read(answer);
}

/** The claim so far, parsed; undefined when an answer contradicts a flag (resident with --status): the explanation says why. */
const parsed = (raw: RawClaim, a: Asking): Claim | undefined => parsedClaim(raw, a);

/**
 * Asked only where the policy links this benefit to the contribution level and requires it
 * for this status, as the engine does: a status the rule does not require (Jiayu's retirees
 * who met their years) and residents (who pay a flat fee, with no contribution base) are
 * checked only when a level is given, so pressing Enter through a default would change nothing.
 */
function asksContribution(claim: Claim, policy: Policy): boolean {
  const rule = contributionRule(policy, claim.date, claim.benefit, claim.scheme);
  return rule !== undefined && claim.status !== undefined && levelDecides(rule, claim.status, claim.yearsMet);
}

/**
 * The years rule to ask about, where the policy has one for this benefit and status (Jiayu's
 * retirees) and the flags have not answered it; asked right after the status, since meeting the
 * years gives every benefit whatever the level.
 */
function yearsRuleFor(raw: RawClaim, a: Asking): Text | undefined {
  if (given(raw.contribution_years_met)) return undefined;
  const scheme = lookup(SCHEME_ALIASES, raw.scheme ?? '');
  const status = lookup(STATUS_ALIASES, raw.status ?? '');
  if (scheme !== 'employee' || status === undefined) return undefined;
  const date = given(raw.date) ? halfWidth(raw.date).trim() : a.defaults.date;
  const benefit = lookup(BENEFIT_ALIASES, raw.benefit ?? '') ?? 'outpatient';
  let rule;
  try {
    rule = contributionRule(a.policy, date, benefit, scheme);
  } catch {
    return undefined; // a date the claim parser will name
  }
  return rule?.yearsFor.includes(status) ? rule.years : undefined;
}

/** Yes, no, or "not sure" (the default: nothing is assumed, and the contribution bands decide). */
function askYearsMet(years: Text, a: Asking): Promise<'yes' | 'no' | 'unknown'> {
  const choices = (['yes', 'no', 'unknown'] as const).map((v) => ({ value: v, name: t(Q.yearsMetChoice[v], a) }));
  return askChoice({ message: `${t(Q.yearsMet, a)}\n  ${t(Q.contributionRule(years[a.lang]), a)}`, choices, default: 'unknown' }, a.prompt);
}

async function askContribution(raw: RawClaim, claim: Claim, a: Asking): Promise<string> {
  const rule = contributionRule(a.policy, claim.date, claim.benefit, claim.scheme);
  const message = rule ? `${t(Q.contribution, a)}\n  ${t(Q.contributionRule(rule.rule[a.lang]), a)}` : t(Q.contribution, a);
  // No default: Enter would otherwise assume a level, and the level decides which benefits the fund pays.
  const check = validatorFor(raw, 'contribution', a);
  const answer = await askText({ message, validate: (v) => (v.trim() === '' ? t(Q.contributionNeeded, a) : check(v)) }, a.prompt);
  return answer.trim();
}

/** The optional details this claim could still take (the personal account is for employees only). */
function detailFields(raw: RawClaim, claim: Claim, policy: Policy, known: readonly ClaimField[]): ClaimField[] {
  // what was met earlier counts only where the deductible is counted over the year (Suizhou's
  // outpatient care); elsewhere the question ("每年先由自己付的门槛费") would say what the sources do not
  // A fund payment this year means a yearly deductible was met (issue 18): not asked beside one.
  // 不设起付标准 (a deductible of 0 at every level and status): nothing to have met, not asked
  const asksDeductible = yearlyDeductible(policy, claim) && !(claim.ytdFund > 0) && !noDeductible(policy, claim);
  const fields: ClaimField[] = asksDeductible ? ['out_of_scope', 'ytd_deductible', 'ytd_fund'] : ['out_of_scope', 'ytd_fund'];
  fields.push(...rulebookDetailFields(raw, claim, policy)); // policy model 2: the layers' year so far
  if (claim.scheme === 'employee') fields.push('account');
  fields.push('family');
  return fields.filter((f) => !given(raw[f]) && !known.includes(f));
}

/** The claim's benefit has no deductible: every value its deductible states (by level, status or grade) is 0. */
function noDeductible(policy: Policy, claim: Pick<Claim, 'date' | 'benefit' | 'scheme'>): boolean {
  const values: unknown[] = [];
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if ('value' in v) values.push((v as { value: unknown }).value);
    else for (const x of Object.values(v)) walk(x);
  };
  walk(versionInForce(policy, claim.date)?.benefits[claim.benefit]?.[claim.scheme]?.deductible);
  return values.length > 0 && values.every((x) => x === 0);
}

/** The claim's deductible is stated to count over the calendar year (deductible_period: year). */
export function yearlyDeductible(policy: Policy, claim: Pick<Claim, 'date' | 'benefit' | 'scheme'>): boolean {
  return versionInForce(policy, claim.date)?.benefits[claim.benefit]?.[claim.scheme]?.deductible_period?.value === 'year';
}

async function askDetails(raw: RawClaim, claim: Claim, a: Asking): Promise<void> {
  const fields = detailFields(raw, claim, a.policy, a.known ?? []);
  if (fields.length === 0) return;
  if (!(await askYesNo({ message: t(Q.details(fields), a), default: false }, a.prompt))) return;
  const benefit = BENEFIT_NAMES[claim.benefit][a.lang];
  const messages: Partial<Record<ClaimField, Text>> = {
    out_of_scope: Q.outOfScope,
    ytd_deductible: Q.ytdDeductible(benefit),
    ytd_fund: Q.ytdFund(benefit),
    account: Q.account,
    family: Q.family,
  };
  const message = (field: ClaimField) => rulebookDetailMessage(field, claim, a.policy, a.lang) ?? messages[field]!;
  for (const field of fields) {
    raw[field] = await askMoney(raw, field, message(field), '0', a);
    // a relative's account answered: whose it is, then what 共济 has paid this year where the policy caps it
    if (field === 'family' && (fen(raw.family) ?? 0) > 0) {
      if (missingFields(raw).includes('relation')) raw.relation = await askRelation(a);
      for (const f of familyYearFields(claim, a.policy)) if (!given(raw[f])) raw[f] = await askMoney(raw, f, message(f), '0', a);
    }
  }
  // The deductible met left at its 0 beside a fund payment this year says nothing: the engine
  // takes a yearly deductible as met from the payment and says so (issue 18 item 1); a figure
  // typed above 0 and below the deductible is the engine's contradiction to report.
  if (fields.includes('ytd_deductible') && fen(raw.ytd_deductible) === 0 && (fen(raw.ytd_fund) ?? 0) > 0) delete raw.ytd_deductible;
}

/** An answer as an amount in fen (typed as the wizard takes it), undefined when not one. */
function fen(answer: string | undefined): number | undefined {
  if (!given(answer)) return undefined;
  const amount = parseAmount(halfWidth(answer));
  return amount.ok ? amount.value : undefined;
}

function askRelation(a: Asking): Promise<string> {
  const choices = RELATIONS.map((r) => ({ value: r, name: t(RELATION_TEXT[r], a), description: t(Q.relationHint(t(RELATION_TEXT[r], a)), a) }));
  return askChoice({ message: t(Q.relation, a), choices, default: 'spouse' }, a.prompt);
}
