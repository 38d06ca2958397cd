// Step 6, cap (封顶线): what the fund may still pay this calendar year; an unknown cap (null)
// is not applied (the result says so in warnings).
import type { Fen } from '../types.js';

export const capRemaining = (annual: Fen, ytdFund: Fen): Fen => Math.max(0, annual - ytdFund);

export const fundPays = (before: Fen, remaining: Fen | null): Fen => (remaining === null ? before : Math.min(before, remaining));
