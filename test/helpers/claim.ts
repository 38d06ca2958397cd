// Builds claims for tests through parseClaim, the path every front end uses.
import { parseClaim, type RawClaim } from '../../src/claim/index.js';
import type { Claim } from '../../src/engine/types.js';

export function claimOf(raw: RawClaim, date = '2024-05-01', city = 'suizhou'): Claim {
  const parsed = parseClaim(raw, { city, date });
  if (!parsed.ok) throw new Error(`test claim rejected: ${parsed.field} ${parsed.message.en}`);
  return parsed.claim;
}
