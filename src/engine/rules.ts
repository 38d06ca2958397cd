// The rules that apply to a claim, resolved once per (policy, version, benefit, scheme,
// status, tier, overrides) and cached: a batch of a million rows resolves each combination
// once and settles every row with plain integer arithmetic and no string building.
import { TIERS, type BenefitId, type Relation, type Scheme, type Status, type Tier } from '../domain.js';
import type { Policy, PolicyVersion, SchemeRulesValue } from '../policy/schema.js';
import type { Bp, Claim, Fen, Filing, Grade, Override, Warning, Where } from './types.js';
import { PolicyError } from './types.js';
import { emergencyKind } from './emergency.js';
import { resolveParam, type ParamName, type Resolved } from './params.js';
import type { Rounding } from '../money/money.js';
import { effectiveRatio } from './steps/ratio.js';
import { versionIndexInForce } from './version.js';
import { engineMessages as M, type Text } from './messages.js';
import { warnings as W, ruleWarnings as RW, inputWarnings as IW } from './warnings.js';
import { resolveModel2, model2Deductible, type Model2, type Query } from './model2.js';
import { model2Messages as M2 } from './messages2.js';
import { isModel2, ratioParamOf } from '../policy/sourced.js';
import { ruleSetWarnings, withFacilitySets, withRuleSets } from './rule-sets.js';
import { aboveCapOf, afterSourcesOf, eligibilityOf, familyOf, periodOf, type AfterSources, type EligibilityRule, type Period } from './rule-parts.js';

export type { EligibilityRule, Period };

/** emergency_ratio_as at a claim's level: the level an emergency visit is paid at, and whether this claim is one. */
export interface EmergencyRatio {
  from: Tier;
  to: Tier;
  /** The claim is an emergency visit (--emergency yes) and the rule is known: its ratio is `to`'s. */
  applied: boolean;
  path: string;
  cite: NonNullable<SchemeRulesValue['emergency_ratio_as']>['3'] & object;
  /** Its reading or note, said on an emergency visit it applied to. */
  readings: Warning[];
  /** Said on a claim at this level that did not say whether it was an emergency. */
  assumed: Warning;
}

export interface Rules {
  policy: Policy;
  version: PolicyVersion;
  rounding: Rounding;
  eligibility: EligibilityRule | undefined;
  /** Thrown when eligibility is checked: the rule exists but its threshold is unknown. */
  eligibilityProblem: PolicyError | undefined;
  deductible: Resolved;
  /** Over what the deductible counts: year (reduced by the year's deductible met), admission, or null (not stated: charged in full). */
  deductiblePeriod: Period;
  /**
   * A yearly deductible: the lowest standard any level of the policy gives this status (and grade),
   * before the retirees' or a group's share. A fund payment this year shows only that the lowest
   * deductible that could have applied was met (雁汐 三.1: a later stay at a higher level tops up
   * the difference). null where the deductible is not yearly or unknown.
   */
  lowestDeductible: Fen | null;
  /** A yearly deductible: every level's standard for this status (and grade), this claim's own among them, before the shares; null as above. */
  levelDeductibles: readonly Fen[] | null;
  /** A yearly deductible above 0: the warning when a fund payment this year shows it met and the claim did not say so. */
  metInferred: Warning | undefined;
  ratioBase: Resolved;
  /** The retiree uplift, when it is added to this claim's ratio. */
  bonus: Resolved | undefined;
  /** The ratio the fund applies (uplift included, at most 100%); null when unknown. */
  ratio: Bp | null;
  cap: Resolved;
  /** Thrown once the claim is known to be eligible: an unknown deductible or ratio. */
  unanswerable: PolicyError | undefined;
  /** emergency_ratio_as at this level (policy model 2); undefined where the level has none. */
  emergencyRatio?: EmergencyRatio | undefined;
  /** Warnings for a refused claim: only the version's (no parameter was used). */
  baseWarnings: Warning[];
  /** baseWarnings plus those about the deductible, ratio and cap used. */
  warnings: Warning[];
  /** Why the policy's family mutual aid does not cover a relation; undefined where it does. */
  familyRefused: Readonly<Record<Relation, Text | undefined>>;
  /** The warning when that refusal is a reading or an assumption (an open list, an unknown circle). */
  familyWarnings: Readonly<Record<Relation, Warning | undefined>>;
  /** The warning when a relative's account pays by a reading (an undated widening). */
  familyAllowedReadings: Readonly<Record<Relation, Warning | undefined>>;
  /** An open list's unnamed relation: why the family step is unknown (exit 3). */
  familyOpen: Readonly<Record<Relation, Text | undefined>>;
  /** Given when the basic cap cuts the fund payment and the policy names an insurance above it (大病保险). */
  aboveCap: Warning | undefined;
  /** For the last dated version: a claim dated after `horizon` gets `warning` (later changes unknown). */
  afterSources: AfterSources | undefined;
  /** family.order: the relative's account pays before the patient's own. */
  familyFirst: boolean;
  /** Policy model 2's structures for this combination; undefined for a model-1 policy. */
  model2: Model2 | undefined;
  /** The reading each community facility word needs (facilityReadingOf), filled as claims name them: the words are the alias table's, a few. */
  facilityReadings: Map<string, Warning | undefined>;
  /** The deductible_met_inferred warning for a lower level's deductible met, by "met/deductible": one object each (a batch's tally counts rows by warning object). */
  metLowest: Map<string, Warning>;
  /** `ignored_input` for a contribution level or a years answer this combination does not use; undefined where it is used. */
  ignored: { contribution: Warning | undefined; yearsMet: Warning | undefined };
}

