// A filing kind's entry is one rule, or its rules by where the care was (省内市外 / 省外:
// `{ in_province, out_of_province }`). Lint, show and the engine walk it the same way.
import type { FilingByWhereValue, FilingRuleValue } from './schema-v2.js';

export type FilingEntryValue = FilingRuleValue | FilingByWhereValue;
export const WHERE_KEYS = ['in_province', 'out_of_province'] as const;

/** Whether an entry is keyed by where the care was (it has no value of its own). */
export const isByWhere = (entry: FilingEntryValue | undefined): entry is FilingByWhereValue => entry !== undefined && !Object.hasOwn(entry, 'value');

/** The entry's rules with the key each sits under: one with none, or each side given (a side left out is absent). */
export function filingSides(entry: FilingEntryValue): { rule: FilingRuleValue; side: (typeof WHERE_KEYS)[number] | undefined }[] {
  if (!isByWhere(entry)) return [{ rule: entry, side: undefined }];
  return WHERE_KEYS.flatMap((side) => (entry[side] ? [{ rule: entry[side]!, side }] : []));
}
