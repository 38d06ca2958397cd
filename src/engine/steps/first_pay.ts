// Step first_pay (乙类先行自付): the patient first pays the policy's share of the class-B drugs
// and of the class-B items, each product rounded on its own; the rest stays in pooling.
import type { Bp, Fen } from '../types.js';
import { applyRatio, type Rounding } from '../../money/money.js';

export const firstPay = (drugs: Fen, items: Fen, drugsShare: Bp, itemsShare: Bp, rounding: Rounding): Fen =>
  applyRatio(drugs, drugsShare, rounding) + applyRatio(items, itemsShare, rounding);
