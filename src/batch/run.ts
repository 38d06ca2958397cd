// `yibao batch` and `yibao check`, the whole run, as a library the CLI calls with its settings:
// open the input and the output, stream the rows through settleRow in input order, write one
// output row per input row (blank records are skipped and counted), and return the tally for the
// summary. Before the first row it says on stderr which column is read as which field
// (report.ts) and refuses a file with no column for a required field. File-level problems throw
// UsageError (exit 2) after removing any temporary output; the caller decides the exit code.
import type { Readable } from 'node:stream';
import type { Override } from '../engine/types.js';
import type { Text } from '../domain.js';
import type { ClaimDefaults } from '../claim/index.js';
import type { Policy } from '../policy/schema.js';
import { UsageError } from '../errors.js';
import type { Encoding } from './decode.js';
import type { RecordProblem } from './csv.js';
import { csvRecords, jsonlLines, openInput, textChunks, type Format, type InputFlavour, type OpenedInput, type OutputFormat } from './input.js';
import { Ledger } from './ledger.js';
import { isModel2 } from './carry-v2.js';
import { batchMessages as M } from './messages.js';
import { OutputClosed, fileSink, stdoutSink, type Sink } from './output.js';
import { PolicyCache } from './policies.js';
import { settleRow, type Lang, type RowOutcome, type RowSettings, type RowValues } from './row.js';
import { FastRows } from './fast-row.js';
import { CsvTable, inputColumns, type CellNote, type FlagValues } from './table.js';
import { JsonlTable, type JsonRow } from './jsonl-table.js';
import { aboveHeaderReport, columnsReport, missingColumns } from './report.js';
import { HeaderFinder, type HeaderChoice, type Held } from './header.js';
import { Tally, progressBar, wantsProgressBar, type Progress } from './summary.js';
import { CsvWriter, JsonlWriter, type RowWriter } from './writers.js';
import type { SheetProblem } from './workbook-records.js';
import type { Book } from '../xlsx/read.js';
import { namesFile } from '../io/out-file.js';
import { xlsxInstead } from './long-digits.js';
import { safeJsonText, safeText } from '../safe-text.js';

export interface BatchOptions {
  file: string;
  check: boolean;
  inputFormat?: Format | undefined;
  outputFormat?: OutputFormat | undefined;
  encoding?: Encoding | undefined;
  /** --sheet: the sheet of a workbook to read (default: the first). */
  sheet?: string | undefined;
  out?: string | undefined;
  /** --bom / --no-bom for CSV output; undefined: a BOM when the input had one, was GB18030 or UTF-16, or was a workbook and --out ends in .csv. */
  bom?: boolean | undefined;
  /** --raw-cells: echoed CSV cells exactly as read (no leading ' before a formula-like cell). */
  rawCells?: boolean | undefined;
  /** Claim fields given as flags: the value of a missing column or a blank cell. */
  flags: FlagValues;
  /** The city (--city or the default) and the date (--date only: a blank date cell is never today). */
  defaults: ClaimDefaults;
  overrides: readonly Override[];
  /** --policy: every row uses this policy. */
  policy?: { policy: Policy; file: string } | undefined;
  lang: Lang;
  signal?: AbortSignal | undefined;
}

export interface BatchStreams {
  stdin: Readable;
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
}

/** The output format: --output-format, else --out's extension, else the input's. */
function outputFormatOf(opts: BatchOptions, input: OpenedInput): OutputFormat {
  if (opts.outputFormat) return opts.outputFormat;
  const out = opts.out?.toLowerCase() ?? '';
  if (out.endsWith('.xlsx')) return 'xlsx';
  if (out.endsWith('.csv') || out.endsWith('.txt')) return 'csv';
  if (out.endsWith('.jsonl') || out.endsWith('.ndjson')) return 'jsonl';
  return input.format;
}

/**
 * The run was interrupted (SIGINT): what the output holds. `stdoutRows` is the number of rows
 * (in input order, after the header) already written to stdout; undefined when the output was
 * a file (never put in place) or not opened yet. A workbook on stdout is no workbook until its
 * end: what was written of it holds no row a spreadsheet can open.
 */
export class BatchInterrupted extends Error {
  constructor(
    readonly stdoutRows: number | undefined,
    /** The output format: a workbook cut short holds no rows at all. */
    readonly format?: OutputFormat,
  ) {
    super('interrupted');
    this.name = 'BatchInterrupted';
  }
}

