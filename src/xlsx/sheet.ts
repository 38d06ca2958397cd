// One worksheet's XML as rows of the text a person reads in each cell: a date cell its date
// (2024-03-05, a time after it when it has one), a number its value to Excel's 15 digits, a
// formula its saved result (never the formula), a shared or inline string its text. A cell that
// shows no plain value (#N/A, a formula never calculated, a number past 15 digits) is noted with
// its kind, for the caller to judge. A row holding more than MAX_ROW_CHARS of text is kept as
// "too long", without its text. A row costs what its values cost: values past a gap of more than
// FAR_GAP empty columns are kept apart (`far`), not after thousands of empty cells. Rows and
// columns past Excel's own limits, rows or cells out of order or given twice, a cell of another
// row: not a sheet a spreadsheet program writes (UsageError, exit 2). A value no spreadsheet
// writes (a number such as 0x7D0, a shared-string index such as 6.5) is noted, never guessed.
import { UsageError } from '../errors.js';
import { EXCEL_COLUMNS, EXCEL_ROWS, MAX_ROW_CHARS } from './limits.js';
import { LONG_STRING, Shown, unescapeXstring, type SharedStrings } from './parts.js';
import type { XmlHandlers } from './xml.js';
import type { Merges } from './merges.js';
import { xlsxMessages as X } from './messages.js';

/** A cell that does not show a plain value, by its column (0-based); the caller decides whether it matters. */
export type CellIssue =
  | { col: number; kind: 'error'; value: string } // an error cell: #N/A, #DIV/0! …
  | { col: number; kind: 'no_value' } // a formula whose result was never saved
  | { col: number; kind: 'long_number'; value: string } // a number past 15 digits: the last ones are lost
  | { col: number; kind: 'missing_string'; index: string } // a shared string the workbook does not have
  | { col: number; kind: 'bad_number'; value: string } // a number (or boolean) cell that holds no number (0x7D0, 1_000)
  | { col: number; kind: 'merged'; top: number }; // empty in the file, filled from the merged range above (its top row)

