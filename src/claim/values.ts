// Amounts and dates as people type them (in a flag, the wizard, an Excel cell, a question):
// `3,000`, `1,000.00`, `1 200`, `¥500`, `500元`, full-width digits; `2024-03-05`, `2024/3/5`,
// `2024年3月5日`, `20240305`, each with or without a time. Anything that is not clearly one value
// is refused with the reason (`1,00`, `3.000,5`, `3/5/2024`, `45356`), never guessed: a silent
// wrong number is worse than an error. Plain values (`2000`, `2024-03-05`) take a fast path,
// since batch reads several per row. Input is already half-width (normalize.ts).
import { parseYuan } from '../money/money.js';
import type { Fen } from '../engine/types.js';
import type { Text } from '../domain.js';

/** A value, or why the text is not one (undefined when the message's own wording says it all). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; why: Text | undefined };

const fail = (zh?: string, en?: string): { ok: false; why: Text | undefined } => ({ ok: false, why: zh === undefined || en === undefined ? undefined : { zh, en } });

const CURRENCY_BEFORE = /^(?:[¥￥]|rmb|cny|人民币)\s*/i;
const CURRENCY_AFTER = /\s*(?:元|圆|rmb|cny)$/i;
/** Spaces a spreadsheet or a word processor puts between digit groups. */
const GROUP_SPACE = /[ \u00a0\u2009\u202f]/;
const PLAIN = /^\d+(?:\.\d+)?$/;
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:\.\d+)?$/;

/** An amount in yuan as typed -> exact fen (at most two decimals, not negative; no upper bound here). */
export function parseAmount(typed: string): Parsed<Fen> {
  const fast = parseYuan(typed);
  if (fast !== null) return { ok: true, value: fast };
  let text = typed.trim().replace(CURRENCY_BEFORE, '').replace(CURRENCY_AFTER, '');
  // Excel's accounting format (会计专用) shows zero as a lone dash: " ¥-   " in a sheet saved as CSV
  if (text === '-') return { ok: true, value: 0 as Fen };
  if (text.startsWith('-') || (text.startsWith('(') && text.endsWith(')'))) return fail('金额不能是负数。', 'an amount cannot be negative.');
  if (text.startsWith('+')) text = text.slice(1);
  if (/^\d+(?:\.\d+)?e[+-]?\d+$/i.test(text)) return fail('这是科学计数法(Excel 单元格太窄时会这样显示),请写出完整的数。', 'this is scientific notation (Excel shows it in a narrow cell); write the whole number.');
  let digits: string;
  if (PLAIN.test(text)) digits = text;
  else if (COMMA_GROUPED.test(text)) digits = text.replace(/,/g, '');
  else if (SPACE_GROUPED.test(text)) digits = text.replace(new RegExp(GROUP_SPACE.source, 'g'), '');
  else return fail(...whyNotAmount(text));
  const dot = digits.indexOf('.');
  if (dot >= 0 && digits.length - dot - 1 > 2) return fail('小数超过两位(金额只到分)。', 'it has more than two decimals (amounts go to the fen).');
  const fen = parseYuan(digits);
  if (fen === null) return fail('数额过大。', 'the number is too large.');
  return { ok: true, value: fen };
}

/** Why a text with digits is not one amount, as precisely as can be said. */
function whyNotAmount(text: string): [string?, string?] {
  if (/^\d[\d.]*,\d{1,2}$/.test(text) && text.includes('.')) {
    return ['看起来用了逗号作小数点(如 3.000,5),无法确定数额;请用小数点,如 3000.50。', 'this looks like a decimal comma (as in 3.000,5), so the amount is unclear; use a decimal point, e.g. 3000.50.'];
  }
  if (/^\d+(?:,\d+)+(?:\.\d*)?$/.test(text)) {
    return ['千位分隔符“,”之间应为三位数字(如 3,000);“1,00”这样的写法无法确定数额。', 'a thousands separator "," must be followed by exactly three digits (as in 3,000); "1,00" is not clearly one amount.'];
  }
  if (/^\d+(?:\.\d+){2,}$/.test(text)) return ['有不止一个小数点,无法确定数额。', 'there is more than one decimal point, so the amount is unclear.'];
  if (/\d\s+\d/.test(text)) return ['数字之间的空格只能用作千位分隔(如 1 200);这看起来像不止一个数。', 'spaces between digits may only separate thousands (as in 1 200); this looks like more than one number.'];
  if (/%$/.test(text)) return ['金额不能是百分比。', 'an amount cannot be a percentage.'];
  if (/^[零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟点]+元?$/.test(text)) return ['请用阿拉伯数字写金额,如 100。', 'write the amount in digits, e.g. 100.'];
  if (!/\d/.test(text)) return ['这不是数字。', 'this is not a number.'];
  return []; // the message says what an amount looks like
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The years a date may fall in (Excel's dates start in 1900; no policy reaches past 2199). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

function realDate(y: number, mo: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1) return false;
  return d <= (mo === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[mo - 1]!);
}

/** The number written by the ASCII digits text[from..to), or -1 when one is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * True for a real calendar date written YYYY-MM-DD (no 2024-02-30). Read by character codes,
 * not a regex and three Number() calls: it runs on every batch row.
 */
export function isCalendarDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false; // 45: '-'
  const y = digitsAt(text, 0, 4);
  const mo = digitsAt(text, 5, 7);
  const d = digitsAt(text, 8, 10);
  return y >= 0 && mo >= 0 && d >= 0 && realDate(y, mo, d);
}

