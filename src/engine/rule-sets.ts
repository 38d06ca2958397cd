// `--set <path>=<value>` for a model-2 value the policy leaves unknown, by the path its exit 3
// names (assistance.groups.低保对象.cap, inpatient.employee.deductible_schedule.retired,
// inpatient.employee.filing.unfiled.deductible_times, inpatient.resident.bands.1.ratio.3,
// chronic.disease_limits.groups.特殊病种.ratio …): the version in force is copied with that value in
// place of the file's (its source, quote, note and reading dropped: it is the user's), and every
// claim of a combination the path belongs to says so (user_value). The value was parsed and checked
// like the file's (claim/override.ts); a path the version does not hold is exit 2 naming it.
import type { Policy, PolicyVersion } from '../policy/schema.js';
import type { BenefitId, Scheme } from '../domain.js';
import { PolicyError, type RuleOverride, type Override, type Warning } from './types.js';
import { model2Messages as M2 } from './messages2.js';
import { ruleWarnings as RW } from './warnings.js';

type Node = Record<string, unknown>;

const isIndex = (s: string) => /^\d+$/.test(s);
const isObject = (x: unknown): x is Node => typeof x === 'object' && x !== null && !Array.isArray(x);

/** One step down the path: a key, a list index, a band (bands.<i> is bands.segments[i]) or a disease by name. */
function child(cur: unknown, seg: string): unknown {
  // a list by index, or a list of named entries (disease_limits.diseases.高血压) by name
  if (Array.isArray(cur)) return isIndex(seg) ? cur[Number(seg)] : (cur as unknown[]).find((x) => isObject(x) && x.name === seg);
  if (!isObject(cur)) return undefined;
  if (Object.hasOwn(cur, seg)) return cur[seg];
  if (Array.isArray(cur.segments) && isIndex(seg)) return cur.segments[Number(seg)];
  if (Array.isArray(cur.diseases)) return (cur.diseases as Node[]).find((d) => d.name === seg);
  return undefined;
}

/** A disease entry (disease_limits.diseases[i]): a scheme key after its name is its limit's (高血压.employee is 高血压.limit.employee). */
const isDisease = (x: unknown): x is Node => isObject(x) && typeof x.name === 'string' && !Object.hasOwn(x, 'value');
const SCHEME_KEYS = new Set(['employee', 'resident']);

/** Where the value at `path` lives in the version: its parent object (or list) and key; undefined where the version has no such place. */
function place(version: PolicyVersion, path: string): { parent: Node | unknown[]; key: string } | undefined {
  const segs = path.split('.');
  // status_change.<benefit> needs the keyed form; the one rule for all is status_change itself
  if (segs[0] === 'status_change' && segs.length > 1 && isObject(version.status_change) && Object.hasOwn(version.status_change, 'value')) return undefined;
  let cur: unknown = Object.hasOwn(version.benefits, segs[0]!) ? version.benefits : version;
  for (const seg of segs.slice(0, -1)) {
    // a limit keyed by scheme (limit: { employee, resident }) is reached from the disease's name; a flat one has no scheme place
    if (isDisease(cur) && SCHEME_KEYS.has(seg)) {
      if (!isObject(cur.limit) || Object.hasOwn(cur.limit, 'value')) return undefined;
      cur = cur.limit;
    }
    cur = child(cur, seg);
    if (cur === undefined) return undefined;
  }
  const last = segs.at(-1)!;
  if (isDisease(cur) && SCHEME_KEYS.has(last)) {
    if (!isObject(cur.limit) || Object.hasOwn(cur.limit, 'value')) return undefined;
    return { parent: cur.limit, key: last };
  }
  if (isObject(cur) && Object.hasOwn(cur, 'value') && SCHEME_KEYS.has(last)) return undefined; // a value for everyone has no scheme's entry
  const at = child(cur, last);
  // a schedule entry's share; a disease's limit
  if (isObject(at) && Object.hasOwn(at, 'from') && Object.hasOwn(at, 'share')) return { parent: at, key: 'share' };
  if (isObject(at) && typeof at.name === 'string' && Array.isArray((cur as Node).diseases)) return { parent: at, key: 'limit' };
  if (Array.isArray(cur)) return isIndex(last) && at !== undefined ? { parent: cur, key: last } : undefined;
  if (!isObject(cur)) return undefined;
  return { parent: cur, key: last };
}

/** What a sourced value keeps beside its value (a filing's cut, a `several` rule's share …): all but its evidence. */
const EVIDENCE = new Set(['value', 'source', 'quote', 'note', 'reading', 'reading_short', 'inferred', 'reasoning']);

