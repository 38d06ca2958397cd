// Issue 13, row 3: a 200 MB line or a 140 MB cell. Before: 195 s, 2.6 GB, then "yibao internal
// error … Invalid array length", exit 70. Now: a record longer than 1 MiB is a row error at once,
// in bounded memory (the run is given a 96 MB heap: holding the line would not fit), and the rows
// after it are computed.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER, ROW, built, readCsv, run, tempDir, writePieces, yibao } from './helpers.js';

const TOO_LONG_3 = 'row: the record beginning on line 3 is longer than 1 MiB and was not read; reading went on at the next line.';
const SMALL_HEAP = ['--max-old-space-size=96'];

describe.skipIf(!built)('a record past the length limit, in bounded memory (the built CLI)', () => {
  it('a 200 MB line: that row is an error, the rows around it are computed, exit 1, in seconds', async () => {
    const file = join(tempDir(), 'claims.csv');
    writePieces(file, [HEADER, ROW, 200 * 1024 * 1024, `\n${ROW}`]);
    const r = await run(['batch', file, '--date', '2024-06-01', '--lang', 'en'], { nodeArgs: SMALL_HEAP, killAfterMs: 120_000 });
    expect(r.stderr).toMatch(/^3 rows: 2 ok, 1 error, 0 mismatches;/m); // after the columns read
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(60_000); // generous: it takes a few seconds
    const rows = readCsv(r.stdout);
    expect(rows.map((row) => [row.row_status, row.fund_pays])).toEqual([
      ['ok', '80.00'],
      ['error', ''],
      ['ok', '80.00'],
    ]);
    expect(rows[1]!.error).toBe(TOO_LONG_3);
  }, 150_000);

  it('a 140 MB quoted cell: the same', async () => {
    const file = join(tempDir(), 'claims.csv');
    writePieces(file, [HEADER, ROW, 'employee,active,1,"', 140 * 1024 * 1024, `"\n${ROW}`], '9');
    const r = await run(['batch', file, '--date', '2024-06-01', '--lang', 'en'], { nodeArgs: SMALL_HEAP, killAfterMs: 120_000 });
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(60_000);
    const rows = readCsv(r.stdout);
    expect(rows.map((row) => row.row_status)).toEqual(['ok', 'error', 'ok']);
    expect(rows[1]!.error).toBe(TOO_LONG_3);
    expect(r.stderr).not.toMatch(/internal error/);
  }, 150_000);

  it('a 200 MB JSONL line: that row is an error, exit 1', async () => {
    const file = join(tempDir(), 'claims.jsonl');
    const good = `${JSON.stringify({ scheme: 'employee', status: 'active', tier: '1', amount: '600' })}\n`;
    writePieces(file, [good, '{"note":"', 200 * 1024 * 1024, `"}\n${good}`]);
    const r = await run(['batch', file, '--date', '2024-06-01', '--lang', 'en'], { nodeArgs: SMALL_HEAP, killAfterMs: 120_000 });
    expect(r.code).toBe(1);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, string | null>);
    expect(rows.map((row) => [row.row_status, row.error])).toEqual([
      ['ok', null],
      ['error', 'line: line 2 is longer than 1 MiB and was not read.'],
      ['ok', null],
    ]);
  }, 150_000);
});

describe('a record past the length limit (in-process)', () => {
  it('a 3 MiB line between two rows, CRLF line ends: one row error, never exit 70', async () => {
    const file = join(tempDir(), 'claims.csv');
    writePieces(file, [HEADER.replace('\n', '\r\n'), ROW.replace('\n', '\r\n'), 3 * 1024 * 1024, `\r\n${ROW}`], ',');
    const r = await yibao(['batch', file, '--date', '2024-06-01', '--lang', 'en']);
    expect(r.code).toBe(1);
    const rows = readCsv(r.stdout);
    expect(rows.map((row) => row.row_status)).toEqual(['ok', 'error', 'ok']);
    expect(rows[1]!.error).toBe(TOO_LONG_3);
  });

  it('a header past the limit is exit 2 naming the header, nothing written', async () => {
    const dir = tempDir();
    const file = join(dir, 'claims.csv');
    writePieces(file, [2 * 1024 * 1024, `\n${ROW}`], 'h');
    const r = await yibao(['batch', file, '--out', join(dir, 'out.csv'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`yibao: ${file}: the header row is longer than 1 MiB and was not read; this does not look like a CSV file (or it is cut short).\n`);
    expect(r.stdout).toBe('');
  });

  it('a JSONL file whose first line is past the limit is exit 2', async () => {
    const file = join(tempDir(), 'claims.jsonl');
    writePieces(file, ['{"a":"', 2 * 1024 * 1024, '"}\n']);
    const r = await yibao(['batch', file, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`yibao: ${file}: line 1 is longer than 1 MiB and was not read; this does not look like a JSONL file.\n`);
  });
});
