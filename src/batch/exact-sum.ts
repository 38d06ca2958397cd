// A running total of fen for the batch summary that stays exact however many rows it adds: a
// plain integer while it is a safe one (every run that real files make), decimal.js once a sum
// would pass 2^53 fen (90 trillion yuan), which a binary float would round.
import { Decimal } from 'decimal.js';
import { formatFen, type Fen } from '../money/money.js';

/** Enough digits for any sum of safe integers that a run can add (2^53 × 2^53 has 32 digits). */
const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

export class ExactSum {
  private small = 0;
  private big: Decimal | undefined;

  add(fen: Fen): void {
    const next = this.small + fen;
    if (Number.isSafeInteger(next)) {
      this.small = next;
      return;
    }
    this.big = (this.big ?? new Exact(0)).plus(this.small).plus(fen);
    this.small = 0;
  }

  /** The total in yuan, two decimals ("-" before a negative one). */
  yuan(): string {
    if (this.big === undefined) return formatFen(this.small);
    return this.big.plus(this.small).div(100).toFixed(2);
  }
}