/** Runs the batch; returns the tally. Throws UsageError for file-level problems, BatchInterrupted on the signal. */
export async function runBatch(opts: BatchOptions, io: BatchStreams): Promise<Tally> {
  const input = await openInput(opts.file, opts.inputFormat, io.stdin, opts.signal);
  let sink: Sink;
  try {
    // interrupted while the input was being opened (a FIFO waiting for its writer): nothing written
    if (opts.signal?.aborted) throw new BatchInterrupted(undefined);
    if (input.format !== 'csv' && opts.encoding !== undefined) throw new UsageError(M.jsonlEncoding(), 'bad_encoding');
    if (!opts.out && io.stdout.isTTY === true && outputFormatOf(opts, input) === 'xlsx') throw new UsageError(M.xlsxToTerminal(), 'xlsx_to_terminal');
    // Before anything is written: --out must never replace the file being read.
    if (opts.out && input.identity && (await namesFile(opts.out, input.identity))) throw new UsageError(M.outIsInput(opts.out, input.name), 'out_is_input');
    // Rows shown on a terminal are read by a person: the cells they echo cannot act on it.
    const onScreen = io.stdout.isTTY ? (outputFormatOf(opts, input) === 'jsonl' ? safeJsonText : safeText) : undefined;
    sink = opts.out ? await fileSink(opts.out, opts.signal) : stdoutSink(io.stdout as Parameters<typeof stdoutSink>[0], onScreen);
  } catch (error) {
    input.stream.destroy();
    throw error;
  }
  // The bar starts after the columns report (a bar already drawn would overwrite it on a terminal).
  const barWanted = wantsProgressBar(io.stderr, io.stdout, opts.out);
  const progress = new LateProgress(() => progressBar(barWanted, io.stderr, input.format === 'xlsx' ? undefined : input.size, opts.lang));
  const flavour: InputFlavour = { encoding: opts.encoding, bom: false };
  // A CSV for a spreadsheet gets a BOM, so that Excel reads it as UTF-8 rather than the system code page.
  const fromExcel = () =>
    input.format === 'xlsx' ? (opts.out?.toLowerCase().endsWith('.csv') ?? false) : input.format === 'csv' && (flavour.bom || (flavour.encoding ?? 'utf-8') !== 'utf-8');
  try {
    opts.signal?.throwIfAborted(); // e.g. while an --out FIFO waited for its reader
    const writer: RowWriter = await writerFor(outputFormatOf(opts, input), sink, opts, () => opts.bom ?? fromExcel());
    const run = new Run(opts, writer, progress, io.stderr);
    const csv = writer instanceof CsvWriter ? writer : undefined;
    if (csv) {
      // 18-digit IDs in a CSV: a spreadsheet spoils them; the summary says so and suggests an .xlsx
      run.tally.xlsxInstead = xlsxInstead(opts.out);
      csv.onLongDigits = (column) => run.tally.noteLongDigits(column);
    }
    let bytes = 0;
    if (input.format === 'xlsx') {
      // loaded only for a workbook: a CSV run never loads the XML parser and the zip reader
      const { xlsxRecords } = await import('./workbook-records.js');
      const book: Book = { sheets: [] };
      await run.table(xlsxRecords(input, opts.sheet, book, opts.signal), input.name, () => 0, () => (opts.sheet === undefined ? book.sheets : []), () => book.note);
    } else {
      const text = textChunks(input, flavour, (n) => (bytes += n));
      if (input.format === 'jsonl') await run.jsonl(text, input.name, () => bytes);
      else await run.table(csvRecords(text, input.delimiter), input.name, () => bytes);
    }
    opts.signal?.throwIfAborted();
    await writer.finish();
    run.tally.cellsCut = writer.cellsCut?.() ?? 0;
    return run.tally;
  } catch (error) {
    input.stream.destroy();
    await sink.abort();
    if (opts.signal?.aborted && !(error instanceof OutputClosed)) throw new BatchInterrupted(opts.out ? undefined : sink.rowsOut(), outputFormatOf(opts, input));
    throw error;
  } finally {
    progress.stop();
  }
}

async function writerFor(format: OutputFormat, sink: Sink, opts: BatchOptions, bom: () => boolean): Promise<RowWriter> {
  if (format === 'jsonl') return new JsonlWriter(sink, opts.check);
  if (format === 'xlsx') {
    const { XlsxWriter } = await import('./workbook-writer.js');
    return XlsxWriter.create(sink, opts.check);
  }
  return new CsvWriter(sink, opts.check, opts.rawCells === true, bom);
}

