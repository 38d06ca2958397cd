// Issue 13, row 2: one stray `"` at the start of a cell opens a quoted field that never closes.
// Before: the output had 1 row and the reader re-read the open record on every chunk (quadratic:
// 40 MB took 7.6 s). Now: linear time; a quoted field running past 10,000 lines or 1 MiB, or
// never closed before the end, is a row error naming the line where it began, and reading
// resumes at the next line, so every later row still comes out.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvReader, MAX_RECORD_LINES } from '../../src/batch/csv.js';
import { HEADER, ROW, readCsv, readRecords, tempDir, yibao } from './helpers.js';

const RUNAWAY = 'row: the record beginning on line 3 opens a quote still not closed after 10000 lines or 1 MiB (a stray quote?); reading went on at the next line.';

/** Every record of `text`, fed in 64 KiB chunks as a file stream delivers it. */
function readAll(text: string) {
  const { records, problems } = readRecords(text, Array.from({ length: Math.floor(text.length / 65536) }, (_, i) => (i + 1) * 65536));
  return { records, problems: problems.map(({ line, kind }) => ({ line, kind })) };
}

describe('a stray quote', () => {
  it('in row 2 of 30,000 rows: row 2 is an error naming line 3, the other 29,999 rows are computed (exit 1)', async () => {
    const file = join(tempDir(), 'claims.csv');
    writeFileSync(file, `${HEADER}${ROW}"${ROW}${ROW.repeat(29_998)}`);
    const r = await yibao(['batch', file, '--date', '2024-06-01', '--lang', 'en']);
    expect(r.code).toBe(1);
    const rows = readCsv(r.stdout);
    expect(rows).toHaveLength(30_000);
    expect(rows[1]).toMatchObject({ row_status: 'error', error: RUNAWAY });
    const others = rows.filter((_, i) => i !== 1);
    expect(others.every((row) => row.row_status === 'ok' && row.fund_pays === '80.00')).toBe(true);
    expect(r.stderr).toMatch(/^30000 rows: 29999 ok, 1 error, 0 mismatches; fund paid 2399920.00 yuan in total;/m); // after the columns read
  });

  it('near the end (never closed, under the limits): a row error at its line, the rows after it still come out', async () => {
    const file = join(tempDir(), 'claims.csv');
    writeFileSync(file, `${HEADER}${ROW.repeat(5)}employee,active,1,"600\n${ROW.repeat(3)}`);
    const r = await yibao(['batch', file, '--date', '2024-06-01']);
    expect(r.code).toBe(1);
    const rows = readCsv(r.stdout);
    expect(rows.map((row) => row.row_status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'error', 'ok', 'ok', 'ok']);
    expect(rows[5]!.error).toBe('row: 第 7 行起的记录中的引号直到文件结尾都未闭合(多余的引号,或文件不完整?);已从下一行继续读取。');
  });

  it('in linear time: 44 MB (800,000 rows) after a stray quote read in seconds, every record out', () => {
    const text = `${HEADER}${ROW}"${ROW}${ROW.repeat(800_000)}`;
    const started = performance.now();
    const { records, problems } = readAll(text);
    // generous for a loaded machine; the quadratic reader took 15 s here
    expect(performance.now() - started).toBeLessThan(8000);
    expect(records).toHaveLength(800_003);
    expect(problems).toEqual([{ line: 3, kind: 'runaway_quote' }]);
    expect(records[2]).toEqual([]);
    expect(records[3]).toEqual(['employee', 'active', '1', '600']);
  });

  it('a quoted field past 1 MiB in a few lines is a runaway too; a real multi-line cell is one record', () => {
    const long = `${HEADER}"${'x'.repeat(700_000)}\n${'y'.repeat(700_000)}\n${ROW}`;
    const { records, problems } = readAll(long);
    expect(problems).toEqual([{ line: 2, kind: 'runaway_quote' }]);
    expect(records.map((r) => r.length)).toEqual([4, 0, 1, 4]); // the line after it is read as a row again
    const fine = readAll(`${HEADER}employee,active,1,"600\nsee\nnotes"\n${ROW}`);
    expect(fine.problems).toEqual([]);
    expect(fine.records).toEqual([['scheme', 'status', 'tier', 'amount'], ['employee', 'active', '1', '600\nsee\nnotes'], ['employee', 'active', '1', '600']]);
  });

  it(`a quoted field of exactly ${MAX_RECORD_LINES} lines is read; one line more is a runaway`, () => {
    const at = (n: number) => readAll(`${HEADER}"${'a\n'.repeat(n - 1)}a",b,c,d\n${ROW}`);
    expect(at(MAX_RECORD_LINES).problems).toEqual([]);
    expect(at(MAX_RECORD_LINES).records).toHaveLength(3);
    expect(at(MAX_RECORD_LINES + 1).problems).toEqual([{ line: 2, kind: 'runaway_quote' }]);
  });

  it('the same problem whatever the chunk boundaries: a first line past 1 MiB is too long, a shorter one a runaway quote', () => {
    const cases: [string, string][] = [
      [`${HEADER}"${'x'.repeat(1024 * 1024 + 10)}\n${ROW}`, 'too_long'],
      [`${HEADER}"${'x'.repeat(1024 * 1024 + 10)}"\n${ROW}`, 'too_long'],
      [`${HEADER}"${'x'.repeat(1024 * 1024 - 5)}\n${'y'.repeat(100)}\n${ROW}`, 'runaway_quote'],
    ];
    for (const [text, kind] of cases) {
      const whole = new CsvReader();
      const records = whole.push(text);
      expect([...whole.problems.map((p) => p.kind), ...(records.push(...whole.end()), whole.problems.map((p) => p.kind))]).toContain(kind);
      const chunked = readAll(text);
      expect(chunked.problems).toEqual([{ line: 2, kind }]);
      expect(chunked.records.at(-1)).toEqual(['employee', 'active', '1', '600']);
    }
  });
});
