// Issue 13, rows 10 and 11: JSONL keys. Row 10: a `__proto__` key was dropped silently and the
// fields of its value showed through in the CSV echo, as if they were the row's. Now every key is
// data (null-prototype objects): `__proto__` is a column like any other, and no value that is
// not in the row is ever shown. Row 11: keys outside the CSV header were named raw in the
// summary with no length limit (a 1 MB key, a 1 MB note); now each is an escaped excerpt, and
// only the first few are named, with the count of the others.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, tempDir, yibao } from './helpers.js';

const CLAIM = { scheme: 'employee', status: 'active', tier: '1', amount: '600' }; // (600 − 500) × 80% = 80

function jsonl(lines: string[]): string {
  const file = join(tempDir(), 'claims.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('row 10: a __proto__ key', () => {
  const HOSTILE = `{"person_id":"A","__proto__":{"amount":"999999","person_id":"EVIL","toString":"x"},"scheme":"employee","status":"active","tier":"1","amount":"600"}`;

  it('JSONL to CSV: a column of its own, its fields never shown as the row\'s', async () => {
    const file = jsonl([HOSTILE, JSON.stringify({ person_id: 'B', ...CLAIM })]);
    const r = await yibao(['batch', file, '--output-format', 'csv', '--date', '2024-06-01', '--lang', 'en']);
    expect(r.code).toBe(0);
    // read by hand: csv-parse's own record objects would swallow a __proto__ column
    const [header, first, second] = r.stdout.split('\n');
    expect(header!.startsWith('person_id,__proto__,scheme,status,tier,amount,row_status,')).toBe(true);
    expect(first!.startsWith('A,"{""amount"":""999999"",""person_id"":""EVIL"",""toString"":""x""}",employee,active,1,600,ok,,600.00,500.00,0.80,80.00,')).toBe(true);
    expect(second!.startsWith('B,,employee,active,1,600,ok,,600.00,500.00,0.80,80.00,')).toBe(true);
    expect(r.stdout).not.toContain('EVIL,');
  });

  it('JSONL to JSONL: the key is written back as it was', async () => {
    const r = await yibao(['batch', jsonl([HOSTILE]), '--date', '2024-06-01']);
    expect(r.code).toBe(0);
    const out = r.stdout.trim();
    expect(out.startsWith('{"person_id":"A","__proto__":{"amount":"999999","person_id":"EVIL","toString":"x"},"scheme":"employee"')).toBe(true);
    const row = JSON.parse(out) as Record<string, unknown>;
    expect(row.fund_pays).toBe('80.00');
  });

  it('a key such as toString or constructor in the header, missing from a later row: an empty cell, not a function', async () => {
    const file = jsonl([JSON.stringify({ ...CLAIM, toString: 'a', constructor: 'b' }), JSON.stringify(CLAIM)]);
    const r = await yibao(['batch', file, '--output-format', 'csv', '--date', '2024-06-01']);
    expect(r.code).toBe(0);
    const rows = readCsv(r.stdout);
    expect(rows.map((row) => [row.toString, row.constructor])).toEqual([
      ['a', 'b'],
      ['', ''],
    ]);
  });

  it('CSV to JSONL: a __proto__ column is kept', async () => {
    const file = join(tempDir(), 'claims.csv');
    writeFileSync(file, 'scheme,status,tier,amount,__proto__\nemployee,active,1,600,note\n');
    const r = await yibao(['batch', file, '--output-format', 'jsonl', '--date', '2024-06-01']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout) as Record<string, unknown>).toMatchObject({ __proto__: 'note', amount: '600', fund_pays: '80.00' });
    expect(Object.keys(JSON.parse(r.stdout) as object)).toContain('__proto__');
  });
});

describe('row 11: JSONL keys outside the CSV header, named in the summary', () => {
  it('a 1 MB key: an excerpt, escaped, on one line', async () => {
    const key = `k\u001b[2J${'x'.repeat(1_000_000)}`; // a 1 MB key: the line is still under the 1 MiB limit
    const file = jsonl([JSON.stringify(CLAIM), JSON.stringify({ ...CLAIM, [key]: 'v' })]);
    const r = await yibao(['batch', file, '--output-format', 'csv', '--date', '2024-06-01', '--lang', 'en']);
    expect(r.code).toBe(0);
    const note = r.stderr.split('\n')[1]!;
    expect(note).toBe(`Note: 1 row has keys outside the CSV header (first at row 2: "k\\x1b[2J${'x'.repeat(31)}…"); those values are not in the CSV. To keep every key, use --output-format jsonl.`);
    expect(r.stderr.length).toBeLessThan(1000);
  });

  it('10,000 keys: the first 5 named, the count of the others', async () => {
    const extra = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`note${i}`, i]));
    const file = jsonl([JSON.stringify(CLAIM), JSON.stringify({ ...CLAIM, ...extra })]);
    const r = await yibao(['batch', file, '--output-format', 'csv', '--date', '2024-06-01', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[1]).toBe(
      'Note: 1 row has keys outside the CSV header (first at row 2: "note0", "note1", "note2", "note3", "note4" and 9995 more); those values are not in the CSV. To keep every key, use --output-format jsonl.',
    );
    const zh = await yibao(['batch', file, '--output-format', 'csv', '--date', '2024-06-01']);
    expect(zh.stderr.split('\n')[1]).toBe('注意:1 行有 CSV 表头以外的键(首次在第 2 行:"note0", "note1", "note2", "note3", "note4" 等另外 9995 个),这些值未写入 CSV;要保留全部键,请用 --output-format jsonl。');
  });

  it('input columns named like result columns: named the same way (escaped, capped)', async () => {
    const file = join(tempDir(), 'claims.csv');
    writeFileSync(file, 'scheme,status,tier,amount,error,fund_pays\nemployee,active,1,600,x,y\n');
    const r = await yibao(['batch', file, '--date', '2024-06-01', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')).toContain('Note: the input columns "error", "fund_pays" have the names of result columns; the output holds the computed values only, not these inputs.'); // after the columns report (issue 12)
  });
});
