// Step assistance (医疗救助): the group's ratio of the 政策范围内 burden left after the fund and
// the second layer, above what is left of the group's yearly threshold, within its yearly cap
// (null: 不设年度救助限额, no cap).
import type { Bp, Fen } from '../types.js';
import { applyRatio, type Rounding } from '../../money/money.js';

/** The part of this claim's base that goes to the yearly threshold. */
export const assistanceThresholdMet = (base: Fen, threshold: Fen, ytdMet: Fen): Fen => Math.min(base, Math.max(0, threshold - ytdMet));

/**
 * The part of `pays` (the claim's assistance) that went to in-scope costs, where the base counts
 * 目录外 too: the ratio on the in-scope part of the base, that part taking the threshold first and
 * the cap first (the slip settles 政策范围内 before 目录外).
 */
export function assistanceInScope(pays: Fen, inScopeBase: Fen, thresholdMet: Fen, ratio: Bp, rounding: Rounding): Fen {
  return Math.min(pays, applyRatio(Math.max(0, inScopeBase - thresholdMet), ratio, rounding));
}

export function assistancePays(base: Fen, thresholdMet: Fen, ratio: Bp, cap: Fen | null, ytdPaid: Fen, rounding: Rounding): Fen {
  const pays = applyRatio(base - thresholdMet, ratio, rounding);
  return cap === null ? pays : Math.min(pays, Math.max(0, cap - ytdPaid));
}
