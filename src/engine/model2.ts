// The policy-model-2 parts of a combination's rules (rules.ts caches them with the rest): the
// 乙类 shares, the admission schedule, the retirees' deductible share, the ratio's bands (one
// band where the ratio is flat) with the retiree uplift and the filing cut, the age rule, the
// disease limits, the second layer and assistance that apply to this benefit and scheme, and
// what the accounts may pay. A value the sources leave unknown where it decides every claim of
// the combination is a PolicyError here (exit 3, naming it); the rest are checked per claim.
import type { BenefitId, Scheme, Status, Text, Tier } from '../domain.js';
import type { Policy, PolicyVersion, SchemeRulesValue, SourcedValue } from '../policy/schema.js';
import type { AssistanceValue, DiseaseLimitsValue, FlagValue, SecondLayerValue } from '../policy/schema-v2.js';
import { PolicyError, type Bp, type Filing, type Grade, type Override, type Warning } from './types.js';
import { resolveParam, type Resolved } from './params.js';
import { fenFromNumber, ratioFromNumber } from '../money/money.js';
import { effectiveRatio } from './steps/ratio.js';
import type { Band } from './steps/bands.js';
import type { BurdenCounts } from './steps/second_layer.js';
import { model2Messages as M2 } from './messages2.js';
import { warnings as W, ruleWarnings as RW } from './warnings.js';

/** Anything a policy cites. */
export interface Cited {
  source?: string | undefined;
  quote?: string | undefined;
}

export interface BandRule {
  band: Band;
  /** The band's base ratio as resolved (its source and quote). */
  resolved: Resolved;
  edge: SourcedValue | undefined;
}

export interface LayerRules {
  value: SecondLayerValue;
  path: string;
  counts: BurdenCounts | undefined;
  threshold: number;
  bands: Band[];
  cap: number;
  ratio: Bp;
  /** The reading for a claim during which the fund's cap is reached (within_claim), built once: pushed on each such claim. */
  withinReading: Warning | undefined;
}

export interface Model2 {
  /** A share the sources leave unknown is null: it stops only a claim with that kind of 乙类 cost. */
  firstPay: { drugs: Bp | null; items: Bp | null; drugsCite: SourcedValue; itemsCite: SourcedValue; order: Cited | undefined } | undefined;
  /** Each entry's reading (不再收取 read as 0) is given only to a claim it applies to (warnings2.ts). Empty: this status pays in full (`none`) or its schedule is unknown. */
  schedule: ScheduleEntry[] | undefined;
  /** The claim's status has no schedule (`retired: { value: none }`): cited on a later admission, its reading given there. */
  scheduleNone: { cite: Cited; reading: Warning | undefined } | undefined;
  /** The claim's status's schedule is not stated (null + note): the error for a later admission. */
  scheduleUnknown: PolicyError | undefined;
  /** group_deductible_share: the share of the deductible each assistance group pays, by group name (aliases resolved by `byName`). */
  groupShares: { byName: ReadonlyMap<string, string>; shares: ReadonlyMap<string, GroupShare> } | undefined;
  /**
   * The warning of a claim that does not say which stay of the year it is, with a schedule: one
   * object for the combination (a batch's tally counts warnings by object, and a new one on each
   * such row kept every one of them: tens of megabytes over a million rows).
   */
  admissionAssumed: Warning | undefined;
  retireeShare: { share: Bp; sourced: SourcedValue } | undefined;
  /** The ratio's bands, each ratio with the retiree uplift and the filing cut (before an age uplift). */
  bands: BandRule[];
  /** The bands alone (ratio and edge), the array the settlement uses when no age uplift applies. */
  flatBands: Band[];
  /** The annual cap is shared with other benefits (cap_shared): a fund payment this year may be theirs. */
  capShared: boolean;
  /** null: the ratio is not banded (one band). */
  bandBase: 'total' | 'after_deductible' | null;
  bandBaseCite: Cited | undefined;
  age: { min: number; bonus: Bp; on: 'admission' | 'discharge' | null; path: string; cite: SourcedValue; onNote: Text | undefined } | undefined;
  /** `times`: the deductible's multiple (起付标准加倍: 20000 Bp), 10000 where the filing does not change it. */
  filing: { kind: Filing; cut: Bp; deductibleAs: Tier | undefined; times: Bp; cite: Cited; timesCite: SourcedValue | undefined } | undefined;
  /** `limits`: the patient's limit by combination of diseases, filled as claims come (settle2.ts). */
  diseases: { value: DiseaseLimitsValue; path: string; limits: Map<string, number> } | undefined;
  layer: LayerRules | undefined;
  /** The readings of what its base includes, given only to a claim where they change the base (warnings2.ts). */
  assistance:
    | { value: AssistanceValue; path: string; deductible: boolean; firstPay: boolean; deductibleReading: Warning | undefined; firstPayReading: Warning | undefined; byName: ReadonlyMap<string, string> }
    | undefined;
  accounts: { ownAll: boolean; familyAll: boolean; familyFirst: boolean; cite: Cited | undefined; familyCite: Cited | undefined; ownReading: Warning | undefined; familyReading: Warning | undefined };
  /** Readings and notes of the structures used (the combination's). */
  warnings: Warning[];
  /** The status-change reading, given to an employee claim that carries year-to-date totals. */
  statusChange: Warning | undefined;
}

