// Merged cells (audit of issue 12): a sheet is scanned for them before its rows are read, so a
// hostile sheet of merges must not make that scan, or the filling of rows, hang. Past 100,000
// ranges spanning rows, or 4,000,000 rows spanned in all, the sheet is refused (exit 2) at once;
// a sheet too large to scan first (64 MiB of XML) that turns out to have cells merged across
// rows is refused at its end (with --out, nothing is written), never read with blanks.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { book, sheetXml, zip, type Cell } from '../helpers/xlsx-kit.js';
import { xlsxRecords } from '../../src/batch/workbook-records.js';
import { UsageError } from '../../src/errors.js';
import { readCsv, tempDir, yibao } from '../batch/helpers.js';

const HEADER: Cell[] = ['person_id', 'scheme', 'status', 'tier', 'amount'];
const ROWS: Cell[][] = [HEADER, ['P1', 'employee', 'active', '1', 1000], [null, 'employee', 'active', '1', 1000]];

function write(extra: string): string {
  const xml = sheetXml(ROWS).replace('</sheetData></worksheet>', `</sheetData>${extra}</worksheet>`);
  const file = join(tempDir(), 'merged.xlsx');
  writeFileSync(file, zip(book([{ name: 'claims', xml }])));
  return file;
}

const mergeCells = (refs: string[]) => `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`;

describe('merged cells in hostile numbers', () => {
  it('A2:A3 merged: P1 twice, the deductible met once: (1000 − 500) × 80% = 400, then 1000 × 80% = 800', async () => {
    const r = await yibao(['batch', write(mergeCells(['A2:A3'])), '--date', '2024-06-01', '--output-format', 'csv', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(readCsv(r.stdout).map((row) => [row.person_id, row.fund_pays, row.ytd_fund_after])).toEqual([
      ['P1', '400.00', '400.00'],
      ['P1', '800.00', '1200.00'],
    ]);
  });

  it('100,001 ranges spanning rows: exit 2 in seconds, not a scan of rows × ranges', async () => {
    const refs = Array.from({ length: 100_001 }, (_, i) => `C${2 * i + 10}:C${2 * i + 11}`);
    const started = Date.now();
    const r = await yibao(['batch', write(mergeCells(refs)), '--date', '2024-06-01', '--output-format', 'csv', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^yibao: .*merged\.xlsx: the sheet has too many cells merged across rows \(over 100,000 ranges or 4,000,000 rows in all\)/);
    expect(r.stdout).toBe('');
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it('ranges spanning a million rows in many columns: exit 2 at once', async () => {
    const refs = Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(70 + i)}2:${String.fromCharCode(70 + i)}1048576`);
    const r = await yibao(['batch', write(mergeCells(refs)), '--date', '2024-06-01', '--output-format', 'csv', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('too many cells merged across rows');
  });

  it('a sheet too large to scan first, with a merge across rows: refused at its end (exit 2), never read with a blank id', async () => {
    const file = write(mergeCells(['A2:A3']));
    const book = { sheets: [] as string[] };
    const read = async () => {
      for await (const batch of xlsxRecords({ name: file, path: file, stream: Readable.from([]) }, undefined, book, undefined, 0)) void batch;
    };
    await expect(read()).rejects.toThrow(UsageError);
    await expect(read()).rejects.toThrow(/cells merged across rows \("A2:A3"\); in a sheet over 0 MiB they cannot be found before the rows are read/);
  });

  it('a header made taller by merging each cell with the row below: that row stays blank, not a copy of the header', async () => {
    const rows: Cell[][] = [HEADER, [], ['P1', 'employee', 'active', '1', 1000], ['P1', 'employee', 'active', '1', 1000]];
    const xml = sheetXml(rows).replace('</sheetData></worksheet>', `</sheetData>${mergeCells(['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2'])}</worksheet>`);
    const file = join(tempDir(), 'tall.xlsx');
    writeFileSync(file, zip(book([{ name: 'claims', xml }])));
    const r = await yibao(['batch', file, '--date', '2024-06-01', '--output-format', 'csv', '--lang', 'en']);
    expect(r.code).toBe(0);
    // (1000 − 500) × 80% = 400, then 1000 × 80% = 800
    expect(readCsv(r.stdout).map((row) => [row.person_id, row.fund_pays])).toEqual([
      ['P1', '400.00'],
      ['P1', '800.00'],
    ]);
    expect(r.stderr).toContain('1 blank');
  });

  it('a title merged across a row (A1:E1) is left as it is', async () => {
    const r = await yibao(['batch', write(mergeCells(['A1:E1'])), '--date', '2024-06-01', '--output-format', 'csv', '--lang', 'en']);
    expect(readCsv(r.stdout).map((row) => row.person_id)).toEqual(['P1', '']);
  });
});
