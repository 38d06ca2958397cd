// Issue 20, adversarial round 2, breaks 4 and 11: line ends where they should not be.
// 4: a bare CR (or LF) inside an unquoted cell was echoed unquoted on the fast path (only the first
// character of each cell was checked), so a spreadsheet split the row and "=1+1" landed in column A.
// 11: a CRLF header followed by rows ending in a bare CR was read as one row of thousands of values.
// Suizhou 2024, employee outpatient, active, tier 1: deductible 500, 80%, cap 1300.
import { describe, expect, it } from 'vitest';
import { readCsv, tempFile, yibao } from '../batch/helpers.js';

const file = (content: string | Uint8Array): string => tempFile(content);

const HEADER = 'person_id,date,scheme,status,tier,amount,note';

describe('break 4: a line end inside an unquoted cell is quoted on every path', () => {
  it.each([
    ['a bare CR at the end of the line', 'P1,2024-03-01,employee,active,1,1000,ok\r=1+1'],
    ['a bare CR mid-line', 'P1,2024-03-01,employee,active,1,1000,ok\r=1+1,'],
  ])('%s: the cell comes back quoted, one output row per input row', async (_what, row) => {
    const header = row.endsWith(',') ? `${HEADER},extra` : HEADER;
    const r = await yibao(['batch', file(`${header}\n${row}\nP2,2024-03-01,employee,active,1,1000,plain${row.endsWith(',') ? ',' : ''}\n`)]);
    expect(r.stdout).toContain('"ok\r=1+1"');
    const rows = readCsv(r.stdout);
    expect(rows.map((x) => [x.person_id, x.note, x.fund_pays])).toEqual([
      ['P1', 'ok\r=1+1', '400.00'],
      ['P2', 'plain', '400.00'],
    ]);
  });

  it('a bare LF inside a cell of a CR-only file (Excel for Mac) is quoted too', async () => {
    const r = await yibao(['batch', file(`${HEADER}\rP1,2024-03-01,employee,active,1,1000,ok\n=1+1\r`)]);
    expect(r.stdout).toContain('"ok\n=1+1"');
    expect(readCsv(r.stdout).map((x) => [x.person_id, x.note])).toEqual([['P1', 'ok\n=1+1']]);
  });

  it('--raw-cells still quotes a cell holding a line end (quoting is CSV, not defusing)', async () => {
    const r = await yibao(['batch', file(`${HEADER}\nP1,2024-03-01,employee,active,1,1000,ok\r=1+1\n`), '--raw-cells']);
    expect(r.stdout).toContain('"ok\r=1+1"');
  });
});

describe('break 11: a CRLF header, then rows ending in a bare CR', () => {
  it('each CR-ended line is a row: 5,000 rows, not one row of 5,001 values', async () => {
    const header = 'person_id,date,scheme,status,tier,amount\r\n';
    const rows = Array.from({ length: 5000 }, (_, i) => `P${i},2024-03-01,employee,active,1,1000\r`).join('');
    const r = await yibao(['batch', file(header + rows)]);
    const out = readCsv(r.stdout);
    expect(out).toHaveLength(5000);
    expect(out.every((x) => x.row_status === 'ok' && x.fund_pays === '400.00')).toBe(true); // (1000 − 500) × 80%
    expect(r.code).toBe(0);
  });

  it('the same with the CRLF header after a CRLF title line', async () => {
    const r = await yibao(['batch', file('费用明细\r\nperson_id,date,scheme,status,tier,amount\r\nP1,2024-03-01,employee,active,1,1000\rP1,2024-04-01,employee,active,1,1000\r')]);
    // (1000 − 500) × 80% = 400, then 1000 × 80% = 800
    expect(readCsv(r.stdout).map((x) => x.fund_pays)).toEqual(['400.00', '800.00']);
  });
});
