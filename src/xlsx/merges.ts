// Merged cells as a person reads them. An office sheet often merges 人员编号 and 姓名 down over
// the visits of one person: only the top cell holds the value, the cells below are empty in the
// file, and a reader that took them as empty would count each visit as a person of its own. So
// the cells below the top of a merged range get its value, each with a 'merged' note naming the
// top row (the caller judges it: a money cell merged down belongs to one row, and no one can say
// which). A row with no value of its own is not filled (it stays blank: a header merged with the
// row below to look taller). Merges that lie across a row (titles) are left as they are. The
// <mergeCells> element comes after the rows in the sheet's XML, so the sheet is scanned for it
// before its rows are read.
import type { Package } from './zip.js';
import { columnOf, type SheetRow } from './sheet.js';
import { UsageError } from '../errors.js';
import { xlsxMessages as X } from './messages.js';

/** A merged range spanning rows: its top row, last row and first column (1-based). */
interface Range {
  top: number;
  bottom: number;
  col: number;
  value: string;
}

const MERGE = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?\bref\s*=\s*["']([A-Za-z]{1,3}\d{1,7})(?::([A-Za-z]{1,3}\d{1,7}))?["']/g;
/** Characters kept from one chunk to the next, so that a tag cut by a chunk's end is still found. */
const TAIL = 256;
/**
 * Merged ranges spanning rows, and the rows they span together: past either, the sheet is not
 * a claims sheet a person fills (and filling would cost rows × ranges): refused, exit 2.
 */
export const MAX_MERGES = 100_000;
export const MAX_MERGED_ROWS = 4_000_000;

const rowOf = (ref: string): number => Number(/\d+$/.exec(ref)![0]);

/** The sheet's merged ranges that span more than one row, in order of their top row; undefined when it has none. */
export async function readMerges(pkg: Package, part: string, signal?: AbortSignal): Promise<Merges | undefined> {
  const ranges: Range[] = [];
  let spanned = 0;
  let carry = '';
  for await (const chunk of pkg.text(part)) {
    signal?.throwIfAborted();
    const text = carry + chunk;
    if (!text.includes('ergeCell')) {
      carry = text.slice(-TAIL);
      continue;
    }
    let end = 0;
    for (const m of text.matchAll(MERGE)) {
      end = m.index + m[0].length;
      const [, from, to] = m;
      if (to === undefined) continue;
      const [top, bottom, col] = [rowOf(from!), rowOf(to), columnOf(from!)];
      if (!(bottom > top && col > 0 && col !== Infinity)) continue;
      spanned += bottom - top;
      if (ranges.length >= MAX_MERGES || spanned > MAX_MERGED_ROWS) throw new UsageError(X.tooManyMerges(pkg.name, MAX_MERGES, MAX_MERGED_ROWS), 'bad_xlsx');
      ranges.push({ top, bottom, col, value: '' });
    }
    carry = text.slice(Math.max(end, text.length - TAIL));
  }
  return ranges.length === 0 ? undefined : new Merges(ranges.sort((a, b) => a.top - b.top));
}

/** Fills the rows of a sheet, read in order, from the merged ranges above them. */
export class Merges {
  private next = 0; // the first range whose top row has not been reached
  private active: Range[] = [];

  constructor(private readonly ranges: Range[]) {}

  fill(row: SheetRow): void {
    const n = row.number;
    this.active = this.active.filter((r) => r.bottom >= n);
    while (this.next < this.ranges.length && this.ranges[this.next]!.top <= n) {
      const r = this.ranges[this.next++]!;
      if (r.bottom < n) continue;
      if (r.top === n) r.value = row.long ? '' : (row.cells[r.col - 1] ?? '');
      this.active.push(r);
    }
    // a row with nothing of its own stays blank (a header made taller by merging it with the row below)
    if (row.long || this.active.length === 0 || row.cells.every((c) => c === '')) return;
    for (const r of this.active) {
      if (r.top === n || r.value === '' || (row.cells[r.col - 1] ?? '') !== '') continue;
      for (let i = row.cells.length; i < r.col - 1; i++) row.cells[i] = '';
      row.cells[r.col - 1] = r.value;
      (row.notes ??= []).push({ col: r.col - 1, kind: 'merged', top: r.top });
    }
  }
}
