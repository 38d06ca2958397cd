// The words a user may type for each closed vocabulary (contract "calc flags"): the English id
// itself or its Chinese name. Lookup is case-insensitive for the English ids.
import { halfWidth } from './normalize.js';
import type { BenefitId, Relation, Scheme, Status, Tier } from '../domain.js';

export const SCHEME_ALIASES: Readonly<Record<string, Scheme>> = {
  employee: 'employee',
  职工: 'employee',
  resident: 'resident',
  居民: 'resident',
};

export const STATUS_ALIASES: Readonly<Record<string, Status>> = {
  active: 'active',
  在职: 'active',
  retired: 'retired',
  退休: 'retired',
};

export const BENEFIT_ALIASES: Readonly<Record<string, BenefitId>> = {
  outpatient: 'outpatient',
  普通门诊: 'outpatient',
  门诊: 'outpatient',
  inpatient: 'inpatient',
  住院: 'inpatient',
  chronic: 'chronic',
  门诊慢特病: 'chronic',
  慢特病: 'chronic',
};

export const TIER_ALIASES: Readonly<Record<string, Tier>> = {
  '1': '1',
  '2': '2',
  '3': '3',
  community: 'community',
  一级: '1',
  二级: '2',
  三级: '3',
  社区: 'community',
};

export const RELATION_ALIASES: Readonly<Record<string, Relation>> = {
  spouse: 'spouse',
  parent: 'parent',
  child: 'child',
  sibling: 'sibling',
  grandparent: 'grandparent',
  grandchild: 'grandchild',
  配偶: 'spouse',
  父母: 'parent',
  子女: 'child',
  兄弟姐妹: 'sibling',
  祖父母: 'grandparent',
  外祖父母: 'grandparent',
  孙子女: 'grandchild',
  外孙子女: 'grandchild',
};

/**
 * Whether a retiree met the required contribution years (contribution_years_met): yes or no
 * as people write it in a flag, a wizard answer or a spreadsheet cell.
 */
export const YES_NO_ALIASES: Readonly<Record<string, 'yes' | 'no'>> = {
  yes: 'yes',
  y: 'yes',
  true: 'yes',
  '1': 'yes',
  met: 'yes',
  是: 'yes',
  达到: 'yes',
  已达到: 'yes',
  满: 'yes',
  已满: 'yes',
  no: 'no',
  n: 'no',
  false: 'no',
  '0': 'no',
  not_met: 'no',
  否: 'no',
  未达到: 'no',
  没达到: 'no',
  未满: 'no',
  不满: 'no',
};

/** The id for a typed word, or undefined. */
export function lookup<T extends string>(table: Readonly<Record<string, T>>, text: string): T | undefined {
  const key = halfWidth(text).trim(); // the wizard and other callers look up words before parseClaim
  return Object.hasOwn(table, key) ? table[key] : Object.hasOwn(table, key.toLowerCase()) ? table[key.toLowerCase()] : undefined;
}

/** The accepted words, for messages: "employee (职工), resident (居民)". */
export function choices(table: Readonly<Record<string, string>>): string {
  const byId = new Map<string, string[]>();
  for (const [word, id] of Object.entries(table)) {
    if (word === id) continue;
    byId.set(id, [...(byId.get(id) ?? []), word]);
  }
  return [...new Set(Object.values(table))].map((id) => (byId.has(id) ? `${id} (${byId.get(id)!.join(', ')})` : id)).join(', ');
}