export interface ScheduleEntry {
  from: number;
  share: Bp;
  sourced: SourcedValue;
  reading: Warning | undefined;
}

export interface GroupShare {
  /** null: the sources leave it unknown (exit 3 for a claim of this group). */
  share: Bp | null;
  sourced: SourcedValue;
  path: string;
  reading: Warning | undefined;
  /** The share inferred from a worked example: its warning, one object for the combination (warnings2.ts). */
  inferred: Warning | undefined;
}

export interface Query {
  benefit: BenefitId;
  scheme: Scheme;
  status: Status | undefined;
  tier: Tier;
  grade: Grade | undefined;
}

const bp = (v: number) => ratioFromNumber(v);

export function unknown(path: string, note: Text | undefined, how?: Text): PolicyError {
  return new PolicyError('unknown_parameter', M2.unknownRule(path, note, how));
}

/** A ratio only some claims need: its value in Bp, or null when the sources leave it unknown. */
function shareIfKnown(v: SourcedValue, path: string, out: Warning[]): Bp | null {
  return v.value === null ? null : need(v, path, 'ratio', out);
}

/** A sourced number the combination needs: its value (fen or Bp) or the unknown error. */
function need(v: SourcedValue, path: string, kind: 'money' | 'ratio', out: Warning[]): number {
  if (v.value === null) throw unknown(path, v.note);
  if (v.reading) out.push(W.reading(path, v.reading, v.reading_short));
  return kind === 'money' ? fenFromNumber(v.value) : bp(v.value);
}

function count(v: SourcedValue, path: string): number {
  if (v.value === null) throw unknown(path, v.note);
  return v.value;
}

function flag(f: FlagValue, path: string, out: Warning[]): boolean {
  if (f.value === null) throw unknown(path, f.note);
  if (f.reading) out.push(W.reading(path, f.reading, f.reading_short));
  return f.value;
}

/** The deductible, with the level the filing names in place of the claim's. */
export function model2Deductible(policy: Policy, rules: SchemeRulesValue, q: Query, filing: Filing, overrides: readonly Override[]): Resolved {
  const f = filing === 'local' ? undefined : rules.filing?.[filing];
  const tier = f?.value === 'adjusted' && f.deductible_as ? f.deductible_as : q.tier;
  return resolveParam(policy, rules.deductible, { ...q, tier, param: 'deductible' }, overrides)!;
}

