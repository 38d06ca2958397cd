// Step 3, deductible (起付线): the part of the annual deductible not yet met this calendar
// year is taken from this claim's in-scope amount first; the deductible met before the claim;
// a model-2 claim's deductible scaled from its level's standard.
import type { Bp, Fen } from '../types.js';
import { applyRatio, type Rounding } from '../../money/money.js';

export const deductibleRemaining = (annual: Fen, ytdDeductible: Fen): Fen => Math.max(0, annual - ytdDeductible);

export const deductibleApplied = (inScope: Fen, annual: Fen, ytdDeductible: Fen): Fen =>
  Math.min(inScope, deductibleRemaining(annual, ytdDeductible));

/** Where the claim's deductible met this year came from (Claim.ytdDeductibleFrom): typed, not said (0 taken), or carried by batch. */
export type MetFrom = 'said' | 'unsaid' | 'carried';

/**
 * The deductible met before this claim, under a deductible counted over the calendar year. The
 * fund pays only above it (Suizhou Q&A 2: "累计超过门诊报销起付线以上部分,按以下规定报销"), so a
 * fund payment earlier this year means it was met:
 * - not said (0 taken) beside a fund payment: it is taken as met in full (`inferred`);
 * - said below it beside a fund payment: the two cannot both be true (`conflict`);
 * - carried from a person's earlier rows: as carried (a status that changed within the year is
 *   batch's own reading, status_changed).
 * A deductible charged per admission, or whose period the sources do not state, infers nothing.
 */
export function deductibleMetBefore(
  yearly: boolean,
  annual: Fen,
  ytdDeductible: Fen,
  ytdFund: Fen,
  from: MetFrom,
  lowest: Fen = annual,
): { met: Fen; how: 'as_given' | 'inferred' | 'conflict' } {
  // Where the yearly deductible depends on the stay's level (雁汐 三.1: a later stay at a higher
  // level tops up the difference), a fund payment shows only that the lowest deductible that
  // could have applied was met: that much is inferred, and only a figure below it is a conflict.
  const shown = Math.min(lowest, annual);
  if (!yearly || ytdFund === 0 || ytdDeductible >= shown || from === 'carried') return { met: ytdDeductible, how: 'as_given' };
  return from === 'unsaid' ? { met: shown, how: 'inferred' } : { met: ytdDeductible, how: 'conflict' };
}

/**
 * This claim's deductible from the standard of its level: each factor in turn (the filing's
 * multiple, the retirees' share, the admission's share, the assistance group's share), each
 * product rounded by the policy; a factor of 10000 (all of it) changes nothing.
 */
export function scaledDeductible(standard: Fen, factors: readonly Bp[], rounding: Rounding): Fen {
  let d = standard;
  for (const f of factors) if (f !== 10000) d = applyRatio(d, f, rounding);
  return d;
}

/**
 * 第二次及以后住院的，每次起付标准在本人该级别起付标准的基础上依次降低100元，但不低于本人该级别起付标准的40%
 * (汀澜 第六条（三）): the n-th admission's deductible, `step` off the full one for each admission
 * from `from` on, never below `floorShare` of the full one (one product rounded) nor below 0.
 */
export function steppedDeductible(full: Fen, admission: number, from: number, step: Fen, floorShare: Bp | null, r: Rounding): { charged: Fen; minus: Fen; floor: Fen | null; floored: boolean } {
  const minus = step * Math.max(0, admission - from + 1);
  const floor = floorShare === null ? null : applyRatio(full, floorShare, r);
  const least = Math.max(floor ?? 0, 0);
  const charged = Math.min(full, Math.max(full - minus, least));
  return { charged, minus, floor, floored: minus > 0 && full - minus < least };
}
