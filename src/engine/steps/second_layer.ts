// Step second_layer: 大病保险 (residents) or 大额医疗费用补助 (employees), after the fund.
// burden: this claim's personal burden as the policy defines it is added to the year's; the
// layer pays each band's part of the cumulative burden above the threshold (each part rounded),
// within what is left of its yearly cap. above_cap: the fund amount computed above the annual
// cap, all of it or the policy's `ratio` of it (由大额医疗费用补助支付90%). after_cap: a share of the in-pooling amount after the deductible, once the cap is reached;
// a stay during which it is reached: nothing (after_only) or the part above it (unpaid_by_ratio).
// A burden layer's part two (岚汐 第十七条（二）) pays its ratio of what the cap cut beside part one, both within the layer's cap.
import type { Bp, Fen } from '../types.js';
import { applyRatio, divideByRatio, type Rounding } from '../../money/money.js';
import type { Band } from './bands.js';

export interface BurdenParts {
  copay: Fen; // in pooling, after the deductible, not paid by the ratio
  aboveCap: Fen; // computed fund the annual cap (or a day cap) cut
  aboveLimit: Fen; // computed fund a disease limit cut
  firstPay: Fen;
  deductible: Fen;
}

export interface BurdenCounts {
  aboveCap: boolean;
  /** What a disease limit cut; undefined: as aboveCap (the file has no above_limit). */
  aboveLimit?: boolean | undefined;
  firstPay: boolean;
  deductible: boolean;
}

export const burdenOf = (p: BurdenParts, c: BurdenCounts): Fen =>
  p.copay + (c.aboveCap ? p.aboveCap : 0) + ((c.aboveLimit ?? c.aboveCap) ? p.aboveLimit : 0) + (c.firstPay ? p.firstPay : 0) + (c.deductible ? p.deductible : 0);

/**
 * Part one's burden beside a part two on the cap's excess (岚汐 第十七条（二）「其余15%由个人负担，不计入本条第（一）项的累计」):
 * what part two paid never counts; the person's rest counts only where `restCounts`. A disease limit's excess
 * keeps its own rule (above_limit, else above_cap).
 */
export const burdenWithPartTwo = (p: BurdenParts, c: BurdenCounts, partTwo: Fen, restCounts: boolean): Fen =>
  burdenOf({ ...p, aboveCap: restCounts ? p.aboveCap - partTwo : 0 }, { ...c, aboveCap: true, aboveLimit: c.aboveLimit ?? c.aboveCap });

/** What the bands pay on the cumulative burden from `before` to `after` above `threshold`: each band's part rounded, then added. */
export function burdenPays(before: Fen, after: Fen, threshold: Fen, bands: readonly Band[], rounding: Rounding): Fen {
  let pays = 0;
  let from = threshold;
  for (const band of bands) {
    const top = band.upTo === null ? after : Math.min(after, band.upTo);
    const base = top - Math.max(before, from);
    if (base > 0) pays += applyRatio(base, band.ratio, rounding);
    if (band.upTo !== null) from = Math.max(from, band.upTo);
  }
  return pays;
}

/** The parts burdenPays adds (the bands the burden from `before` to `after` reaches above `threshold`), each with its base and rounded pay: for the breakdown. */
export function burdenParts(before: Fen, after: Fen, threshold: Fen, bands: readonly Band[], rounding: Rounding): { index: number; from: Fen; to: Fen; ratio: Bp; base: Fen; pays: Fen }[] {
  const parts: { index: number; from: Fen; to: Fen; ratio: Bp; base: Fen; pays: Fen }[] = [];
  let from = threshold;
  bands.forEach((band, index) => {
    const top = band.upTo === null ? after : Math.min(after, band.upTo);
    const start = Math.max(before, from);
    if (top - start > 0) parts.push({ index, from: start, to: top, ratio: band.ratio, base: top - start, pays: applyRatio(top - start, band.ratio, rounding) });
    if (band.upTo !== null) from = Math.max(from, band.upTo);
  });
  return parts;
}

export const layerCapRemaining = (cap: Fen, ytdSecond: Fen): Fen => Math.max(0, cap - ytdSecond);

export const afterCapPays = (pool: Fen, deductible: Fen, ratio: Bp, rounding: Rounding): Fen => applyRatio(pool - deductible, ratio, rounding);

/** above_cap: the excess the cap cut, at the layer's ratio (10000 = all of it, the default). */
export const aboveCapPays = (excess: Fen, ratio: Bp, rounding: Rounding): Fen => (ratio === 10000 ? excess : applyRatio(excess, ratio, rounding));

/**
 * after_cap, within_claim unpaid_by_ratio: the fund's cap reached during this stay. The part of the
 * stay above the cap is what the fund did not pay at the stay's ratio, divided by that ratio (应付未付
 * ÷ 本次适用支付比例, rounded), and the layer pays its ratio of that (rounded).
 */
export function withinClaimPays(unpaid: Fen, stayRatio: Bp, ratio: Bp, rounding: Rounding): { above: Fen; pays: Fen } {
  const above = unpaid > 0 && stayRatio > 0 ? divideByRatio(unpaid, stayRatio, rounding) : 0;
  return { above, pays: applyRatio(above, ratio, rounding) };
}