export function resolveModel2(
  policy: Policy,
  version: PolicyVersion,
  rules: SchemeRulesValue,
  q: Query,
  filing: Filing,
  overrides: readonly Override[],
  bonus: Resolved | undefined,
): Model2 {
  const out: Warning[] = [];
  const base = `${q.benefit}.${q.scheme}`;
  const fileRule = resolveFiling(rules, filing, base, out);
  const cut = fileRule?.cut ?? 0;
  const uplift = bonus?.value ?? 0;
  const bands = resolveBands(policy, rules, q, overrides, base, out).map((b) => ({ ...b, band: { ...b.band, ratio: Math.max(0, effectiveRatio(b.band.ratio, uplift) - cut) } }));
  const fp = version.first_pay;
  const fpApplies = fp !== undefined && (fp.benefits === undefined || fp.benefits.includes(q.benefit));
  return {
    flatBands: bands.map((b) => b.band),
    capShared: rules.cap_shared !== undefined,
    firstPay: fpApplies
      ? { drugs: shareIfKnown(fp.drugs, 'first_pay.drugs', out), items: shareIfKnown(fp.items, 'first_pay.items', out), drugsCite: fp.drugs, itemsCite: fp.items, order: fp.order }
      : undefined,
    ...resolveSchedule(rules, q, base),
    groupShares: resolveGroupShares(version, rules, base),
    admissionAssumed: rules.deductible_schedule ? RW.admissionAssumed(`${base}.deductible_schedule`) : undefined,
    retireeShare:
      rules.retiree_deductible_share && q.status === 'retired'
        ? { share: need(rules.retiree_deductible_share, `${base}.retiree_deductible_share`, 'ratio', out), sourced: rules.retiree_deductible_share }
        : undefined,
    bands,
    bandBase: rules.bands ? bandBaseOf(rules, base, out) : null,
    bandBaseCite: rules.bands?.base,
    age: rules.age_bonus
      ? {
          min: count(rules.age_bonus.min_age, `${base}.age_bonus.min_age`),
          bonus: need(rules.age_bonus.value, `${base}.age_bonus.value`, 'ratio', out),
          on: rules.age_bonus.age_on.value,
          path: `${base}.age_bonus`,
          cite: rules.age_bonus.value,
          onNote: rules.age_bonus.age_on.note,
        }
      : undefined,
    filing: fileRule,
    diseases: version.benefits[q.benefit]?.disease_limits ? { value: version.benefits[q.benefit]!.disease_limits!, path: `${q.benefit}.disease_limits`, limits: new Map() } : undefined,
    layer: resolveLayer(version, q, out),
    assistance: resolveAssistance(version, q),
    accounts: accountsOf(version),
    warnings: out,
    statusChange: statusChangeOf(version, rules, q),
  };
}

function resolveFiling(rules: SchemeRulesValue, filing: Filing, base: string, out: Warning[]): Model2['filing'] {
  if (filing === 'local') return undefined;
  const path = `${base}.filing.${filing}`;
  const rule = rules.filing?.[filing];
  if (!rule || rule.value === null) throw new PolicyError('unknown_parameter', M2.filingUnknown(path, rule?.note));
  if (rule.reading) out.push(W.reading(path, rule.reading, rule.reading_short));
  if (rule.value === 'local') return { kind: filing, cut: 0, deductibleAs: undefined, times: 10000, cite: rule, timesCite: undefined };
  const cut = rule.ratio_cut ? need(rule.ratio_cut, `${path}.ratio_cut`, 'ratio', out) : 0;
  const times = rule.deductible_times ? timesOf(rule.deductible_times, `${path}.deductible_times`, out) : 10000;
  return { kind: filing, cut, deductibleAs: rule.deductible_as, times, cite: rule, timesCite: rule.deductible_times };
}

/** A multiple (2 = 2倍) in parts per 10,000: 20000. */
function timesOf(v: SourcedValue, path: string, out: Warning[]): Bp {
  if (v.value === null) throw unknown(path, v.note);
  if (v.reading) out.push(W.reading(path, v.reading, v.reading_short));
  return Math.round(v.value * 10000);
}

