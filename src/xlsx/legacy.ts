// .xls (Excel 97-2003, what many hospital and bureau systems still export) and .ods (LibreOffice)
// workbooks as the same rows read.ts gives for .xlsx, read with SheetJS Community Edition
// (@e965/xlsx 0.20.3, which carries the fixes of CVE-2023-30533 and CVE-2024-22363 that the npm
// `xlsx` package, stuck at 0.18.5, lacks), loaded only for these two formats. SheetJS reads a file
// whole, so the file is bounded first (MAX_LEGACY_BYTES; an .xls holds at most 65,536 rows), an
// .ods's parts are checked against zip bombs (zip.ts) before SheetJS inflates them, and an .xls must
// be an OLE file. The same value rules as .xlsx: dates by their number format (1900 or 1904),
// numbers to 15 digits, merged cells filled from their top (merges.ts), hidden rows marked, the
// first visible sheet unless one is named. SheetJS CE does not read an .ods's hidden rows and
// sheets: they are read from its content.xml here. What SheetJS cannot read is exit 2 saying why.
import { readFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { UsageError } from '../errors.js';
import { MAX_ROW_CHARS } from './limits.js';
import { mergesFrom } from './merges.js';
import { damageReason, xlsxMessages as X } from './messages.js';
import { shownBy } from './parts.js';
import { firstVisible, type Book, type WorkbookInput } from './read.js';
import { numberValue, putCell, type CellIssue, type SheetRow } from './sheet.js';
import { parseXml } from './xml.js';
import { Package } from './zip.js';

/** The largest .xls or .ods read (SheetJS holds the whole file and every cell). */
export const MAX_LEGACY_BYTES = 64 * 1024 * 1024;
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const BATCH = 1000;

export type LegacyKind = 'xls' | 'ods';

/** A SheetJS cell, as much of it as is read here. */
interface Cell {
  t: string;
  v?: unknown;
  w?: string;
  z?: string | number;
}

/** The file's bytes, at most MAX_LEGACY_BYTES. */
async function bytesOf(input: WorkbookInput, kind: LegacyKind): Promise<Buffer> {
  if (input.path !== undefined) {
    input.stream.destroy();
    const size = (await stat(input.path)).size;
    if (size > MAX_LEGACY_BYTES) throw new UsageError(X.legacyTooLarge(input.name, kind, MAX_LEGACY_BYTES), 'too_large');
    return readFile(input.path);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input.stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_LEGACY_BYTES) {
      input.stream.destroy();
      throw new UsageError(X.legacyTooLarge(input.name, kind, MAX_LEGACY_BYTES), 'too_large');
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/** An .ods's hidden tables and, per table, its hidden rows (0-based), from content.xml. */
interface OdsVisibility {
  hiddenTables: Set<string>;
  hiddenRows: Map<string, Set<number>>;
}

/** Reads what SheetJS leaves out of an .ods: which tables and rows are hidden; checks every part read against zip bombs. */
async function odsVisibility(name: string, bytes: Buffer, signal?: AbortSignal): Promise<OdsVisibility> {
  const pkg = await Package.open(name, undefined, Readable.from([bytes]));
  try {
    if (!pkg.has('content.xml')) throw new UsageError(X.notOds(name), 'bad_xlsx');
    const hiddenStyles = new Set<string>();
    const seen: OdsVisibility = { hiddenTables: new Set(), hiddenRows: new Map() };
    let style: string | undefined; // the table style being defined
    let table: string | undefined;
    let row = 0;
    let depth = 0; // table:table elements open (a table inside a cell is not the sheet's)
    await parseXml(
      pkg.text('content.xml'),
      {
        open(tag, a) {
          if (tag === 'style') style = a['style:family'] === 'table' ? a['style:name'] : undefined;
          else if (tag === 'table-properties' && style !== undefined && a['table:display'] === 'false') hiddenStyles.add(style);
          else if (tag === 'table' && depth++ === 0) {
            table = a['table:name'] ?? '';
            row = 0;
            if (hiddenStyles.has(a['table:style-name'] ?? '')) seen.hiddenTables.add(table);
          } else if (tag === 'table-row' && depth === 1 && table !== undefined) {
            const repeat = Math.min(Number(a['table:number-rows-repeated'] ?? 1) || 1, 1_048_576);
            const v = a['table:visibility'];
            if (v === 'collapse' || v === 'filter') {
              const rows = seen.hiddenRows.get(table) ?? new Set<number>();
              for (let i = 0; i < Math.min(repeat, 65_536); i++) rows.add(row + i);
              seen.hiddenRows.set(table, rows);
            }
            row += repeat;
          }
        },
        close(tag) {
          if (tag === 'style') style = undefined;
          else if (tag === 'table') depth--;
        },
        text() {},
        long() {},
      },
      MAX_ROW_CHARS,
      signal,
    );
    return seen;
  } finally {
    pkg.close();
  }
}

/** Runs SheetJS with its console messages silenced (an .ods's number formats are reported on the console). */
function quietly<T>(read: () => T): T {
  const { error, warn, log } = console;
  console.error = console.warn = console.log = () => {};
  try {
    return read();
  } finally {
    Object.assign(console, { error, warn, log });
  }
}

/** A failure while reading as the UsageError (exit 2) that says why; an interruption as itself. */
function unreadable(error: unknown, file: string, signal: AbortSignal | undefined): unknown {
  if (error instanceof UsageError || signal?.aborted) return error;
  return new UsageError(X.damaged(file, damageReason(error instanceof Error ? error : new Error(String(error)))), 'bad_xlsx');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A SheetJS cell as the text a person reads in it, or its issue. */
function cellValue(cell: Cell, col: number, date1904: boolean): string | { note: CellIssue; text: string } {
  switch (cell.t) {
    case 's':
    case 'str':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return { note: { col, kind: 'error', value: cell.w ?? '#ERROR' }, text: cell.w ?? '' };
    case 'd': {
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      return Number.isNaN(d.getTime()) ? String(cell.v) : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    }
    case 'n':
      return typeof cell.v === 'number' ? numberValue(cell.v, shownBy(typeof cell.z === 'string' ? cell.z : 'General'), date1904, col) : '';
    default:
      return '';
  }
}

/** The rows of the first visible sheet (or the sheet named), as read.ts gives those of an .xlsx. */
export async function* legacySheetRows(input: WorkbookInput, kind: LegacyKind, sheet: string | undefined, book: Book, signal?: AbortSignal): AsyncGenerator<SheetRow[]> {
  const file = input.name;
  const bytes = await bytesOf(input, kind);
  if (kind === 'xls' && !OLE.every((b, i) => bytes[i] === b)) throw new UsageError(X.notXls(file), 'bad_xlsx');
  const visibility = kind === 'ods' ? await odsVisibility(file, bytes, signal).catch((error: unknown) => Promise.reject(unreadable(error, file, signal))) : undefined;
  signal?.throwIfAborted();
  const XLSX = await import('@e965/xlsx');
  let wb: ReturnType<typeof XLSX.read>;
  try {
    wb = quietly(() => XLSX.read(bytes, { type: 'buffer', dense: true, cellNF: true, cellDates: false, cellFormula: false, cellHTML: false, cellStyles: false, bookVBA: false }));
  } catch (error) {
    const m = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(m)) throw new UsageError(X.encrypted(file), 'encrypted_xlsx');
    throw unreadable(error, file, signal);
  }
  const sheets = wb.SheetNames.map((name, i) => ({ name, rid: '', hidden: visibility ? visibility.hiddenTables.has(name) : (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0 }));
  book.sheets = wb.SheetNames;
  const chosen = sheet === undefined ? firstVisible(sheets, book) : (sheets.find((s) => s.name === sheet) ?? sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase()));
  if (!chosen) throw new UsageError(X.noSheet(file, sheet, wb.SheetNames), 'no_sheet');
  const ws = wb.Sheets[chosen.name]!;
  const data = ((ws as { '!data'?: (Cell | undefined)[][] })['!data'] ?? []) as ((Cell | undefined)[] | undefined)[];
  const rowInfo = ws['!rows'] ?? [];
  const hiddenRows = visibility?.hiddenRows.get(chosen.name);
  const merges = mergesFrom(file, (ws['!merges'] ?? []).map((m) => ({ top: m.s.r + 1, bottom: m.e.r + 1, col: m.s.c + 1 })));
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  let rows: SheetRow[] = [];
  for (let r = 0; r < data.length; r++) {
    const cells = data[r];
    const hidden = hiddenRows ? hiddenRows.has(r) : rowInfo[r]?.hidden === true;
    const row: SheetRow = { number: r + 1, cells: [], far: [], notes: undefined, hidden, long: false };
    let chars = 0;
    for (let c = 0; cells && c < cells.length; c++) {
      const cell = cells[c];
      if (!cell) continue;
      const v = cellValue(cell, c, date1904);
      const text = typeof v === 'string' ? v : v.text;
      if (typeof v !== 'string') (row.notes ??= []).push(v.note);
      chars += text.length;
      if (chars > MAX_ROW_CHARS) {
        Object.assign(row, { cells: [], far: [], notes: undefined, long: true });
        break;
      }
      if (text !== '') putCell(row, c, text);
    }
    merges?.fill(row);
    rows.push(row);
    if (rows.length >= BATCH) {
      yield rows;
      rows = [];
      signal?.throwIfAborted();
    }
  }
  if (rows.length > 0) yield rows;
}
