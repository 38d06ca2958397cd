// A second layer's cap raised for continuous insurance and years without reimbursement (参保激励,
// 国办发〔2024〕38号 as city notices write it: 「连续参保满4年的参保人员，之后每连续参保1年，大病保险最高支付限额提高
// 2000元；对当年基金零报销的参保人员，次年大病保险最高支付限额提高2000元。两项累计提高总额不超过大病保险原最高支付限额的20%」).
// Pure: the raise on the cap that holds for the claim, from the years the claim gives. A share
// (提高额度不低于原封顶线的1%, the city fixing the number) is of that cap, rounded as the policy rounds.
import type { Bp, Fen } from './types.js';
import { applyRatio, type Rounding } from '../money/money.js';
import type { SourcedValue } from '../policy/schema.js';

/** Yuan (in fen), or a share of the cap that holds. */
export type IncentiveAmount = { fen: Fen } | { share: Bp };

export interface CapIncentiveRule {
  path: string;
  /** The continuous years after which each further year counts (满4年…之后每连续参保1年: 4); undefined: no continuous part. */
  afterYears: number | undefined;
  continuous: IncentiveAmount | undefined;
  zero: IncentiveAmount | undefined;
  /** The most both add up to; undefined: the text sets none. */
  max: IncentiveAmount | undefined;
  /** Each value as the file gives it, for the breakdown's clauses. */
  cites: { afterYears?: SourcedValue | undefined; continuous?: SourcedValue | undefined; zero?: SourcedValue | undefined; max?: SourcedValue | undefined; rule: { source?: string | undefined; quote?: string | undefined } };
}

export interface CapRaise {
  /** The years of continuous insurance that count (years − after_years, at least 0). */
  counted: number;
  continuous: Fen;
  zero: Fen;
  /** The ceiling of both in fen; null: none. */
  max: Fen | null;
  /** The ceiling held the sum. */
  maxHeld: boolean;
  raise: Fen;
}

const amountOf = (a: IncentiveAmount, cap: Fen, r: Rounding): Fen => ('fen' in a ? a.fen : applyRatio(cap, a.share, r));

/** The raise on `cap` for a claim giving `years` continuous years and `zeroYears` years without reimbursement (either undefined: that part none). */
export function capRaise(rule: CapIncentiveRule, cap: Fen, years: number | undefined, zeroYears: number | undefined, r: Rounding): CapRaise {
  const counted = rule.continuous && years !== undefined ? Math.max(0, years - (rule.afterYears ?? 0)) : 0;
  const continuous = rule.continuous ? counted * amountOf(rule.continuous, cap, r) : 0;
  const zero = rule.zero && zeroYears !== undefined ? zeroYears * amountOf(rule.zero, cap, r) : 0;
  const max = rule.max ? amountOf(rule.max, cap, r) : null;
  const sum = continuous + zero;
  return { counted, continuous, zero, max, maxHeld: max !== null && sum > max, raise: max === null ? sum : Math.min(max, sum) };
}

/** The inputs the rule reads that the claim does not give (each is taken as no raise). */
export function missingInputs(rule: CapIncentiveRule, years: number | undefined, zeroYears: number | undefined): ('insured_years' | 'zero_claim_years')[] {
  const out: ('insured_years' | 'zero_claim_years')[] = [];
  if (rule.continuous && years === undefined) out.push('insured_years');
  if (rule.zero && zeroYears === undefined) out.push('zero_claim_years');
  return out;
}
