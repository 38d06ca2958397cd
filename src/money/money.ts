// Exact money, below both the engine and the policy loader: yuan strings <-> fen (1 yuan = 100
// fen), ratio strings <-> Bp (parts per 10,000), and the one multiplication the steps need
// (fen × Bp, exact, rounded once). Nothing here goes through binary floating point arithmetic.
import { ROUNDING, type RoundingMode } from './rounding.js';

/** Integer number of fen (0.01 yuan). */
export type Fen = number;
/** A ratio in integer parts per 10,000: 0.8 = 8000, 0.05 = 500. */
export type Bp = number;

export type { RoundingMode } from './rounding.js';

/** The rounding a policy version names: mode and unit in yuan. */
export interface Rounding {
  mode: RoundingMode;
  unit: '0.01' | '0.1' | '1';
}

/** "12.34" -> 1234; digits with at most two decimals, nothing else (no sign, exponent, commas). */
export function parseYuan(s: string): Fen | null {
  // A hand-written scan, not a regex: batch files parse several amounts per row.
  let text = s;
  if (text.length === 0) return null;
  if (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32) text = text.trim();
  const n = text.length;
  let whole = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    whole = whole * 10 + c;
  }
  if (i === 0 || i > 15) return null;
  let frac = 0;
  if (i < n) {
    if (text.charCodeAt(i) !== 46 /* . */) return null;
    const decimals = n - i - 1;
    if (decimals < 1 || decimals > 2) return null;
    for (let j = i + 1; j < n; j++) {
      const c = text.charCodeAt(j) - 48;
      if (c < 0 || c > 9) return null;
      frac = frac * 10 + c;
    }
    if (decimals === 1) frac *= 10;
  }
  const fen = whole * 100 + frac;
  return Number.isSafeInteger(fen) ? fen : null;
}

/** ".00" … ".99": a batch row formats a dozen amounts, each with one number-to-text conversion fewer. */
const CENTS: readonly string[] = Array.from({ length: 100 }, (_, c) => `.${c < 10 ? '0' : ''}${c}`);

/** 123456 -> "1234.56" (always two decimals). */
export function formatFen(f: Fen): string {
  if (f === 0) return '0.00'; // most batch rows have several zero amounts (account, family)
  const sign = f < 0 ? '-' : '';
  const abs = Math.abs(f);
  const cents = abs % 100;
  const tail = CENTS[cents];
  if (tail === undefined) return `${sign}${(abs - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`; // not a whole number of fen
  return `${sign}${(abs - cents) / 100}${tail}`;
}

const DECIMAL = /^(\d{1,9})(?:\.(\d+))?$/;

/** "0.85" or "85%" -> 8500; null when not a plain non-negative decimal or finer than 0.0001. */
export function parseRatio(s: string): Bp | null {
  let text = s.trim();
  let scale = 4; // decimal places of a plain ratio that fit in Bp
  if (text.endsWith('%')) {
    text = text.slice(0, -1).trimEnd();
    scale = 2; // a percentage is already ×100
  }
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const frac = (m[2] ?? '').replace(/0+$/, '');
  if (frac.length > scale) return null;
  const bp = Number(m[1]) * 10 ** scale + Number(frac.padEnd(scale, '0') || '0');
  return Number.isSafeInteger(bp) ? bp : null;
}

/** The integer n / 10^digits in decimals: at least two, more only as needed. */
function scaled(n: number, digits: number): string {
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  const unit = 10 ** digits;
  let frac = String(abs % unit).padStart(digits, '0');
  while (frac.length > 2 && frac.endsWith('0')) frac = frac.slice(0, -1);
  return `${sign}${Math.floor(abs / unit)}.${frac}`;
}

/** 8000 -> "0.80", 8550 -> "0.855", 12000 -> "1.20": two decimals or more, as needed. */
export const formatBp = (b: Bp): string => scaled(b, 4);

/** An exact product fen × Bp (millionths of a yuan) in yuan, before rounding: 50_000_500 -> "50.0005". */
export const formatMicro = (n: number): string => scaled(n, 6);

/** A policy number (0.8) as Bp via its shortest decimal string, so 0.7 is exactly 7000. */
export function ratioFromNumber(n: number): Bp {
  const bp = Number.isFinite(n) ? parseRatio(String(n)) : null;
  if (bp === null) throw new RangeError(`not an exact ratio with at most 4 decimals: ${n}`);
  return bp;
}

/** A policy number in yuan (1300, 0.5) as fen via its shortest decimal string. */
export function fenFromNumber(n: number): Fen {
  const fen = Number.isFinite(n) ? parseYuan(String(n)) : null;
  if (fen === null) throw new RangeError(`not an exact amount in yuan with at most 2 decimals: ${n}`);
  return fen;
}

const UNIT_FEN: Readonly<Record<Rounding['unit'], number>> = { '0.01': 1, '0.1': 10, '1': 100 };

/** fen × bp / 10,000, computed exactly and rounded once to the rounding unit by the named mode. */
export function applyRatio(fen: Fen, bp: Bp, rounding: Rounding): Fen {
  const unit = UNIT_FEN[rounding.unit];
  const product = fen * bp;
  if (Number.isSafeInteger(product)) return ROUNDING[rounding.mode](product, 10000 * unit) * unit;
  // Beyond 2^53 (not reachable with contract amounts): the same rule in BigInt.
  const big = BigInt(fen) * BigInt(bp);
  const d = BigInt(10000 * unit);
  const q = big / d;
  const r = big - q * d;
  const half = r * 2n;
  const up =
    rounding.mode === 'up' ? r > 0n : rounding.mode === 'down' ? false : half > d || (half === d && (rounding.mode === 'half_up' || q % 2n === 1n));
  return Number(up ? q + 1n : q) * unit;
}

/** fen ÷ bp (the cost a ratio paid `fen` of), computed exactly and rounded once like applyRatio; bp above 0. */
export function divideByRatio(fen: Fen, bp: Bp, rounding: Rounding): Fen {
  if (bp <= 0) throw new RangeError(`divideByRatio: ratio ${bp} is not above 0`);
  const unit = UNIT_FEN[rounding.unit];
  return ROUNDING[rounding.mode](fen * 10000, bp * unit) * unit;
}

/** 8000 -> "80%", 8550 -> "85.5%": a ratio in words. */
export function formatPercent(b: Bp): string {
  const whole = Math.floor(b / 100);
  let frac = String(b % 100).padStart(2, '0');
  while (frac.endsWith('0')) frac = frac.slice(0, -1);
  return `${whole}${frac ? `.${frac}` : ''}%`;
}