/** The progress bar, drawn only once begun (after the columns report); until then nothing. */
class LateProgress implements Progress {
  private bar: Progress | undefined;
  constructor(private readonly make: () => Promise<Progress>) {}
  async begin(): Promise<void> {
    this.bar ??= await this.make();
  }
  update(bytes: number, rows: number): void {
    this.bar?.update(bytes, rows);
  }
  stop(): void {
    this.bar?.stop();
  }
}

/** A batch of records from CSV (lines: each record's line as read, when reusable; problems: records that could not be read) or a sheet (notes). */
interface Records {
  records: string[][];
  lines?: (string | undefined)[];
  notes?: (CellNote[] | undefined)[];
  problems?: (RecordProblem | SheetProblem)[];
}

class Run {
  readonly tally = new Tally();
  private readonly ledger = new Ledger();
  private readonly policies: PolicyCache;
  private readonly settings: RowSettings;
  /** Rows settled from their combination's claim (fast-row.ts), where the file and the command allow. */
  private fast: FastRows | undefined;

  constructor(
    private readonly opts: BatchOptions,
    private readonly writer: RowWriter,
    private readonly progress: LateProgress,
    private readonly stderr: BatchStreams['stderr'],
  ) {
    this.policies = new PolicyCache(opts.policy);
    this.settings = { defaults: { ...opts.defaults, fixedShape: this.model2Claims(false) }, overrides: opts.overrides, check: opts.check, lang: opts.lang };
  }

  /**
   * Whether rows are parsed into claims of one fixed shape (ClaimDefaults.fixedShape): where they
   * carry model-2 fields (a model-2 column, or a --policy file of model 2, whose totals are carried
   * onto each claim). A model-1 claim has few shapes already, and the fuller object costs it more.
   */
  private model2Claims(model2Columns: boolean): boolean {
    return model2Columns || (this.opts.policy !== undefined && isModel2(this.opts.policy.policy));
  }

  /** The row's outcome; a promise only the first time a city's policy is needed. */
  private outcome(values: RowValues): RowOutcome | Promise<RowOutcome> {
    const o = settleRow(values, this.settings, this.ledger, this.policies);
    if ('needCity' in o) return this.policies.load(o.needCity).then(() => this.outcome(values));
    this.tally.add(o);
    return o;
  }

  /** The header: the columns read, said on stderr; a file without a required column is refused. */
  private start(header: string[], name: string, sheets: readonly string[], above: readonly Held[], note?: Text): CsvTable {
    const table = new CsvTable(header, { flags: this.opts.flags, check: this.opts.check, raw: this.opts.rawCells === true });
    const missing = table.missing();
    if (missing.length > 0) {
      const why = missingColumns(name, missing, table.columns);
      const hint = sheets.length > 1 ? M.otherSheets(sheets) : undefined; // the claims may be on another sheet
      const code = missing.includes('reported_fund') && missing.length === 1 ? 'no_reported_fund' : 'missing_column';
      throw new UsageError(hint ? { zh: `${why.zh}\n${hint.zh}`, en: `${why.en}\n${hint.en}` } : why, code);
    }
    if (note) this.stderr.write(note[this.opts.lang]); // names escaped by the message
    if (above.length > 0) this.stderr.write(safeText(aboveHeaderReport(above.map((h) => h.record), this.opts.lang)));
    this.stderr.write(safeText(columnsReport(table.columns, this.opts.lang)));
    this.settings.names = table.names;
    this.settings.defaults = { ...this.opts.defaults, source: table.source, fixedShape: this.model2Claims(table.source.model2) };
    for (const c of table.shadowed) this.tally.shadowed.add(c);
    this.fast = FastRows.of(table, this.settings, this.ledger, this.policies, this.opts.policy?.policy);
    this.writer.header(table.echoColumns);
    return table;
  }

  /**
   * One data row: skipped and counted when blank, else settled and written. Synchronous except
   * the first time a city's policy is loaded (then the promise to wait for): an async function
   * per row, a promise and an await for each of a million rows, cost about half a second.
   */
  private row(table: CsvTable, record: string[], line: string | undefined, notes: readonly CellNote[] | undefined): Promise<void> | undefined {
    if (table.blank(record)) {
      this.tally.blank++;
      return undefined;
    }
    const fast = notes === undefined ? this.fast?.row(record, line) : undefined;
    if (fast) {
      this.tally.add(fast);
      this.writer.tableRow(table, record, line, fast);
      return undefined;
    }
    const o = this.outcome(table.values(record, notes, line));
    if (o instanceof Promise) return o.then((settled) => this.writer.tableRow(table, record, line, settled));
    this.writer.tableRow(table, record, line, o);
    return undefined;
  }

