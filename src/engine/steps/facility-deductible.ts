// Step deductible, at a kind of facility (policy model 2 facility_deductible): 棠溪 第四条
// 「在中医医院（含中西医结合医院）住院的，住院起付标准在本细则规定标准的基础上降低100元」, 澄岫 第五条（四）
// 「在中医医疗机构住院的，起付标准降低100元；在非公立医疗机构住院的，起付标准按同级医疗机构标准的120%执行」.
// A minus takes yuan off (never below 0); a times multiplies, rounded. A facility of two kinds
// (a private 中医 hospital) takes both, in the order the policy states (or each order tried).
import type { Bp, Fen } from '../types.js';
import { applyRatio, type Rounding } from '../../money/money.js';

export interface FacilityOp {
  op: 'minus' | 'times';
  /** minus: fen; times: Bp (12000 = 120%). */
  amount: Fen | Bp;
}

/** The deductible after the ops: the minuses then the multiples (minusFirst), or the other way round. */
export function facilityAdjusted(deductible: Fen, ops: readonly FacilityOp[], minusFirst: boolean, rounding: Rounding): Fen {
  let d = deductible;
  for (const first of minusFirst ? ['minus', 'times'] : ['times', 'minus']) {
    for (const o of ops) {
      if (o.op !== first) continue;
      d = o.op === 'minus' ? Math.max(0, d - o.amount) : applyRatio(d, o.amount, rounding);
    }
  }
  return d;
}