export interface SheetRow {
  /** The row's number in the sheet (1-based). */
  number: number;
  /** The cells' text from column A (empty cells in between are ''), up to the last value before a gap of more than FAR_GAP empty columns. */
  cells: string[];
  /** The values past such a gap, by column (0-based), in column order; every col is at least cells.length. */
  far: { col: number; text: string }[];
  notes: CellIssue[] | undefined;
  /** Hidden (or filtered out) in Excel. */
  hidden: boolean;
  /** More than MAX_ROW_CHARS of text: cells and notes dropped. */
  long: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as a person reads it: 2024-03-05, or 2024-03-05 10:30:00 when it has a time. */
function dateText(d: Date): string {
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const [h, m, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  return h === 0 && m === 0 && s === 0 ? day : `${day} ${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** A number as Excel shows it in General format: at most 15 significant digits (0.1+0.2 is 0.3). */
const numberText = (n: number): string => String(Number(n.toPrecision(15)));

/** Excel's day number (1900 system, or 1904) as a date; a serial past 9999-12-31 (Excel shows ####) stays a number, e.g. 20240415. */
function serialText(serial: number, date1904: boolean): string {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000));
  return Number.isNaN(d.getTime()) || d.getUTCFullYear() > 9999 ? numberText(serial) : dateText(d);
}

/** A t="d" cell (an ISO 8601 date) as the same text. */
function isoText(v: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(v.trim());
  if (!m) return v;
  const [, day, h = '00', min = '00', s = '00'] = m;
  return h === '00' && min === '00' && s === '00' ? day! : `${day} ${h}:${min}:${s}`;
}

/** A number cell as a person reads it, by what its format shows; a number past 15 digits noted (its last digits are lost). */
export function numberValue(n: number, shown: Shown, date1904: boolean, col: number): string | { note: CellIssue; text: string } {
  // an 18-digit ID number typed as a number: Excel kept 15 digits, the rest are gone
  if (Math.abs(n) >= 1e15) return { note: { col, kind: 'long_number', value: numberText(n) }, text: numberText(n) };
  if (shown === Shown.Date) return serialText(n, date1904);
  // a percentage as it shows: an amount formatted 0% (1200 shown as 120000%) is refused, not read as 1200
  return shown === Shown.Percent ? `${numberText(n * 100)}%` : numberText(n);
}

/** Column letters (A, Z, AA, XFD) as a number from 1; 0 when there are none. */
export function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
    if (col > EXCEL_COLUMNS) return Infinity;
  }
  return i > 0 && /^\d+$/.test(ref.slice(i)) ? col : 0;
}

/** Whether a range such as A2:A3 spans more than one row. */
const spansRows = (ref: string): boolean => {
  const [from, to] = ref.split(':');
  return to !== undefined && /\d+$/.exec(to)?.[0] !== /\d+$/.exec(from!)?.[0];
};

/** Empty columns a row's cells may skip and still be held side by side. */
export const FAR_GAP = 256;

/** Column `col`'s text ('' when it holds nothing). */
export function cellAt(row: SheetRow, col: number): string {
  if (col < row.cells.length) return row.cells[col]!;
  for (const f of row.far) if (f.col === col) return f.text;
  return '';
}

/** How many columns the row spans: one past its last value. */
export const rowWidth = (row: SheetRow): number => (row.far.length > 0 ? row.far[row.far.length - 1]!.col + 1 : row.cells.length);

/** Sets column `col`'s text, side by side when the gap is small, else among the far values in column order. */
export function putCell(row: SheetRow, col: number, text: string): void {
  const cells = row.cells;
  const far = row.far;
  if (col < cells.length) cells[col] = text;
  else if (col - cells.length <= FAR_GAP && (far.length === 0 || col < far[0]!.col)) {
    while (cells.length < col) cells.push('');
    cells.push(text);
  } else {
    let at = far.length;
    while (at > 0 && far[at - 1]!.col >= col) at--;
    if (far[at]?.col === col) far[at]!.text = text;
    else far.splice(at, 0, { col, text });
  }
}

/** A number as spreadsheets write it in <v>: decimal, an optional exponent (no hex, no separators, no Infinity). */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** A shared string's index: a whole number. */
const INDEX = /^\d{1,10}$/;

type CellValue = string | { note: CellIssue; text: string } | typeof LONG_STRING;

export class SheetReader implements XmlHandlers {
  /** Rows completed since the caller last emptied this. */
  rows: SheetRow[] = [];
  /** The first merged range spanning rows, seen after the rows (for a sheet too large to scan for merges first). */
  lateMerge: string | undefined;
  private inData = false;
  private inMerges = false;
  private row: SheetRow | undefined;
  private lastRow = 0;
  private chars = 0; // text held for this row
  private inCell = false;
  private col = 0;
  private lastCol = 0;
  private type = '';
  private style = 0;
  private formula = false;
  private value: string | undefined; // the <v> text
  private inline = ''; // the <is> text runs
  private capture: 'v' | 't' | undefined;
  private inInline = false;
  private phonetic = 0;

  constructor(
    private readonly file: string,
    private readonly part: string,
    private readonly strings: SharedStrings,
    private readonly dates: Uint8Array,
    private readonly date1904: boolean,
    private readonly merges?: Merges,
  ) {}

  open(name: string, a: Readonly<Record<string, string>>): void {
    if (name === 'sheetData') this.inData = true;
    else if (name === 'row' && this.inData) this.startRow(a);
    else if (name === 'c' && this.row) this.startCell(a);
    else if (name === 'mergeCells') this.inMerges = true;
    else if (name === 'mergeCell' && this.inMerges) this.lateMerge ??= spansRows(a.ref ?? '') ? a.ref : undefined;
    else if (!this.inCell) return;
    else if (name === 'v') {
      this.capture = 'v';
      this.value = '';
    } else if (name === 'f') this.formula = true;
    else if (name === 'is') this.inInline = true;
    else if (name === 't' && this.inInline) this.capture = this.phonetic === 0 ? 't' : undefined;
    else if (name === 'rPh') this.phonetic++;
  }

  close(name: string): void {
    if (name === 'v' || name === 't') this.capture = undefined;
    else if (name === 'rPh') this.phonetic--;
    else if (name === 'c' && this.inCell) this.endCell();
    else if (name === 'row' && this.row) {
      const row = this.row;
      this.merges?.fill(row);
      this.rows.push(row);
      this.row = undefined;
    } else if (name === 'sheetData') this.inData = false;
    else if (name === 'mergeCells') this.inMerges = false;
  }

  text(text: string): void {
    if (this.capture === undefined || this.row!.long) return;
    if (!this.hold(text.length)) return;
    if (this.capture === 'v') this.value += text;
    else this.inline += text;
  }

  long(): void {
    if (this.capture !== undefined) this.drop();
  }

  private startRow(a: Readonly<Record<string, string>>): void {
    const r = a.r;
    // a row inside a row would drop the outer one's cells: not a sheet any program writes
    if (this.row) throw new UsageError(X.badPart(this.file, this.part, 'a row inside a row'), 'bad_xlsx');
    const n = r === undefined ? this.lastRow + 1 : /^\d{1,10}$/.test(r) ? Number(r) : NaN;
    if (!Number.isInteger(n) || n < 1) throw new UsageError(X.badPart(this.file, this.part, `row r="${r}"`), 'bad_xlsx');
    if (n > EXCEL_ROWS) throw new UsageError(X.rowBeyond(this.file, n), 'bad_xlsx');
    // rows come in order, each once: a row given twice is read one way by one program and another way by the next
    if (n <= this.lastRow) throw new UsageError(X.rowOrder(this.file, n, this.lastRow), 'bad_xlsx');
    const hidden = a.hidden === '1' || a.hidden === 'true';
    this.lastRow = n;
    this.lastCol = 0;
    this.chars = 0;
    this.row = { number: n, cells: [], far: [], notes: undefined, hidden, long: false };
  }

  private startCell(a: Readonly<Record<string, string>>): void {
    if (this.inCell) throw new UsageError(X.badPart(this.file, this.part, 'a cell inside a cell'), 'bad_xlsx');
    const col = a.r === undefined ? this.lastCol + 1 : columnOf(a.r);
    if (col === Infinity || col > EXCEL_COLUMNS) throw new UsageError(X.cellBeyond(this.file, a.r ?? ''), 'bad_xlsx');
    if (col === 0) throw new UsageError(X.badPart(this.file, this.part, `c r="${a.r}"`), 'bad_xlsx');
    const ref = a.r ?? '';
    if (col <= this.lastCol || (a.r !== undefined && Number(ref.slice(ref.search(/\d/))) !== this.row!.number)) {
      throw new UsageError(X.cellOrder(this.file, ref, this.row!.number), 'bad_xlsx');
    }
    this.inCell = true;
    this.col = this.lastCol = col;
    this.type = a.t ?? 'n';
    this.style = a.s === undefined ? 0 : Number(a.s);
    this.formula = false;
    this.value = undefined;
    this.inline = '';
    this.inInline = false;
    this.phonetic = 0;
  }

  /** Counts `n` more characters held for this row; false (and the row dropped) past the limit. */
  private hold(n: number): boolean {
    this.chars += n;
    if (this.chars <= MAX_ROW_CHARS) return true;
    this.drop();
    return false;
  }

  private drop(): void {
    const row = this.row!;
    row.long = true;
    row.cells = [];
    row.far = [];
    row.notes = undefined;
    this.value = undefined;
    this.inline = '';
  }

  private endCell(): void {
    this.inCell = false;
    this.capture = undefined;
    const row = this.row!;
    if (row.long) return;
    const v = this.cellValue();
    if (v === LONG_STRING) return this.drop();
    const text = typeof v === 'string' ? v : v.text;
    if (typeof v !== 'string') (row.notes ??= []).push(v.note);
    if (text === '') return;
    if (this.type === 's' && !this.hold(text.length)) return;
    putCell(row, this.col - 1, text);
  }

  private cellValue(): CellValue {
    const v = this.value;
    const col = this.col - 1;
    if (this.formula && v === undefined) return { note: { col, kind: 'no_value' }, text: '' };
    switch (this.type) {
      case 's': {
        if (v === undefined || v.trim() === '') return '';
        const s = INDEX.test(v.trim()) ? this.strings.get(Number(v)) : undefined;
        return s === undefined ? { note: { col, kind: 'missing_string', index: v.trim() }, text: '' } : s;
      }
      case 'inlineStr': // the text in <is>; a few writers put it in <v>
        return unescapeXstring(this.inline !== '' ? this.inline : (v ?? ''));
      case 'str':
        return unescapeXstring(v ?? '');
      case 'b':
        if (v === undefined || v === '') return '';
        return v === '1' || v === 'true' ? 'TRUE' : v === '0' || v === 'false' ? 'FALSE' : { note: { col, kind: 'bad_number', value: v }, text: v };
      case 'e':
        return { note: { col, kind: 'error', value: v ?? '' }, text: v ?? '' };
      case 'd':
        return v === undefined ? '' : isoText(v);
      default: {
        if (v === undefined || v.trim() === '') return '';
        const n = NUMBER.test(v.trim()) ? Number(v) : NaN;
        if (!Number.isFinite(n)) return { note: { col, kind: 'bad_number', value: v }, text: v };
        return numberValue(n, (this.dates[this.style] ?? Shown.Number) as Shown, this.date1904, col);
      }
    }
  }
}
