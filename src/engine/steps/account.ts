// Step 8, personal account (个人账户): pays the in-scope part the fund leaves, up to the
// balance given. Out-of-scope costs are never paid from it (they are cash, step 10).
import type { Fen } from '../types.js';

export const accountPays = (inScope: Fen, fund: Fen, balance: Fen): Fen => Math.min(inScope - fund, balance);
