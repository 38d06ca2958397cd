// An Excel workbook (.xlsx) as batch records, streaming (exceljs's WorkbookReader: the sheet is
// parsed row by row, memory stays flat): the first sheet, or --sheet NAME. Each cell becomes the
// text a person reads in it: a date cell its date (2024-03-05, a time after it when it has one),
// a number its value to Excel's 15 digits, a formula its saved result (never the formula). A cell
// that shows no value (#N/A, a formula never calculated) is noted, and it is a row error only
// when its column is read. Empty rows are blank records. Excel's built-in Chinese date formats
// (ids 27-36 and 50-58, which exceljs leaves without a format code) are taught to exceljs here.
import type { Readable } from 'node:stream';
import { createRequire } from 'node:module';
import type { Text } from '../domain.js';
import { UsageError } from '../errors.js';
import { batchMessages as M } from './messages.js';
import type { CellNote } from './table.js';

export interface XlsxBatch {
  records: string[][];
  notes: (CellNote[] | undefined)[];
}

type ExcelJs = typeof import('exceljs');
type Cell = { value: unknown; numFmt?: string };
type Row = { number: number; cellCount: number; getCell(col: number): Cell };

const require = createRequire(import.meta.url);

/** Built-in number formats of Chinese Excel that are dates but have no code in exceljs. */
const ZH_DATE_FORMATS: Readonly<Record<number, string>> = {
  27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: 'm-d-yy', 31: 'yyyy"年"m"月"d"日"', 36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: 'm"月"d"日"', 55: 'yyyy"年"m"月"', 56: 'm"月"d"日"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

let loaded: ExcelJs | undefined;
/** exceljs, loaded on first use (off the start-up path), with the Chinese date formats taught. */
export async function excel(): Promise<ExcelJs> {
  if (loaded) return loaded;
  const mod = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  loaded = mod.default ?? mod;
  const defaults = require('exceljs/lib/xlsx/defaultnumformats.js') as Record<number, { f?: string }>;
  for (const [id, f] of Object.entries(ZH_DATE_FORMATS)) defaults[Number(id)] = { ...defaults[Number(id)], f };
  return loaded;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date cell as a person reads it: 2024-03-05, or 2024-03-05 10:30:00 when it has a time. */
function dateText(d: Date): string {
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const [h, m, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  return h === 0 && m === 0 && s === 0 ? day : `${day} ${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** A number as Excel shows it in General format: at most 15 significant digits (0.1+0.2 is 0.3). */
const numberText = (n: number): string => (Number.isFinite(n) ? String(Number(n.toPrecision(15))) : '');

function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymd]/i.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Excel's day number (1900 system; 1904 when the workbook says so) as a date. */
const serialDate = (serial: number, date1904: boolean): Date => new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000));

/** The text of one cell, or a note when it shows no value. */
function cellText(cell: Cell, date1904: boolean): string | { note: Text; text: string } {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  // A number in a date-formatted cell beyond 9999-12-31 (Excel shows ####): the number itself, e.g. 20240415.
  if (v instanceof Date) return v.getUTCFullYear() <= 9999 ? dateText(v) : numberText(Math.round(v.getTime() / 86400000 + 25569 - (date1904 ? 1462 : 0)));
  const o = v as { richText?: { text: string }[]; text?: unknown; error?: string; formula?: string; sharedFormula?: string; result?: unknown };
  if (o.richText) return o.richText.map((r) => r.text).join('');
  if (o.error !== undefined) return { note: M.errorCell(o.error), text: o.error };
  if (o.formula !== undefined || o.sharedFormula !== undefined) {
    const r = o.result;
    if (r === undefined || r === null) return { note: M.formulaNoValue(), text: '' };
    if (typeof r === 'number' && isDateFormat(cell.numFmt)) return dateText(serialDate(r, date1904));
    return cellText({ value: r }, date1904);
  }
  if (o.text !== undefined) return cellText({ value: o.text }, date1904); // a hyperlink: its text
  return String(v);
}

/** A record of `width` cells (the header's width; 0 = as many as the row has) and its notes. */
function recordOf(row: Row, width: number, date1904: boolean): { cells: string[]; notes: CellNote[] | undefined } {
  const n = width || row.cellCount;
  const cells: string[] = new Array<string>(n);
  let notes: CellNote[] | undefined;
  for (let c = 1; c <= Math.max(n, row.cellCount); c++) {
    const t = cellText(row.getCell(c), date1904);
    const text = typeof t === 'string' ? t : t.text;
    if (typeof t !== 'string') (notes ??= []).push({ col: c - 1, message: t.note });
    if (c <= n) cells[c - 1] = text;
    else if (text.trim() !== '') (notes ??= []).push({ col: -1, message: M.beyondHeader(c, n) });
  }
  return { cells, notes };
}

/**
 * The records of the first sheet (or the sheet named `sheet`), in batches; the header is the
 * first row that is not empty, and sets the width of every record.
 */
export async function* xlsxRecords(stream: Readable, name: string, sheet: string | undefined, book: { sheets: string[] }): AsyncGenerator<XlsxBatch> {
  const ExcelJS = await excel();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  const workbook = reader as unknown as { model?: { sheets?: { name: string }[] }; properties?: { model?: { date1904?: boolean } } };
  let names: string[] = [];
  try {
    for await (const ws of reader) {
      names = (workbook.model?.sheets ?? []).map((s) => s.name);
      book.sheets = names;
      const wanted = sheet ?? names[0];
      const own = (ws as { name?: string }).name;
      if (own === undefined ? sheet !== undefined : wanted !== undefined && own !== wanted) continue;
      const date1904 = workbook.properties?.model?.date1904 === true;
      let width = 0;
      let last = 0; // the number of the last row read: missing rows in between are empty
      let batch: XlsxBatch = { records: [], notes: [] };
      for await (const row of ws as AsyncIterable<Row>) {
        for (; last + 1 < row.number && width > 0; last++) {
          batch.records.push([]);
          batch.notes.push(undefined);
        }
        last = row.number;
        const { cells, notes } = recordOf(row, width, date1904);
        if (width === 0 && cells.every((c) => c === undefined || c.trim() === '')) continue; // above the header
        if (width === 0) width = cells.length;
        batch.records.push(Array.from(cells, (c) => c ?? ''));
        batch.notes.push(notes);
        if (batch.records.length >= 1000) {
          yield batch;
          batch = { records: [], notes: [] };
        }
      }
      if (batch.records.length > 0) yield batch;
      return;
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(M.notXlsx(name, error instanceof Error ? error.message : String(error)), 'bad_xlsx');
  }
  throw new UsageError(M.noSheet(name, sheet, names), 'no_sheet');
}
