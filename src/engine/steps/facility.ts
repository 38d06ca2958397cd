// A facility the policy names for some benefits only (村卫生室执行一级医疗机构普通门诊标准，其住院
//费用统筹基金不予支付): for a benefit in `refused` the fund pays nothing (a stated refusal); for one
// in `benefits` it counts as its level; for any other the text is silent (unknown, never level 1).
import type { BenefitId } from '../../domain.js';
import type { FacilityValue } from '../../policy/schema-v2.js';

export type FacilityCover = 'covered' | 'refused' | 'unknown';

export function facilityCover(f: FacilityValue, benefit: BenefitId): FacilityCover {
  if (f.refused?.includes(benefit)) return 'refused';
  if (f.counts_as === null) return 'unknown';
  return f.benefits === undefined || f.benefits.includes(benefit) ? 'covered' : 'unknown';
}
