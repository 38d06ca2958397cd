// A workbook's sheet as batch records, as csv.ts gives them for CSV: the rows of src/xlsx (which
// knows nothing of claims) made as wide as the header (found as header.ts finds it: a row with a
// value beyond the header is longer, so the table reports it), a thousand at a time. A cell's note
// becomes the row's error when its column is read (a merged money cell: when read as an amount);
// a hidden row is the row's warning. A row holding more than 1 MiB of text is that row's error.
import type { Text } from '../domain.js';
import { sheetRows, type Book, type CellIssue, type SheetRow, type WorkbookInput } from '../xlsx/read.js';
import { xlsxMessages as X } from '../xlsx/messages.js';
import { LOOK_AHEAD, headerLike } from './header.js';
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

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

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
  private held: SheetRow[] = [];
  private seen = 0;
  batch: XlsxBatch = { records: [], notes: [], problems: [] };

  constructor(private readonly file: string) {}

  add(row: SheetRow): void {
    if (this.width !== undefined) return this.emit(row);
    this.held.push(row);
    if (row.long || blank(row.cells)) return;
    if (headerLike(row.cells)) this.width = row.cells.length;
    else if (++this.seen >= LOOK_AHEAD) this.end();
    if (this.width !== undefined) this.release();
  }

  /** The end of the sheet (or the look-ahead): the first row that is not blank is the header. */
  end(): void {
    if (this.width !== undefined) return;
    this.width = this.held.find((r) => !r.long && !blank(r.cells))?.cells.length ?? 0;
    this.release();
  }

  take(): XlsxBatch {
    const batch = this.batch;
    this.batch = { records: [], notes: [], problems: [] };
    return batch;
  }

  private release(): void {
    for (const row of this.held.splice(0)) this.emit(row);
  }

  private emit(row: SheetRow): void {
    const b = this.batch;
    if (row.long) b.problems.push({ index: b.records.length, message: X.longRow(row.number), header: X.longHeader(this.file, row.number) });
    const cells = row.cells;
    while (cells.length < this.width!) cells.push('');
    b.records.push(cells);
    b.notes.push(rowNotes(row));
  }
}

/** The records of the first visible sheet (or the sheet named `sheet`), in batches; `book` as sheetRows fills it. */
export async function* xlsxRecords(input: WorkbookInput, sheet: string | undefined, book: Book, signal?: AbortSignal, mergeScanLimit?: number): AsyncGenerator<XlsxBatch> {
  const records = new Records(input.name);
  for await (const rows of sheetRows(input, sheet, book, signal, mergeScanLimit)) {
    for (const row of rows) records.add(row);
    if (records.batch.records.length >= BATCH) yield records.take();
  }
  records.end();
  if (records.batch.records.length > 0) yield records.take();
}
