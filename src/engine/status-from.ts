// status_from (policy model 2): 「自办理退休手续的次月1日起执行退休人员待遇」. The day a new status starts,
// from the day retirement was processed (--retirement-processed): that day (processed_day) or the 1st of
// the next month (next_month_first). Before settling, the claim's status-since day is worked out from it
// and said with the clause (status_from warning); a rule left out or null is tried both ways, exit 3
// only where the two days put the claim on different sides. Pure.
import type { PolicyVersion } from '../policy/schema.js';
import { PolicyError, type Claim, type Warning } from './types.js';
import { model2Messages as M2 } from './messages2.js';
import { ruleWarnings as RW } from './warnings.js';

export type StatusFromRule = 'processed_day' | 'next_month_first';

/** The day the new status starts: the processed day itself, or the 1st of the month after it. */
export function statusStart(processed: string, rule: StatusFromRule): string {
  if (rule === 'processed_day') return processed;
  const y = Number(processed.slice(0, 4));
  const m = Number(processed.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** What a start day means for a claim: before its year began (no change this year), after the visit (not yet), or a change within the year. */
function effectOn(since: string, date: string): 'before' | 'after' | 'within' {
  if (since <= `${date.slice(0, 4)}-01-01`) return 'before';
  return since > date ? 'after' : 'within';
}

/** The claim with its status-since day from --retirement-processed, and the note that says so; the claim as it is without one. */
export function withStatusFrom(claim: Claim, version: PolicyVersion | undefined): { claim: Claim; warning?: Warning } {
  const processed = claim.retirementProcessed;
  if (processed === undefined || claim.scheme !== 'employee') return { claim };
  const sf = version?.status_from;
  let since: string;
  if (sf?.value === undefined || sf.value === null) {
    const sameDay = statusStart(processed, 'processed_day');
    const nextMonth = statusStart(processed, 'next_month_first');
    if (effectOn(sameDay, claim.date) !== effectOn(nextMonth, claim.date)) throw new PolicyError('unknown_parameter', M2.statusFromUnknown(processed, sameDay, nextMonth, sf?.note));
    since = nextMonth;
  } else since = statusStart(processed, sf.value);
  // a caller who says 退休 of a visit before retiree treatment starts (or 在职 of one after): settled under the
  // status the policy gives that day, and said (trial 8, 澄湾 CW-03: the newcomer had to run it again as 在职)
  if (claim.status === 'retired' && since > claim.date) return { claim: { ...claim, status: 'active', statusSince: undefined }, warning: RW.statusOnDay(processed, since, claim.date, 'active') };
  if (claim.status === 'active' && since <= claim.date) return { claim: { ...claim, status: 'retired', statusSince: since }, warning: RW.statusOnDay(processed, since, claim.date, 'retired') };
  if (claim.status !== 'retired') return { claim };
  if (claim.statusSince !== undefined && claim.statusSince !== since) throw new PolicyError('needs_input', M2.sinceDisagrees(claim.statusSince, since), 2, 'status_since');
  const warning = sf?.value != null ? RW.statusFrom(processed, since, sf.value, sf) : undefined;
  return { claim: { ...claim, statusSince: since }, warning };
}
