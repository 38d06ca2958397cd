// Step ratio, the uplifts (policy model 2): a band's ratio raised for retirees, for a resident
// grade (二档在一档基础上提高6个百分点), by age and at a facility (中医医院提高3个百分点), each uplift held to the policy's ceiling where
// the text names one for it (提高后最高不超过95%; several ceilings, each its own uplifts: 岚汐 年龄 ≤ 90%,
// 中医医院 ≤ 95%, added in the order the policy gives; an assistance group's: 特困人员…提高5个百分点), then the filing cut. A ceiling never lowers a
// ratio the text sets above it without an uplift; nothing goes above 100% or below 0.
import type { Bp } from '../types.js';

/** The points each uplift adds to this claim's ratios, and the filing cut. */
export interface Uplifts {
  retiree: Bp;
  grade: Bp;
  age: Bp;
  /** A facility's uplift (中医医院提高3个百分点). */
  facility: Bp;
  /** An assistance group's uplift (特困人员…支付比例提高5个百分点: group_bonus); left out: none. */
  group?: Bp;
  /** The filing's and the facility's cuts, together. */
  cut: Bp;
}

export type UpliftKind = 'retiree' | 'grade' | 'age' | 'facility' | 'group';

/** The order the uplifts are added in where the policy does not state one: the one ceiling's (model 2 always). */
export const DEFAULT_ORDER: readonly UpliftKind[] = Object.freeze(['retiree', 'grade', 'age', 'facility', 'group'] as UpliftKind[]);

/**
 * The ceiling each uplift is held to after it is added (undefined: none holds it) for this
 * computation, and the order the uplifts are added in (岚汐: age ≤ 90% then 中医医院 ≤ 95%).
 */
export interface CeilingUse {
  max: Readonly<Partial<Record<UpliftKind, Bp | undefined>>>;
  order: readonly UpliftKind[];
}

/** No ceiling: each uplift added, at most 100%. */
export const NO_CEILING: CeilingUse = Object.freeze({ max: Object.freeze({ retiree: undefined, grade: undefined, age: undefined, facility: undefined, group: undefined }), order: DEFAULT_ORDER });

/** The full order from a stated one: the uplifts it leaves out first, in the default order, then its own. */
export const fullOrder = (listed: readonly UpliftKind[]): UpliftKind[] => [...DEFAULT_ORDER.filter((k) => !listed.includes(k)), ...listed];

/** 为本市同级医疗机构住院支付比例的95%: `r` × `times`, exact in Bp; null where the product is finer than 0.01%. */
export function timesRatio(r: Bp, times: Bp): Bp | null {
  const p = r * times;
  return p % 10000 === 0 ? p / 10000 : null;
}

/**
 * A band's ratio under a filing's multiple (ratio_times), the cuts after it: `uplifted`, the
 * multiple of the ratio with the uplifts (and their ceiling) as the person gets it locally;
 * `stated`, of the level's stated ratio, the uplifts added to the product. Null: finer than 0.01%.
 */
export function multipliedRatio(base: Bp, u: Uplifts, c: CeilingUse, times: Bp, of: 'uplifted' | 'stated'): Bp | null {
  if (of === 'uplifted') {
    const t = timesRatio(upliftedRatio(base, { ...u, cut: 0 }, c), times);
    return t === null ? null : Math.max(0, t - u.cut);
  }
  const t = timesRatio(base, times);
  return t === null ? null : upliftedRatio(t, u, c);
}

/** `r` raised by `points`, at most the ceiling where it applies (never below `r` itself), at most 100%. */
export const raise = (r: Bp, points: Bp, ceiling: Bp | undefined): Bp =>
  Math.min(10000, ceiling === undefined || points === 0 ? r + points : Math.min(r + points, Math.max(r, ceiling)));

/** A band's ratio after the uplifts (in the ceiling's order: retiree, grade, age, facility unless stated), each held to its ceiling, then the cuts. */
export function upliftedRatio(base: Bp, u: Uplifts, c: CeilingUse): Bp {
  let r = base;
  for (const k of c.order) r = raise(r, u[k] ?? 0, c.max[k]);
  return Math.max(0, r - u.cut);
}
