// Batch output as an Excel workbook (.xlsx), through the workbook writer of src/xlsx: the header,
// then one row per input row in input order: the echoed input cells as text (never a formula),
// except a cell of a column read as an amount or a date that reads as one: a number (#,##0.00) or
// a date cell, so that SUM and date filters work; a date typed with a time stays text, as typed.
// Then the row's status and error as text, the amounts as numbers (#,##0.00), the ratio a number.
// Excel's limits: more columns than XFD, or more rows than 1,048,576, is refused (exit 2) before
// anything is written, naming CSV; a cell cut to 32,767 characters adds cell_cut to the row's
// warnings and is counted for the summary.
import { UsageError } from '../errors.js';
import { SheetLimit } from '../xlsx/write.js';
import { batchMessages as M } from './messages.js';
import type { Sink } from './output.js';
import { LAYER_FIELDS, resultColumns } from './output.js';
import type { RowOutcome } from './row.js';
import type { CsvTable } from './table.js';
import { warningCodes } from './warnings.js';
import { jsonCell, type RowWriter } from './writers.js';
import { WorkbookWriter, type RowCells } from '../xlsx/write.js';
import { parseAmount, parseDate } from '../claim/values.js';

type Kind = ReturnType<CsvTable['echoKinds']>[number];

/** A date typed with a time of day (10:30, 10时30分): echoed as typed, the time being part of what was read. */
const WITH_TIME = /\d[:时]\d/;

/** The days a date cell holds the same in every spreadsheet (Excel's 1900 calendar counts a 29 February 1900). */
const FIRST_DAY = '1900-03-01';
const LAST_DAY = '9999-12-31';

/** An echoed cell: a number or a date cell when its column is read as one and it reads as one, else text. */
function echoCell(x: RowCells, cell: string, kind: Kind | undefined): void {
  if (kind === 'money' && cell !== '') {
    const fen = parseAmount(cell);
    if (fen.ok) return x.money(fen.value);
  } else if (kind === 'date' && cell !== '' && !WITH_TIME.test(cell)) {
    const day = parseDate(cell);
    if (day.ok && day.value >= FIRST_DAY && day.value <= LAST_DAY) return x.date(day.value);
  }
  x.text(cell);
}

/** The warning code of a row with a cell cut to what Excel holds. */
const CELL_CUT = 'cell_cut';

/** Runs `write`, a sheet past Excel's limits refused as the usage error it is (exit 2). */
function within(write: () => void): void {
  try {
    write();
  } catch (error) {
    if (error instanceof SheetLimit) throw new UsageError(error.limit === 'rows' ? M.xlsxRows() : M.xlsxColumns(), 'xlsx_limit');
    throw error;
  }
}

const MONEY_AFTER_RATIO = ['fundPays', 'patientShare', 'accountPays', 'familyPays', 'cashDue', 'ytdDeductibleAfter', 'ytdFundAfter'] as const;

export class XlsxWriter implements RowWriter {
  private readonly book: WorkbookWriter;
  private table: CsvTable | undefined;
  private kinds: Kind[] = [];

  private constructor(
    private readonly sink: Sink,
    private readonly check: boolean,
  ) {
    this.book = new WorkbookWriter(sink);
  }

  static async create(sink: Sink, check: boolean): Promise<XlsxWriter> {
    return new XlsxWriter(sink, check);
  }

  header(columns: readonly string[]): void {
    within(() => {
      const x = this.book.startRow();
      for (const c of [...columns, ...resultColumns(this.check)]) x.text(c);
      this.book.endRow();
    });
  }

  /** Cells cut to Excel's 32,767 characters. */
  cellsCut(): number {
    return this.book.cut;
  }

  tableRow(table: CsvTable, record: string[], _line: string | undefined, o: RowOutcome): void {
    if (this.table !== table) {
      this.table = table;
      this.kinds = table.echoKinds();
    }
    this.row(table.echo(record), o, this.kinds);
  }

  objectRow(echo: Record<string, unknown>, columns: readonly string[], o: RowOutcome): void {
    this.row(columns.map((c) => jsonCell(echo[c])), o);
  }

  private row(cells: readonly string[], o: RowOutcome, kinds?: readonly Kind[]): void {
    within(() => this.cells(cells, o, kinds));
  }

  private cells(cells: readonly string[], o: RowOutcome, kinds: readonly Kind[] | undefined): void {
    const cut = this.book.cut;
    const x = this.book.startRow();
    for (let i = 0; i < cells.length; i++) echoCell(x, cells[i]!, kinds?.[i]);
    x.text(o.status);
    x.text(o.error ?? '');
    const s = o.settlement;
    x.money(s?.inScope);
    x.money(s?.deductibleApplied);
    x.ratio(s && s.ratio !== null ? s.ratio / 10000 : undefined);
    for (const key of MONEY_AFTER_RATIO) x.money(s?.[key]);
    if (this.check) x.money(o.difference);
    for (const key of LAYER_FIELDS) x.money(s?.[key]);
    const codes = warningCodes(o.warnings);
    x.text(this.book.cut === cut ? codes : codes === '' ? CELL_CUT : `${codes};${CELL_CUT}`);
    this.book.endRow();
  }

  flush(): Promise<void> {
    return this.book.flush();
  }

  async finish(): Promise<void> {
    await this.book.finish();
    await this.sink.finish();
  }
}
