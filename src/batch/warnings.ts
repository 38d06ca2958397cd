// Batch's own row warning (the `warnings` column, contract "Batch files"; status_changed is the
// engine's ruleWarnings.statusChanged, added in row.ts), in the engine's
// Warning model (codes in WARNING_CODES): one shared object each, so the summary counts them by
// identity like the engine's.
import type { Warning } from '../engine/types.js';

/** A row computed after one of the same person's rows failed: that visit is not in its totals. */
export const EARLIER_ROW_FAILED: Warning = {
  code: 'earlier_row_failed',
  kind: 'assumed',
  message: {
    zh: '该人员此前有一行出错,未计入累计;此后各行的起付线和基金累计不含那一行,改正后请重新计算。',
    en: "an earlier row of this person failed and is not counted; this row's deductible and fund totals leave it out. Fix it and run again.",
  },
  short: { zh: '这个人前面有一行出错没算进累计', en: "an earlier row of this person failed and is not in the totals" },
};

/** The codes of a row's warnings, each once, `;`-separated (the `warnings` column). */
export function warningCodes(warnings: readonly Warning[] | undefined): string {
  if (!warnings || warnings.length === 0) return '';
  if (warnings.length === 1) return warnings[0]!.code;
  return [...new Set(warnings.map((w) => w.code))].join(';');
}
