// Step cap, 门诊慢特病 limits: the patient's one yearly limit for all certified diseases — the
// highest of their limits (白鹭: 不累加), or the highest plus a step per further disease with
// the increase capped (云岭: 每增加一个病种增加500元，增加部分合计不超过1000元).
import type { Fen } from '../types.js';

export interface SeveralRule {
  /** null: the highest only; else the step per further disease and the most the steps may add. */
  plus: { step: Fen; max: Fen } | null;
}

export function patientLimit(limits: readonly Fen[], rule: SeveralRule): Fen {
  const highest = Math.max(...limits);
  if (limits.length < 2 || rule.plus === null) return highest;
  return highest + Math.min(rule.plus.step * (limits.length - 1), rule.plus.max);
}

export const limitRemaining = (limit: Fen, used: Fen): Fen => Math.max(0, limit - used);
