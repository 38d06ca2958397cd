// resultLine writes each CSV output row directly (it runs once per row, so it does not go
// through the cell array); resultObject gives the same fields for JSONL. The two are kept by
// hand, so this checks they agree cell for cell for every shape of outcome.
import { describe, expect, it } from 'vitest';
import { csvLine } from '../../src/batch/csv.js';
import { resultLine, resultObject } from '../../src/batch/output.js';
import type { RowOutcome } from '../../src/batch/row.js';
import type { Settlement } from '../../src/engine/types.js';

// 600 yuan, 500 deductible, 80%: the fund pays 80.00, the patient 520.00, all in cash.
const settled: Settlement = {
  amount: 60000,
  outOfScope: 0,
  inScope: 60000,
  eligible: true,
  deductible: 50000,
  deductibleApplied: 50000,
  deductibleMetBefore: 0,
  ratio: 8000,
  fundBeforeCap: 8000,
  cap: null,
  capRemaining: null,
  fundPays: 8000,
  patientShare: 52000,
  accountPays: 0,
  familyPays: 0,
  cashDue: 52000,
  ytdDeductibleAfter: 50000,
  ytdFundAfter: 8000,
  firstPay: 0,
  secondLayerPays: 0,
  assistancePays: 0,
  ytdBurdenAfter: 0,
  ytdSecondAfter: 0,
  ytdAssistanceAfter: 0,
  ytdAssistanceDeductibleAfter: 0,
  ytdBenefitFundAfter: 8000,
  burdenAdded: 0,
  secondLayer: null,
  admission: null,
  bands: null,
  diseaseLimit: null,
  diseaseLimitRemaining: null,
};
const refused: Settlement = { ...settled, eligible: false, deductible: null, deductibleApplied: 0, ratio: null, fundBeforeCap: 0, fundPays: 0, patientShare: 60000, cashDue: 60000, ytdDeductibleAfter: 0, ytdFundAfter: 0 };
// The same bill with 乙类先行自付 of 12.00, a second layer paying 50.00 and assistance 30.05 (figures made up: only the columns are checked).
const layered: Settlement = { ...settled, firstPay: 1200, secondLayerPays: 5000, assistancePays: 3005, ytdBurdenAfter: 120000, ytdSecondAfter: 5000, ytdAssistanceAfter: 3005 };

const outcomes: [string, RowOutcome][] = [
  ['settled', { status: 'ok', settlement: settled }],
  ['refused (no ratio)', { status: 'ok', settlement: refused }],
  ['an error whose text needs quotes', { status: 'error', error: 'amount: invalid "1,5"; expected an amount' }],
  ['a mismatch', { status: 'mismatch', settlement: settled, difference: -100 }],
  ['settled with a bad reported_fund', { status: 'error', error: 'reported_fund: missing', settlement: settled }],
  ['with the layers of model 2', { status: 'ok', settlement: layered }],
];

describe('resultLine and resultObject agree', () => {
  it('writes a settled row as worked out by hand', () => {
    // a model-1 policy: the six layer columns (first_pay … ytd_assistance_after) are zero
    expect(resultLine(outcomes[0]![1], false)).toBe('ok,,600.00,500.00,0.80,80.00,520.00,0.00,0.00,520.00,500.00,80.00,0.00,0.00,0.00,0.00,0.00,0.00,\n');
    expect(resultLine(outcomes[3]![1], true)).toBe('mismatch,,600.00,500.00,0.80,80.00,520.00,0.00,0.00,520.00,500.00,80.00,-1.00,0.00,0.00,0.00,0.00,0.00,0.00,\n');
    expect(resultLine(outcomes[5]![1], true)).toBe('ok,,600.00,500.00,0.80,80.00,520.00,0.00,0.00,520.00,500.00,80.00,,12.00,50.00,30.05,1200.00,50.00,30.05,\n');
  });

  for (const [name, outcome] of outcomes) {
    for (const check of [false, true]) {
      it(`${name}${check ? ' (check)' : ''}`, () => {
        const cells = Object.values(resultObject(outcome, check)).map((v) => v ?? '');
        expect(resultLine(outcome, check)).toBe(csvLine(cells));
      });
    }
  }
});
