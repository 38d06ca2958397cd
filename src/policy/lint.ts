// Cross-field rules the schema cannot express: versions in date order with only the first
// undated; params keyed only by statuses and the tiers the file defines; every `source` a key
// of `sources`; every number with its source and a quote that states it; unknowns with a note,
// inferred values with their reasoning; how far the sources cover (lint-covers.ts). Returns issues at paths; parse.ts adds line:col.
import { STATUSES } from '../domain.js';
import { lintSourced, lintSourceRef, lintStated, report, type Context } from './lint-values.js';
import type { PathSegment } from './positions.js';
import type { EligibilityValue, ParamValue, Policy, PolicyVersion, SchemeRulesValue } from './schema.js';
import type { NumberKind } from './quote-number.js';
import type { PathIssue } from './zod-issues.js';
import { isSourced, ratioParamOf } from './sourced.js';
import { isModel2, lintModel2 } from './lint-v2.js';
import { lintCoversUntil } from './lint-covers.js';

export function lintPolicy(policy: Policy): PathIssue[] {
  const ctx: Context = { sources: new Set(Object.keys(policy.sources)), issues: [] };
  const tiers = new Set(Object.keys(policy.tiers));
  for (const [key, tier] of Object.entries(policy.tiers)) {
    const path = ['tiers', key];
    if (tier?.counts_as && !tiers.has(tier.counts_as)) report(ctx, [...path, 'counts_as'], `级别“${key}”按级别“${tier.counts_as}”计,但 tiers 中没有定义该级别`, `tier "${key}" counts as tier "${tier.counts_as}", which is not defined in tiers`);
    if (tier) lintStated(ctx, path, tier, []);
  }
  lintVersionOrder(ctx, policy.versions);
  // model 2: a facility with a standard of its own (三级甲等) keys parameters beside the levels
  const keys = new Set([...tiers, ...Object.entries(policy.facilities ?? {}).filter(([, f]) => f.own_standard).map(([name]) => name)]);
  policy.versions.forEach((version, i) => lintVersion(ctx, ['versions', i], version, keys, isModel2(policy), { defined: new Set(Object.keys(policy.grades ?? {})), told: false }));
  lintHotline(ctx, policy);
  if (policy.stay_version) lintStayVersion(ctx, policy);
  lintUnique(ctx, policy.faq?.map((f) => f.id) ?? [], (i) => ['faq', i, 'id'], { zh: '问答 id', en: 'FAQ id' });
  policy.faq?.forEach((f, i) => lintSourceRef(ctx, ['faq', i], f.source));
  lintModel2(ctx, policy);
  return ctx.issues;
}

/** stay_version: a choice (stated with its quote, a reading, or null with a note). */
function lintStayVersion(ctx: Context, policy: Policy): void {
  const v = policy.stay_version!;
  lintStated(ctx, ['stay_version'], v, v.value === null ? [] : [v.value]);
  if (v.value === null && !v.note) report(ctx, ['stay_version', 'value'], '未说明(value: null)需要 note', 'an unstated rule (value: null) needs a note');
}

function lintVersionOrder(ctx: Context, versions: PolicyVersion[]): void {
  let previous: string | undefined;
  versions.forEach((v, i) => {
    const path = ['versions', i, 'effective'];
    if (v.effective === null) {
      if (i > 0) report(ctx, path, `只有第一个版本可以写 effective: null;第 ${i + 1} 个版本需要生效日期`, `effective: null is allowed only for the first version; version ${i + 1} needs its date`);
      return;
    }
    if (previous !== undefined && v.effective === previous) report(ctx, path, `第 ${i + 1} 个版本与第 ${i} 个版本重叠:都在 ${v.effective} 生效`, `version ${i + 1} overlaps version ${i}: both take effect on ${v.effective}`);
    else if (previous !== undefined && v.effective < previous) report(ctx, path, `版本顺序不对:${v.effective} 早于上一个版本的 ${previous};请按日期从早到晚排列`, `versions out of order: ${v.effective} is before the previous version's ${previous}; list versions oldest first`);
    previous = v.effective;
  });
}

