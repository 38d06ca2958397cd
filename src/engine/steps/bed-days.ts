// A stay's bed-days counted from its admission and discharge dates (both YYYY-MM-DD), where a
// fund cap a bed-day holds and the claim gives no --days: `discharge_minus_admission` (出院日期减
// 入院日期, 算入不算出: 07-14 → 07-24 is 10) or `both_ends` (入院、出院当日都计: 11). A stay that
// ends the day it began is one bed-day either way. How a policy counts is its `bed_days` choice.

export type BedDaysCount = 'discharge_minus_admission' | 'both_ends';

/** Whole days from one date to the other (UTC, so no clock change moves it). */
function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

export function bedDaysOf(admission: string, discharge: string, count: BedDaysCount): number {
  const between = daysBetween(admission, discharge);
  return count === 'both_ends' ? between + 1 : Math.max(1, between);
}
