// Does a quote state a number? The ways a Chinese source writes one: 500, 1,300, 20万 (200000),
// 1.5万 (or 萬; also for counts: 105萬名), full-width digits, 80% / 80% / 80 for a ratio 0.8, 5% for 0.05. The number must stand alone: 500 is not
// found in 1500, nor 5% in 15%. A rulebook also states numbers in words, and those count too:
// Chinese numerals (百分之八十, 提高五个百分点, 一千二百元), and the words for 0 (不设起付标准, 不再收取,
// 不予支付), a half (减半), all (全额) and twice (加倍, 2倍). A share is also stated by what it takes
// off: 起付标准降低30% is a share of 0.7 (as 降低50% is 0.5).
import { canonicalNumbers, countOf } from '../text/numbers.js';

export type NumberKind = 'money' | 'ratio' | 'count';

/** The spellings of `value` a source may use, for the kind of value it is. */
function numberSpellings(value: number, kind: NumberKind): string[] {
  if (kind === 'ratio') {
    const pct = trim(value * 100);
    return [`${pct}%`, `${pct}%`, pct, trim(value)];
  }
  const plain = trim(value);
  const spellings = [plain, withThousands(plain)];
  // a small count in words: 同时患有两种病种的 (2)
  if (kind === 'count' && Number.isInteger(value) && value >= 1 && value <= 10) spellings.push(...COUNT_WORDS[value]!);
  if (Math.abs(value) >= 1000) spellings.push(`${trim(value / 10000)}万`, `${trim(value / 10000)}萬`);
  return [...new Set(spellings)];
}

/** The words that state a number without a digit, by the number (any kind). */
const NUMBER_WORDS: ReadonlyMap<number, readonly string[]> = new Map([
  // only words that say a charge or a payment is nil: 不设年度救助限额 is no CAP (unlimited), never 0
  [0, ['不设起付', '不再收取', '不收取', '免收', '取消起付', '不予支付', '不予报销', '不支付', '不报销', '不得使用']],
  [0.5, ['减半', '一半', '半数']],
  [1, ['全额', '全部']],
  [2, ['加倍', '翻倍', '双倍']],
]);

/** 不设救助起付标准, 取消住院起付线: a few words may stand between 不设/取消 and the 起付 they nil. */
const NIL_DEDUCTIBLE = /(?:不设|取消|免收)[^，。；、,;]{0,6}起付/u;

/** 五个百分点 -> 5个百分点, 提高三倍 -> 提高3倍: a small count in words before a unit of points or times. */
const COUNT_BEFORE_UNIT = /([零〇一二两三四五六七八九十百]+)(?=个百分点|倍|成)/gu;

/** The quote with its numbers in one form (digits), for a number written in words. */
function inDigits(text: string): string {
  return canonicalNumbers(text).replace(COUNT_BEFORE_UNIT, (m) => String(countOf(m) ?? m));
}

/** Whether `quote` contains `value` written in one of its spellings, standing alone. */
export function quoteStatesNumber(quote: string, value: number, kind: NumberKind): boolean {
  const text = quote.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const spellings = numberSpellings(value, kind);
  if (spellings.some((s) => standsAlone(text, s))) return true;
  if (NUMBER_WORDS.get(value)?.some((w) => text.includes(w))) return true;
  if (value === 0 && NIL_DEDUCTIBLE.test(text)) return true;
  if (kind === 'ratio' && loweredBy(text, value)) return true;
  const digits = inDigits(text);
  if (digits === text) return false;
  if (kind !== 'ratio') return spellings.some((s) => standsAlone(digits, s));
  // a ratio in words names its unit: 百分之七十 (70%), 五个百分点, 七成; a bare 7 could be 7成
  const pct = trim(value * 100);
  return [`${pct}%`, `${pct}个百分点`].some((s) => standsAlone(digits, s)) || tenths(digits, value) || loweredBy(digits, value);
}

/** 降低30% states a share of 0.7: the percentage taken off, right after a word that lowers (not 个百分点: points are no share). */
function loweredBy(text: string, value: number): boolean {
  if (value <= 0 || value >= 1) return false;
  const off = trim((1 - value) * 100);
  return new RegExp(`(?:降低|减少|下调|下降|减收)(?:了)?${escape(off)}(?:%|％)(?![\\d])`, 'u').test(text);
}

/** 七成 = 0.7: a ratio in tenths. */
function tenths(text: string, value: number): boolean {
  const n = value * 10;
  return Number.isInteger(Number(n.toFixed(6))) && standsAlone(text, `${trim(n)}成`);
}

const COUNT_WORDS: readonly (readonly string[])[] = [[], ['一'], ['二', '两'], ['三'], ['四'], ['五'], ['六'], ['七'], ['八'], ['九'], ['十']];
const HAN_DIGITS = '零一二两三四五六七八九十百千万';

function standsAlone(text: string, spelling: string): boolean {
  // a count in words stands apart from other numeral characters too (二 is not found in 十二)
  const han = /^[一二两三四五六七八九十]$/u.test(spelling) ? HAN_DIGITS : '';
  const re = new RegExp(`(?<![\\d.,，${han}])${escape(spelling)}(?![\\d${han}]|[.,，]\\d)`, 'u');
  return re.test(text);
}

/** A number without binary-float noise: 0.07 * 100 prints as 7, not 7.000000000000001. */
function trim(n: number): string {
  return String(Number(n.toFixed(6)));
}

function withThousands(plain: string): string {
  const [int, frac] = plain.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
