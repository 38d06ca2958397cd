// Batch's own row warning (the `warnings` column, contract "Batch files"; status_changed is the
// engine's ruleWarnings.statusChanged, added in row.ts), in the engine's
// Warning model (codes in WARNING_CODES): one shared object each, so the summary counts them by
// identity like the engine's.
import type { Warning } from '../engine/types.js';

/** One of batch's warnings: what the tool assumes of a row, said in both languages, long and short. */
const batchWarning = (code: Warning['code'], message: Warning['message'], short: Warning['short']): Warning => ({ code, kind: 'assumed', message, short });

/** A row computed after one of the same person's rows failed: that visit is not in its totals. */
export const EARLIER_ROW_FAILED = batchWarning(
  'earlier_row_failed',
  {
    zh: '该人员此前有一行出错,未计入累计;此后各行的起付线和基金累计不含那一行,改正后请重新计算。',
    en: "an earlier row of this person failed and is not counted; this row's deductible and fund totals leave it out. Fix it and run again.",
  },
  { zh: '这个人前面有一行出错没算进累计', en: 'an earlier row of this person failed and is not in the totals' },
);

/** A row drawing on a 家庭共济 account after another row naming that holder failed: what that row's 共济 paid is not in the holder's total. */
export const HOLDER_ROW_FAILED = batchWarning(
  'holder_row_failed',
  {
    zh: '此前有一行使用同一共济账户(同一账户持有人编号)的记录出错,未计入该账户本年共济累计;本行的共济额度不含那一行,改正后请重新计算。',
    en: "an earlier row drawing on the same family account (the same holder's id) failed and is not counted in the account's 共济 total this year; this row's family limit leaves it out. Fix it and run again.",
  },
  { zh: '同一共济账户前面有一行出错没算进累计', en: 'an earlier row on this family account failed and is not in its total' },
);

/**
 * A row with a blank person id in a file that has a person column: it stands alone (contract),
 * its deductible counted from zero. Often the ids were merged cells of a sheet saved as CSV.
 */
export const NO_PERSON_ID = batchWarning(
  'no_person_id',
  {
    zh: '这一行没有人员编号,按单独一人计算,起付线和基金支付不与其他行累计;如果原表中人员编号是合并单元格,请取消合并、逐行填写后重新计算。',
    en: 'this row has no person id, so it stands alone: its deductible and fund paid do not carry from other rows. If the ids were merged cells in the sheet, unmerge them, fill every row and run again.',
  },
  { zh: '这一行没有人员编号,单独计算', en: 'no person id: this row stands alone' },
);

/** A workbook row that is hidden (or filtered out): a clerk does not see it, yet it is a claim in the file and is computed. */
export const HIDDEN_ROW = batchWarning(
  'hidden_row',
  {
    zh: '这一行在工作表中是隐藏的(或被筛选掉),在 Excel 中看不到,但它在文件里,已和其他行一样计算并计入累计。',
    en: 'this row is hidden (or filtered out) in the sheet, so it is not seen in Excel; it is in the file and was computed and counted like the others.',
  },
  { zh: '工作表中隐藏的行,也已计算', en: 'a hidden row of the sheet, computed too' },
);

/**
 * The codes of a row's warnings, each once in the order first given, `;`-separated (the
 * `warnings` column). Every row asks, with a handful of warnings: a scan of those before each,
 * not a Set and two arrays per row.
 */
export function warningCodes(warnings: readonly Warning[] | undefined): string {
  if (!warnings || warnings.length === 0) return '';
  let text: string = warnings[0]!.code;
  next: for (let i = 1; i < warnings.length; i++) {
    const code = warnings[i]!.code;
    for (let j = 0; j < i; j++) if (warnings[j]!.code === code) continue next;
    text += `;${code}`;
  }
  return text;
}
