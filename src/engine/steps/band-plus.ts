// Step ratio, 段上加段 (policy model 2, bands.<i>.plus): 岚汐 第七条（一）「超过5万元的部分，在相应比例基础上提高3个百分点，
// 最高不超过95%」. A band's ratio is the band before's plus points, at most a ceiling (a band before already
// above it is not lowered). Which ratio of the band before (相应比例) is the policy's `of`: `stated`, as the
// text states it for the level and status (the claim's other uplifts then added to this band as to any);
// `uplifted`, as the claim gets it with its uplifts and their ceilings, the cuts (a facility's, a filing's)
// taken after both. Pure.
import type { Bp } from '../types.js';
import type { Band } from './bands.js';
import { raise } from './uplift.js';

/** A band that is the band before plus `points`, at most `max` (undefined: 100%). */
export interface PlusRule {
  points: Bp;
  max: Bp | undefined;
}

/** `stated`: the band before's stated ratio raised by the points, held to the most. */
export const plusStated = (before: Bp, p: PlusRule): Bp => raise(before, p.points, p.max);

/**
 * `uplifted`: each plus band's ratio from the band before as the claim gets it, before the cuts
 * `cut` that were taken off every band (so the cut is added back, the points and the most applied,
 * the cut taken again). A band before cut to 0 counts as its cut (a ratio below the cut is 0 either way).
 */
export function plusUplifted(bands: readonly Band[], plus: readonly (PlusRule | undefined)[], cut: Bp): Band[] {
  const out: Band[] = [];
  bands.forEach((b, i) => {
    const p = plus[i];
    out.push(p && i > 0 ? { upTo: b.upTo, ratio: Math.max(0, raise(out[i - 1]!.ratio + cut, p.points, p.max) - cut) } : b);
  });
  return out;
}
