// Batch output as an Excel workbook (.xlsx), through the workbook writer of src/xlsx: the header,
// then one row per input row in input order: the echoed input cells as text (never a formula),
// the row's status and error as text, the amounts as numbers (#,##0.00), the ratio as a number.
// Excel's limits: more columns than XFD, or more rows than 1,048,576, is refused (exit 2) before
// anything is written, naming CSV; a cell cut to 32,767 characters adds cell_cut to the row's
// warnings and is counted for the summary.
import { UsageError } from '../errors.js';
import { SheetLimit } from '../xlsx/write.js';
import { batchMessages as M } from './messages.js';
import type { Sink } from './output.js';
import { resultColumns } from './output.js';
import type { RowOutcome } from './row.js';
import type { CsvTable } from './table.js';
import { warningCodes } from './warnings.js';
import { jsonCell, type RowWriter } from './writers.js';
import { WorkbookWriter } from '../xlsx/write.js';

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
    this.row(table.echo(record), o);
  }

  objectRow(echo: Record<string, unknown>, columns: readonly string[], o: RowOutcome): void {
    this.row(columns.map((c) => jsonCell(echo[c])), o);
  }

  private row(cells: readonly string[], o: RowOutcome): void {
    within(() => this.cells(cells, o));
  }

  private cells(cells: readonly string[], o: RowOutcome): void {
    const cut = this.book.cut;
    const x = this.book.startRow();
    for (const c of cells) x.text(c);
    x.text(o.status);
    x.text(o.error ?? '');
    const s = o.settlement;
    x.money(s?.inScope);
    x.money(s?.deductibleApplied);
    x.ratio(s && s.ratio !== null ? s.ratio / 10000 : undefined);
    for (const key of MONEY_AFTER_RATIO) x.money(s?.[key]);
    if (this.check) x.money(o.difference);
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