/** The later-admission schedule for the claim's status: one list for all, or the status's own list, `none`, or unknown. */
function resolveSchedule(rules: SchemeRulesValue, q: Query, base: string): Pick<Model2, 'schedule' | 'scheduleNone' | 'scheduleUnknown'> {
  const rule = rules.deductible_schedule;
  if (rule === undefined) return { schedule: undefined, scheduleNone: undefined, scheduleUnknown: undefined };
  const entries = (list: readonly { from: number; share: SourcedValue }[], path: string): ScheduleEntry[] =>
    list.map((s, i) => {
      const readings: Warning[] = [];
      const share = need(s.share, `${path}.${i}`, 'ratio', readings);
      return { from: s.from, share, sourced: s.share, reading: readings[0] };
    });
  if (Array.isArray(rule)) return { schedule: entries(rule, `${base}.deductible_schedule`), scheduleNone: undefined, scheduleUnknown: undefined };
  const path = `${base}.deductible_schedule.${q.status ?? 'active'}`;
  const mine = q.status === undefined ? undefined : rule[q.status];
  if (mine === undefined) return { schedule: [], scheduleNone: undefined, scheduleUnknown: unknown(path, undefined) };
  if (Array.isArray(mine)) return { schedule: entries(mine, path), scheduleNone: undefined, scheduleUnknown: undefined };
  if (mine.value === null) return { schedule: [], scheduleNone: undefined, scheduleUnknown: unknown(path, mine.note) };
  return { schedule: [], scheduleNone: { cite: mine, reading: mine.reading ? W.reading(path, mine.reading, mine.reading_short) : undefined }, scheduleUnknown: undefined };
}

/** group_deductible_share by group, with the names and aliases of assistance.groups. */
function resolveGroupShares(version: PolicyVersion, rules: SchemeRulesValue, base: string): Model2['groupShares'] {
  const g = rules.group_deductible_share;
  if (!g) return undefined;
  const byName = new Map<string, string>();
  for (const [name, group] of Object.entries(version.assistance?.groups ?? {})) for (const n of [name, ...(group.aliases ?? [])]) byName.set(n, name);
  for (const name of Object.keys(g)) byName.set(name, name);
  const shares = new Map<string, GroupShare>();
  for (const [name, v] of Object.entries(g)) {
    const path = `${base}.group_deductible_share.${name}`;
    const readings: Warning[] = [];
    const share = v.value === null ? null : need(v, path, 'ratio', readings);
    const inferred = v.inferred && share !== null ? W.inferred(path, share, v.reasoning) : undefined;
    shares.set(name, { share, sourced: v, path, reading: readings[0], inferred });
  }
  return { byName, shares };
}

/** The claim's group's share of the deductible (10000 = all of it, for no group or a group the rule leaves out). */
export function groupDeductibleShare(g: NonNullable<Model2['groupShares']>, typed: string | undefined): { share: Bp; rule: GroupShare | undefined } {
  if (typed === undefined) return { share: 10000, rule: undefined };
  const name = g.byName.get(typed) ?? g.byName.get(typed.trim());
  if (name === undefined) throw new PolicyError('needs_input', M2.unknownGroup(typed.trim(), [...new Set(g.byName.values())]), 2, 'assistance');
  const rule = g.shares.get(name);
  if (!rule) return { share: 10000, rule: undefined };
  if (rule.share === null) throw unknown(rule.path, rule.sourced.note);
  return { share: rule.share, rule };
}

function bandBaseOf(rules: SchemeRulesValue, base: string, out: Warning[]): 'total' | 'after_deductible' {
  const b = rules.bands!.base;
  if (b.value === null) throw unknown(`${base}.bands.base`, b.note);
  if (b.reading) out.push(W.reading(`${base}.bands.base`, b.reading, b.reading_short));
  return b.value;
}

/** The bands as resolved for the claim's status, grade and tier; a flat ratio is one open band. */
function resolveBands(policy: Policy, rules: SchemeRulesValue, q: Query, overrides: readonly Override[], base: string, out: Warning[]): BandRule[] {
  const segments = rules.bands?.segments ?? [{ ratio: rules.ratio! }];
  return segments.map((s, i) => {
    const resolved = resolveParam(policy, s.ratio, { ...q, param: 'ratio' }, overrides)!;
    if (rules.bands) resolved.provenance = { ...resolved.provenance, path: resolved.provenance.path.replace(`${base}.ratio`, `${base}.bands.${i}.ratio`) };
    if (resolved.value === null) throw unknown(resolved.provenance.path, resolved.provenance.sourced?.note);
    const upTo = s.up_to ? need(s.up_to, `${base}.bands.${i}.up_to`, 'money', out) : null;
    return { band: { upTo, ratio: resolved.value }, resolved, edge: s.up_to };
  });
}

