// A chronic disease's yearly limit prorated for a certification during the year (栖梧 第五条（四）「年度中途认定的
// 病种，当年支付限额按认定当月至12月的月数占12个月的比例折算」): disease_limits.prorate. A disease certified
// (--certified) in the claim's calendar year has its limit times the months left ÷ 12, one product rounded by the
// version's rounding: the certification month counted (counts_certification_month true: April → 9) or not
// (false: April → 8); left unknown or read, a choice tried on a claim certified in its year (choices.ts). A
// certification before the claim's year: the whole limit. No --certified: the whole limit, said where a
// certification this year could have changed the claim. Pure: no I/O.
import type { Choice } from './choices.js';
import type { Cited } from './model2.js';
import type { SchemeDiseaseLimits } from './disease-scheme.js';
import { PolicyError, type Claim, type Fen, type Warning } from './types.js';
import { readingsOf, type Conditional } from './readings2.js';
import { model2Messages as M2 } from './messages2.js';
import { ruleWarnings as RW } from './warnings.js';
import { ROUNDING } from '../money/rounding.js';
import type { Rounding } from '../money/money.js';

export interface ProrateRule {
  /** false where the file leaves it unknown (value null): exit 3 on a claim certified in its year. */
  known: boolean;
  cite: Cited & { note?: { zh: string; en: string } | undefined };
  counts: boolean;
  countsCite: Cited | undefined;
  path: string;
  assumed: Warning;
}

const UNIT_FEN: Readonly<Record<Rounding['unit'], number>> = { '0.01': 1, '0.1': 10, '1': 100 };

export function resolveProrate(d: SchemeDiseaseLimits, path: string, readings: Conditional[], choices: Choice[]): ProrateRule | undefined {
  const p = d.prorate;
  if (!p) return undefined;
  const at = `${path}.prorate`;
  readingsOf(p, at, { on: 'claim' }, readings);
  const c = p.counts_certification_month ?? { value: null, note: M2.prorateMonthSilent };
  const rule: ProrateRule = { known: p.value !== null, cite: p, counts: c.value ?? true, countsCite: p.counts_certification_month, path: at, assumed: RW.certifiedAssumed(at) };
  if (c.value !== null && !c.reading) {
    readingsOf(c, `${at}.counts_certification_month`, { on: 'claim' }, readings);
    return rule;
  }
  const own: Conditional[] = [];
  readingsOf(c, `${at}.counts_certification_month`, { on: 'claim' }, own);
  choices.push({
    path: `${at}.counts_certification_month`,
    options: [true, false],
    given: c.value,
    note: c.note,
    reading: own.find((x) => x.warning.kind === 'reading')?.warning,
    under: (m, x) => (m.diseases?.prorate ? { ...m, diseases: { ...m.diseases, prorate: { ...m.diseases.prorate, counts: x === true }, limits: new Map() } } : m),
    words: (x) => M2.prorateMonthWords(x === true),
    can: (claim) => certifiedThisYear(claim),
  });
  return rule;
}

/** Whether the claim's disease was certified in the claim's calendar year, on or before its date. */
export const certifiedThisYear = (claim: Pick<Claim, 'certified' | 'date'>): boolean => claim.certified !== undefined && claim.certified.slice(0, 4) === claim.date.slice(0, 4);

/** The months of the year the limit holds for (12 where not prorated); an unknown rule on a claim it reaches: exit 3. */
export function monthsOf(rule: ProrateRule | undefined, claim: Pick<Claim, 'certified' | 'date'>): number {
  if (!rule || !certifiedThisYear(claim)) return 12;
  if (!rule.known) throw new PolicyError('unknown_parameter', M2.unknownRule(rule.path, rule.cite.note));
  const month = Number(claim.certified!.slice(5, 7));
  return rule.counts ? 13 - month : 12 - month;
}

/** limit × months ÷ 12, one product rounded. */
export function proratedLimit(limit: Fen, months: number, r: Rounding): Fen {
  if (months === 12) return limit;
  const unit = UNIT_FEN[r.unit];
  return ROUNDING[r.mode](limit * months, 12 * unit) * unit;
}
