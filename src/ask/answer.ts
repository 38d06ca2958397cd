// One answer to a wizard question, read the way `ask` reads a question: an amount as people say
// or write it (1500块, 一千五百元, ¥1,500.00, 两千五, 1.2万), through the same clause reading
// (clauses.ts: NFKC, numbers made digits) and the same amount pattern (phrases.ts: AMOUNT) as a
// question's amount, so that the wizard takes what `ask` takes. What is not clearly one amount is
// left to the claim's parser (src/claim/values.ts), which says why. And "nothing" as people say
// it (不用, 没有, 没钱了) for a question whose answer may be none. Pure.
import { clausesOf } from './clauses.js';
import { AMOUNT } from './phrases.js';

const WHOLE_AMOUNT = new RegExp(`^\\s*${AMOUNT}\\s*$`, 'u');

/** The amount in digits ("1500", "1500.00") when the whole answer is one amount as `ask` reads it; else undefined. */
export function spokenAmount(typed: string): string | undefined {
  const clauses = clausesOf(typed);
  if (clauses.length !== 1) return undefined;
  return WHOLE_AMOUNT.exec(clauses[0]!.text)?.[1];
}

/** Words that answer "how much" with nothing. */
const NONE = new Set(['不用', '不用了', '没有', '没有了', '没', '没了', '无', '没钱', '没钱了', '不需要', '不要', '零', '一分没有', '一分都没有']);

/** Whether the answer says "none" (the wizard takes it as 0 where 0 is an answer). */
export function spokenNone(typed: string): boolean {
  return NONE.has(typed.normalize('NFKC').trim().replace(/[。.!！~～]+$/u, ''));
}

/** A year and a month with no day: 2025年3月 / 2025年3月份 / 2025-03 / 2025/3 / 2025.3. */
const YEAR_MONTH = /^\s*(\d{4})\s*(?:年\s*(\d{1,2})\s*月份?|[-/.]\s*(\d{1,2}))\s*$/u;

/** The year and month of an answer that gives only those (after NFKC: full-width digits too); else undefined. */
export function spokenMonth(typed: string): { year: number; month: number } | undefined {
  const m = YEAR_MONTH.exec(typed.normalize('NFKC'));
  if (!m) return undefined;
  const month = Number(m[2] ?? m[3]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : undefined;
}

/**
 * The day a status began (--status-since) from a month without its day, for a claim dated in
 * `claimYear`. What calc uses is only whether it falls after 1 January of the claim's year, which
 * the month decides: it is taken as the month's first day. January of the claim's year does not
 * decide it (on 1 January the whole year is at the new status): undefined, and the day is asked.
 */
export function monthStart(month: { year: number; month: number }, claimYear: number): string | undefined {
  if (month.year === claimYear && month.month === 1) return undefined;
  return `${month.year}-${String(month.month).padStart(2, '0')}-01`;
}
