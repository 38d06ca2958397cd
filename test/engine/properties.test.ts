// Property tests over random Suizhou 2024 employee outpatient claims (contract "The steps"),
// built through parseClaim from yuan strings, as the CLI builds them.
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { settle, formatFen, type Claim, type Settlement } from '../../src/engine/index.js';
import type { Policy } from '../../src/policy/schema.js';
import { claimOf } from '../helpers/claim.js';
import { policy } from '../helpers/policy.js';

let suizhou: Policy;
beforeAll(async () => {
  suizhou = await policy('suizhou');
});

const RELATIONS = ['spouse', 'parent', 'child', 'sibling', 'grandparent', 'grandchild'] as const;

interface Gen {
  status: 'active' | 'retired';
  tier: '1' | '2' | '3' | 'community';
  amount: number; // fen, > 0
  outShare: number; // 0..1 of the amount that is out of scope
  ytdDeductible: number;
  ytdFund: number;
  account: number;
  family: number;
  relation: (typeof RELATIONS)[number];
}

const fen = (max: number) => fc.integer({ min: 0, max });
const gen: fc.Arbitrary<Gen> = fc.record({
  status: fc.constantFrom('active', 'retired'),
  tier: fc.constantFrom('1', '2', '3', 'community'),
  amount: fc.integer({ min: 1, max: 1_000_000_00 }),
  outShare: fc.double({ min: 0, max: 1, noNaN: true }),
  ytdDeductible: fen(80_000),
  ytdFund: fen(200_000),
  account: fen(500_000),
  family: fen(500_000),
  relation: fc.constantFrom(...RELATIONS),
});

function claim(g: Gen, amount = g.amount): Claim {
  // The out-of-scope part is derived in integer fen from the generated share (no float money).
  const out = Math.min(amount, Math.floor(amount * g.outShare));
  // A consistent year so far: the fund pays only above the yearly deductible (500 active, 400
  // retired), so a fund payment this year comes with the deductible met (two that cannot both be
  // true are refused, and are tested in test/cases/suizhou.yaml).
  const met = g.ytdFund > 0 ? Math.max(g.ytdDeductible, 50_000) : g.ytdDeductible;
  return claimOf({
    scheme: 'employee', status: g.status, tier: g.tier, amount: formatFen(amount), out_of_scope: formatFen(out),
    ytd_deductible: formatFen(met), ytd_fund: formatFen(g.ytdFund), account: formatFen(g.account),
    family: formatFen(g.family), relation: g.relation,
  });
}

const run = (c: Claim): Settlement => settle(c, suizhou).settlement;

