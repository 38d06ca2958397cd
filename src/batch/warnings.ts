// Batch's own row warnings (the `warnings` column, contract "Batch files"), in the engine's
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

/** A person whose status (在职/退休) changes within a calendar year: one annual count is kept. */
export const STATUS_CHANGED: Warning = {
  code: 'status_changed',
  kind: 'assumed',
  message: {
    zh: '同一年内该人员的状态(在职/退休)有变化;累计仍按同一年度计算,本行按本行的状态适用起付线、比例和封顶线,请核对。',
    en: "this person's status (active/retired) changed within the year; the year's totals carry on, and this row uses its own status's deductible, ratio and cap. Please check.",
  },
  short: { zh: '这个人年内在职退休状态变了', en: "this person's status changed within the year" },
};

/** The codes of a row's warnings, each once, `;`-separated (the `warnings` column). */
export function warningCodes(warnings: readonly Warning[] | undefined): string {
  if (!warnings || warnings.length === 0) return '';
  if (warnings.length === 1) return warnings[0]!.code;
  return [...new Set(warnings.map((w) => w.code))].join(';');
}
