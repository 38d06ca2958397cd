// The workbook writer's rows as bytes (src/xlsx/rows.ts): amounts written digit by digit are
// exactly the shortest decimal of fen / 100 (what String(fen / 100) gives, checked with fast-check
// over every sign and size), text cells are escaped inline strings, empty cells are left out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SheetBytes, letters } from '../../src/xlsx/rows.js';

const xml = (b: SheetBytes) => Buffer.from(b.take()).toString('utf8');

describe('sheet rows as bytes', () => {
  it('an amount in fen is written as yuan exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9_007_199_254_740, max: 9_007_199_254_740 }), (fen) => {
        const b = new SheetBytes();
        b.startRow(7);
        b.money(fen);
        b.endRow();
        expect(xml(b)).toBe(`<row r="7"><c r="A7" s="1"><v>${String(fen / 100)}</v></c></row>`);
      }),
    );
  });

  it('cells in order with their references; text escaped; empty and undefined cells left out', () => {
    const b = new SheetBytes();
    b.startRow(1048576);
    b.text('=1+1 <&> "q"');
    b.text('');
    b.money(undefined);
    b.ratio(0.8);
    for (let i = 0; i < 24; i++) b.text('');
    b.text('bell\u0007 _x0041_');
    b.endRow();
    expect(xml(b)).toBe(
      '<row r="1048576"><c r="A1048576" s="3" t="inlineStr"><is><t xml:space="preserve">=1+1 &lt;&amp;&gt; &quot;q&quot;</t></is></c>' +
        '<c r="D1048576" s="2"><v>0.8</v></c><c r="AC1048576" s="3" t="inlineStr"><is><t xml:space="preserve">bell_x0007_ _x005F_x0041_</t></is></c></row>',
    );
  });

  it('grows past its first megabyte', () => {
    const b = new SheetBytes();
    const big = '随'.repeat(30_000); // 90 KB of UTF-8 a cell, 2.7 MB in all
    b.startRow(1);
    for (let i = 0; i < 30; i++) b.text(big);
    b.endRow();
    const cells = Array.from({ length: 30 }, (_, i) => `<c r="${letters(i)}1" s="3" t="inlineStr"><is><t xml:space="preserve">${big}</t></is></c>`).join('');
    expect(xml(b)).toBe(`<row r="1">${cells}</row>`);
  });
});