function valueFor(o: RuleOverride, old: unknown): unknown {
  if (o.kind === 'schedule') {
    return o.value === 'none' ? { value: 'none' } : (o.value as number[]).map((share, i) => ({ from: i + 2, share: { value: share } }));
  }
  // assistance.open_groups=<group>|none: the group an unnamed one is assisted as, or no assistance
  if (o.kind === 'group') return o.value === 'none' ? { value: 'none' } : { value: 'as_group', group: o.value };
  if (old !== undefined && !(isObject(old) && Object.hasOwn(old, 'value'))) return undefined; // a map by level or status: the path needs its key
  const kept = isObject(old) ? Object.fromEntries(Object.entries(old).filter(([k]) => !EVIDENCE.has(k))) : {};
  return { ...kept, value: o.value };
}

/** The path belongs to the claim's benefit and scheme (or to the version as a whole: 乙类, the scheme's second layer, assistance). */
export function ruleSetApplies(o: RuleOverride, benefit: BenefitId, scheme: Scheme): boolean {
  const p = o.path;
  return (
    p.startsWith(`${benefit}.${scheme}.`) ||
    (p.startsWith(`${benefit}.disease_limits.`) && !p.split('.').includes(scheme === 'employee' ? 'resident' : 'employee')) ||
    p.startsWith('first_pay.') ||
    p.startsWith(`second_layer.${scheme}.`) ||
    p.startsWith('assistance.') ||
    p === 'status_change' ||
    p.startsWith('facilities.') ||
    p.startsWith('status_change.') ||
    p === 'status_from' ||
    p === 'several_groups' ||
    p.startsWith('account_scope.') ||
    p === 'family_year_cap' ||
    p.startsWith('family_year_cap.')
  );
}

const cache = new WeakMap<PolicyVersion, WeakMap<readonly Override[], PolicyVersion>>();

/** The version with every rule --set in place; the same object where there is none. Cached per version and list of sets. */
export function withRuleSets(version: PolicyVersion, overrides: readonly Override[]): PolicyVersion {
  // stay_version is the policy's, not a version's (stay-version.ts reads it)
  const sets = overrides.filter((o): o is RuleOverride => o.param === 'rule' && o.path !== 'stay_version' && !o.path.startsWith('facilities.'));
  if (sets.length === 0) return version;
  let byList = cache.get(version);
  if (!byList) cache.set(version, (byList = new WeakMap()));
  const hit = byList.get(overrides);
  if (hit) return hit;
  const copy = structuredClone(version);
  for (const o of sets) {
    const at = place(copy, o.path);
    const value = at ? valueFor(o, (at.parent as Node)[at.key]) : undefined;
    if (!at || value === undefined) throw new PolicyError('needs_input', M2.setNoPlace(o.path, version.effective), 2);
    (at.parent as Node)[at.key] = value;
  }
  byList.set(overrides, copy);
  return copy;
}

/** The user_value warnings of the rule sets that belong to this combination. */
export function ruleSetWarnings(overrides: readonly Override[], benefit: BenefitId, scheme: Scheme): Warning[] {
  return overrides.filter((o): o is RuleOverride => o.param === 'rule' && ruleSetApplies(o, benefit, scheme)).map((o) => RW.userRule(o.path, o.display));
}

const facilityCache = new WeakMap<Policy, WeakMap<readonly Override[], Policy>>();

/**
 * The policy with each facilities.<name>.levels --set in place (2,3: 在二级及以上中医医院); the same
 * object where there is none. A name the policy does not define is exit 2 naming it.
 */
export function withFacilitySets(policy: Policy, overrides: readonly Override[]): Policy {
  const sets = overrides.filter((o): o is RuleOverride => o.param === 'rule' && o.path.startsWith('facilities.'));
  if (sets.length === 0) return policy;
  let byList = facilityCache.get(policy);
  if (!byList) facilityCache.set(policy, (byList = new WeakMap()));
  const hit = byList.get(overrides);
  if (hit) return hit;
  const facilities = { ...policy.facilities };
  for (const o of sets) {
    const name = o.path.slice('facilities.'.length, -'.levels'.length);
    const f = facilities[name];
    if (!f) throw new PolicyError('needs_input', M2.setNoPlace(o.path, policy.versions[0]?.effective ?? ''), 2);
    facilities[name] = { ...f, levels: { value: o.value as ('1' | '2' | '3')[] } };
  }
  const copy = { ...policy, facilities };
  byList.set(overrides, copy);
  return copy;
}
