// The parts of a combination's rules beyond its three parameters, each resolved once from the
// policy data (rules.ts caches them): the contribution-level rule and its readings, the family
// circle (allowed, unsettled by the source, or unknown), the deductible's period, the insurance
// that may pay above the basic cap, and the date after which the sources describe nothing.
import { RELATIONS, type BenefitId, type Relation, type Scheme } from '../domain.js';
import type { Policy, PolicyVersion, SchemeRulesValue, SourcedValue } from '../policy/schema.js';
import type { Warning } from './types.js';
import { PolicyError } from './types.js';
import { fenFromNumber, ratioFromNumber } from '../money/money.js';
import type { ContributionRule } from './steps/eligibility.js';
import { engineMessages as M, type Text } from './messages.js';
import { ruleWarnings as RW } from './warnings.js';

export interface EligibilityRule extends ContributionRule {
  rule: Text;
  sourced: SourcedValue;
  path: string;
  /** The years rule in words (its quote), for the eligibility step. */
  years: Text | undefined;
  /** Its citation. */
  yearsCited: { source?: string | undefined; quote?: string | undefined } | undefined;
  /** Given when a retiree who did not say the years were met is refused by the bands. */
  yearsWarning: Warning | undefined;
  /** Given when a level between two whole-percentage bands is refused. */
  edgeWarning: Warning | undefined;
}

const bp = (v: SourcedValue | undefined) => (v?.value == null ? undefined : ratioFromNumber(v.value));

export function eligibilityOf(rules: SchemeRulesValue, benefit: BenefitId, scheme: Scheme): [EligibilityRule | undefined, PolicyError | undefined] {
  const e = rules.eligibility;
  if (!e) return [undefined, undefined];
  const path = `${benefit}.${scheme}.eligibility.min_contribution`;
  if (e.min_contribution.value === null) return [undefined, new PolicyError('unknown_parameter', M.eligibilityUnknown(path))];
  const min = ratioFromNumber(e.min_contribution.value);
  const lowerTop = bp(e.lower_band_top);
  const y = e.years_rule;
  const years: Text | undefined = y?.rule;
  return [
    {
      min,
      lowerTop,
      lowest: bp(e.lowest_band),
      requiredFor: e.required_for,
      yearsFor: y?.statuses ?? [],
      rule: e.rule,
      sourced: e.min_contribution,
      path,
      years,
      yearsCited: y,
      yearsWarning: y ? RW.contributionYears(`${benefit}.${scheme}.eligibility.years_rule`, years!, y.reading, y.reading_short) : undefined,
      edgeWarning: lowerTop === undefined ? undefined : RW.bandEdge(path, lowerTop, min, e.min_contribution.reading),
    },
    undefined,
  ];
}

export interface FamilyRules {
  /** Why the relative's account does not pay; undefined where it does. */
  refused: Readonly<Record<Relation, Text | undefined>>;
  /** The warning when that refusal is a reading or an assumption, not a stated rule. */
  warnings: Readonly<Record<Relation, Warning | undefined>>;
  /** The warning when a relative's account pays by a reading (a widening the source does not date). */
  allowedReadings: Readonly<Record<Relation, Warning | undefined>>;
  /** Why the claim is unanswerable (exit 3): an open list (`unsettled` given) that neither names nor rules out the relation. */
  open: Readonly<Record<Relation, Text | undefined>>;
}

export function familyOf(version: PolicyVersion): FamilyRules {
  const relations = version.family?.relations;
  const values = relations?.values ?? null;
  const unsettled = relations?.unsettled;
  const refused = {} as Record<Relation, Text | undefined>;
  const warnings = {} as Record<Relation, Warning | undefined>;
  const widened = relations?.widened;
  const allowedReadings = {} as Record<Relation, Warning | undefined>;
  // an open 「…等」 list is marked by `open: true` or `unsettled` (the relations it neither names nor rules out)
  const open = {} as Record<Relation, Text | undefined>;
  for (const r of RELATIONS) {
    allowedReadings[r] = widened && values?.includes(r) && widened.values.includes(r) ? RW.familyWidened(r, widened.reading, widened.reading_short) : undefined;
    if (values === null) {
      refused[r] = M.familyUnknown(r);
      warnings[r] = RW.familyUnknown(r);
    } else if (values.includes(r)) {
      refused[r] = undefined;
      warnings[r] = undefined;
    } else if (unsettled?.values.includes(r)) {
      refused[r] = M.familyUnsettled(r);
      warnings[r] = RW.familyReading(r, unsettled.reading, unsettled.reading_short);
    } else {
      refused[r] = M.familyRefused(r, values);
      warnings[r] = undefined;
      if (unsettled || relations?.open) open[r] = M.familyOpen(r, relations?.quote);
    }
  }
  return { refused, warnings, allowedReadings, open };
}

