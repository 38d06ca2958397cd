// Step 1, in_scope (contract "The steps"): the part of the cost inside the policy scope.
// out_of_scope above amount is rejected earlier, by claim parsing (a usage error).
import type { Fen } from '../types.js';

export const inScope = (amount: Fen, outOfScope: Fen): Fen => amount - outOfScope;
