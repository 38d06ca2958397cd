// Steps 7 and 10: the patient's share of the cost, and the part of it paid in cash (out-of-scope
// costs always, plus whatever the accounts do not cover).
import type { Fen } from '../types.js';

export const patientShare = (amount: Fen, fund: Fen): Fen => amount - fund;

export const cashDue = (share: Fen, account: Fen, family: Fen): Fen => share - account - family;
