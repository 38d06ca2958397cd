// Issue 13, row 4: `batch /dev/zero` never ended and its memory grew. Now the record-length limit
// stops it: the header (or a JSONL file's first line) is past 1 MiB, so exit 2 within seconds,
// whatever way /dev/zero is given (as a file with a format, as stdin, as a JSONL file).
import { openSync, closeSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { built, run } from './helpers.js';

const HEADER_TOO_LONG = (name: string) => `yibao: ${name}: the header row is longer than 1 MiB and was not read; this does not look like a CSV file (or it is cut short).`;

describe.skipIf(!built)('batch on /dev/zero (the built CLI, a 96 MB heap)', () => {
  const SMALL_HEAP = ['--max-old-space-size=96'];

  it.each([
    [['batch', '/dev/zero', '--input-format', 'csv'], HEADER_TOO_LONG('/dev/zero')],
    [['check', '/dev/zero', '--input-format', 'csv'], HEADER_TOO_LONG('/dev/zero')],
    [['batch', '/dev/zero', '--input-format', 'jsonl'], 'yibao: /dev/zero: line 1 is longer than 1 MiB and was not read; this does not look like a JSONL file.'],
    [['batch', '/dev/zero'], "yibao: cannot tell the format of \"/dev/zero\" from its name; add --input-format xlsx, xls, ods, csv, tsv or jsonl."],
  ])('%j: exit 2 within seconds', async (args, first) => {
    const r = await run([...args, '--lang', 'en'], { nodeArgs: SMALL_HEAP, killAfterMs: 60_000 });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(first);
    expect(r.ms).toBeLessThan(20_000); // generous: it takes well under a second
  });

  it('batch - < /dev/zero: exit 2 within seconds', async () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const r = await run(['batch', '-', '--lang', 'en'], { nodeArgs: SMALL_HEAP, killAfterMs: 60_000, spawn: { stdio: [zero, 'pipe', 'pipe'] } });
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(HEADER_TOO_LONG('stdin'));
      expect(r.ms).toBeLessThan(20_000);
    } finally {
      closeSync(zero);
    }
  });
});