function resolveLayer(version: PolicyVersion, q: Query, out: Warning[]): LayerRules | undefined {
  const layer = version.second_layer?.[q.scheme];
  if (!layer || !layer.benefits.includes(q.benefit)) return undefined;
  const path = `second_layer.${q.scheme}`;
  if (layer.base.value === null) throw unknown(`${path}.base`, layer.base.note);
  const c = layer.counts;
  const w = layer.within_claim;
  return {
    value: layer,
    path,
    counts: c
      ? { firstPay: flag(c.first_pay, `${path}.counts.first_pay`, out), deductible: flag(c.deductible, `${path}.counts.deductible`, out), aboveCap: flag(c.above_cap, `${path}.counts.above_cap`, out) }
      : undefined,
    threshold: layer.threshold ? need(layer.threshold, `${path}.threshold`, 'money', out) : 0,
    bands: (layer.segments ?? []).map((s, i) => ({
      upTo: s.up_to ? need(s.up_to, `${path}.segments.${i}.up_to`, 'money', out) : null,
      ratio: need(s.ratio, `${path}.segments.${i}.ratio`, 'ratio', out),
    })),
    cap: need(layer.cap, `${path}.cap`, 'money', out),
    // above_cap without a ratio pays the whole excess (白鹭: 超出…的金额，由大额医疗费用补助支付)
    ratio: layer.ratio ? need(layer.ratio, `${path}.ratio`, 'ratio', out) : layer.base.value === 'above_cap' ? 10000 : 0,
    withinReading: w ? RW.secondLayerReading(`${path}.within_claim`, layer.name, w.reading ?? w.note ?? layer.name, w.reading_short) : undefined,
  };
}

/** Its readings are given only to a claim with an assistance group (warnings2.ts). */
function resolveAssistance(version: PolicyVersion, q: Query): Model2['assistance'] {
  const a = version.assistance;
  if (!a || !a.benefits.includes(q.benefit)) return undefined;
  const d: Warning[] = [];
  const f: Warning[] = [];
  const deductible = flag(a.base.deductible, 'assistance.base.deductible', d);
  const firstPay = flag(a.base.first_pay, 'assistance.base.first_pay', f);
  const byName = new Map<string, string>();
  for (const [name, g] of Object.entries(a.groups)) for (const n of [name, ...(g.aliases ?? [])]) byName.set(n, name);
  return { value: a, path: 'assistance', deductible, firstPay, deductibleReading: d[0], firstPayReading: f[0], byName };
}

/** Their readings are given only to a claim that uses the account (warnings2.ts). */
function accountsOf(version: PolicyVersion): Model2['accounts'] {
  const s = version.account_scope;
  const own = s?.own;
  const family = s?.family;
  const order = version.family?.order.values ?? ['own_account', 'family'];
  return {
    ownAll: own?.value === 'all',
    familyAll: family?.value === 'all',
    familyFirst: order[0] === 'family',
    cite: own,
    familyCite: family,
    ownReading: own?.reading ? W.reading('account_scope.own', own.reading, own.reading_short) : undefined,
    familyReading: family?.reading ? W.reading('account_scope.family', family.reading, family.reading_short) : undefined,
  };
}

/** The reading for a status that changed within the year, where this benefit's values differ by status. */
function statusChangeOf(version: PolicyVersion, rules: SchemeRulesValue, q: Query): Warning | undefined {
  const sc = version.status_change;
  if (!sc || q.scheme !== 'employee') return undefined;
  const byStatus = (p: unknown) => typeof p === 'object' && p !== null && (Object.hasOwn(p, 'active') || Object.hasOwn(p, 'retired'));
  if (!byStatus(rules.deductible) && !byStatus(rules.cap)) return undefined;
  const text: Text = sc.reading ?? sc.note ?? { zh: '在职转退休时本年累计数的处理', en: 'the year’s totals when the status changes' };
  return RW.statusChange(text, sc.reading_short);
}

/** The claim's assistance group by the policy's name or alias. */
export function groupName(a: NonNullable<Model2['assistance']>, typed: string): string {
  const name = a.byName.get(typed) ?? a.byName.get(typed.trim());
  if (name === undefined) throw new PolicyError('needs_input', M2.unknownGroup(typed.trim(), Object.keys(a.value.groups)), 2, 'assistance');
  return name;
}
