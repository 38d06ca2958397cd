// Rounding modes as small named functions (dinero.js style): each divides an exact integer
// numerator by a positive integer divisor and rounds once. Money never passes through a float
// fraction: the engine rounds fen × Bp products with one of these.

/** An integer division n / d (d > 0) rounded by a named rule. */
export type RoundDiv = (n: number, d: number) => number;

export type RoundingMode = 'half_up' | 'half_even' | 'down' | 'up';

/** 四舍五入: halves away from zero. */
export const roundHalfUp: RoundDiv = (n, d) => {
  if (n < 0) return -roundHalfUp(-n, d);
  const q = Math.floor(n / d);
  const r = n - q * d;
  return 2 * r >= d ? q + 1 : q;
};

/** Banker's rounding: halves to the even neighbour. */
export const roundHalfEven: RoundDiv = (n, d) => {
  if (n < 0) return -roundHalfEven(-n, d);
  const q = Math.floor(n / d);
  const r = n - q * d;
  if (2 * r > d) return q + 1;
  if (2 * r < d) return q;
  return q % 2 === 0 ? q : q + 1;
};

/** Towards zero (truncation). */
export const roundDown: RoundDiv = (n, d) => (n < 0 ? -Math.floor(-n / d) : Math.floor(n / d));

/** Away from zero. */
export const roundUp: RoundDiv = (n, d) => (n < 0 ? -Math.ceil(-n / d) : Math.ceil(n / d));

export const ROUNDING: Readonly<Record<RoundingMode, RoundDiv>> = {
  half_up: roundHalfUp,
  half_even: roundHalfEven,
  down: roundDown,
  up: roundUp,
};
