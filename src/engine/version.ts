// The policy version in force on a date: the latest version whose effective date is on or
// before it. An undated first version (effective: null) is in force before the next one starts.
import type { Policy, PolicyVersion } from '../policy/schema.js';

/** Index into policy.versions of the version in force on `date` (YYYY-MM-DD), or -1. */
export function versionIndexInForce(policy: Policy, date: string): number {
  let found = -1;
  let foundDate = '';
  policy.versions.forEach((v, i) => {
    const eff = v.effective ?? '';
    if (eff <= date && (found < 0 || eff >= foundDate)) {
      found = i;
      foundDate = eff;
    }
  });
  return found;
}

export function versionInForce(policy: Policy, date: string): PolicyVersion | undefined {
  const i = versionIndexInForce(policy, date);
  return i < 0 ? undefined : policy.versions[i];
}