function lintVersion(ctx: Context, path: PathSegment[], version: PolicyVersion, tiers: Set<string>, v2: boolean, grades: GradeKeys): void {
  lintSourceRef(ctx, [...path, 'rounding'], version.rounding.source);
  const r = version.rounding;
  if (r.note === undefined && (r.source === undefined || r.quote === undefined)) {
    report(ctx, [...path, 'rounding'], 'rounding 需要 source + quote(原文规定了舍入)或 note(原文未规定时,说明按约定四舍五入到分)', 'rounding needs source + quote (the text states it) or a note (the text is silent: say the contract half-up to 0.01 applies)');
  }
  lintCoversUntil(ctx, path, version);
  for (const [benefit, rules] of Object.entries(version.benefits)) {
    for (const scheme of ['employee', 'resident'] as const) {
      const scheme_rules = rules?.[scheme];
      if (!scheme_rules) continue;
      lintScheme(ctx, [...path, 'benefits', benefit, scheme], scheme_rules, tiers, scheme, v2, grades);
      // policy 2: the deductible may be left out only where every chronic disease states its own (起付标准按病种设定)
      const byDisease = v2 && (rules?.disease_limits?.diseases.every((d) => d.deductible !== undefined || (d.group !== undefined && rules.disease_limits?.groups?.[d.group]?.deductible !== undefined)) ?? false);
      if (scheme_rules.deductible === undefined && !byDisease) {
        report(ctx, [...path, 'benefits', benefit, scheme], '需要 deductible(只有每个门诊慢特病病种都写了自己的 deductible 时才可不写)', 'needs deductible (it may be left out only where every chronic disease gives its own deductible)', 'key');
      }
    }
  }
  const family = version.family;
  if (family) {
    lintStated(ctx, [...path, 'family', 'relations'], family.relations, family.relations.values ?? []);
    const both = family.relations.unsettled?.values.filter((r) => family.relations.values?.includes(r)) ?? [];
    if (both.length) report(ctx, [...path, 'family', 'relations', 'unsettled', 'values'], `${both.join(', ')} 已在 values 中,不能同时列为未说清`, `${both.join(', ')} ${both.length > 1 ? 'are' : 'is'} in values and cannot be unsettled too`);
    lintStated(ctx, [...path, 'family', 'order'], family.order, family.order.values);
  }
  const facts = version.facts ?? [];
  lintUnique(ctx, facts.map((f) => f.key), (i) => [...path, 'facts', i, 'key'], { zh: '规定键', en: 'fact key' });
  facts.forEach((fact, i) => {
    const p = [...path, 'facts', i];
    if (typeof fact.value === 'number') {
      const kind: NumberKind = fact.unit === 'ratio' ? 'ratio' : fact.unit === 'yuan' ? 'money' : 'count';
      if (kind === 'ratio' && (fact.value < 0 || fact.value > 1)) report(ctx, [...p, 'value'], `比例 ${fact.value} 超出 0..1(80% 写作 0.8)`, `ratio ${fact.value} is outside 0..1 (write 80% as 0.8)`);
      if (kind !== 'ratio' && fact.value < 0) report(ctx, [...p, 'value'], `${kind === 'money' ? '金额' : '数量'} ${fact.value} 为负数`, `negative ${kind === 'money' ? 'amount' : 'count'} ${fact.value}`);
    }
    lintSourced(ctx, p, fact, fact.unit === 'ratio' ? 'ratio' : fact.unit === 'yuan' ? 'money' : fact.unit === 'count' ? 'count' : undefined);
  });
}