const EMPTY: readonly Override[] = [];

interface PolicyCache {
  /** Version index by date: a batch has few distinct dates and many rows. */
  versionByDate: Map<string, number>;
  /** Resolved rules, or the PolicyError a combination always gives (e.g. a benefit not covered). */
  byOverrides: WeakMap<readonly Override[], Map<number, Rules | PolicyError>>;
  /** Model 2: the facilities with a standard of their own, in file order (their cache codes). */
  ownStandards?: string[];
}
const cache = new WeakMap<Policy, PolicyCache>();
/** Bounds the date cache against a file of endlessly different dates. */
const MAX_DATES = 10_000;

// Small integer codes so that the cache key is a number, not a string built per row.
const BENEFIT_CODE: Readonly<Record<BenefitId, number>> = { outpatient: 0, inpatient: 1, chronic: 2 };
const STATUS_CODE: Readonly<Record<Status, number>> = { active: 1, retired: 2 };
const TIER_CODE: Readonly<Record<Tier, number>> = { '1': 0, '2': 1, '3': 2, community: 3 };

const GRADE_CODE: Readonly<Record<Grade, number>> = { '1': 1, '2': 2, '3': 3 };
const FILING_CODE: Readonly<Record<Filing, number>> = { local: 0, filed: 1, referral: 2, unfiled: 3, temporary: 4, emergency: 5 };
const WHERE_CODE: Readonly<Record<Where, number>> = { in_province: 1, out_of_province: 2 };

function comboKey(index: number, claim: Claim): number {
  const status = claim.status === undefined ? 0 : STATUS_CODE[claim.status];
  const key = (((index * 3 + BENEFIT_CODE[claim.benefit]) * 2 + (claim.scheme === 'employee' ? 0 : 1)) * 3 + status) * 4 + TIER_CODE[claim.tier];
  // model 2: the grade (0..3) and the filing (0..5)
  const grade = claim.grade === undefined ? 0 : GRADE_CODE[claim.grade];
  const filing = claim.filing === undefined ? 0 : FILING_CODE[claim.filing];
  // 省内市外 / 省外 (0..2), for a filing rule keyed by where the care was
  const where = claim.where === undefined ? 0 : WHERE_CODE[claim.where];
  // an emergency visit (--emergency yes), for a level that pays it at another level's ratio (emergency_ratio_as)
  return ((key * 24 + grade * 6 + filing) * 3 + where) * 2 + (claim.emergency === true ? 1 : 0);
}

/** The claim's facility where the policy gives it a standard of its own (三级甲等医院), else undefined. */
function ownStandard(policy: Policy, claim: Claim): string | undefined {
  return claim.facility !== undefined && policy.facilities?.[claim.facility]?.own_standard ? claim.facility : undefined;
}

/** The facilities with a standard of their own, in file order (their code in the cache key is index + 1). */
function ownStandardNames(pc: PolicyCache, policy: Policy): string[] {
  return (pc.ownStandards ??= Object.entries(policy.facilities ?? {}).filter(([, f]) => f.own_standard).map(([n]) => n));
}

function versionIndex(pc: PolicyCache, policy: Policy, date: string): number {
  let index = pc.versionByDate.get(date);
  if (index === undefined) {
    if (pc.versionByDate.size >= MAX_DATES) pc.versionByDate.clear();
    pc.versionByDate.set(date, (index = versionIndexInForce(policy, date)));
  }
  return index;
}

