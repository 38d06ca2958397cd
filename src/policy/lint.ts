// Cross-field rules the schema cannot express: versions in date order with only the first
// undated; params keyed only by statuses and the tiers the file defines; every `source` a key
// of `sources`; every number with its source and a quote that states it; unknowns with a note,
// inferred values with their reasoning. Returns issues at paths; parse.ts adds line:col.
import { STATUSES } from '../domain.js';
import { lintSourced, lintSourceRef, lintStated, type Context } from './lint-values.js';
import type { PathSegment } from './positions.js';
import type { ParamValue, Policy, PolicyVersion, SchemeRulesValue, SourcedValue } from './schema.js';
import type { NumberKind } from './quote-number.js';
import type { PathIssue } from './zod-issues.js';

export function lintPolicy(policy: Policy): PathIssue[] {
  const ctx: Context = { sources: new Set(Object.keys(policy.sources)), issues: [] };
  const tiers = new Set(Object.keys(policy.tiers));
  for (const [key, tier] of Object.entries(policy.tiers)) {
    const path = ['tiers', key];
    if (tier?.counts_as && !tiers.has(tier.counts_as)) ctx.issues.push({ path: [...path, 'counts_as'], at: 'value', message: `tier "${key}" counts as tier "${tier.counts_as}", which is not defined in tiers` });
    if (tier) lintStated(ctx, path, tier, []);
  }
  lintVersionOrder(ctx, policy.versions);
  policy.versions.forEach((version, i) => lintVersion(ctx, ['versions', i], version, tiers));
  lintHotline(ctx, policy);
  lintUnique(ctx, policy.faq?.map((f) => f.id) ?? [], (i) => ['faq', i, 'id'], 'FAQ id');
  policy.faq?.forEach((f, i) => lintSourceRef(ctx, ['faq', i], f.source));
  return ctx.issues;
}

function lintVersionOrder(ctx: Context, versions: PolicyVersion[]): void {
  let previous: string | undefined;
  versions.forEach((v, i) => {
    const path = ['versions', i, 'effective'];
    if (v.effective === null) {
      if (i > 0) ctx.issues.push({ path, at: 'value', message: `effective: null is allowed only for the first version; version ${i + 1} needs its date` });
      return;
    }
    if (previous !== undefined && v.effective === previous) ctx.issues.push({ path, at: 'value', message: `version ${i + 1} overlaps version ${i}: both take effect on ${v.effective}` });
    else if (previous !== undefined && v.effective < previous) ctx.issues.push({ path, at: 'value', message: `versions out of order: ${v.effective} is before the previous version's ${previous}; list versions oldest first` });
    previous = v.effective;
  });
}

function lintVersion(ctx: Context, path: PathSegment[], version: PolicyVersion, tiers: Set<string>): void {
  lintSourceRef(ctx, [...path, 'rounding'], version.rounding.source);
  for (const [benefit, rules] of Object.entries(version.benefits)) {
    for (const scheme of ['employee', 'resident'] as const) {
      const scheme_rules = rules?.[scheme];
      if (scheme_rules) lintScheme(ctx, [...path, 'benefits', benefit, scheme], scheme_rules, tiers, scheme);
    }
  }
  const family = version.family;
  if (family) {
    lintStated(ctx, [...path, 'family', 'relations'], family.relations, family.relations.values ?? []);
    lintStated(ctx, [...path, 'family', 'order'], family.order, family.order.values);
  }
  const facts = version.facts ?? [];
  lintUnique(ctx, facts.map((f) => f.key), (i) => [...path, 'facts', i, 'key'], 'fact key');
  facts.forEach((fact, i) => {
    const p = [...path, 'facts', i];
    if (typeof fact.value === 'number') {
      const kind: NumberKind = fact.unit === 'ratio' ? 'ratio' : fact.unit === 'yuan' ? 'money' : 'count';
      if (kind === 'ratio' && (fact.value < 0 || fact.value > 1)) ctx.issues.push({ path: [...p, 'value'], at: 'value', message: `ratio ${fact.value} is outside 0..1 (write 80% as 0.8)` });
      if (kind !== 'ratio' && fact.value < 0) ctx.issues.push({ path: [...p, 'value'], at: 'value', message: `negative ${kind === 'money' ? 'amount' : 'count'} ${fact.value}` });
    }
    lintSourced(ctx, p, fact, fact.unit === 'ratio' ? 'ratio' : fact.unit === 'yuan' ? 'money' : fact.unit === 'count' ? 'count' : undefined);
  });
}