export type Period = 'year' | 'admission' | null;

export function periodOf(rules: SchemeRulesValue): Period {
  return rules.deductible_period?.value ?? null;
}

/** The warning for a claim the basic cap cut, where the policy names an insurance above it. */
export function aboveCapOf(rules: SchemeRulesValue, capPath: string): Warning | undefined {
  const b = rules.beyond_cap;
  if (!b) return undefined;
  return RW.aboveCap(capPath, b.name, b.cap.value === null ? null : fenFromNumber(b.cap.value), b.note);
}

/** The last day a source date covers: "2024" -> 2024-12-31, "2024-01" -> 2024-01-31; unknown -> undefined. */
function lastDay(date: string): string | undefined {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${date}-${String(d).padStart(2, '0')}`;
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}

/** After the sources: a claim after `horizon` is warned; one after `reading.after` (and not after the horizon) is told the reading the span rests on. */
export interface AfterSources {
  horizon: string;
  warning: Warning;
  reading?: { after: string; warning: Warning };
}

/**
 * For the last dated version: the last day the policy's sources cover and the warning for a
 * claim after it (the rules may have changed since). That day is the latest source's date, or
 * later where the version states how far its sources cover (covers_until: 云岭's "2025年度"
 * notice covers 2025); a span that is a reading is said on the claims it covers past the
 * sources' dates (and one worked out from the text, inferred, is said as inferred on the claims near
 * its end that another count of the period would leave out: inferredDoubtFrom). Undefined for an open span (the text names no end and the bureau keeps the
 * file current: 本通知自…起执行), for an earlier or undated version (the undated one says so itself)
 * or when no day is known.
 */
export function afterSourcesOf(policy: Policy, index: number): AfterSources | undefined {
  const version = policy.versions[index]!;
  if (index !== policy.versions.length - 1 || version.effective === null) return undefined;
  const days = Object.values(policy.sources).map((s) => lastDay(s.date)).filter((d): d is string => d !== undefined);
  const dated = days.sort().at(-1);
  const covers = version.covers_until;
  if (covers?.value === 'open') return undefined; // in force until the bureau replaces the file: no horizon
  const until = covers?.value ?? undefined;
  if (until === undefined || (dated !== undefined && until <= dated)) return dated === undefined ? undefined : { horizon: dated, warning: RW.afterSources(version.effective, dated) };
  const out: AfterSources = { horizon: until, warning: RW.afterSources(version.effective, until) };
  if (covers!.reading) out.reading = { after: dated ?? version.effective, warning: RW.coversReading(until, covers!.reading, covers!.reading_short, `versions.${index}.covers_until`) };
  else if (covers!.inferred) out.reading = { after: inferredDoubtFrom(until, dated, version.effective), warning: RW.coversInferred(until, covers!.reasoning, `versions.${index}.covers_until`) };
  return out;
}

/**
 * The day after which an end worked out from the text (inferred: 自2025年1月1日起施行，有效期5年 → 2029-12-31)
 * can decide a claim: the text's period counted from its date (the latest source's) rather than its
 * start ends the gap between the two earlier, and a day more or less is the other doubt. A claim up to
 * then is within the span however it is counted, and is told nothing; one after it is told the span
 * is inferred. Without a source date the gap is not known: every claim after the start is told.
 */
function inferredDoubtFrom(until: string, dated: string | undefined, effective: string): string {
  if (dated === undefined) return effective;
  const gap = Math.max(0, dayNumber(effective) - dayNumber(dated));
  const from = dayString(dayNumber(until) - gap - 1);
  return from > dated ? from : dated;
}

const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const dayString = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10);

/**
 * A community facility the claim names by a word the policy's own name for the kind does not
 * hold (社区医院, 社区卫生服务中心 where Suizhou's source says 社区卫生服务站): counted as that kind
 * by a reading, said as a warning. Undefined where the word is the policy's, or the kind is not
 * placed at all (that claim is refused: communityUnknown).
 */
export function facilityReadingOf(policy: Policy, word: string): Warning | undefined {
  const community = policy.tiers.community;
  if (!community?.counts_as || community.name.zh.includes(word)) return undefined;
  const level = policy.tiers[community.counts_as]?.name ?? { zh: community.counts_as, en: community.counts_as };
  return RW.facilityReading(word, community.name, level);
}
