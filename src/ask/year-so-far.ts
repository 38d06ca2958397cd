// A person's year so far after an explained claim (deductible met, fund paid), carried to the
// same person's next claim by the wizard ("同一个人?") and the desk (a new visit), as batch
// carries a person's rows. Pure.
import type { Explanation } from '../engine/types.js';
import { formatFen } from '../money/money.js';

/** A person's year so far for one benefit, after the claim in play. */
export interface YearSoFar {
  benefit: string;
  /** The calendar year, YYYY. */
  year: string;
  /** Only where the deductible counts over the year; elsewhere it is charged again. */
  ytd_deductible?: string;
  ytd_fund: string;
}

/** The person's year after an explained claim: the deductible met only where it counts over the year. */
export function yearAfter(explanation: Explanation): YearSoFar {
  const year: YearSoFar = {
    benefit: explanation.claim.benefit,
    year: explanation.claim.date.slice(0, 4),
    ytd_fund: formatFen(explanation.result.ytdFundAfter),
  };
  if (explanation.deductiblePeriod === 'year') year.ytd_deductible = formatFen(explanation.result.ytdDeductibleAfter);
  return year;
}