/**
 * The rules for a claim's combination, from the cache or resolved now. `versionDate`: the day whose
 * version applies, where it is not the claim's own (a stay settled by its discharge day, stay-version.ts).
 */
export function rulesFor(policy: Policy, claim: Claim, overrides: readonly Override[] = EMPTY, versionDate: string = claim.date): Rules {
  let pc = cache.get(policy);
  if (!pc) cache.set(policy, (pc = { versionByDate: new Map(), byOverrides: new WeakMap() }));
  const index = versionIndex(pc, policy, versionDate);
  if (index < 0) throw new PolicyError('no_version', M.noVersion(policy, versionDate));
  let byKey = pc.byOverrides.get(overrides);
  if (!byKey) pc.byOverrides.set(overrides, (byKey = new Map()));
  const facility = ownStandard(policy, claim);
  const names = ownStandardNames(pc, policy);
  const key = comboKey(index, claim) * (names.length + 1) + (facility === undefined ? 0 : names.indexOf(facility) + 1);
  let rules = byKey.get(key);
  if (!rules) {
    try {
      rules = resolveRules(policy, index, { benefit: claim.benefit, scheme: claim.scheme, status: claim.status, tier: claim.tier, grade: claim.grade, facility, where: claim.where }, claim.filing ?? 'local', overrides, claim.emergency === true);
    } catch (error) {
      if (!(error instanceof PolicyError)) throw error;
      rules = error;
    }
    byKey.set(key, rules);
  }
  if (rules instanceof PolicyError) throw rules;
  return rules;
}

/**
 * The rules of one combination of a version as a claim with no --set would get them, local care
 * (what `policy list` and `policy show` ask to say what a version computes); throws the
 * PolicyError the combination always gives (a grade map and no grade, an undefined tier...).
 */
export function combinationRules(policy: Policy, index: number, q: Query): Rules {
  return resolveRules(policy, index, q, 'local', EMPTY);
}

/** `notes`: policy model 2 also gives the policy's note on a stated value the claim used. */
function valueWarnings(r: Resolved | undefined, out: Warning[], notes = false): void {
  if (!r || r.value === null) return;
  const { kind, sourced, path } = r.provenance;
  if (kind === 'user') out.push(W.userValue(path, r.value));
  if (kind === 'inferred') out.push(W.inferred(path, r.value, sourced?.reasoning));
  if (sourced?.reading) out.push(W.reading(path, sourced.reading, sourced.reading_short));
  if (notes && kind !== 'user' && sourced?.note) out.push(W.policyNote(path, sourced.note));
}

/** `context`: what the policy says of the benefit as a whole (e.g. that it existed, with unknown parameters). */
function unknownError(params: (Resolved | undefined)[], context: Text | undefined): PolicyError | undefined {
  const unknowns = params.filter((r): r is Resolved => r !== undefined && r.value === null);
  if (unknowns.length === 0) return undefined;
  const list = unknowns.map((r) => ({ path: r.provenance.path, setPath: r.setPath, note: r.provenance.sourced?.note }));
  return new PolicyError('unknown_parameter', M.unknownParameters(list, context));
}

