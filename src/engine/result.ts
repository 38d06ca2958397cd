// The contract's JSON/CSV view of numbers: a Settlement as the "result" object (money as
// "2000.00", ratios as "0.80", unknown as null), keys in the contract's order.
import type { Settlement } from './types.js';
import { formatBp, formatFen } from '../money/money.js';

export type ResultJson = Record<string, string | boolean | null>;

const money = (f: number | null) => (f === null ? null : formatFen(f));

export function resultJson(s: Settlement): ResultJson {
  return {
    amount: formatFen(s.amount),
    out_of_scope: formatFen(s.outOfScope),
    in_scope: formatFen(s.inScope),
    eligible: s.eligible,
    deductible: money(s.deductible),
    deductible_applied: formatFen(s.deductibleApplied),
    ratio: s.ratio === null ? null : formatBp(s.ratio),
    fund_before_cap: formatFen(s.fundBeforeCap),
    cap: money(s.cap),
    cap_remaining: money(s.capRemaining),
    fund_pays: formatFen(s.fundPays),
    patient_share: formatFen(s.patientShare),
    account_pays: formatFen(s.accountPays),
    family_pays: formatFen(s.familyPays),
    cash_due: formatFen(s.cashDue),
    ytd_deductible_after: formatFen(s.ytdDeductibleAfter),
    ytd_fund_after: formatFen(s.ytdFundAfter),
  };
}
