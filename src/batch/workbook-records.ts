// A workbook's sheet as batch records, as csv.ts gives them for CSV: the rows of src/xlsx (which
// knows nothing of claims) made as wide as the header (found as header.ts finds it: a row with a
// value beyond the header is longer, so the table reports it), a thousand at a time. A cell's note
// becomes the row's error when its column is read (a merged money cell: when read as an amount);
// a hidden row is the row's warning; a value beyond the header is the row's error (the record
// stays as wide as the header: a row costs what its values cost, not the columns up to XFD). A
// blank row is passed on as an empty record, never held with its text (spaces in every cell of
// thousands of rows above the header). A row holding more than 1 MiB of text is that row's error.
import type { Text } from '../domain.js';
import { sheetRows, type Book, type CellIssue, type SheetRow, type WorkbookInput } from '../xlsx/read.js';
import type { LegacyKind } from '../xlsx/legacy.js';
import { rowWidth } from '../xlsx/sheet.js';
import { xlsxMessages as X } from '../xlsx/messages.js';
import { LOOK_AHEAD, headerLike, twoRowHeader } from './header.js';
import { batchMessages as M } from './messages.js';
import type { CellNote } from './table.js';
import { HIDDEN_ROW } from './warnings.js';

/** A sheet's row that could not be read: its error, and what to say if it is the header or above it. */
export interface SheetProblem {
  index: number;
  message: Text;
  header: Text;
}

export interface XlsxBatch {
  records: string[][];
  notes: (CellNote[] | undefined)[];
  problems: SheetProblem[];
}

const BATCH = 1000;

const blank = (row: SheetRow) => row.cells.every((c) => c.trim() === '') && row.far.every((f) => f.text.trim() === '');
/** A blank row's record: empty, shared (nothing reads a blank record past its blankness). */
const BLANK: string[] = Object.freeze([]) as unknown as string[];

/** The row's cells side by side up to `width` columns (its far values placed). */
function cellsTo(row: SheetRow, width: number): string[] {
  const cells = row.cells.length > width ? row.cells.slice(0, width) : row.cells;
  while (cells.length < width) cells.push('');
  for (const f of row.far) if (f.col < width) cells[f.col] = f.text;
  return cells;
}

/** What a cell's issue says, and when it is the row's error. */
function cellNote(issue: CellIssue): CellNote {
  const col = issue.col;
  switch (issue.kind) {
    case 'error':
      return { col, message: M.errorCell(issue.value) };
    case 'no_value':
      return { col, message: M.formulaNoValue() };
    case 'long_number':
      return { col, message: M.longNumber(issue.value) };
    case 'missing_string':
      return { col, message: X.missingString(issue.index) };
    case 'bad_number':
      return { col, message: X.badNumber(issue.value) };
    case 'merged':
      return { col, message: M.mergedMoney(issue.top), money: true };
  }
}

function rowNotes(row: SheetRow): CellNote[] | undefined {
  if (!row.hidden && row.notes === undefined) return undefined;
  const notes: CellNote[] = row.hidden ? [{ col: 0, message: HIDDEN_ROW.message, warning: HIDDEN_ROW }] : [];
  for (const issue of row.notes ?? []) notes.push(cellNote(issue));
  return notes;
}

/** Rows as records as wide as the header: rows are held until the header is known (at most LOOK_AHEAD that are not blank). */
class Records {
  private width: number | undefined;
  private held: (SheetRow | number)[] = []; // a number: that many blank rows
  private seen = 0;
  /** The row read as the header: its width waits for the next row (the second row of a header may be wider). */
  private header: SheetRow | undefined;
  batch: XlsxBatch = { records: [], notes: [], problems: [] };

  constructor(private readonly file: string) {}

  add(row: SheetRow): void {
    if (this.width !== undefined) return this.emit(row);
    if (!row.long && blank(row)) {
      if (this.header) {
        // a blank row after the header: the header has one row
        this.end();
        return this.emit(row);
      }
      const last = this.held.length - 1;
      if (typeof this.held[last] === 'number') (this.held[last] as number)++;
      else this.held.push(1);
      return;
    }
    if (row.far.length > 0) row.cells = cellsTo(row, rowWidth(row)); // a header candidate side by side (at most LOOK_AHEAD rows)
    row.far = [];
    this.held.push(row);
    if (row.long) return;
    if (this.header) {
      const both = twoRowHeader(this.header.cells, row.cells);
      this.width = both ? both.length : this.header.cells.length;
    } else if (headerLike(row.cells)) {
      this.header = row;
      return;
    }
    else if (++this.seen >= LOOK_AHEAD) this.end();
    if (this.width !== undefined) this.release();
  }

  /** The end of the sheet (or the look-ahead): the first row that is not blank is the header. */
  end(): void {
    if (this.width !== undefined) return;
    if (this.header) {
      this.width = this.header.cells.length;
      return this.release();
    }
    const first = this.held.find((r): r is SheetRow => typeof r !== 'number' && !r.long);
    this.width = first?.cells.length ?? 0;
    this.release();
  }

  take(): XlsxBatch {
    const batch = this.batch;
    this.batch = { records: [], notes: [], problems: [] };
    return batch;
  }

  private release(): void {
    for (const row of this.held.splice(0)) {
      if (typeof row !== 'number') this.emit(row);
      else for (let i = 0; i < row; i++) this.blank();
    }
  }

  private blank(): void {
    this.batch.records.push(BLANK);
    this.batch.notes.push(undefined);
  }

  private emit(row: SheetRow): void {
    const b = this.batch;
    if (row.long) b.problems.push({ index: b.records.length, message: X.longRow(row.number), header: X.longHeader(this.file, row.number) });
    if (!row.long && blank(row)) return this.blank();
    const width = this.width!;
    const span = rowWidth(row);
    b.records.push(cellsTo(row, width));
    const notes = rowNotes(row);
    // a value beyond the header: the row's error, said as a CSV row with more values than the header is
    b.notes.push(span > width ? [{ col: 0, message: M.fieldCount(span, width), row: true }, ...(notes ?? [])] : notes);
  }
}

/** The records of the first visible sheet (or the sheet named `sheet`), in batches; `book` as sheetRows fills it. */
export async function* xlsxRecords(input: WorkbookInput & { book?: 'xlsx' | LegacyKind | undefined }, sheet: string | undefined, book: Book, signal?: AbortSignal, mergeScanLimit?: number): AsyncGenerator<XlsxBatch> {
  const records = new Records(input.name);
  const kind = input.book;
  // .xls and .ods: SheetJS, loaded only for them
  const sheetRowsOf = kind === 'xls' || kind === 'ods' ? (await import('../xlsx/legacy.js')).legacySheetRows(input, kind, sheet, book, signal) : sheetRows(input, sheet, book, signal, mergeScanLimit);
  for await (const rows of sheetRowsOf) {
    for (const row of rows) records.add(row);
    if (records.batch.records.length >= BATCH) yield records.take();
  }
  records.end();
  if (records.batch.records.length > 0) yield records.take();
}
