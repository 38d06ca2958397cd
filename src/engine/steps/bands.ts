// Step ratio in bands (分段): the fund pays each band's part of the base at the band's ratio,
// each part rounded on its own, the parts added. The base runs from `start` to `end`: from the
// deductible to the in-pooling total where the bands are on the total (白鹭), from 0 to the amount
// after the deductible where they are on that amount (云岭). A ratio without bands is one band.
import type { BandPart, Bp, Fen } from '../types.js';
import { applyRatio, type Rounding } from '../../money/money.js';

export interface Band {
  /** Upper edge of the band (included), fen; null on the last band. */
  upTo: Fen | null;
  ratio: Bp;
}

export function bandParts(start: Fen, end: Fen, bands: readonly Band[], rounding: Rounding): BandPart[] {
  const parts: BandPart[] = [];
  let from = 0;
  for (const band of bands) {
    const top = band.upTo === null ? end : Math.min(end, band.upTo);
    const base = Math.max(0, top - Math.max(start, from));
    parts.push({ from, to: band.upTo, ratio: band.ratio, base, pays: applyRatio(base, band.ratio, rounding) });
    if (band.upTo !== null) from = band.upTo;
  }
  return parts;
}

/** The bands with `points` added to each ratio (an age or facility uplift), at most 100%, then `cut` taken off (a facility's cut), at least 0. */
export const upliftBands = (bands: readonly Band[], points: Bp, cut: Bp = 0): Band[] =>
  bands.map((b) => ({ upTo: b.upTo, ratio: Math.max(0, Math.min(10000, b.ratio + points) - cut) }));

/**
 * Where a claim's amount lies on the bands (二（一）2 「一个年度内，纳入统筹基金支付范围的住院费用扣除起付标准
 * 后累计在3万元（含）以下的部分…累计超过3万元的部分…」): on the total (白鹭) it runs from the deductible to the
 * in-pooling total, on the amount after the deductible (云岭) from 0 to that amount; where the bands count
 * the year's running total, both ends move up by what the year already held (`yearBefore`, 0 per claim).
 */
export function bandSpan(base: 'total' | 'after_deductible', pool: Fen, applied: Fen, yearBefore: Fen): { start: Fen; end: Fen } {
  return base === 'total' ? { start: yearBefore + applied, end: yearBefore + pool } : { start: yearBefore, end: yearBefore + pool - applied };
}

/** What a claim adds to the year's banded amount: its in-pooling total on the total's bands, the amount after the deductible on the others. */
export const bandedAmount = (base: 'total' | 'after_deductible', pool: Fen, applied: Fen): Fen => (base === 'total' ? pool : pool - applied);

export const sumPays = (parts: readonly { pays: Fen }[]): Fen => parts.reduce((sum, p) => sum + p.pays, 0);

/**
 * A group's own first bands, then the other bands above the last own edge (其余各段): each band of
 * `rest` that reaches above that edge, starting there (a band the edge cuts keeps its part above it).
 * The last own band has an edge (the rule checks it); without one the own bands are all there is.
 */
export function ownThenRest(own: readonly Band[], rest: readonly Band[]): Band[] {
  const edge = own.at(-1)?.upTo ?? null;
  if (edge === null) return [...own];
  return [...own, ...rest.filter((b) => b.upTo === null || b.upTo > edge)];
}