describe('properties of a settled claim', () => {
  test('fund + patient share = amount; fund ≤ in-scope; fund ≤ cap remaining; cash ≥ out of scope', () => {
    fc.assert(
      fc.property(gen, (g) => {
        const s = run(claim(g));
        expect(s.fundPays + s.patientShare).toBe(s.amount);
        expect(s.fundPays).toBeGreaterThanOrEqual(0);
        expect(s.fundPays).toBeLessThanOrEqual(s.inScope);
        expect(s.capRemaining).not.toBeNull();
        expect(s.fundPays).toBeLessThanOrEqual(s.capRemaining!);
        expect(s.cashDue).toBeGreaterThanOrEqual(s.outOfScope);
        expect(s.accountPays + s.familyPays + s.cashDue).toBe(s.patientShare);
      }),
      { numRuns: 2000 },
    );
  });

  test('accounts never pay more than their balance nor go negative', () => {
    fc.assert(
      fc.property(gen, (g) => {
        const c = claim(g);
        const s = run(c);
        expect(s.accountPays).toBeGreaterThanOrEqual(0);
        expect(s.accountPays).toBeLessThanOrEqual(c.account);
        expect(s.familyPays).toBeGreaterThanOrEqual(0);
        expect(s.familyPays).toBeLessThanOrEqual(c.family);
        expect(s.accountPays + s.familyPays).toBeLessThanOrEqual(s.inScope - s.fundPays);
      }),
      { numRuns: 2000 },
    );
  });

  test('a larger amount (same out-of-scope cost) never gives a smaller fund payment', () => {
    fc.assert(
      fc.property(gen, fc.integer({ min: 0, max: 10_000_000 }), (g, extra) => {
        const small = claim(g);
        const big = { ...small, amount: small.amount + extra };
        expect(run(big).fundPays).toBeGreaterThanOrEqual(run(small).fundPays);
      }),
      { numRuns: 2000 },
    );
  });

  test('a fund payment this year with the deductible met not given is answered as with the whole deductible given', () => {
    fc.assert(
      fc.property(gen, fc.integer({ min: 1, max: 200_000 }), (g, paid) => {
        const given = claim({ ...g, ytdDeductible: 50_000, ytdFund: paid });
        const unsaid = claimOf({ scheme: 'employee', status: g.status, tier: g.tier, amount: formatFen(given.amount), out_of_scope: formatFen(given.outOfScope), ytd_fund: formatFen(paid) });
        const a = settle(given, suizhou);
        const b = settle(unsaid, suizhou);
        expect(b.settlement.fundPays).toBe(a.settlement.fundPays);
        expect(b.settlement.deductibleApplied).toBe(0);
        expect(b.settlement.ytdDeductibleAfter).toBe(g.status === 'active' ? 50_000 : 40_000);
        expect(b.warnings.map((w) => w.code)).toContain('deductible_met_inferred');
        expect(a.warnings.map((w) => w.code)).not.toContain('deductible_met_inferred');
      }),
      { numRuns: 500 },
    );
  });

  // Products are rounded once per claim, so two claims can differ from their sum by a fen.
  // In multiples of 20 fen every product with Suizhou's ratios (80/70/60%, 85/75/65%) is a
  // whole number of fen, so splitting a claim in two must change nothing at all, across any
  // deductible or cap boundary.
  test('two claims in sequence, carrying the year so far, equal one claim of their sum', () => {
    const twenty = (max: number) => fc.integer({ min: 1, max }).map((n) => n * 20);
    fc.assert(
      fc.property(gen, twenty(500_000), twenty(500_000), twenty(3_000), twenty(10_000), (g, a, b, ytdD, ytdF) => {
        const base = { ...g, outShare: 0, account: 0, family: 0, ytdDeductible: ytdD, ytdFund: ytdF };
        const first = run(claim(base, a));
        const second = run(claim({ ...base, ytdDeductible: first.ytdDeductibleAfter, ytdFund: first.ytdFundAfter }, b));
        const whole = run(claim(base, a + b));
        expect(first.fundPays + second.fundPays).toBe(whole.fundPays);
        expect(second.ytdDeductibleAfter).toBe(whole.ytdDeductibleAfter);
        expect(second.ytdFundAfter).toBe(whole.ytdFundAfter);
      }),
      { numRuns: 2000 },
    );
  });

  test('with any amounts, where no deductible or cap boundary lies between, the split differs by at most a fen', () => {
    fc.assert(
      fc.property(gen, fc.integer({ min: 1, max: 50_000 }), fc.integer({ min: 1, max: 50_000 }), (g, a, b) => {
        // deductible already met (ytd ≥ 500) and the cap far away (nothing paid yet, a + b ≤ 1000 yuan)
        const base = { ...g, outShare: 0, account: 0, family: 0, ytdDeductible: 50_000, ytdFund: 0 };
        const first = run(claim(base, a));
        const second = run(claim({ ...base, ytdDeductible: first.ytdDeductibleAfter, ytdFund: first.ytdFundAfter }, b));
        const whole = run(claim(base, a + b));
        expect(Math.abs(first.fundPays + second.fundPays - whole.fundPays)).toBeLessThanOrEqual(1);
        expect(second.ytdDeductibleAfter).toBe(whole.ytdDeductibleAfter);
      }),
      { numRuns: 2000 },
    );
  });
});
