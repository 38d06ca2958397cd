// Step 3, deductible (起付线): the part of the annual deductible not yet met this calendar
// year is taken from this claim's in-scope amount first.
import type { Fen } from '../types.js';

export const deductibleRemaining = (annual: Fen, ytdDeductible: Fen): Fen => Math.max(0, annual - ytdDeductible);

export const deductibleApplied = (inScope: Fen, annual: Fen, ytdDeductible: Fen): Fen =>
  Math.min(inScope, deductibleRemaining(annual, ytdDeductible));
