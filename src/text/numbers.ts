// Numbers as people write them, made one form: Chinese numerals (一千二百, 一千二, 两千五, 二十万)
// become digits, 万 after digits multiplies (20万 = 200000, 1.5万 = 15000), thousands separators
// go (200,000), 百分之八十七 is 87%. Used by the FAQ search (so 20万 in a question meets 20万元 in
// an answer) and by `ask` (amounts). The numeral itself is read by chinese-parseint2, which knows
// the colloquial forms (两千五 = 2500, 一千二 = 1200, 一千零二 = 1002); this module only finds them.
import { chinese_parseInt as parseChinese } from 'chinese-parseint2';

const DIGIT = '零〇一二两三四五六七八九';
const UNIT = '十百千万亿';
// A run of numeral characters. It must start with a digit or 十 (十五), not with a unit: 千万 (by
// all means) and 万一 (in case) are words, not numbers. It must hold a unit: 一级, 两病 and 三重 stay words.
const NUMERAL_RUN = new RegExp(`[${DIGIT}十][${DIGIT}${UNIT}]+`, 'gu');
const HAS_UNIT = new RegExp(`[${UNIT}]`, 'u');
const PERCENT = new RegExp(`百分之([${DIGIT}${UNIT}]+)`, 'gu');

/** The value of a Chinese numeral (一千二 = 1200), or undefined when it is not one. */
export function chineseNumeral(text: string): number | undefined {
  const value = parseChinese(text);
  return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

// A count below 1000 in its standard Chinese form: 三, 十二, 二十, 一百零五, 三百二十一. Not a run of
// digits (二三), nor a colloquial amount (一百二 is 120 as money, not a count anyone writes).
const D1 = '[一二三四五六七八九]';
const COUNT = new RegExp(`^(?:[零〇两]|${D1}|${D1}?十${D1}?|[${D1.slice(1, -1)}两]百(?:${D1}十${D1}?|零${D1})?)$`, 'u');

/** A whole count as people write one (3, 03, 三, 十二, 一百零五), or undefined when it is not clearly one. */
export function countOf(text: string): number | undefined {
  if (/^\d{1,15}$/.test(text)) return Number(text);
  return COUNT.test(text) ? chineseNumeral(text) : undefined;
}

/** A decimal string times 10^k, exactly, without binary floating point: ("1.5", 4) -> "15000". */
function shift(decimal: string, k: number): string {
  const [int = '0', frac = ''] = decimal.split('.');
  const digits = (int + frac.padEnd(k, '0').slice(0, k)).replace(/^0+(?=\d)/, '');
  const rest = frac.slice(k).replace(/0+$/, '');
  return rest ? `${digits}.${rest}` : digits;
}

/**
 * `text` with its numbers written one way. The text should already be NFKC-folded (half-width
 * digits). Anything that is not a number is left as it is.
 */
export function canonicalNumbers(text: string): string {
  return text
    .replace(PERCENT, (m, n: string) => {
      const v = chineseNumeral(n);
      return v === undefined ? m : `${v}%`;
    })
    .replace(NUMERAL_RUN, (m) => {
      if (!HAS_UNIT.test(m)) return m;
      const v = chineseNumeral(m);
      return v === undefined ? m : String(v);
    })
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    // 2万5 = 25000, 1千2 = 1200: the digit after the unit counts in the next unit down
    .replace(/(\d+)([万千])(\d)(?![\d.万千])/g, (_m, n: string, unit: string, d: string) =>
      String(Number(n) * (unit === '万' ? 10_000 : 1000) + Number(d) * (unit === '万' ? 1000 : 100)),
    )
    .replace(/(\d+(?:\.\d+)?)\s*万/g, (_m, n: string) => shift(n, 4))
    .replace(/(\d+(?:\.\d+)?)\s*千(?![万亿])/g, (_m, n: string) => shift(n, 3));
}
