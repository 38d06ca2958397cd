// Step 5, fund before the cap: (in-scope − deductible applied) × ratio, rounded once by the
// version's rounding (half-up to 0.01 yuan unless the policy names another).
import type { Bp, Fen } from '../types.js';
import { applyRatio, type Rounding } from '../../money/money.js';

export const fundBeforeCap = (inScope: Fen, deductibleApplied: Fen, ratio: Bp, rounding: Rounding): Fen =>
  applyRatio(inScope - deductibleApplied, ratio, rounding);