function lintScheme(ctx: Context, path: PathSegment[], rules: SchemeRulesValue, tiers: Set<string>, scheme: 'employee' | 'resident'): void {
  lintParam(ctx, [...path, 'deductible'], rules.deductible, 'money', tiers, scheme);
  lintParam(ctx, [...path, 'ratio'], rules.ratio, 'ratio', tiers, scheme);
  lintParam(ctx, [...path, 'cap'], rules.cap, 'money', tiers, scheme);
  if (rules.retiree_bonus) lintSourced(ctx, [...path, 'retiree_bonus'], rules.retiree_bonus, 'ratio');
  if (rules.eligibility) lintSourced(ctx, [...path, 'eligibility', 'min_contribution'], rules.eligibility.min_contribution, 'ratio');
}

const isSourced = (v: unknown): v is SourcedValue => typeof v === 'object' && v !== null && 'value' in v;
const STATUS_SET = new Set<string>(STATUSES);

/** A param is one Sourced value, or keyed by status or defined tier, or by status then tier. */
function lintParam(ctx: Context, path: PathSegment[], param: ParamValue, kind: NumberKind, tiers: Set<string>, scheme: string): void {
  if (isSourced(param)) return lintSourced(ctx, path, param, kind);
  for (const [key, inner] of Object.entries(param)) {
    const p = [...path, key];
    if (STATUS_SET.has(key)) {
      if (scheme === 'resident') ctx.issues.push({ path: p, at: 'key', message: `residents have no status: "${key}" cannot key a resident parameter` });
      if (isSourced(inner)) lintSourced(ctx, p, inner, kind);
      else for (const [tier, leaf] of Object.entries(inner)) {
        if (!tiers.has(tier)) ctx.issues.push({ path: [...p, tier], at: 'key', message: undefinedTier(tier, tiers) });
        lintSourced(ctx, [...p, tier], leaf, kind);
      }
    } else if (tiers.has(key)) {
      if (isSourced(inner)) lintSourced(ctx, p, inner, kind);
      else ctx.issues.push({ path: p, at: 'key', message: `tier "${key}" holds a map: key by status first, then by tier` });
    } else {
      ctx.issues.push({ path: p, at: 'key', message: undefinedTier(key, tiers) });
    }
  }
}

function undefinedTier(key: string, tiers: Set<string>): string {
  return `"${key}" is neither a status (${STATUSES.join(', ')}) nor a tier this file defines in tiers (${[...tiers].join(', ') || 'none'})`;
}

function lintHotline(ctx: Context, policy: Policy): void {
  const h = policy.hotline;
  lintSourceRef(ctx, ['hotline'], h.source);
  if (h.number === null) {
    if (!h.note) ctx.issues.push({ path: ['hotline', 'number'], at: 'value', message: 'hotline number null needs a note saying what the sources say' });
    return;
  }
  if (!h.source || !h.quote) ctx.issues.push({ path: ['hotline', 'number'], at: 'value', message: 'hotline number needs its source and quote' });
  else if (!h.quote.includes(h.number)) ctx.issues.push({ path: ['hotline', 'quote'], at: 'value', message: `quote does not contain the number ${h.number}` });
  if (h.menu?.length && !h.menu_quote) ctx.issues.push({ path: ['hotline', 'menu'], at: 'value', message: 'hotline menu needs a menu_quote from the source' });
}

function lintUnique(ctx: Context, keys: string[], pathOf: (i: number) => PathSegment[], what: string): void {
  const seen = new Set<string>();
  keys.forEach((k, i) => {
    if (seen.has(k)) ctx.issues.push({ path: pathOf(i), at: 'value', message: `duplicate ${what} "${k}"` });
    seen.add(k);
  });
}
