// An Excel workbook (.xlsx) as batch records, streaming in bounded memory: the first visible sheet, or
// --sheet NAME. The package is opened from its zip directory (xlsx-zip.ts), the small parts are
// read first (xlsx-parts.ts), then the sheet's XML is parsed as it is inflated (xlsx-sheet.ts) and
// handed on a thousand rows at a time, the next chunk read only when the rows before it were
// taken. Every record is as wide as the header (found as header.ts finds it): a row with a value
// beyond the header is longer, so the table reports it. A row holding more than 1 MiB of text is
// that row's error; anything that makes the file unreadable is a UsageError (exit 2) saying why.
import type { Readable } from 'node:stream';
import type { Text } from '../domain.js';
import { UsageError } from '../errors.js';
import { MAX_RECORD_CHARS } from './csv.js';
import { LOOK_AHEAD, headerLike } from './header.js';
import { batchMessages as M } from './messages.js';
import type { CellNote } from './table.js';
import { readDateStyles, readRels, readSharedStrings, readWorkbook, type SheetRef } from './xlsx-parts.js';
import { SheetReader, type SheetRow } from './xlsx-sheet.js';
import { readMerges } from './xlsx-merges.js';
import { BoundedXml, XmlRefused } from './xlsx-xml.js';
import { Package } from './xlsx-zip.js';
import { damageReason, xlsxMessages as X } from './xlsx-messages.js';

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

export interface XlsxInput {
  name: string;
  /** A regular file's path (read by position); else the stream is read whole. */
  path?: string | undefined;
  stream: Readable;
}

const BATCH = 1000;
/** Sheets up to this size (inflated XML, about 400,000 rows) are scanned for merged cells before their rows are read. */
export const MERGE_SCAN_LIMIT = 64 * 1024 * 1024;

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

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
    b.notes.push(row.notes);
  }
}

/** What the run says of the workbook: its sheets' names, and which hidden sheets the default skipped. */
export interface Book {
  sheets: string[];
  note?: Text | undefined;
}

/**
 * The first sheet a person sees: hidden sheets before it are skipped and named in `book.note`
 * (a hidden first sheet is often an old copy or a lookup table, never what the clerk looks at).
 */
function firstVisible(sheets: readonly SheetRef[], book: Book): SheetRef | undefined {
  const at = sheets.findIndex((s) => !s.hidden);
  if (at < 0) return sheets[0]; // Excel keeps one sheet visible; a file with none: the first
  if (at > 0) book.note = X.hiddenSkipped(sheets.slice(0, at).map((s) => s.name), sheets[at]!.name);
  return sheets[at];
}

/**
 * The records of the first visible sheet (or the sheet named `sheet`), in batches; `book.sheets` gets
 * the names of the sheets (for the message of a first sheet without claims).
 */
export async function* xlsxRecords(input: XlsxInput, sheet: string | undefined, book: Book, signal?: AbortSignal, mergeScanLimit = MERGE_SCAN_LIMIT): AsyncGenerator<XlsxBatch> {
  const file = input.name;
  let part = '';
  const pkg = await Package.open(file, input.path, input.stream).catch((error: unknown) => {
    throw unreadable(error, file, part, signal);
  });
  try {
    const root = await readRels(pkg, '');
    part = [...root.values()].find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
    if (!pkg.has(part)) throw new UsageError(X.notWorkbook(file), 'bad_xlsx');
    const workbook = await readWorkbook(pkg, part);
    const rels = await readRels(pkg, part);
    const names = workbook.sheets.map((s) => s.name);
    book.sheets = names;
    const chosen = sheet === undefined ? firstVisible(workbook.sheets, book) : (workbook.sheets.find((s) => s.name === sheet) ?? workbook.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase()));
    if (!chosen) throw new UsageError(M.noSheet(file, sheet, names), 'no_sheet');
    const rel = rels.get(chosen.rid);
    if (!rel || !pkg.has(rel.target)) throw new UsageError(X.missingPart(file, rel?.target ?? `sheet ${chosen.name}`), 'bad_xlsx');
    if (rel.type !== 'worksheet') {
      const tables = workbook.sheets.filter((s) => rels.get(s.rid)?.type === 'worksheet').map((s) => s.name);
      throw new UsageError(X.notWorksheet(file, chosen.name, tables), 'no_sheet');
    }
    const find = (type: string) => [...rels.values()].find((r) => r.type === type)?.target;
    part = find('styles') ?? '';
    const dates = await readDateStyles(pkg, find('styles'));
    part = find('sharedStrings') ?? '';
    const strings = await readSharedStrings(pkg, find('sharedStrings'), signal);
    part = rel.target;
    // merged cells are listed after the rows: a sheet of an office's size is scanned for them first
    const scan = (pkg.size(part) ?? Infinity) <= mergeScanLimit;
    const merges = scan ? await readMerges(pkg, part, signal) : undefined;
    const reader = new SheetReader(file, part, strings, dates, workbook.date1904, merges);
    const xml = new BoundedXml(reader, MAX_RECORD_CHARS);
    const records = new Records(file);
    const take = () => {
      for (const row of reader.rows) records.add(row);
      reader.rows = [];
    };
    for await (const chunk of pkg.text(part)) {
      signal?.throwIfAborted();
      xml.write(chunk);
      take();
      if (records.batch.records.length >= BATCH) yield records.take();
    }
    xml.close();
    // too large to scan first: merged rows were read as blanks, so the output cannot stand
    if (!scan && reader.lateMerge !== undefined) throw new UsageError(X.mergedLarge(file, reader.lateMerge, mergeScanLimit), 'merged_cells');
    take();
    records.end();
    if (records.batch.records.length > 0) yield records.take();
  } catch (error) {
    throw unreadable(error, file, part, signal);
  } finally {
    pkg.close();
  }
}

/** Any failure while reading as the UsageError (exit 2) that says why; an interruption as itself. */
function unreadable(error: unknown, file: string, part: string, signal: AbortSignal | undefined): unknown {
  if (error instanceof UsageError || signal?.aborted) return error;
  if (error instanceof XmlRefused) {
    if (error.reason === 'doctype') return new UsageError(X.doctype(file, part), 'bad_xlsx');
    if (error.reason === 'too_long') return new UsageError(X.longMarkup(file, part), 'bad_xlsx');
    return new UsageError(X.badPart(file, part, error.message), 'bad_xlsx');
  }
  return new UsageError(X.damaged(file, damageReason(error instanceof Error ? error : new Error(String(error)))), 'bad_xlsx');
}
