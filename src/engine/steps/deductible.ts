// Step 3, deductible (起付线): the part of the annual deductible not yet met this calendar
// year is taken from this claim's in-scope amount first.
import type { Fen } from '../types.js';

export const deductibleRemaining = (annual: Fen, ytdDeductible: Fen): Fen => Math.max(0, annual - ytdDeductible);

export const deductibleApplied = (inScope: Fen, annual: Fen, ytdDeductible: Fen): Fen =>
  Math.min(inScope, deductibleRemaining(annual, ytdDeductible));

/** Where the claim's deductible met this year came from (Claim.ytdDeductibleFrom): typed, not said (0 taken), or carried by batch. */
export type MetFrom = 'said' | 'unsaid' | 'carried';

/**
 * The deductible met before this claim, under a deductible counted over the calendar year. The
 * fund pays only above it (Suizhou Q&A 2: "累计超过门诊报销起付线以上部分,按以下规定报销"), so a
 * fund payment earlier this year means it was met:
 * - not said (0 taken) beside a fund payment: it is taken as met in full (`inferred`);
 * - said below it beside a fund payment: the two cannot both be true (`conflict`);
 * - carried from a person's earlier rows: as carried (a status that changed within the year is
 *   batch's own reading, status_changed).
 * A deductible charged per admission, or whose period the sources do not state, infers nothing.
 */
export function deductibleMetBefore(
  yearly: boolean,
  annual: Fen,
  ytdDeductible: Fen,
  ytdFund: Fen,
  from: MetFrom,
): { met: Fen; how: 'as_given' | 'inferred' | 'conflict' } {
  if (!yearly || ytdFund === 0 || ytdDeductible >= annual || from === 'carried') return { met: ytdDeductible, how: 'as_given' };
  return from === 'unsaid' ? { met: annual, how: 'inferred' } : { met: ytdDeductible, how: 'conflict' };
}
