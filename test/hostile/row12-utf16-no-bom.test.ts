// Issue 13, row 12 (the detection itself is E12's, issue 12): UTF-16 without a BOM was read as
// UTF-8, a garbage header and a phantom row. Now it is detected: little- or big-endian, tab- or
// comma-separated, Chinese headers, from a file or stdin, the rows computed as from UTF-8; and
// the reader's limits hold in UTF-16 too (a stray quote is a row error at its line). Cut in the
// middle of a character: a clear exit 2, never an internal error.
import { PassThrough } from 'node:stream';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, tempDir, yibao } from './helpers.js';

const utf16 = (text: string, endian: 'le' | 'be'): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  return endian === 'le' ? le : Buffer.from(le).swap16();
};

function file(name: string, bytes: Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

/** (600 − 500) × 80% = 80 from the fund, 520 the patient's share. */
const EXPECTED = { row_status: 'ok', fund_pays: '80.00', patient_share: '520.00' };

describe('UTF-16 without a BOM', () => {
  it.each([
    ['little-endian, tab-separated, CRLF (Excel\'s Unicode text, BOM removed)', 'le', 'scheme\tstatus\ttier\tamount\r\nemployee\tactive\t1\t600\r\n', 'claims.txt'],
    ['big-endian, comma-separated', 'be', 'scheme,status,tier,amount\nemployee,active,1,600\n', 'claims.csv'],
    ['little-endian, Chinese headers and values', 'le', '人员编号,参保类型,人员状态,医院级别,总费用\nA,职工,在职,一级,600\n', 'claims.csv'],
  ] as const)('%s: detected, the row computed', async (_what, endian, text, name) => {
    const r = await yibao(['batch', file(name, utf16(text, endian)), '--date', '2024-06-01', '--lang', 'en']);
    expect(r.code).toBe(0);
    const rows = readCsv(r.stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject(EXPECTED);
  });

  it('from stdin', async () => {
    const stdin = new PassThrough();
    stdin.end(utf16('scheme,status,tier,amount\nemployee,active,1,600\n', 'le'));
    const r = await yibao(['batch', '-', '--date', '2024-06-01'], { stdin });
    expect(r.code).toBe(0);
    expect(readCsv(r.stdout)[0]).toMatchObject(EXPECTED);
  });

  it('a stray quote in UTF-16: a row error at its line, the rows after it computed', async () => {
    const text = `scheme,status,tier,amount\nemployee,active,1,600\n"employee,active,1,600\n${'employee,active,1,600\n'.repeat(3)}`;
    const r = await yibao(['batch', file('claims.csv', utf16(text, 'le')), '--date', '2024-06-01', '--lang', 'en']);
    expect(r.code).toBe(1);
    const rows = readCsv(r.stdout);
    expect(rows.map((row) => row.row_status)).toEqual(['ok', 'error', 'ok', 'ok', 'ok']);
    expect(rows[1]!.error).toMatch(/^row: the record beginning on line 3 opens a quote never closed/);
  });

  it('cut in the middle of a character: exit 1 or 2 with a message, never an internal error', async () => {
    const bytes = utf16('scheme,status,tier,amount\nemployee,active,1,600\n', 'le');
    const r = await yibao(['batch', file('claims.csv', bytes.subarray(0, bytes.length - 1)), '--date', '2024-06-01', '--lang', 'en']);
    expect([1, 2]).toContain(r.code);
    expect(r.stderr).not.toMatch(/internal error/);
  });
});
