// writeResult writes a settled row's result cells straight into the output's bytes (each amount
// digit by digit, utf8-out.ts) instead of building resultLine's text: the two must give the same
// bytes for every amount and every shape of outcome.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resultLine, writeResult } from '../../src/batch/output.js';
import { Utf8Out } from '../../src/batch/utf8-out.js';
import { formatFen } from '../../src/money/money.js';
import type { RowOutcome } from '../../src/batch/row.js';
import type { Settlement, Warning } from '../../src/engine/types.js';

const text = (write: (out: Utf8Out) => void): string => {
  const out = new Utf8Out();
  write(out);
  return Buffer.from(out.take()).toString('utf8');
};

// amounts around the edges of the int32 path (2^31 - 1 fen), of a cent and of a yuan, and any safe integer
const amount = fc.oneof(
  fc.integer({ min: -300, max: 300 }),
  fc.integer({ min: 2 ** 31 - 300, max: 2 ** 31 + 300 }),
  fc.integer({ min: -(2 ** 31) - 300, max: -(2 ** 31) + 300 }),
  fc.maxSafeInteger(),
  fc.integer(),
);

describe('Utf8Out.fen writes what formatFen writes', () => {
  it('by hand: 123456 fen is 1234.56, -5 is -0.05, 0 is 0.00, 2^31 fen is 21474836.48', () => {
    expect(text((o) => o.fen(123456))).toBe('1234.56');
    expect(text((o) => o.fen(-5))).toBe('-0.05');
    expect(text((o) => o.fen(0))).toBe('0.00');
    expect(text((o) => o.fen(-0))).toBe('0.00');
    expect(text((o) => o.fen(100))).toBe('1.00');
    expect(text((o) => o.fen(2 ** 31))).toBe('21474836.48');
  });
  it('for any whole number of fen', () => {
    fc.assert(fc.property(amount, (f) => text((o) => o.fen(f)) === formatFen(f)), { numRuns: 5000 });
  });
});

const settlement = fc.record({
  inScope: amount,
  deductibleApplied: amount,
  ratio: fc.option(fc.integer({ min: 0, max: 10000 }), { nil: null }),
  fundPays: amount,
  patientShare: amount,
  accountPays: amount,
  familyPays: amount,
  cashDue: amount,
  ytdDeductibleAfter: amount,
  ytdFundAfter: amount,
  firstPay: fc.oneof(fc.constant(0), amount),
  secondLayerPays: fc.oneof(fc.constant(0), amount),
  assistancePays: fc.oneof(fc.constant(0), amount),
  ytdBurdenAfter: fc.oneof(fc.constant(0), amount),
  ytdSecondAfter: fc.oneof(fc.constant(0), amount),
  ytdAssistanceAfter: fc.oneof(fc.constant(0), amount),
  ytdBurdenOpen: fc.option(fc.constant([1, 2]), { nil: undefined }),
});
const codes = fc.array(fc.constantFrom('reading', 'admission_assumed', 'status_changed', '非ASCII'), { maxLength: 4 });

describe('writeResult writes what resultLine writes', () => {
  it('for any settled row, with and without check', () => {
    fc.assert(
      fc.property(settlement, codes, fc.boolean(), fc.option(amount, { nil: undefined }), fc.constantFrom<RowOutcome['status']>('ok', 'mismatch'), (s, warnings, check, difference, status) => {
        const o: RowOutcome = { status, settlement: s as unknown as Settlement, warnings: warnings.map((code) => ({ code }) as Warning), ...(difference === undefined ? {} : { difference }) };
        return text((out) => writeResult(out, o, check)) === resultLine(o, check);
      }),
      { numRuns: 3000 },
    );
  });
  it('for a row with an error (resultLine\'s own text)', () => {
    const o: RowOutcome = { status: 'error', error: 'amount: "1,5" 不是金额' };
    expect(text((out) => writeResult(out, o, false))).toBe(resultLine(o, false));
  });
});
