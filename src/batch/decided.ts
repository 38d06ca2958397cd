// `check`: what decided a row's computed fund payment, in one phrase for a mismatch row's error
// (the cap reached, the deductible, the ratio, or not eligible), so that the clerk comparing it
// with the bureau's figure knows which rule to look at first.
import { formatFen } from '../money/money.js';
import type { Bp, Fen, Settlement } from '../engine/types.js';
import type { Text } from './messages.js';

/** 8000 -> "80%", 8550 -> "85.5%". */
const percent = (bp: Bp | null): string => (bp === null ? '?' : `${bp / 100}%`);

/** The rule that decided the fund payment of `s`, as one phrase. */
export function decidedBy(s: Settlement): Text {
  if (!s.eligible) return { zh: `不符合待遇条件,基金不支付${s.ineligibleReason ? `(${s.ineligibleReason.zh})` : ''}`, en: `not eligible, so the fund pays nothing${s.ineligibleReason ? ` (${s.ineligibleReason.en})` : ''}` };
  if (s.cap !== null && s.capRemaining !== null && s.fundBeforeCap > s.fundPays) {
    return {
      zh: `由封顶线决定:年度封顶线 ${formatFen(s.cap)} 元,本年只剩 ${formatFen(s.capRemaining)} 元`,
      en: `the annual cap decided it: ${formatFen(s.capRemaining)} yuan left of the ${formatFen(s.cap)} yuan cap`,
    };
  }
  const ratio = percent(s.ratio);
  if (s.deductibleApplied >= s.inScope && s.inScope > 0) {
    const of = s.deductible === null ? '' : `(本年起付线 ${formatFen(s.deductible)} 元)`;
    return {
      zh: `由起付线决定:本行 ${formatFen(s.inScope)} 元全部计入起付线${of}`,
      en: `the deductible decided it: all ${formatFen(s.inScope)} yuan of this row went to the deductible${s.deductible === null ? '' : ` (${formatFen(s.deductible)} yuan a year)`}`,
    };
  }
  if (s.deductibleApplied > 0) {
    return {
      zh: `由起付线和比例决定:(${formatFen(s.inScope)} − 起付线 ${formatFen(s.deductibleApplied)})× ${ratio}`,
      en: `the deductible and the ratio decided it: (${formatFen(s.inScope)} − ${formatFen(s.deductibleApplied)} deductible) × ${ratio}`,
    };
  }
  return { zh: `由报销比例决定:${formatFen(s.inScope)} × ${ratio}`, en: `the ratio decided it: ${formatFen(s.inScope)} × ${ratio}` };
}

/** A mismatch row's error: both amounts and what decided the computed one. */
export function mismatchText(reported: Fen, s: Settlement): Text {
  const why = decidedBy(s);
  return {
    zh: `申报 ${formatFen(reported)} 元,计算 ${formatFen(s.fundPays)} 元;${why.zh}`,
    en: `reported ${formatFen(reported)} yuan, computed ${formatFen(s.fundPays)} yuan; ${why.en}`,
  };
}
