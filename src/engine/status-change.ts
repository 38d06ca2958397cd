// status_change (policy model 2): what a change from 在职 to 退休 within the year does to the year's
// totals. One rule for every benefit (the second layer not concerned: model 2 as before), or keyed by
// benefit and `second_layer` (岚汐 第十五条 states carry-over for 普通门诊统筹 only, silent for 住院 and 大额):
// a key the keyed form leaves out is unknown. Pure: the rule a claim's benefit or layer follows.
import type { BenefitId } from '../domain.js';
import type { StatusChangeRuleValue, StatusChangeValue } from '../policy/schema-v2.js';

export type StatusChangeKey = BenefitId | 'second_layer';

/** The rule that governs `key`, and its path; undefined where the file's form does not concern it (the single form and the second layer). */
export function statusChangeRule(sc: StatusChangeValue | undefined, key: StatusChangeKey): { rule: StatusChangeRuleValue | undefined; path: string } | undefined {
  if (sc === undefined || 'value' in sc) return key === 'second_layer' ? undefined : { rule: sc, path: 'status_change' };
  return { rule: sc[key], path: `status_change.${key}` };
}

/** Whether the file keys status_change by benefit. */
export const statusChangeKeyed = (sc: StatusChangeValue | undefined): sc is Exclude<StatusChangeValue, StatusChangeRuleValue> => sc !== undefined && !('value' in sc);
