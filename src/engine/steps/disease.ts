// Step cap, 门诊慢特病 limits: the patient's one yearly limit for all certified diseases — the
// highest of their limits (白鹭: 不累加), the highest plus a step per further disease with the
// increase capped (云岭: 每增加一个病种增加500元，增加部分合计不超过1000元), the highest plus a
// share of each other disease's limit (青鸥: 另加另一病种限额的50%; 晴澜: …年度支付限额合计不超过4000元,
// with a ceiling; 澄岫: 累加部分合计不超过2000元, the added part capped), or the limits added, up to a ceiling (雁汐: 按各病种限额累加计算，累加后最高不超过5000元),
// or a share of their sum (汀澜 第十二条: 各病种限额之和的70%); then the bounds any of these may
// have: not below the highest single limit (汀澜: 但不低于其中最高病种的限额), at most a multiple of
// it (鹤屿 第十四条: 合计不超过限额最高病种限额的2倍).
import type { Bp, Fen } from '../types.js';
import { applyRatio, type Rounding } from '../../money/money.js';

export type SeveralRule =
  | { kind: 'highest' }
  | { kind: 'plus'; step: Fen; max: Fen }
  | { kind: 'share'; share: Bp; rounding: Rounding; max: Fen | null; addedMax?: Fen | null }
  | { kind: 'sum'; max: Fen | null }
  | { kind: 'sumShare'; share: Bp; rounding: Rounding; max: Fen | null };

/** The bounds a combined limit may have, in terms of the highest single limit. */
export interface HighestBounds {
  /** 但不低于其中最高病种的限额. */
  atLeastHighest: boolean;
  /** 合计不超过限额最高病种限额的2倍: the multiple in parts per 10,000 (20000), or null. */
  maxTimes: Bp | null;
  rounding: Rounding;
}

/** The combined limit held within its bounds: raised to the highest limit, then at most the multiple of it. */
export function boundedLimit(limit: Fen, limits: readonly Fen[], b: HighestBounds): Fen {
  const highest = Math.max(...limits);
  const floored = b.atLeastHighest ? Math.max(limit, highest) : limit;
  return b.maxTimes === null ? floored : Math.min(floored, applyRatio(highest, b.maxTimes, b.rounding));
}

export function patientLimit(limits: readonly Fen[], rule: SeveralRule): Fen {
  const highest = Math.max(...limits);
  if (limits.length < 2) return highest;
  switch (rule.kind) {
    case 'highest':
      return highest;
    case 'plus':
      return highest + Math.min(rule.step * (limits.length - 1), rule.max);
    case 'share': {
      // every limit but one highest adds its share, each product rounded
      const others = [...limits].sort((a, b) => b - a).slice(1);
      const added = others.reduce((sum, l) => sum + applyRatio(l, rule.share, rule.rounding), 0);
      // 累加部分合计不超过2000元 (澄岫 八（四）): the added part capped, the highest counted in full
      const total = highest + (rule.addedMax == null ? added : Math.min(added, rule.addedMax));
      return rule.max === null ? total : Math.min(total, rule.max);
    }
    case 'sum': {
      const sum = limits.reduce((a, b) => a + b, 0);
      return rule.max === null ? sum : Math.min(sum, rule.max);
    }
    case 'sumShare': {
      // 各病种限额之和的70%: one product on the sum
      const part = applyRatio(limits.reduce((a, b) => a + b, 0), rule.share, rule.rounding);
      return rule.max === null ? part : Math.min(part, rule.max);
    }
  }
}

export const limitRemaining = (limit: Fen, used: Fen): Fen => Math.max(0, limit - used);
