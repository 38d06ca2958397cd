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
import { cellAt, columnOf, putCell, type SheetRow } from './sheet.js';
import { UsageError } from '../errors.js';
import { MAX_ROW_CHARS } from './limits.js';
import { parseXml } from './xml.js';
import { xlsxMessages as X } from './messages.js';

/** A merged range spanning rows: its top row, last row and first column (1-based). */
interface Range {
  top: number;
  bottom: number;
  col: number;
  value: string;
}

/**
 * The tags that matter: <mergeCells>, </mergeCells>, <mergeCell ref=…> (any prefix), and the start
 * of a comment, CDATA section or processing instruction (text a tag in it is not).
 */
const TOKEN = /<(\/?)(?:[A-Za-z_][\w.-]*:)?(mergeCells?)(?=[\s/>])([^>]*)>|<[!?]/g;
const REF = /\bref\s*=\s*["']([A-Za-z]{1,3}\d{1,7})(?::([A-Za-z]{1,3}\d{1,7}))?["']/;
/** Characters kept from one chunk to the next, so that a tag cut by a chunk's end is still found. */
const TAIL = 256;
/**
 * Merged ranges spanning rows, and the rows they span together: past either, the sheet is not
 * a claims sheet a person fills (and filling would cost rows × ranges): refused, exit 2.
 */
export const MAX_MERGES = 100_000;
export const MAX_MERGED_ROWS = 4_000_000;

const rowOf = (ref: string): number => Number(/\d+$/.exec(ref)![0]);

/** The ranges found so far, within the limits. */
class Ranges {
  readonly list: Range[] = [];
  private spanned = 0;

  constructor(private readonly file: string) {}

  add(ref: string): void {
    const m = REF.exec(ref);
    if (!m || m[2] === undefined) return;
    this.addRange(rowOf(m[1]!), rowOf(m[2]), columnOf(m[1]!));
  }

  addRange(top: number, bottom: number, col: number): void {
    if (!(bottom > top && col > 0 && col !== Infinity)) return;
    this.spanned += bottom - top;
    if (this.list.length >= MAX_MERGES || this.spanned > MAX_MERGED_ROWS) throw new UsageError(X.tooManyMerges(this.file, MAX_MERGES, MAX_MERGED_ROWS), 'bad_xlsx');
    this.list.push({ top, bottom, col, value: '' });
  }
}

/** Merges from ranges given by row and column (1-based), as another reader found them (an .xls, an .ods); undefined when none spans rows. */
export function mergesFrom(file: string, found: readonly { top: number; bottom: number; col: number }[]): Merges | undefined {
  const ranges = new Ranges(file);
  for (const r of found) ranges.addRange(r.top, r.bottom, r.col);
  return ranges.list.length === 0 ? undefined : new Merges(ranges.list.sort((a, b) => a.top - b.top));
}

/**
 * The sheet's merged ranges that span more than one row, in order of their top row; undefined when
 * it has none. Only <mergeCell> elements inside <mergeCells> count: a sheet with a comment, CDATA
 * or a processing instruction (which no spreadsheet program writes there) is parsed as XML to tell
 * what is markup; any other is scanned for the few tags that matter.
 */
export async function readMerges(pkg: Package, part: string, signal?: AbortSignal): Promise<Merges | undefined> {
  const ranges = (await scanMerges(pkg, part, signal)) ?? (await parseMerges(pkg, part, signal));
  return ranges.list.length === 0 ? undefined : new Merges(ranges.list.sort((a, b) => a.top - b.top));
}

/** The fast scan; undefined when the sheet holds markup it cannot judge (a comment, CDATA, an instruction). */
async function scanMerges(pkg: Package, part: string, signal?: AbortSignal): Promise<Ranges | undefined> {
  const ranges = new Ranges(pkg.name);
  let inside = false;
  let carry = '';
  let first = true;
  for await (const chunk of pkg.text(part)) {
    signal?.throwIfAborted();
    let text = carry + chunk;
    if (first) {
      // the XML declaration is the one instruction a sheet has
      text = text.replace(/^\ufeff?<\?xml[^>]*\?>/, '');
      first = false;
    }
    if (!text.includes('ergeCell') && !text.includes('<!') && !text.includes('<?')) {
      carry = text.slice(-TAIL);
      continue;
    }
    let end = 0;
    for (const m of text.matchAll(TOKEN)) {
      end = m.index + m[0].length;
      const [, close, name, attributes] = m;
      if (name === undefined) return undefined; // <! or <?
      if (name === 'mergeCells') inside = close === '' && !attributes!.endsWith('/');
      else if (inside && close === '') ranges.add(attributes!);
    }
    carry = text.slice(Math.max(end, text.length - TAIL));
  }
  return ranges;
}

/** The sheet parsed as XML for its <mergeCells> (rare: a sheet with comments or CDATA). */
async function parseMerges(pkg: Package, part: string, signal?: AbortSignal): Promise<Ranges> {
  const ranges = new Ranges(pkg.name);
  let inside = false;
  await parseXml(
    pkg.text(part),
    {
      open(name, a) {
        if (name === 'mergeCells') inside = true;
        else if (name === 'mergeCell' && inside && a.ref !== undefined) ranges.add(`ref="${a.ref}"`);
      },
      close(name) {
        if (name === 'mergeCells') inside = false;
      },
      text() {},
      long() {},
    },
    MAX_ROW_CHARS,
    signal,
  );
  return ranges;
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
      if (r.top === n) r.value = row.long ? '' : cellAt(row, r.col - 1);
      this.active.push(r);
    }
    // a row with nothing of its own stays blank (a header made taller by merging it with the row below)
    if (row.long || this.active.length === 0 || (row.cells.every((c) => c === '') && row.far.length === 0)) return;
    for (const r of this.active) {
      if (r.top === n || r.value === '' || cellAt(row, r.col - 1) !== '') continue;
      putCell(row, r.col - 1, r.value);
      (row.notes ??= []).push({ col: r.col - 1, kind: 'merged', top: r.top });
    }
  }
}