  /** The header chosen (header.ts): the table, then the rows read while it was being found. */
  private async begin(choice: HeaderChoice, name: string, sheets: readonly string[], note?: Text): Promise<CsvTable> {
    const table = this.start(choice.header.record, name, sheets, choice.above, note);
    await this.progress.begin();
    for (const { record, line, notes } of choice.rows) await this.row(table, record, line, notes);
    return table;
  }

  /** CSV, TSV or a sheet: the header is the first record that reads like one (header.ts). */
  async table(batches: AsyncIterable<Records>, name: string, bytes: () => number, sheets: () => readonly string[] = () => [], note: () => Text | undefined = () => undefined): Promise<void> {
    let table: CsvTable | undefined;
    const finder = new HeaderFinder();
    for await (const { records, lines, notes, problems } of batches) {
      const before = this.tally.rows;
      const unread = problems && problems.length > 0 ? new Map(problems.map((p) => [p.index, p])) : undefined;
      for (let r = 0; r < records.length; r++) {
        const record = records[r]!;
        const problem = unread?.get(r);
        if (!table) {
          // The header itself unreadable: there is no table to report rows against.
          if (problem) throw new UsageError('header' in problem ? problem.header : M.unreadableHeader(name, problem), 'csv_syntax');
          if (record.every((c) => c.trim() === '')) {
            // a blank line after the header ends its wait for a second row; above it, it is skipped
            const settled = finder.settle();
            if (!settled) continue;
            table = await this.begin(settled, name, sheets(), note());
            const waiting = this.row(table, record, lines?.[r], notes?.[r]);
            if (waiting) await waiting;
            continue;
          }
          const choice = finder.offer({ record, line: lines?.[r], notes: notes?.[r] });
          if (choice) table = await this.begin(choice, name, sheets(), note());
          continue;
        }
        if (problem) {
          // A record that could not be read is that row's error; the rows after it stand.
          const o: RowOutcome = { status: 'error', error: `row: ${('message' in problem ? problem.message : M.unreadableRow(problem))[this.opts.lang]}` };
          this.tally.add(o);
          this.writer.tableRow(table, [], undefined, o);
          continue;
        }
        const waiting = this.row(table, record, lines?.[r], notes?.[r]);
        if (waiting) await waiting;
      }
      await this.writer.flush(this.tally.rows - before);
      this.progress.update(bytes(), this.tally.rows);
      this.opts.signal?.throwIfAborted();
    }
    if (!table) {
      const choice = finder.end();
      if (!choice) throw new UsageError(M.noHeader(name), 'empty_file');
      const before = this.tally.rows;
      await this.begin(choice, name, sheets(), note());
      await this.writer.flush(this.tally.rows - before);
    }
  }

  async jsonl(text: AsyncIterable<string>, name: string, bytes: () => number): Promise<void> {
    const check = this.opts.check;
    const table = new JsonlTable(this.opts.flags);
    let columns: string[] | undefined;
    let known: Set<string> | undefined;
    for await (const lines of jsonlLines(text)) {
      const before = this.tally.rows;
      await this.progress.begin();
      for (const line of lines) {
        if (typeof line !== 'string' && this.tally.rows === 0) throw new UsageError(M.longFirstLine(name, line.tooLong), 'too_long');
        const row: JsonRow = typeof line === 'string' ? table.parse(line) : { text: '', problem: M.longLine(line.tooLong) };
        let o = this.outcome(table.values(row));
        if (o instanceof Promise) o = await o;
        const echo = table.echoObject(row);
        // CSV and XLSX from JSONL, streaming: the header is fixed by the first line, its keys, or
        // the contract's input columns when it is not an object. Keys a later line adds cannot be
        // written; they are counted for the summary, never dropped silently.
        if (!columns) {
          columns = 'object' in row ? Object.keys(echo) : inputColumns(check);
          known = new Set(columns);
          this.writer.header(columns);
        }
        const extra = Object.keys(echo).filter((k) => !known!.has(k));
        if (extra.length > 0) this.tally.noteOutside(this.tally.rows, extra);
        this.writer.objectRow(echo, columns, o);
      }
      await this.writer.flush(this.tally.rows - before);
      this.progress.update(bytes(), this.tally.rows);
      this.opts.signal?.throwIfAborted();
    }
    for (const k of table.shadowed) this.tally.shadowed.add(k);
    if (!columns) this.writer.header(inputColumns(check));
  }
}
