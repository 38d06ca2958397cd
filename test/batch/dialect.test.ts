// The CSV dialects Excel writes (issue 12): CR-only line ends (Excel for Mac's "CSV
// (Macintosh)"), tab-separated text (Excel's "Unicode text"), CRLF and LF; found from the
// header line, and read record by record the same whatever the chunking.
import { describe, expect, test } from 'vitest';
import { detectDelimiter, detectNewline } from '../../src/batch/dialect.js';
import { csvRecords } from '../../src/batch/input.js';

async function records(chunks: string[], delimiter?: ',' | '\t'): Promise<string[][]> {
  async function* gen() {
    yield* chunks;
  }
  const out: string[][] = [];
  for await (const batch of csvRecords(gen(), delimiter)) out.push(...batch.records);
  return out;
}

describe('line ends and delimiters', () => {
  test('detectNewline: LF, CRLF, CR alone; waits when a CR ends the text', () => {
    expect(detectNewline('a,b\nc', false)).toBe('\n');
    expect(detectNewline('a,b\r\nc', false)).toBe('\n');
    expect(detectNewline('a,b\rc,d\r', false)).toBe('\r');
    expect(detectNewline('a,b\r', false)).toBeUndefined();
    expect(detectNewline('a,b\r', true)).toBe('\r');
    expect(detectNewline('a,b', false)).toBeUndefined();
    expect(detectNewline('a,b', true)).toBe('\n');
  });

  test('detectDelimiter: the header decides; quoted commas do not count', () => {
    expect(detectDelimiter('人员编号\t就诊日期\t总费用\r\n1,2', '\n')).toBe('\t');
    expect(detectDelimiter('person_id,date,amount\n', '\n')).toBe(',');
    expect(detectDelimiter('"a,b,c"\td\te\n', '\n')).toBe('\t');
    expect(detectDelimiter('a,b\tc,d\n', '\n')).toBe(',');
  });

  test('CR-only: one data row is one record (not "0 rows"), two rows are two', async () => {
    expect(await records(['person_id,amount\rA,600\r'])).toEqual([['person_id', 'amount'], ['A', '600']]);
    expect(await records(['person_id,amount\rA,600\rB,700'])).toEqual([['person_id', 'amount'], ['A', '600'], ['B', '700']]);
  });

  test('CR-only split across chunks, with a quoted cell holding a line break', async () => {
    const text = 'a,b\r1,"x\ny"\r2,z\r';
    for (let cut = 1; cut < text.length; cut++) {
      expect(await records([text.slice(0, cut), text.slice(cut)]), `cut at ${cut}`).toEqual([['a', 'b'], ['1', 'x\ny'], ['2', 'z']]);
    }
  });

  test('tab-separated with CRLF; a comma inside a cell stays in the cell', async () => {
    expect(await records(['人员编号\t总费用\r\nA\t3,000\r\nB\t"1,000.00"\r\n'])).toEqual([['人员编号', '总费用'], ['A', '3,000'], ['B', '1,000.00']]);
  });

  test('--input-format tsv or csv fixes the delimiter', async () => {
    expect(await records(['a,b\tc\n1,2\t3\n'], '\t')).toEqual([['a,b', 'c'], ['1,2', '3']]);
    expect(await records(['a\tb\n1\t2\n'], ',')).toEqual([['a\tb'], ['1\t2']]);
  });

  test('a file with no line end at all is one record', async () => {
    expect(await records(['a,b'])).toEqual([['a', 'b']]);
    expect(await records(['a,', 'b'])).toEqual([['a', 'b']]);
  });
});

describe('the delimiter when a title line or semicolons come first (audit of issue 12)', () => {
  test('a title line without any delimiter: the next line with one decides', () => {
    expect(detectDelimiter('2024年门诊费用明细\n\n人员编号\t就诊日期\t总费用\nA\t2024-03-05\t1\n', '\n')).toBe('\t');
    expect(detectDelimiter('2024年门诊费用明细\r\n人员编号,就诊日期\r\n', '\n')).toBe(',');
  });
  test('semicolons more than commas: said, so that the file is refused rather than 1.200 read as 1.20', () => {
    expect(detectDelimiter('人员编号;就诊日期;总费用\nP1;2024-03-05;1.200\n', '\n')).toBe(';');
    expect(detectDelimiter('a,b;c,d\n', '\n')).toBe(',');
  });
  test('a semicolon-separated CSV is refused (exit 2) before any record', async () => {
    await expect(records(['人员编号;就诊日期;总费用\nP1;2024-03-05;1.200\n'])).rejects.toMatchObject({ exitCode: 2 });
  });
});
