// A workbook's sheet (.xlsx) as rows of cells, streaming in bounded memory: the first visible
// sheet, or the sheet named. What it guarantees: every row the sheet's XML holds, in order, each
// cell as the text a person reads in it (sheet.ts) with a note where it shows no plain value; cells
// below the top of a range merged down filled from it (merges.ts); hidden rows marked; a row past
// MAX_ROW_CHARS of text marked "long" without its text. Memory stays bounded: the package is opened
// from its zip directory (zip.ts), the small parts read first (parts.ts), then the sheet's XML
// parsed as it is inflated and handed on as it comes. Anything that makes the file unreadable is a
// UsageError (exit 2) saying why. It knows nothing of what the cells mean.
import type { Readable } from 'node:stream';
import type { Text } from '../domain.js';
import { UsageError } from '../errors.js';
import { MAX_ROW_CHARS } from './limits.js';
import { readDateStyles, readRels, readSharedStrings, readWorkbook, type SheetRef } from './parts.js';
import { SheetReader, type SheetRow } from './sheet.js';
import { readMerges } from './merges.js';
import { BoundedXml, XmlRefused } from './xml.js';
import { Package } from './zip.js';
import { damageReason, xlsxMessages as X } from './messages.js';

export type { CellIssue, SheetRow } from './sheet.js';

export interface WorkbookInput {
  name: string;
  /** A regular file's path (read by position); else the stream is read whole. */
  path?: string | undefined;
  stream: Readable;
}

/** Sheets up to this size (inflated XML, about 400,000 rows) are scanned for merged cells before their rows are read. */
export const MERGE_SCAN_LIMIT = 64 * 1024 * 1024;

/** What the run says of the workbook: its sheets' names, and which hidden sheets the default skipped. */
export interface Book {
  sheets: string[];
  note?: Text | undefined;
}

/**
 * The first sheet a person sees: hidden sheets before it are skipped and named in `book.note`
 * (a hidden first sheet is often an old copy or a lookup table, never what the clerk looks at).
 */
export function firstVisible(sheets: readonly SheetRef[], book: Book): SheetRef | undefined {
  const at = sheets.findIndex((s) => !s.hidden);
  if (at < 0) return sheets[0]; // Excel keeps one sheet visible; a file with none: the first
  if (at > 0) book.note = X.hiddenSkipped(sheets.slice(0, at).map((s) => s.name), sheets[at]!.name);
  return sheets[at];
}

/**
 * The rows of the first visible sheet (or the sheet named `sheet`), in order, a piece of the XML's
 * rows at a time (the next piece read only when these were taken); `book.sheets` gets the names of
 * the sheets.
 */
export async function* sheetRows(input: WorkbookInput, sheet: string | undefined, book: Book, signal?: AbortSignal, mergeScanLimit = MERGE_SCAN_LIMIT): AsyncGenerator<SheetRow[]> {
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
    if (!chosen) throw new UsageError(X.noSheet(file, sheet, names), 'no_sheet');
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
    const xml = new BoundedXml(reader, MAX_ROW_CHARS);
    const take = () => {
      const rows = reader.rows;
      reader.rows = [];
      return rows;
    };
    for await (const chunk of pkg.text(part)) {
      signal?.throwIfAborted();
      xml.write(chunk);
      if (reader.rows.length > 0) yield take();
    }
    xml.close();
    // too large to scan first: merged rows were read as blanks, so the output cannot stand
    if (!scan && reader.lateMerge !== undefined) throw new UsageError(X.mergedLarge(file, reader.lateMerge, mergeScanLimit), 'merged_cells');
    if (reader.rows.length > 0) yield take();
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
