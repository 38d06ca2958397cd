// The hand-written CSV reader and writer (src/batch/csv.ts) against csv-parse and csv-stringify:
// random records written by csv-stringify read back the same whatever the chunk boundaries,
// and what csvLine writes reads back the same with csv-parse.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { CsvReader, csvLine } from '../../src/batch/csv.js';

/** Reads `text` fed in pieces cut at `cuts` (offsets), as a stream would deliver it. */
function readInPieces(text: string, cuts: number[]): string[][] {
  const reader = new CsvReader();
  const out: string[][] = [];
  let from = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)) {
    out.push(...reader.push(text.slice(from, cut)));
    from = cut;
  }
  out.push(...reader.push(text.slice(from)));
  out.push(...reader.end());
  return out;
}

// Cells with the characters that matter to CSV, and Chinese text; a record is never one empty
// cell (that line would be blank, and blank lines are skipped by both readers).
const cell = fc.stringMatching(/^[a-z0-9 ,"\r\n.随州职工-]{0,8}$/);
const record = fc.array(cell, { minLength: 1, maxLength: 6 }).filter((r) => !(r.length === 1 && r[0] === ''));
const table = fc.integer({ min: 1, max: 6 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }).filter((r) => !(r.length === 1 && r[0] === '')), { minLength: 1, maxLength: 8 }));

describe('CsvReader', () => {
  it('reads what csv-stringify writes (LF or CRLF), whatever the chunk boundaries', () => {
    fc.assert(
      fc.property(table, fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), (rows, crlf, cuts) => {
        // quoted_match: csv-stringify would leave a lone LF unquoted when records end in CRLF.
        const text = stringify(rows, { record_delimiter: crlf ? '\r\n' : '\n', quoted_match: /[\r\n]/ });
        expect(readInPieces(text, cuts)).toEqual(rows);
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with csv-parse on what csvLine writes', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), (rows) => {
        const text = rows.map((r) => csvLine(r)).join('');
        expect(parse(text, { relax_column_count: true })).toEqual(rows);
        expect(readInPieces(text, [])).toEqual(rows);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps quoted commas, quotes and line ends, and skips blank lines', () => {
    const text = 'a,b\r\n\r\n"x, y","say ""hi""\r\nthere"\n\nlast,\n';
    expect(readInPieces(text, [3, 9, 20])).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\r\nthere'],
      ['last', ''],
    ]);
  });

  it('gives the unquoted line back for reuse, and nothing for a quoted one', () => {
    const reader = new CsvReader();
    reader.push('a,b\n"c",d\ne,f\n');
    expect(reader.lines).toEqual(['a,b', undefined, 'e,f']);
  });

  it('reports a quote never closed at the line where it began, and reads on from the next line', () => {
    const reader = new CsvReader();
    expect(reader.push('a,b\n1,2\n"3,4\n5,6\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(reader.end()).toEqual([[], ['5', '6']]);
    expect(reader.problems).toEqual([{ index: 0, line: 3, kind: 'unclosed_quote' }]);
    const whole = new CsvReader();
    expect(whole.push('a,b\n1,2\n3,"4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(whole.end()).toEqual([[]]);
    expect(whole.problems).toEqual([{ index: 0, line: 3, kind: 'unclosed_quote' }]);
  });
});