function resolveRules(filed: Policy, index: number, q: Query, claimed: Filing, overrides: readonly Override[], emergency = false): Rules {
  const { benefit, scheme, status, tier } = q;
  // facilities.<name>.levels given with --set (the policy's, not a version's)
  const policy = withFacilitySets(filed, overrides);
  // a model-2 value given with --set, in place of the file's (rule-sets.ts)
  const version = withRuleSets(policy.versions[index]!, overrides);
  const schemeRules = version.benefits[benefit]?.[scheme];
  if (!schemeRules) throw new PolicyError('benefit_not_covered', M.benefitNotCovered(policy, version.effective, benefit, scheme));
  if (!policy.tiers[tier]) throw new PolicyError('tier_not_defined', M.tierNotDefined(policy, tier));
  const v2 = isModel2(policy);
  // 因急诊在三级医疗机构就诊的，按二级医疗机构比例支付: an emergency visit takes that level's ratio (the rest stays its own level's)
  const er = v2 ? emergencyRatioOf(schemeRules, q, emergency) : undefined;
  const rq: Query = er?.applied ? { ...q, tier: er.to, facility: undefined } : q;
  const param = (name: Exclude<ParamName, 'disease_limit'>, at: Query = q) => resolveParam(policy, name === 'ratio' ? ratioParamOf(schemeRules) : schemeRules[name], { ...at, param: name }, overrides);
  if (!v2 && claimed !== 'local') throw new PolicyError('unknown_parameter', M2.filingUnknown(`${benefit}.${scheme}.filing.${claimed}`, undefined));
  // 异地急诊抢救的，视同已备案: settled as the kind the policy names (emergency.ts)
  const emergencyFiling = claimed === 'emergency' ? emergencyKind(schemeRules, `${benefit}.${scheme}`) : undefined;
  const filing: Filing = emergencyFiling?.kind ?? claimed;
  // policy 2 may leave the deductible out where every chronic disease states its own (起付标准按病种设定): 0 here, the disease's per claim
  const deductible = (v2 ? model2Deductible(policy, schemeRules, q, filing, overrides) : param('deductible')) ?? {
    value: 0,
    provenance: { kind: 'stated', path: `${benefit}.${scheme}.deductible` },
    retiredKey: false,
    setPath: `${benefit}.${scheme}.deductible`,
  };
  const ratioBase = param('ratio', rq)!;
  // policy 2 may leave the cap out where the rulebook sets none: no cap, and no unknown-cap warning
  const cap = param('cap') ?? { value: null, provenance: { kind: 'stated', path: `${benefit}.${scheme}.cap` }, retiredKey: false, setPath: `${benefit}.${scheme}.cap` };
  // a retired map takes no bonus; in bands, each band as its own ratio is keyed (another band may still take it)
  const someBandTakesBonus = () => v2 && schemeRules.bands !== undefined && schemeRules.bands.segments.some((b) => resolveParam(policy, b.ratio, { ...rq, param: 'ratio' }, overrides)?.retiredKey !== true);
  const bonus = status === 'retired' && (!ratioBase.retiredKey || someBandTakesBonus()) ? param('retiree_bonus', rq) : undefined;

  const unanswerable = unknownError([deductible, ratioBase, bonus], version.benefits[benefit]?.note);
  const model2 = v2 && !unanswerable ? resolveModel2(policy, version, schemeRules, q, filing, overrides, bonus, rq) : undefined;
  // a disease group on the same level's inpatient ratio (ratio_of): those rules, local care, resolved on first use
  if (model2 && benefit !== 'inpatient' && Object.values(version.benefits[benefit]?.disease_limits?.groups ?? {}).some((g) => g.ratio_of)) {
    model2.inpatient = inpatientOnce(() => resolveRules(policy, index, { ...q, benefit: 'inpatient' }, 'local', overrides));
  }
  const ratio = ratioBase.value === null || bonus?.value === null ? null : model2 ? model2.bands[0]!.band.ratio : effectiveRatio(ratioBase.value, bonus?.value ?? 0);

  const baseWarnings: Warning[] = [];
  if (version.effective === null) baseWarnings.push(W.undatedVersion(version.effective_note));
  const warnings = [...baseWarnings, ...ruleSetWarnings(overrides, benefit, scheme), ...(emergencyFiling?.warnings ?? []), ...(er?.applied ? er.readings : [])];
  // banded (policy 2): each band's ratio is said only to a claim with a part in that band (readings2.ts)
  const banded = model2 !== undefined && schemeRules.bands !== undefined;
  for (const r of [deductible, banded ? undefined : ratioBase, bonus, cap]) valueWarnings(r, warnings, v2);
  if (model2) {
    if (banded) {
      model2.bands.forEach((b, index) => {
        const own: Warning[] = [];
        valueWarnings(b.resolved, own, true);
        for (const warning of own) model2.readings.push({ warning, when: { on: 'band', index } });
      });
    }
    warnings.push(...model2.warnings);
    if (emergencyFiling && model2.filing) model2.filing = { ...model2.filing, emergency: emergencyFiling.cite, emergencyAs: emergencyFiling.kind };
  }
  // the uplift above 100% (a filing cut or a policy's own ceiling below it is not this)
  if (ratio !== null && bonus?.value != null && ratioBase.value! + bonus.value > 10000) {
    warnings.push(W.ratioCapped(ratioBase.provenance.path, ratioBase.value!, bonus.value));
  }
  if (cap.value === null && schemeRules.cap !== undefined) {
    warnings.push(W.unknownCap(cap.provenance.path, cap.provenance.sourced?.note));
  }
  const deductiblePeriod = periodOf(schemeRules);
  if (deductiblePeriod === null && deductible.value !== null && deductible.value > 0) {
    warnings.push(RW.deductiblePeriod(deductible.provenance.path, schemeRules.deductible_period?.note));
  }
  const family = familyOf(version);
  const levels = deductiblePeriod === 'year' && deductible.value !== null ? levelStandards(policy, schemeRules.deductible, q, overrides, deductible.value) : null;

  const [eligibility, eligibilityProblem] = eligibilityOf(schemeRules, benefit, scheme);
  return {
    policy,
    version,
    rounding: { mode: version.rounding.mode, unit: version.rounding.unit },
    eligibility,
    eligibilityProblem,
    deductible,
    deductiblePeriod,
    lowestDeductible: levels === null ? null : Math.min(...levels),
    levelDeductibles: levels,
    metInferred:
      deductiblePeriod === 'year' && deductible.value !== null && deductible.value > 0 ? RW.deductibleMetInferred(deductible.provenance.path, deductible.value) : undefined,
    ratioBase,
    bonus,
    ratio,
    cap,
    unanswerable,
    // Shared by every claim of this combination: frozen so that no caller can change them.
    baseWarnings: Object.freeze(baseWarnings) as Warning[],
    warnings: Object.freeze(warnings) as Warning[],
    familyRefused: family.refused,
    familyWarnings: family.warnings,
    familyAllowedReadings: family.allowedReadings,
    familyOpen: family.open,
    aboveCap: aboveCapOf(schemeRules, cap.provenance.path),
    afterSources: afterSourcesOf(policy, index),
    model2,
    emergencyRatio: er,
    familyFirst: version.family?.order.values[0] === 'family',
    facilityReadings: new Map(),
    metLowest: new Map(),
    ignored: {
      contribution: eligibility || eligibilityProblem ? undefined : IW.contribution(benefit, scheme, status),
      yearsMet: eligibilityProblem || (status !== undefined && eligibility?.yearsFor.includes(status)) ? undefined : IW.yearsMet(benefit, scheme, status),
    },
  };
}

