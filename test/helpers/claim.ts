// Builds claims for tests through parseClaim, the path every front end uses.
import { parseClaim, type RawClaim } from '../../src/claim/index.js';
import type { Claim, Explanation } from '../../src/engine/types.js';
import type { Policy } from '../../src/policy/schema.js';
import { withFacility } from '../../src/claim/facility.js';
import { explain } from '../../src/engine/explain.js';

export function claimOf(raw: RawClaim, date = '2024-05-01', city = 'suizhou'): Claim {
  const parsed = parseClaim(raw, { city, date });
  if (!parsed.ok) throw new Error(`test claim rejected: ${parsed.field} ${parsed.message.en}`);
  return parsed.claim;
}

/** A claim explained as calc does: a facility the policy names becomes its level (withFacility), then explain. */
export function explainAtFacility(policy: Policy, raw: RawClaim): Explanation {
  const { raw: r, facility } = withFacility(raw, policy);
  const parsed = parseClaim(r, { city: policy.id });
  if (!parsed.ok) throw new Error(parsed.message.en);
  if (facility) parsed.claim.facility = facility;
  return explain(parsed.claim, policy);
}
