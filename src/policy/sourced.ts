// Tells one sourced value ({ value, source, quote, … }) from a map of them keyed by status or
// tier. Type-only use of the schema, so the engine, lint and `policy list`/`policy show` share
// it without loading zod.
import type { ParamValue, SourcedValue } from './schema.js';

export const isSourced = (v: unknown): v is SourcedValue => typeof v === 'object' && v !== null && Object.hasOwn(v, 'value');

/**
 * A scheme's ratio parameter: `ratio`, or where the policy gives the ratios in bands (policy 2)
 * the first band's (lint requires one of the two).
 */
export const ratioParamOf = (rules: { ratio?: ParamValue | undefined; bands?: { segments: { ratio: ParamValue }[] } | undefined }): ParamValue =>
  (rules.ratio ?? rules.bands?.segments[0]?.ratio)!;

/** Whether a policy uses policy model 2 (schema yibao.policy/2). */
export const isModel2 = (policy: { schema: string }): boolean => policy.schema === 'yibao.policy/2';

/** A first-pay share as the file gives it: one value, or one per scheme (职工 5%、居民 10%). */
export type SchemeKeyed = SourcedValue | { employee: SourcedValue; resident: SourcedValue };

/** The share for a scheme, with the path suffix that names it (`.resident`, or '' where one value serves both). */
export const shareForScheme = (share: SchemeKeyed, scheme: 'employee' | 'resident'): { v: SourcedValue; key: string } =>
  isSourced(share) ? { v: share, key: '' } : { v: share[scheme], key: `.${scheme}` };
