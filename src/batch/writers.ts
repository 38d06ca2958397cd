// The output of a batch run in each format (contract "Batch files"): the echoed input columns,
// then the result columns, one row per input row. CSV: echoed cells made safe for a spreadsheet
// (cells.ts) unless --raw-cells, a UTF-8 BOM when asked, the line as read reused when it can be
// (the fast path). JSONL: one object per row. XLSX (workbook-writer.ts): echoed cells as text, results
// as numbers. Writes go to the Sink a batch at a time (flush), so memory stays flat.
import { csvJoin, csvLine } from './csv.js';
import { defuse } from './cells.js';
import { isLongDigits } from './long-digits.js';
import { resultColumns, resultLine, resultObject, writeResult, type Sink } from './output.js';
import { Utf8Out } from './utf8-out.js';
import type { RowOutcome } from './row.js';
import type { CsvTable } from './table.js';

export interface RowWriter {
  /** The header row: the echoed input columns (the result columns follow). */
  header(columns: readonly string[]): void;
  /** A row of a table (CSV, TSV or a sheet): `line` is its CSV line as read, when it had no quotes. */
  tableRow(table: CsvTable, record: string[], line: string | undefined, o: RowOutcome): void;
  /** A row given as named values (JSONL input): `columns` fixes the cells of CSV and XLSX rows. */
  objectRow(echo: Record<string, unknown>, columns: readonly string[], o: RowOutcome): void;
  /** Writes what the rows so far produced, `rows` of them since the last flush (the caller waits before reading on). */
  flush(rows: number): Promise<void> | void;
  /** Completes the output (for a file: renames it into place). */
  finish(): Promise<void>;
  /** Cells cut to fit the output (a workbook cell holds 32,767 characters). */
  cellsCut?(): number;
}

/** A JSON value as a cell: text and numbers as written; null or missing as empty. */
export function jsonCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * What the text writers (CSV, JSONL) share: the rows are appended to one string (or, for a sink
 * that takes bytes, encoded into one buffer as they come: utf8-out.ts), handed to the sink at each
 * flush, and the sink completed at the end.
 */
abstract class TextWriter implements RowWriter {
  private out = '';
  protected readonly bytes: Utf8Out | undefined;
  constructor(protected readonly sink: Sink) {
    this.bytes = sink.bytes ? new Utf8Out() : undefined;
  }

  abstract header(columns: readonly string[]): void;
  abstract tableRow(table: CsvTable, record: string[], line: string | undefined, o: RowOutcome): void;
  abstract objectRow(echo: Record<string, unknown>, columns: readonly string[], o: RowOutcome): void;

  /** Appends output text. */
  protected emit(text: string): void {
    if (this.bytes) this.bytes.add(text);
    else this.out += text;
  }

  flush(rows: number): Promise<void> | void {
    if (this.bytes) {
      if (!this.bytes.empty) return this.sink.write(this.bytes.take(), rows);
      return;
    }
    const text = this.out;
    this.out = '';
    if (text !== '') return this.sink.write(text, rows);
  }

  async finish(): Promise<void> {
    await this.flush(0);
    await this.sink.finish();
  }
}

export class CsvWriter extends TextWriter {
  constructor(
    sink: Sink,
    private readonly check: boolean,
    private readonly raw: boolean,
    /** Asked at the header, when the input's encoding is known. */
    private readonly bom: () => boolean,
  ) {
    super(sink);
  }

  private safe(cells: readonly string[]): string[] {
    return this.raw ? [...cells] : cells.map(defuse);
  }

  header(columns: readonly string[]): void {
    this.emit((this.bom() ? '\ufeff' : '') + csvLine([...this.safe(columns), ...resultColumns(this.check)]));
  }

  /** Called for each echoed cell of 12 digits or more, with its column (a spreadsheet would spoil it). */
  onLongDigits: ((column: string) => void) | undefined;

  tableRow(table: CsvTable, record: string[], line: string | undefined, o: RowOutcome): void {
    if (this.onLongDigits) for (let i = 0; i < record.length; i++) if (isLongDigits(record[i]!)) this.onLongDigits(table.header[i]?.trim() ?? '');
    const bytes = this.bytes;
    if (bytes) {
      // a file: the echoed line encoded, then the result cells as bytes (writeResult: no line to build)
      if (table.echoColumns.length > 0) {
        bytes.add(table.echoLine(record, line));
        bytes.byte(44); // ,
      }
      writeResult(bytes, o, this.check);
      return;
    }
    this.emit(table.echoColumns.length === 0 ? resultLine(o, this.check) : `${table.echoLine(record, line)},${resultLine(o, this.check)}`);
  }

  objectRow(echo: Record<string, unknown>, columns: readonly string[], o: RowOutcome): void {
    const cells = this.safe(columns.map((c) => jsonCell(echo[c])));
    if (this.onLongDigits) cells.forEach((c, i) => isLongDigits(c) && this.onLongDigits!(columns[i]!));
    this.emit(cells.length === 0 ? resultLine(o, this.check) : `${csvJoin(cells)},${resultLine(o, this.check)}`);
  }
}

export class JsonlWriter extends TextWriter {
  constructor(
    sink: Sink,
    private readonly check: boolean,
  ) {
    super(sink);
  }

  header(): void {}

  tableRow(table: CsvTable, record: string[], _line: string | undefined, o: RowOutcome): void {
    const echo: Record<string, string> = Object.create(null) as Record<string, string>; // a __proto__ column is data
    const cells = table.echo(record);
    table.echoColumns.forEach((c, i) => (echo[c] = cells[i]!));
    this.emit(`${JSON.stringify({ ...echo, ...resultObject(o, this.check) })}\n`);
  }

  objectRow(echo: Record<string, unknown>, _columns: readonly string[], o: RowOutcome): void {
    this.emit(`${JSON.stringify({ ...echo, ...resultObject(o, this.check) })}\n`);
  }
}
