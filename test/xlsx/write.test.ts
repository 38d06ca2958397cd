// The workbook writer's limits (src/xlsx/write.ts): Excel's last row (1,048,576) and last column
// (XFD, 16,384) are refused before the bytes leave; a text over 32,767 characters is cut there
// (never between the halves of a surrogate pair) and counted.
import { describe, expect, it } from 'vitest';
import { SheetLimit, WorkbookWriter } from '../../src/xlsx/write.js';
import { cellText } from '../../src/xlsx/rows.js';

const sink = () => {
  const chunks: Uint8Array[] = [];
  return { chunks, write: (b: Uint8Array) => void chunks.push(b) };
};

describe('Excel limits in the writer', () => {
  it('row 1,048,577 is refused; row 1,048,576 is written', async () => {
    const out = sink();
    const book = new WorkbookWriter(out);
    for (let r = 1; r <= 1_048_576; r++) {
      book.startRow();
      book.endRow();
      if (r % 100_000 === 0) await book.flush();
    }
    expect(() => book.startRow()).toThrow(SheetLimit);
  }, 60_000);

  it('column 16,385 is refused before anything is written', async () => {
    const out = sink();
    const book = new WorkbookWriter(out);
    const row = book.startRow();
    for (let c = 0; c < 16_384; c++) row.text('x');
    expect(() => row.text('x')).toThrow(SheetLimit);
    expect(out.chunks).toHaveLength(0);
  });

  it('a text over 32,767 characters is cut there, and counted', () => {
    expect(cellText('a'.repeat(40_000))).toHaveLength(32_767);
    expect(cellText('a'.repeat(32_767))).toHaveLength(32_767);
    // an emoji across the limit: cut before it, not between its halves
    expect(cellText('a'.repeat(32_766) + '😀b')).toBe('a'.repeat(32_766));
    const book = new WorkbookWriter(sink());
    const row = book.startRow();
    row.text('a'.repeat(32_768));
    row.text('b');
    expect(book.cut).toBe(1);
  });
});
