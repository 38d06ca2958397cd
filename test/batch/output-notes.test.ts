// Nothing is lost silently: a CSV cut short in an open quote keeps its good rows (the last
// record is a row error, exit 1); JSONL keys outside the CSV header and input columns named like
// result columns are reported in the summary. Suizhou active employee, tier 1:
// (600 − 500) × 80% = 80.00.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, tempDir, yibao } from './helpers.js';

function file(name: string, text: string): string {
  const f = join(tempDir(), name);
  writeFileSync(f, text);
  return f;
}

const ROW = { scheme: 'employee', status: 'active', tier: '1', amount: '600' };

describe('what the output cannot hold is said', () => {
  it('a final record with an unclosed quote is a row error; the rows before it are written (exit 1)', async () => {
    const f = file('cut.csv', 'person_id,scheme,status,tier,amount\nA,employee,active,1,600\nB,employee,active,1,"600\n');
    const run = await yibao(['batch', f, '--lang', 'en', '--date', '2024-01-02']);
    expect(run.code).toBe(1);
    const rows = readCsv(run.stdout);
    expect(rows.map((r) => [r.person_id, r.row_status, r.fund_pays])).toEqual([
      ['A', 'ok', '80.00'],
      ['', 'error', ''],
    ]);
    expect(rows[1]!.error).toBe("row: the record beginning on line 3 opens a quote never closed before the end of the file (a stray quote, or a file cut short?); reading went on at the next line.");
    expect(run.stderr).toContain('2 rows: 1 ok, 1 error');
  });

  it('JSONL to CSV: keys outside the first line are counted, with the first row and the keys', async () => {
    const lines = [ROW, { ...ROW, note: 'x' }, ROW, { ...ROW, note: 'y', ward: '3' }].map((o) => JSON.stringify(o));
    const f = file('in.jsonl', `${lines.join('\n')}\n`);
    const run = await yibao(['batch', f, '--output-format', 'csv', '--lang', 'en', '--date', '2024-01-02']);
    expect(run.code).toBe(0);
    expect(readCsv(run.stdout).map((r) => r.fund_pays)).toEqual(['80.00', '80.00', '80.00', '80.00']);
    expect(run.stderr).toContain('2 rows have keys outside the CSV header (first at row 2: "note")');
    expect(run.stderr).toContain('--output-format jsonl');
  });

  it('JSONL to CSV: a first line that is not an object gives the contract\'s input columns', async () => {
    const f = file('in.jsonl', `[1,2]\n${JSON.stringify({ person_id: 'P', ...ROW })}\n`);
    const run = await yibao(['check', f, '--output-format', 'csv', '--lang', 'en', '--date', '2024-01-02']);
    const header = run.stdout.split('\n')[0]!.split(',');
    expect(header.slice(0, 55)).toEqual([
      'person_id', 'date', 'city', 'scheme', 'status', 'benefit', 'tier', 'amount', 'out_of_scope',
      'ytd_deductible', 'ytd_fund', 'account', 'family', 'relation', 'contribution', 'contribution_years_met',
      // the inputs of policy model 2 (contract "Rulebook structures"), then check's reported_fund
      'admission', 'discharge_date', 'age', 'birth_date', 'class_b', 'class_b_drugs', 'class_b_items', 'grade', 'disease', 'diseases',
      'filing', 'assistance', 'ytd_benefit_fund', 'ytd_disease_fund', 'ytd_disease_deductible', 'ytd_burden', 'ytd_second', 'ytd_assistance', 'ytd_assistance_deductible', 'status_since', 'days',
      'assistance_since', 'ytd_burden_since', 'disability', 'where', 'retirement_processed', 'previous_discharge', 'ytd_family_paid', 'ytd_family_received', 'ytd_banded', 'emergency', 'referred_from', 'referred', 'insured_years', 'zero_claim_years', 'enrolled', 'certified', 'previous_same_facility',
      'reported_fund',
    ]);
    const rows = readCsv(run.stdout);
    expect(rows[1]!.person_id).toBe('P');
    expect(rows[1]!.amount).toBe('600');
    expect(rows[1]!.fund_pays).toBe('80.00');
    expect(run.stderr).not.toContain('outside the CSV header');
  });

  it('input columns named like result columns are replaced, and the summary says so', async () => {
    const f = file('in.csv', 'scheme,status,tier,amount,fund_pays,error\nemployee,active,1,600,999,old\n');
    const run = await yibao(['batch', f, '--lang', 'en', '--date', '2024-01-02']);
    const rows = readCsv(run.stdout);
    expect(rows[0]!.fund_pays).toBe('80.00');
    expect(rows[0]!.error).toBe('');
    expect(run.stderr).toContain('the input columns "fund_pays", "error" have the names of result columns');
    const j = file('in.jsonl', `${JSON.stringify({ ...ROW, ratio: '0.5' })}\n`);
    const jrun = await yibao(['batch', j, '--lang', 'en', '--date', '2024-01-02']);
    expect(JSON.parse(jrun.stdout.trim()).ratio).toBe('0.80');
    expect(jrun.stderr).toContain('the input column "ratio" has the name of a result column');
  });
});
