// The policies of this run by city: a policy directory's file (--policy-dir, YIBAO_POLICY_DIR)
// in place of the bundled policy of the same id, its new ids as further cities, else the bundled
// policies. Every command asks here (calc, the wizard, ask, the desk, batch, check, faq, hotline,
// policy list|show). The CLI sets the directory once per run (usePolicyDirectory).
import { bundledPolicyIds, loadBundledPolicy, unknownCity, type LoadedPolicy } from './bundled.js';
import type { PolicyDirectory } from './directory.js';
import { PolicyFileError } from './errors.js';
import { cityId, namesOfPolicy, useDirectoryCities } from '../cities.js';

let directory: PolicyDirectory | undefined;

/** The policy directory of this run, or undefined for none (the bundled policies only). */
export function usePolicyDirectory(dir: PolicyDirectory | undefined): void {
  directory = dir;
  const words: Record<string, string[]> = {};
  for (const [id, loaded] of dir?.policies ?? []) words[id] = namesOfPolicy(loaded.policy.name);
  useDirectoryCities(words);
}

/** The policy directory in use, if any. */
export function policyDirectory(): PolicyDirectory | undefined {
  return directory;
}

/** Every policy id in use, sorted: the bundled ones and the directory's. */
export function policyIds(): string[] {
  return [...new Set([...bundledPolicyIds(), ...(directory?.policies.keys() ?? [])])].sort();
}

/** The policy of a city (its id or name): the directory's file first, else the bundled one; unknown: PolicyFileError 'unknown_city' (exit 2). */
export async function loadCityPolicy(city: string): Promise<LoadedPolicy> {
  if (!directory) return loadBundledPolicy(city);
  const id = cityId(city) ?? city;
  const own = directory.policies.get(id);
  if (own) return own;
  try {
    return await loadBundledPolicy(id);
  } catch (error) {
    if (error instanceof PolicyFileError && error.code === 'unknown_city') throw unknownCity(id, policyIds());
    throw error;
  }
}

export type PolicyOrigin = { kind: 'bundled' } | { kind: 'directory'; file: string; extends?: string };

/** Where the policy of an id in use comes from. */
export function policyOrigin(id: string): PolicyOrigin {
  const own = directory?.policies.get(id);
  if (!own) return { kind: 'bundled' };
  return own.extends ? { kind: 'directory', file: own.file, extends: own.extends } : { kind: 'directory', file: own.file };
}
