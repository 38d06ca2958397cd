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

export const sumPays = (parts: readonly { pays: Fen }[]): Fen => parts.reduce((sum, p) => sum + p.pays, 0);
