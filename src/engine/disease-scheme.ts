// 门诊慢特病 limits keyed by scheme (棠溪 第十一条 职工 高血压1500元… vs 第十九条 居民 高血压500元…;
// 澄岫 八（三） 恶性肿瘤门诊治疗职工医保6万元、居民医保4万元), projected for one scheme and status: each
// disease's limit and the several-diseases rule become the one value that scheme's claims use, with
// the path suffix an unknown or a reading names (.employee, .employee.retired, .resident). A scheme's
// entry left out or null is an unknown for that scheme's claims only. A file without the keyed form
// is returned as it is (the same objects), so it computes exactly as before.
import type { Scheme, Status } from '../domain.js';
import type { SourcedValue } from '../policy/schema.js';
import type { DiseaseLimitValue, DiseaseLimitsValue, SeveralRuleValue } from '../policy/schema-v2.js';
import { isLimitKeyed, isSeveralKeyed, isSourced } from '../policy/sourced.js';
import { model2Messages as M2 } from './messages2.js';

/** A disease entry with its limit for one scheme; `limitKey` is the path suffix of that limit ('' where not keyed). */
export type SchemeDiseaseEntry = Omit<DiseaseLimitsValue['diseases'][number], 'limit'> & { limit?: SourcedValue | undefined; limitKey?: string | undefined };

/** The disease limits as one scheme's claims read them. */
export type SchemeDiseaseLimits = Omit<DiseaseLimitsValue, 'diseases' | 'several'> & { diseases: SchemeDiseaseEntry[]; several?: SeveralRuleValue | undefined };

/** The several rule as the file gives it: one for everyone, or by scheme (left out where no two diseases share a limit). */
type SeveralAsWritten = DiseaseLimitsValue['several'];

/** A scheme's entry the file leaves out or null: unknown, its note saying so. */
const missing = (scheme: Scheme): SourcedValue => ({ value: null, note: M2.schemeEntryMissing(scheme) });

/** A disease's limit for the scheme (and the employee's status where keyed by it), with its path suffix. */
export function limitForScheme(l: DiseaseLimitValue | undefined, scheme: Scheme, status: Status | undefined): { v: SourcedValue | undefined; key: string } {
  if (!isLimitKeyed(l)) return { v: l, key: '' };
  const mine = l[scheme];
  if (mine == null) return { v: missing(scheme), key: `.${scheme}` };
  if (isSourced(mine)) return { v: mine, key: `.${scheme}` };
  const s = status ?? 'active';
  return { v: mine[s], key: `.${scheme}.${s}` };
}

/** The several rule for the scheme, with its path suffix; a scheme left out: unknown (value null). */
export function severalForScheme(s: SeveralAsWritten, scheme: Scheme): { rule: SeveralRuleValue | undefined; key: string } {
  if (s === undefined || !isSeveralKeyed(s)) return { rule: s, key: '' };
  return { rule: s[scheme] ?? { value: null, note: M2.schemeEntryMissing(scheme) }, key: `.${scheme}` };
}

/** Whether any part of the disease limits is keyed by scheme. */
export const keyedByScheme = (d: DiseaseLimitsValue): boolean => (d.several !== undefined && isSeveralKeyed(d.several)) || d.diseases.some((x) => isLimitKeyed(x.limit));

/** The disease limits for one scheme and status; the file's own object where nothing is keyed. */
export function diseaseLimitsFor(d: DiseaseLimitsValue, scheme: Scheme, status: Status | undefined): { value: SchemeDiseaseLimits; severalKey: string; byScheme: boolean } {
  if (!keyedByScheme(d)) return { value: d as SchemeDiseaseLimits, severalKey: '', byScheme: false };
  const { rule, key } = severalForScheme(d.several, scheme);
  const diseases = d.diseases.map((x): SchemeDiseaseEntry => {
    if (!isLimitKeyed(x.limit)) return x as SchemeDiseaseEntry;
    // by_count for this scheme: a disease sharing the limit has none of its own (its entry left out)
    if (x.limit[scheme] == null && rule?.value === 'by_count') return { ...x, limit: undefined };
    const mine = limitForScheme(x.limit, scheme, status);
    return { ...x, limit: mine.v, limitKey: mine.key };
  });
  return { value: { ...d, diseases, several: rule }, severalKey: key, byScheme: true };
}
