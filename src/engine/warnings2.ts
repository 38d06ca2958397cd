// The warnings of a model-2 claim that depend on the claim itself: the admission number assumed
// where the deductible depends on it, the second layer's reading for a claim during which the
// cap is reached, and the policy's reading of a status change for a claim with year totals.
import type { Claim, Settlement, Warning } from './types.js';
import type { Rules } from './rules.js';
import { groupDeductibleShare, type Model2 } from './model2.js';

/** Pushes them onto `out` (the claim's warnings). */
export function model2Warnings(out: Warning[], rules: Rules, m: Model2, claim: Claim, s: Settlement): void {
  // the admission number matters where this claim's status has a schedule (or its schedule is unknown)
  const byAdmission = m.schedule !== undefined && (m.schedule.length > 0 || m.scheduleUnknown !== undefined || m.scheduleNone?.reading !== undefined);
  if (m.admissionAssumed && byAdmission && claim.admission === undefined && s.deductible !== null) out.push(m.admissionAssumed);
  if (m.schedule && s.admission !== null) {
    const used = m.schedule.filter((x) => s.admission! >= x.from).at(-1);
    if (used?.reading) out.push(used.reading);
    if (m.scheduleNone?.reading && s.admission > 1 && s.deductible! > 0) out.push(m.scheduleNone.reading);
  }
  // a group's share of the deductible read from the text (不设起付标准 as 0), on that group's claims
  if (m.groupShares && claim.assistance !== undefined && s.deductible !== null) {
    const rule = groupDeductibleShare(m.groupShares, claim.assistance).rule;
    if (rule?.reading) out.push(rule.reading);
    if (rule?.inferred) out.push(rule.inferred);
  }
  const layer = m.layer;
  const cap = rules.cap.value;
  if (layer && layer.value.base.value === 'after_cap' && cap !== null && claim.ytdFund < cap && s.fundPays < s.fundBeforeCap && s.fundPays === cap - claim.ytdFund) {
    if (layer.withinReading) out.push(layer.withinReading); // within_claim given (settle2.ts stops such a claim without it)
  }
  if (m.accounts.ownReading && s.accountPays > 0) out.push(m.accounts.ownReading);
  if (m.accounts.familyReading && s.familyPays > 0) out.push(m.accounts.familyReading);
  const a = m.assistance;
  if (a && claim.assistance !== undefined && s.assistancePays > 0) {
    if (a.deductibleReading && s.deductibleApplied > 0) out.push(a.deductibleReading);
    if (a.firstPayReading && s.firstPay > 0) out.push(a.firstPayReading);
  }
  if (m.statusChange && claim.status !== undefined && (claim.ytdDeductible > 0 || claim.ytdFund > 0)) out.push(m.statusChange);
}
