// Full-width cells (１，６００，２０２４－０３－０１ as a Chinese keyboard types them) read as their
// half-width forms, whether the rest of the file is plain ASCII or not: batch checks a row's line
// once for such characters (table.ts) and parses a plain row's cells without checking each one.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, tempDir, yibao } from './helpers.js';

describe('full-width cells in a batch file', () => {
  it('read as their half-width forms, row by row and from a flag', async () => {
    const dir = tempDir();
    const file = join(dir, 'c.csv');
    // Suizhou 2024, a retiree at a tier-1 facility: deductible 400, then 85% (as rows.test.ts):
    // (600 − 400) × 85% = 170 on each row; each row is another person, so each meets its own deductible.
    writeFileSync(file, 'person_id,tier,amount,date\nA,１,６００,２０２４－０３－０１\nB,1,600,2024-03-01\nC,1,６００．００,\nD,1,600,\n');
    const plain = await yibao(['batch', file, '--scheme', 'employee', '--status', 'retired', '--date', '2024-03-01']);
    expect(plain.code).toBe(0);
    expect(readCsv(plain.stdout).map((r) => [r.row_status, r.fund_pays])).toEqual([
      ['ok', '170.00'],
      ['ok', '170.00'],
      ['ok', '170.00'],
      ['ok', '170.00'],
    ]);
    // a full-width flag fills the blank date cells of C and D
    const wide = await yibao(['batch', file, '--scheme', 'employee', '--status', 'retired', '--date', '２０２４－０３－０１']);
    expect(wide.code).toBe(0);
    expect(readCsv(wide.stdout).map((r) => [r.row_status, r.fund_pays])).toEqual([
      ['ok', '170.00'],
      ['ok', '170.00'],
      ['ok', '170.00'],
      ['ok', '170.00'],
    ]);
  });
});