function lintScheme(ctx: Context, path: PathSegment[], rules: SchemeRulesValue, tiers: Set<string>, scheme: 'employee' | 'resident', v2: boolean, defined: GradeKeys): void {
  const keys: Keys = { tiers, grades: v2 && scheme === 'resident', defined };
  if (rules.deductible !== undefined) lintParam(ctx, [...path, 'deductible'], rules.deductible, 'money', keys, scheme);
  if (rules.ratio !== undefined) lintParam(ctx, [...path, 'ratio'], rules.ratio, 'ratio', keys, scheme);
  rules.bands?.segments.forEach((s, i) => {
    if (s.ratio !== undefined) lintParam(ctx, [...path, 'bands', 'segments', i, 'ratio'], s.ratio, 'ratio', keys, scheme);
  });
  if (rules.cap !== undefined) lintParam(ctx, [...path, 'cap'], rules.cap, 'money', keys, scheme);
  if (rules.retiree_bonus) lintSourced(ctx, [...path, 'retiree_bonus'], rules.retiree_bonus, 'ratio');
  if (rules.eligibility) lintEligibility(ctx, [...path, 'eligibility'], rules.eligibility);
  const period = rules.deductible_period;
  if (period) {
    const p = [...path, 'deductible_period'];
    lintStated(ctx, p, period, period.value === null ? [] : [period.value]);
    if (period.value === null && !period.note) report(ctx, [...p, 'value'], '未说明的起付线周期(value: null)需要 note', 'an unstated deductible period (value: null) needs a note');
  }
  const beyond = rules.beyond_cap;
  if (beyond) {
    lintStated(ctx, [...path, 'beyond_cap'], beyond, [beyond.name]);
    lintSourced(ctx, [...path, 'beyond_cap', 'cap'], beyond.cap, 'money');
  }
}

/** The bands in order: lowest_band ≤ lower_band_top < min_contribution; the years rule cited. */
function lintEligibility(ctx: Context, path: PathSegment[], e: EligibilityValue): void {
  lintSourced(ctx, [...path, 'min_contribution'], e.min_contribution, 'ratio');
  if (e.lower_band_top) lintSourced(ctx, [...path, 'lower_band_top'], e.lower_band_top, 'ratio');
  if (e.lowest_band) lintSourced(ctx, [...path, 'lowest_band'], e.lowest_band, 'ratio');
  const min = e.min_contribution.value;
  const top = e.lower_band_top?.value;
  const lowest = e.lowest_band?.value;
  if (min != null && top != null && top >= min) report(ctx, [...path, 'lower_band_top', 'value'], `下一档的上限 ${top} 应低于 min_contribution ${min}`, `lower_band_top ${top} must be below min_contribution ${min}`);
  if (min != null && lowest != null && lowest > min) report(ctx, [...path, 'lowest_band', 'value'], `最低一档 ${lowest} 不能高于 min_contribution ${min}`, `lowest_band ${lowest} cannot be above min_contribution ${min}`);
  if (e.years_rule) lintStated(ctx, [...path, 'years_rule'], e.years_rule, e.years_rule.statuses);
}

const STATUS_SET = new Set<string>(STATUSES);

/** The keys a parameter map may use: the file's tiers, and (model 2, residents) grade_1, grade_2, grade_3. */
interface Keys {
  tiers: Set<string>;
  grades: boolean;
  /** The grades the top-level `grades` defines: a grade_N key outside them could never be used. */
  defined: GradeKeys;
}
/** The grades the file defines ("1", "2"), and whether their absence was already reported (said once). */
interface GradeKeys {
  defined: Set<string>;
  told: boolean;
}
const GRADE_KEY = /^grade_[123]$/;

