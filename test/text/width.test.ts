// hasWide: exactly the characters halfWidth changes (src/text/width.ts): the full-width forms
// ！ … ～ (U+FF01-U+FF5E), the ideographic space U+3000, the dashes U+2010-U+2013 and the minus
// signs U+2212 and U+FE63. The ranges are written out here from that comment, by hand.
import { describe, expect, it } from 'vitest';
import { halfWidth, hasWide } from '../../src/text/width.js';

const wideByHand = (c: number): boolean => (c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || (c >= 0x2010 && c <= 0x2013) || c === 0x2212 || c === 0xfe63;

describe('hasWide', () => {
  it('is true for exactly the listed characters, alone or inside a line, and agrees with halfWidth', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const expected = wideByHand(c);
      if (hasWide(ch) !== expected || hasWide(`B0000033,2025-01-01,${ch},二档`) !== expected) wrong.push(c);
      else if (expected !== (halfWidth(ch) !== ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('reads plain lines and Chinese words as having none', () => {
    expect(hasWide('')).toBe(false);
    expect(hasWide('421302199001011234,2024-05-01,suizhou,employee,active,outpatient,1,1200.50,,')).toBe(false);
    expect(hasWide('B0000033,2025-01-01,resident,,二档,chronic,1,1780.08,,,,糖尿病,糖尿病、高血压,低保对象')).toBe(false);
  });

  it('finds full-width forms a Chinese keyboard types', () => {
    expect(hasWide('１２０．５０')).toBe(true);
    expect(hasWide('2024－05－01')).toBe(true);
    expect(hasWide('慢性肾功能不全（非透析）')).toBe(true); // （ is U+FF08
    expect(hasWide('1\u3000200')).toBe(true);
  });
});