/** Year, month and day, each separated by one of - / . (the same twice), or 年 月 日. */
const DATE_PART = /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|(\d{2})(\d{2}))/;
/** What may follow a date: a time of day (10:30, 10:30:00, 10:30:00.000, T10:30:00Z, 10时30分). */
const TIME_PART = /^(?:[T\s]\s*(\d{1,2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?|时(?:(\d{1,2})分(?:(\d{1,2})秒)?)?)(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?)?\s*$/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as typed -> YYYY-MM-DD; a time of day after it is checked and dropped. */
export function parseDate(typed: string): Parsed<string> {
  const text = typed.trim();
  if (isCalendarDate(text)) return { ok: true, value: text };
  const m = DATE_PART.exec(text);
  const dmy = m ? undefined : dayMonthYear(text);
  if (!m && !dmy) return fail(...whyNotDate(text));
  const [y, mo, d] = m ? [Number(m[1]), Number(m[3] ?? m[5] ?? m[7]), Number(m[4] ?? m[6] ?? m[8])] : dmy!.ymd;
  const rest = text.slice(m ? m[0].length : dmy!.length);
  const t = TIME_PART.exec(rest);
  if (!t) return fail('日期后面的内容不是时间(如 10:30 或 10:30:00)。', 'what follows the date is not a time of day (such as 10:30 or 10:30:00).');
  const [h, mi, s] = [t[1], t[2] ?? t[4], t[3] ?? t[5]].map((v) => (v === undefined ? 0 : Number(v))) as [number, number, number];
  if (h > 23 || mi > 59 || s > 59) return fail('时间不存在。', 'the time of day does not exist.');
  if (y < MIN_YEAR || y > MAX_YEAR) return fail(`日期超出可计算的范围(${MIN_YEAR} 至 ${MAX_YEAR} 年)。`, `the date is outside the years that can be computed (${MIN_YEAR} to ${MAX_YEAR}).`);
  if (!realDate(y, mo, d)) return fail('这一天不存在。', 'that day does not exist.');
  return { ok: true, value: `${y}-${pad(mo)}-${pad(d)}` };
}

/** Day and month before a four-digit year (3/25/2024, 25.3.2024, 3/3/2024): read only when one order is possible. */
const DMY = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})/;

function dayMonthYear(text: string): { ymd: [number, number, number]; length: number } | undefined {
  const m = DMY.exec(text);
  if (!m) return undefined;
  const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (a === b || (a > 12 && b <= 12)) return { ymd: [y, b, a], length: m[0].length }; // 3/3/2024; 25/3/2024: day first
  if (b > 12 && a <= 12) return { ymd: [y, a, b], length: m[0].length }; // 3/25/2024: month first
  return undefined; // 3/5/2024: 5 March or 3 May
}

function whyNotDate(text: string): [string?, string?] {
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/.test(text)) {
    return ['年份应写在前面(如 2024/3/5);“3/5/2024”这样的写法分不清月和日。', 'the year must come first (as in 2024/3/5); in "3/5/2024" the month and the day cannot be told apart.'];
  }
  if (/^\d{5}(?:\.\d+)?$/.test(text)) {
    return ['这像是 Excel 的日期序号;请把该列设为日期格式,或写成 2024-03-05。', 'this looks like an Excel date serial number; format the column as a date, or write 2024-03-05.'];
  }
  if (/^\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}/.test(text)) return ['年份应写四位(如 2024-03-05)。', 'the year must have four digits (as in 2024-03-05).'];
  return []; // the message says what a date looks like
}