/**
 * emergency_ratio_as at the claim's level (三级医疗机构不予支付；因急诊在三级医疗机构就诊的，按二级医疗机构比例支付):
 * the level an emergency visit's ratio is taken at, and whether this claim is one (applied); undefined
 * where the level has no such rule. Unknown (null + note) on an emergency visit: exit 3 naming it.
 */
function emergencyRatioOf(rules: SchemeRulesValue, q: Query, emergency: boolean): EmergencyRatio | undefined {
  const v = rules.emergency_ratio_as?.[q.tier as '1' | '2' | '3'];
  if (!v) return undefined;
  const path = `${q.benefit}.${q.scheme}.emergency_ratio_as.${q.tier}`;
  if (emergency && v.value === null) throw new PolicyError('unknown_parameter', M2.unknownRule(path, v.note, M2.emergencyRatioHow(path)));
  const readings: Warning[] = [];
  if (v.reading) readings.push(W.reading(path, v.reading, v.reading_short));
  else if (v.note && v.value !== null) readings.push(W.policyNote(path, v.note));
  return { from: q.tier, to: v.value ?? q.tier, applied: emergency && v.value !== null, path, cite: v, readings, assumed: RW.emergencyAssumed(path, q.tier, v.value) };
}

/** Resolves once, on first use; a PolicyError is kept and thrown again. */
function inpatientOnce(resolve: () => Rules): () => Rules {
  let done: Rules | PolicyError | undefined;
  return () => {
    if (done === undefined) {
      try {
        done = resolve();
      } catch (error) {
        if (!(error instanceof PolicyError)) throw error;
        done = error;
      }
    }
    if (done instanceof PolicyError) throw done;
    return done;
  };
}

/** The deductible standard of each of the policy's levels for this status and grade, `own` first (a level whose value is unknown or cannot be placed is passed over). */
function levelStandards(policy: Policy, node: SchemeRulesValue['deductible'], q: Query, overrides: readonly Override[], own: Fen): Fen[] {
  const standards = [own];
  for (const tier of TIERS) {
    if (!policy.tiers[tier] || tier === q.tier) continue;
    try {
      const r = resolveParam(policy, node, { ...q, tier, param: 'deductible' }, overrides);
      if (r?.value != null) standards.push(r.value);
    } catch (error) {
      if (!(error instanceof PolicyError)) throw error;
    }
  }
  return standards;
}