/** A param is one Sourced value, or keyed by status, grade (model 2) or defined tier, or by status or grade then tier. */
function lintParam(ctx: Context, path: PathSegment[], param: ParamValue, kind: NumberKind, keys: Keys, scheme: string): void {
  const tiers = keys.tiers;
  if (isSourced(param)) return lintSourced(ctx, path, param, kind);
  for (const [key, inner] of Object.entries(param)) {
    const p = [...path, key];
    if (keys.grades && GRADE_KEY.test(key)) {
      if (!keys.defined.defined.has(key.slice('grade_'.length))) undefinedGrade(ctx, p, key, keys.defined);
      if (isSourced(inner)) lintSourced(ctx, p, inner, kind);
      else for (const [tier, leaf] of Object.entries(inner)) {
        if (!tiers.has(tier)) undefinedTier(ctx, [...p, tier], tier, tiers);
        lintSourced(ctx, [...p, tier], leaf, kind);
      }
    } else if (STATUS_SET.has(key)) {
      if (scheme === 'resident') report(ctx, p, `居民没有在职/退休之分:“${key}”不能用作居民参数的键`, `residents have no status: "${key}" cannot key a resident parameter`, 'key');
      if (isSourced(inner)) lintSourced(ctx, p, inner, kind);
      else for (const [tier, leaf] of Object.entries(inner)) {
        if (!tiers.has(tier)) undefinedTier(ctx, [...p, tier], tier, tiers);
        lintSourced(ctx, [...p, tier], leaf, kind);
      }
    } else if (tiers.has(key)) {
      if (isSourced(inner)) lintSourced(ctx, p, inner, kind);
      else report(ctx, p, `级别“${key}”下又是映射:应先按身份(active/retired),再按级别`, `tier "${key}" holds a map: key by status first, then by tier`, 'key');
    } else {
      undefinedTier(ctx, p, key, tiers);
    }
  }
}

/** A resident value keyed by a grade the file's top-level `grades` does not define: no claim could reach it (no grades at all: said once). */
function undefinedGrade(ctx: Context, path: PathSegment[], key: string, grades: GradeKeys): void {
  const defined = grades.defined;
  if (!defined.size) {
    if (grades.told) return;
    grades.told = true;
    const example = 'grades: { "1": { name: { zh: 一档, en: grade 1 } }, "2": { name: { zh: 二档, en: grade 2 } } }';
    report(ctx, path, `居民参数按档次(${key})分列,但文件没有顶层 grades:请在顶层写明各档(${example}),否则居民待遇无法计算`, `resident values are keyed by grade (${key}) but the file has no top-level grades: define them (${example}), or no resident claim can be computed`, 'key');
    return;
  }
  report(ctx, path, `档次“${key}”未在顶层 grades 中定义(已定义:${[...defined].map((g) => `grade_${g}`).join(', ')})`, `grade "${key}" is not defined in the top-level grades (defined: ${[...defined].map((g) => `grade_${g}`).join(', ')})`, 'key');
}

function undefinedTier(ctx: Context, path: PathSegment[], key: string, tiers: Set<string>): void {
  const defined = [...tiers].join(', ');
  report(ctx, path, `“${key}”既不是身份(${STATUSES.join(', ')}),也不是本文件 tiers 中定义的级别(${defined || '无'})`, `"${key}" is neither a status (${STATUSES.join(', ')}) nor a tier this file defines in tiers (${defined || 'none'})`, 'key');
}

function lintHotline(ctx: Context, policy: Policy): void {
  const h = policy.hotline;
  lintSourceRef(ctx, ['hotline'], h.source);
  if (h.number === null) {
    if (!h.note) report(ctx, ['hotline', 'number'], '热线号码为 null 时需要 note,说明来源的情况', 'hotline number null needs a note saying what the sources say');
    return;
  }
  if (!h.source || !h.quote) report(ctx, ['hotline', 'number'], '热线号码需要来源和原文', 'hotline number needs its source and quote');
  else if (!h.quote.includes(h.number)) report(ctx, ['hotline', 'quote'], `原文不含号码 ${h.number}`, `quote does not contain the number ${h.number}`);
  if (h.menu?.length && !h.menu_quote) report(ctx, ['hotline', 'menu'], '热线菜单需要来源原文(menu_quote)', 'hotline menu needs a menu_quote from the source');
}

function lintUnique(ctx: Context, keys: string[], pathOf: (i: number) => PathSegment[], what: { zh: string; en: string }): void {
  const seen = new Set<string>();
  keys.forEach((k, i) => {
    if (seen.has(k)) report(ctx, pathOf(i), `重复的${what.zh}“${k}”`, `duplicate ${what.en} "${k}"`);
    seen.add(k);
  });
}
