// Batch rows and the readings issue 10 makes visible, through settleRow (the row path batch and
// check use), with values worked out by hand from the seeds:
// - Suizhou 2024 employee outpatient (随州日报 Q&A 2): deductible 500 active / 400 retired over
//   the calendar year, ratio 80/70/60%, retirees +5 points, cap 1300 active / 1600 retired.
// - A status that changes within the year keeps one count for the year (a reading): marked.
// - An inpatient deductible whose period the sources do not give is charged on every admission.
// - Jiayu 2012: contribution_years_met as a column; below 60% unknown; the refusal column names the field.
import { describe, expect, test } from 'vitest';
import type { RawClaim } from '../../src/claim/index.js';
import { CLAIM_FIELDS, parseOverride } from '../../src/claim/index.js';
import type { Override } from '../../src/engine/types.js';
import { Ledger } from '../../src/batch/ledger.js';
import { PolicyCache } from '../../src/batch/policies.js';
import { settleRow, type RowOutcome, type RowValues } from '../../src/batch/row.js';
import { formatFen } from '../../src/money/money.js';

function overrides(...sets: string[]): Override[] {
  return sets.map((s) => {
    const o = parseOverride(s);
    if (!o.ok) throw new Error(o.message.en);
    return o.override;
  });
}

/** Settles rows in order for one ledger, as a batch file would. */
async function rows(list: (RawClaim & { person_id?: string })[], sets: Override[] = []): Promise<RowOutcome[]> {
  const ledger = new Ledger();
  const policies = new PolicyCache();
  const out: RowOutcome[] = [];
  for (const { person_id, ...raw } of list) {
    const values: RowValues = { raw, personId: person_id, reported: undefined, own: new Uint8Array(CLAIM_FIELDS.length) };
    let r = settleRow(values, { defaults: { city: 'suizhou', date: '2024-05-01' }, overrides: sets, check: false, lang: 'en' }, ledger, policies);
    if ('needCity' in r) {
      await policies.load(r.needCity);
      r = settleRow(values, { defaults: { city: 'suizhou', date: '2024-05-01' }, overrides: sets, check: false, lang: 'en' }, ledger, policies);
    }
    out.push(r as RowOutcome);
  }
  return out;
}

const codes = (r: RowOutcome) => (r.warnings ?? []).map((w) => w.code);
const fund = (r: RowOutcome) => formatFen(r.settlement!.fundPays);

describe('batch rows: readings are marked, never silent', () => {
  test('a person active in March and retired in August keeps one count for the year, and the rows after the change are marked status_changed', async () => {
    const [march, august, october] = await rows([
      // active: 500 deductible met, (1000 − 500) × 80% = 400
      { person_id: 'P', date: '2024-03-01', scheme: 'employee', status: 'active', tier: '1', amount: '1000' },
      // retired: the 500 met covers the retiree's 400; 1000 × 85% = 850, cap 1600 − 400 = 1200 left
      { person_id: 'P', date: '2024-08-01', scheme: 'employee', status: 'retired', tier: '1', amount: '1000' },
      // still retired, same count: 1000 × 85% = 850, but 1600 − 1250 = 350 left
      { person_id: 'P', date: '2024-10-01', scheme: 'employee', status: 'retired', tier: '1', amount: '1000' },
    ]);
    expect([fund(march!), fund(august!), fund(october!)]).toEqual(['400.00', '850.00', '350.00']);
    expect(codes(march!)).toEqual([]);
    expect(codes(august!)).toEqual(['reading', 'status_changed']);
    expect(codes(october!)).toEqual(['reading', 'status_changed']);
    expect(august!.warnings!.at(-1)!.short.zh).toContain('年内在职和退休身份有变化');
  });

  test('a new year starts a new count, with no status_changed', async () => {
    const [, january] = await rows([
      { person_id: 'P', date: '2024-03-01', scheme: 'employee', status: 'active', tier: '1', amount: '1000' },
      // new year, retired: (1000 − 400) × 85% = 510
      { person_id: 'P', date: '2025-01-02', scheme: 'employee', status: 'retired', tier: '1', amount: '1000' },
    ]);
    expect(fund(january!)).toBe('510.00');
    expect(codes(january!)).toEqual(['reading', 'after_sources']);
  });

  test('an assumed inpatient deductible of 800 is charged on each admission, not met once for the year, and each row says the period is not stated', async () => {
    const sets = overrides('inpatient.employee.deductible=800', 'inpatient.employee.ratio=0.9');
    const [first, second] = await rows(
      [
        // (5000 − 800) × 90% = 3780
        { person_id: 'Q', date: '2024-03-01', scheme: 'employee', status: 'active', tier: '2', benefit: 'inpatient', amount: '5000' },
        // again (5000 − 800) × 90% = 3780: the 800 of March is not carried as met
        { person_id: 'Q', date: '2024-06-01', scheme: 'employee', status: 'active', tier: '2', benefit: 'inpatient', amount: '5000' },
      ],
      sets,
    );
    expect([fund(first!), fund(second!)]).toEqual(['3780.00', '3780.00']);
    expect(formatFen(second!.settlement!.deductibleApplied)).toBe('800.00');
    expect(codes(second!)).toContain('deductible_period');
  });

  test("Jiayu: contribution_years_met is a column; a retiree's row without it or a level is an error naming that column", async () => {
    const base = { city: 'jiayu', date: '2012-10-01', scheme: 'employee', status: 'retired', tier: '1', amount: '400' };
    const sets = overrides('outpatient.employee.deductible=0');
    const [met, none, low] = await rows([{ ...base, contribution_years_met: '是' }, base, { ...base, status: 'active', contribution: '0.5' }], sets);
    expect(fund(met!)).toBe('200.00'); // 400 × 50%
    expect(none!.status).toBe('error');
    expect(none!.error).toMatch(/^contribution_years_met: /);
    expect(low!.error).toMatch(/^contribution: .*60%/);
  });
});
