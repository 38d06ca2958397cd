// The compact shared strings table (src/xlsx/parts.ts): strings come back exactly, whatever
// their script (Chinese, an emoji outside the BMP, an empty string) and wherever they fall against
// the 4 MiB blocks; a string past the cell limit is kept as "too long"; an index it lacks is
// undefined; and its limits are exit-2 errors, not a crash.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { LONG_STRING, MAX_STRING_BYTES, SharedStrings } from '../../src/xlsx/parts.js';

describe('the shared strings table', () => {
  it('gives back every string exactly, across block boundaries', () => {
    const table = new SharedStrings('book.xlsx');
    const strings: string[] = [];
    // about 9 MiB of text in strings of every length up to 300 KB: several blocks, strings that do not fit the rest of one
    for (let i = 0; strings.length < 400; i++) {
      const unit = ['随州市', 'A', '😀', '', 'Ünïcode'][i % 5]!;
      strings.push(`${i}:${unit.repeat((i * 7919) % 100_000)}`);
    }
    for (const s of strings) table.add(s);
    table.add(LONG_STRING);
    expect(table.count).toBe(401);
    strings.forEach((s, i) => expect(table.get(i)).toBe(s));
    expect(table.get(400)).toBe(LONG_STRING);
    expect(table.get(401)).toBeUndefined();
    expect(table.get(-1)).toBeUndefined();
    expect(table.get(Number.NaN)).toBeUndefined();
  });

  it('refuses more text than its limit with a UsageError (exit 2)', () => {
    const table = new SharedStrings('book.xlsx');
    const mib = 'x'.repeat(1024 * 1024);
    expect(() => {
      for (let i = 0; i <= MAX_STRING_BYTES / mib.length; i++) table.add(mib);
    }).toThrow(UsageError);
  });
});
