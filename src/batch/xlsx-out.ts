// Batch output as an Excel workbook (.xlsx), streaming (exceljs's WorkbookWriter: each row is
// written to the zip as it comes, memory stays flat). Every echoed input cell is a text cell,
// never a formula, whatever it starts with; the result amounts are numbers formatted as money
// (#,##0.00), the ratio a number, row_status, error and warnings text.
import { PassThrough } from 'node:stream';
import { once } from 'node:events';
import type { Fen } from '../engine/types.js';
import { resultColumns, type Sink } from './output.js';
import type { RowOutcome } from './row.js';
import type { CsvTable } from './table.js';
import { warningCodes } from './warnings.js';
import { excel } from './xlsx-in.js';
import { jsonCell, type RowWriter } from './writers.js';

const MONEY = '#,##0.00';
const MONEY_COLUMNS = new Set(['in_scope', 'deductible_applied', 'fund_pays', 'patient_share', 'account_pays', 'family_pays', 'cash_due', 'ytd_deductible_after', 'ytd_fund_after', 'difference']);
const RATIO = '0.00##';

type Value = string | number | null;
type Sheet = { addRow(values: Value[]): { commit(): void }; commit(): void; columns: unknown };
type Book = { addWorksheet(name: string): Sheet; commit(): Promise<void> };

const yuan = (fen: Fen): number => fen / 100; // exact to the fen: the shortest decimal of n/100 is n's own

/** The result cells of a row as values: amounts as numbers (null where the row did not settle). */
function resultValues(o: RowOutcome, check: boolean): Value[] {
  const s = o.settlement;
  const money: Value[] = s
    ? [yuan(s.inScope), yuan(s.deductibleApplied), s.ratio === null ? null : s.ratio / 10000, yuan(s.fundPays), yuan(s.patientShare), yuan(s.accountPays), yuan(s.familyPays), yuan(s.cashDue), yuan(s.ytdDeductibleAfter), yuan(s.ytdFundAfter)]
    : Array<Value>(10).fill(null);
  const values: Value[] = [o.status, o.error ?? null, ...money];
  if (check) values.push(o.difference === undefined ? null : yuan(o.difference));
  values.push(warningCodes(o.warnings) || null);
  return values;
}

export class XlsxWriter implements RowWriter {
  private readonly pass = new PassThrough();
  private readonly pump: Promise<void>;
  private book: Book | undefined;
  private sheet!: Sheet;

  private constructor(
    private readonly ExcelJS: Awaited<ReturnType<typeof excel>>,
    private readonly sink: Sink,
    private readonly check: boolean,
  ) {
    this.pump = (async () => {
      for await (const chunk of this.pass as AsyncIterable<Uint8Array>) await this.sink.write(chunk);
    })();
    this.pump.catch(() => undefined); // its error is thrown by finish()
  }

  static async create(sink: Sink, check: boolean): Promise<XlsxWriter> {
    return new XlsxWriter(await excel(), sink, check);
  }

  /** The workbook starts here, so that a file refused at its header writes nothing. */
  header(columns: readonly string[]): void {
    this.book = new this.ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.pass, useStyles: true, useSharedStrings: false }) as unknown as Book;
    this.sheet = this.book.addWorksheet('yibao');
    // The amounts' format belongs to their columns: each cell takes it as it is made (cheaper than one style per cell).
    const results = resultColumns(this.check).map((name) => ({ style: name === 'ratio' ? { numFmt: RATIO } : MONEY_COLUMNS.has(name) ? { numFmt: MONEY } : {} }));
    this.sheet.columns = [...columns.map(() => ({})), ...results];
    this.sheet.addRow([...columns, ...resultColumns(this.check)]).commit();
  }

  tableRow(table: CsvTable, record: string[], _line: string | undefined, o: RowOutcome): void {
    this.row(table.echo(record), o);
  }

  objectRow(echo: Record<string, unknown>, columns: readonly string[], o: RowOutcome): void {
    this.row(columns.map((c) => jsonCell(echo[c])), o);
  }

  private row(cells: readonly string[], o: RowOutcome): void {
    this.sheet.addRow([...cells, ...resultValues(o, this.check)]).commit();
  }

  /** Waits while the zip has more than its buffer waiting to be written. */
  async flush(): Promise<void> {
    if (this.pass.writableNeedDrain) await once(this.pass, 'drain');
  }

  async finish(): Promise<void> {
    if (!this.book) this.header([]);
    this.sheet.commit();
    await this.book!.commit(); // ends the stream
    await this.pump;
    await this.sink.finish();
  }
}
