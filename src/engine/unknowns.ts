// Which deductible or ratio the sources leave unknown for a claim that is only partly known
// (city, date, benefit, scheme, perhaps status; no tier or amount yet), so that a front end
// can say "yibao cannot answer this" before asking the rest. It asks the engine's own rules
// (rulesFor, which resolves parameters through params.ts) for every tier the policy defines,
// so it can never disagree with what explain() will later refuse.
import { STATUSES, TIERS, type BenefitId, type Scheme, type Status, type Tier } from '../domain.js';
import type { Policy } from '../policy/schema.js';
import { PARAM_NAMES, paramWords, setFlag, type Text } from './messages.js';
import type { Resolved } from './params.js';
import { rulesFor } from './rules.js';
import { PolicyError, type Bp, type Claim, type Override } from './types.js';
import { verdictOf } from './settle.js';

export interface UnknownParameter {
  param: 'deductible' | 'ratio' | 'retiree_bonus';
  /** The policy path of the unknown value, e.g. "outpatient.resident.deductible". */
  path: string;
  /** The parameter in words, e.g. 居民医保普通门诊起付线. */
  label: Text;
  /** The parameter alone, e.g. 起付线 (to list several of one benefit and scheme). */
  name: Text;
  /** The --set flag that supplies it, with a placeholder for the value. */
  set: Text;
  /** The policy's note on why it is unknown, when it gives one. */
  note?: Text;
  /**
   * The tiers at which this unknown makes the claim unanswerable. `everyTier` is true when
   * it does so whatever the tier (a tier the engine cannot place at all, e.g. a community
   * facility with no counts_as, is not counted against it: it is unanswerable anyway).
   */
  tiers: Tier[];
  everyTier: boolean;
}

const EMPTY: readonly Override[] = [];

/** The engine's claim for a combination; the money fields do not take part in resolving rules. */
function probe(date: string, benefit: BenefitId, scheme: Scheme, status: Status | undefined, tier: Tier, facility?: string): Claim {
  const claim: Claim = { city: '', date, scheme, benefit, tier, amount: 0, outOfScope: 0, ytdDeductible: 0, ytdFund: 0, account: 0, family: 0 };
  if (status !== undefined) claim.status = status;
  if (facility !== undefined) claim.facility = facility;
  return claim;
}

/** The unknown deductible, ratio and retiree uplift at one (status, tier), or null when the tier cannot be placed. */
function unknownsAt(policy: Policy, claim: Claim, overrides: readonly Override[]): Resolved[] | null {
  try {
    const rules = rulesFor(policy, claim, overrides);
    return [rules.deductible, rules.ratioBase, rules.bonus].filter((r): r is Resolved => r !== undefined && r.value === null);
  } catch (error) {
    if (error instanceof PolicyError && error.code === 'tier_not_defined') return null;
    throw error;
  }
}

/**
 * The unknown deductible and ratio parameters (the retiree uplift included) that would make
 * this claim unanswerable, reported for the tiers they affect. --set overrides count as known.
 * An employee without a status yet is checked under both statuses, and a parameter is listed
 * only for the tiers where it is unknown under both (only then is the answer already certain).
 * Throws the engine's PolicyError when no version is in force on the date or the policy does
 * not cover the benefit for the scheme: those are not parameters, and no tier helps.
 * `facility`: a facility the claim names (三级甲等医院), whose own standard is used where it has one.
 */
export function unknownParameters(
  policy: Policy,
  date: string,
  benefit: BenefitId,
  scheme: Scheme,
  status?: Status,
  overrides: readonly Override[] = EMPTY,
  facility?: string,
): UnknownParameter[] {
  const statuses: (Status | undefined)[] = scheme === 'employee' && status === undefined ? [...STATUSES] : [status];
  const tiers = TIERS.filter((t) => policy.tiers[t] !== undefined);
  const placed: Tier[] = [];
  const found = new Map<string, { first: Resolved; setPaths: Set<string>; tiers: Tier[] }>();
  for (const tier of tiers) {
    const perStatus = statuses.map((s) => unknownsAt(policy, probe(date, benefit, scheme, s, tier, facility), overrides));
    if (perStatus.some((u) => u === null)) continue;
    placed.push(tier);
    const lists = perStatus as Resolved[][];
    for (const r of lists[0]!) {
      const param = r.provenance.path.split('.')[2]!;
      const same = lists.map((list) => list.find((o) => o.provenance.path.split('.')[2] === param));
      if (same.some((o) => o === undefined)) continue;
      let entry = found.get(param);
      if (!entry) found.set(param, (entry = { first: r, setPaths: new Set(), tiers: [] }));
      for (const o of same) entry.setPaths.add(o!.setPath);
      entry.tiers.push(tier);
    }
  }
  return [...found.entries()].map(([param, e]) => {
    // One --set per distinct path: a status- or tier-specific unknown is supplied only where it is unknown.
    const setPaths = [...e.setPaths];
    const sets = (lang: 'zh' | 'en') => setPaths.map((p) => setFlag(p)[lang]).join(' ');
    const out: UnknownParameter = {
      param: param as UnknownParameter['param'],
      path: setPaths.length === 1 ? e.first.provenance.path : `${benefit}.${scheme}.${param}`,
      label: paramWords(`${benefit}.${scheme}.${param}`),
      name: PARAM_NAMES[param]!,
      set: { zh: sets('zh'), en: sets('en') },
      tiers: e.tiers,
      everyTier: e.tiers.length === placed.length,
    };
    const note = e.first.provenance.sourced?.note;
    if (note) out.note = note;
    return out;
  });
}

/**
 * Where a contribution level the sources give no band for (Jiayu: below 60%) makes the claim
 * unanswerable: the engine's own error, so a front end can stop before asking more. Undefined
 * when the level is answered (eligible, or refused by a stated band) or nothing decides yet.
 */
export function contributionProblem(
  policy: Policy,
  date: string,
  benefit: BenefitId,
  scheme: Scheme,
  status: Status | undefined,
  tier: Tier,
  contribution: Bp,
  yearsMet: boolean | undefined,
): PolicyError | undefined {
  const claim = probe(date, benefit, scheme, status, tier);
  claim.contribution = contribution;
  if (yearsMet !== undefined) claim.yearsMet = yearsMet;
  try {
    verdictOf(rulesFor(policy, claim), claim);
    return undefined;
  } catch (error) {
    if (error instanceof PolicyError && error.code === 'unknown_parameter') return error;
    return undefined;
  }
}
