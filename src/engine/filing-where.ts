// A filing kind's rule, where the policy keys it by where the care was (柘川 第二十二条
// 「临时外出就医人员办理备案的，省内市外就医支付比例降低10个百分点，省外就医降低15个百分点」):
// `filing.temporary: { in_province: {…}, out_of_province: {…} }`. The claim's --where picks the
// side; keyed and not given is a question (exit 2 naming --where); a side left out is unknown
// (the caller's exit 3 names `…filing.temporary.out_of_province`). A kind with one rule ignores --where.
import type { SchemeRulesValue } from '../policy/schema.js';
import type { FilingRuleValue } from '../policy/schema-v2.js';
import { isByWhere, type FilingEntryValue as Entry } from '../policy/filing-sides.js';
import { PolicyError, type Filing, type Where } from './types.js';

/** A kind with rules of its own (emergency is settled as one of them). */
export type OutKind = Exclude<Filing, 'local' | 'emergency'>;
import { model2Messages as M2 } from './messages2.js';

/** The rule of `kind` for this claim and its path; `rule` undefined where the policy leaves it (or its side) out. */
export function filingRuleOf(
  rules: SchemeRulesValue,
  kind: OutKind,
  where: Where | undefined,
  base: string,
): { rule: FilingRuleValue | undefined; path: string; where: Where | undefined } {
  const path = `${base}.filing.${kind}`;
  const entry = rules.filing?.[kind] as Entry | undefined;
  if (!isByWhere(entry)) return { rule: entry, path, where: undefined };
  if (where === undefined) throw new PolicyError('needs_input', M2.needsWhere(path), 2, 'where');
  return { rule: entry[where], path: `${path}.${where}`, where };
}
