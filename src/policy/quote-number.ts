// Does a quote state a number? The ways a Chinese source writes one: 500, 1,300, 20万 (200000),
// 1.5万 (or 萬; also for counts: 105萬名), full-width digits, 80% / 80% / 80 for a ratio 0.8, 5% for 0.05. The number must stand alone: 500 is not
// found in 1500, nor 5% in 15%.

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

/** Whether `quote` contains `value` written in one of its spellings, standing alone. */
export function quoteStatesNumber(quote: string, value: number, kind: NumberKind): boolean {
  const text = quote.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return numberSpellings(value, kind).some((s) => standsAlone(text, s));
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
