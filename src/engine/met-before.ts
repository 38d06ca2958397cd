// The deductible met before a claim (steps/deductible.ts deductibleMetBefore): under a yearly
// deductible a fund payment this year shows it met (where it depends on the level: the lowest
// level's); two figures that cannot both be true are refused, exit 2. Shared by the model-1 and
// model-2 settlements. Under policy model 2 the pair is not impossible (a deductible waived for an
// assistance group, a disease or a stay earlier in the year lets the fund pay before it is met):
// the deductible met as given is used, and the claim says so (ytd_as_given).
import type { Claim, Fen } from './types.js';
import { PolicyError } from './types.js';
import type { Rules } from './rules.js';
import { engineMessages as M } from './messages.js';
import { deductibleMetBefore } from './steps/deductible.js';

/** `fund`: what the fund paid this year for this benefit (model 2, under a cap shared with other benefits: its own part). */
/** `lowest`: the lowest deductible that could have applied this year (below `deductible` where it depends on the level). */
/** `asGiven`: policy model 2, where a conflict is taken as given (`conflict` then true) instead of refused. */
export function metBefore(rules: Rules, claim: Claim, deductible: Fen | null, fund: Fen, lowest: Fen | null = deductible, asGiven = false): { met: Fen; conflict: boolean } {
  if (deductible === null) return { met: claim.ytdDeductible, conflict: false };
  const yearly = rules.deductiblePeriod === 'year';
  const floor = lowest ?? deductible;
  const { met, how } = deductibleMetBefore(yearly, deductible, claim.ytdDeductible, fund, claim.ytdDeductibleFrom ?? 'said', floor);
  if (how === 'conflict' && asGiven) return { met, conflict: true };
  if (how === 'conflict') throw new PolicyError('ytd_conflict', floor < deductible ? M.ytdConflictLowest(floor, claim.ytdDeductible, fund) : M.ytdConflict(deductible, claim.ytdDeductible, fund), 2, 'ytd_deductible');
  return { met, conflict: false };
}
