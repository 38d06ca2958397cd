// `yibao batch` and `yibao check`, the whole run: open the input and the output, stream the
// rows through settleRow in input order, write one output row per input row, and return the
// tally for the summary. File-level problems throw UsageError (exit 2) after removing any
// temporary output; the caller decides the exit code from the tally.
import type { Readable } from 'node:stream';
import type { Override } from '../engine/types.js';
import type { ClaimDefaults } from '../claim/index.js';
import type { Policy } from '../policy/schema.js';
import { UsageError } from '../errors.js';
import type { Encoding } from './decode.js';
import { csvRecords, jsonlLines, openInput, textChunks, type Format, type InputFlavour } from './input.js';
import { Ledger } from './ledger.js';
import { batchMessages as M } from './messages.js';
import { OutputClosed, fileSink, resultColumns, resultLine, resultObject, stdoutSink, type Sink } from './output.js';
import { PolicyCache } from './policies.js';
import { settleRow, type Lang, type RowOutcome, type RowSettings, type RowValues } from './row.js';
import { CsvTable, JsonlTable, inputColumns, type FlagValues, type JsonRow } from './table.js';
import { csvJoin, csvLine } from './csv.js';
import { Tally, progressBar, type Progress } from './summary.js';
import { namesFile } from '../io/out-file.js';

export interface BatchOptions {
  file: string;
  check: boolean;
  inputFormat?: Format | undefined;
  outputFormat?: Format | undefined;
  encoding?: Encoding | undefined;
  out?: string | undefined;
  /** Claim fields given as flags: the value of a missing column or a blank cell. */
  flags: FlagValues;
  defaults: ClaimDefaults;
  overrides: readonly Override[];
  /** --policy: every row uses this policy. */
  policy?: { policy: Policy; file: string } | undefined;
  lang: Lang;
  signal?: AbortSignal | undefined;
}

export interface BatchStreams {
  stdin: Readable;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
}

/**
 * The run was interrupted (SIGINT): what the output holds. `stdoutRows` is the number of rows
 * (in input order, after the header) already written to stdout; undefined when the output was
 * a file (never put in place) or not opened yet.
 */
export class BatchInterrupted extends Error {
  constructor(readonly stdoutRows: number | undefined) {
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
    if (input.format === 'jsonl' && opts.encoding === 'gb18030') throw new UsageError(M.jsonlEncoding(), 'bad_encoding');
    // Before anything is written: --out must never replace the file being read.
    if (opts.out && input.identity && (await namesFile(opts.out, input.identity))) throw new UsageError(M.outIsInput(opts.out, input.name), 'out_is_input');
    sink = opts.out ? await fileSink(opts.out, opts.signal) : stdoutSink(io.stdout);
  } catch (error) {
    input.stream.destroy();
    throw error;
  }
  const progress = await progressBar(io.stderr, input.size, opts.lang);
  try {
    opts.signal?.throwIfAborted(); // e.g. while an --out FIFO waited for its reader
    const run = new Run(opts, sink, progress);
    let bytes = 0;
    const flavour: InputFlavour = { encoding: opts.encoding, bom: false };
    const text = textChunks(input, flavour, (n) => (bytes += n));
    if (input.format === 'csv') await run.csv(text, input.name, () => bytes, flavour);
    else await run.jsonl(text, input.name, () => bytes);
    opts.signal?.throwIfAborted();
    await sink.finish();
    return run.tally;
  } catch (error) {
    input.stream.destroy();
    await sink.abort();
    if (opts.signal?.aborted && !(error instanceof OutputClosed)) throw new BatchInterrupted(opts.out ? undefined : sink.rowsOut());
    throw error;
  } finally {
    progress.stop();
  }
}

class Run {
  readonly tally = new Tally();
  private readonly ledger = new Ledger();
  private readonly policies: PolicyCache;
  private readonly settings: RowSettings;
  private readonly outFormat: Format | undefined;

  constructor(
    private readonly opts: BatchOptions,
    private readonly sink: Sink,
    private readonly progress: Progress,
  ) {
    this.policies = new PolicyCache(opts.policy);
    this.settings = { defaults: opts.defaults, overrides: opts.overrides, check: opts.check, lang: opts.lang };
    this.outFormat = opts.outputFormat;
  }

  /** The row's outcome; a promise only the first time a city's policy is needed. */
  private outcome(values: RowValues): RowOutcome | Promise<RowOutcome> {
    const o = settleRow(values, this.settings, this.ledger, this.policies);
    if ('needCity' in o) return this.policies.load(o.needCity).then(() => this.outcome(values));
    this.tally.add(o);
    return o;
  }

  async csv(text: AsyncIterable<string>, name: string, bytes: () => number, flavour: InputFlavour): Promise<void> {
    const json = this.outFormat === 'jsonl';
    const check = this.opts.check;
    let table: CsvTable | undefined;
    for await (const { records, lines, problems } of csvRecords(text)) {
      let out = '';
      const before = this.tally.rows;
      const unread = problems.length > 0 ? new Map(problems.map((p) => [p.index, p])) : undefined;
      for (let r = 0; r < records.length; r++) {
        const record = records[r]!;
        const problem = unread?.get(r);
        if (!table) {
          // The header itself unreadable: there is no table to report rows against.
          if (problem) throw new UsageError(M.unreadableHeader(name, problem), 'csv_syntax');
          table = new CsvTable(record, this.opts.flags);
          if (check && !table.has('reported_fund')) throw new UsageError(M.noReportedColumn(), 'no_reported_fund');
          for (const c of table.shadowed) this.tally.shadowed.add(c);
          // A file from Excel (a BOM, or GB18030) gets a UTF-8 BOM back, so that Excel reads the
          // result as UTF-8 rather than as the system code page.
          const bom = flavour.bom || flavour.encoding === 'gb18030' ? '\ufeff' : '';
          if (!json) out += bom + csvLine([...table.echoColumns, ...resultColumns(check)]);
          continue;
        }
        if (problem) {
          // A record that could not be read is that row's error; the rows after it stand.
          const o: RowOutcome = { status: 'error', error: `row: ${M.unreadableRow(problem)[this.opts.lang]}` };
          this.tally.add(o);
          out += this.csvRow(table, [], undefined, o);
          continue;
        }
        let o = this.outcome(table.values(record));
        if (o instanceof Promise) o = await o;
        out += this.csvRow(table, record, lines[r], o);
      }
      await this.sink.write(out, this.tally.rows - before);
      this.progress.update(bytes(), this.tally.rows);
      this.opts.signal?.throwIfAborted();
    }
    if (!table) throw new UsageError(M.noHeader(name), 'empty_file');
  }

  /** One output row of a CSV input, as CSV or JSONL. */
  private csvRow(table: CsvTable, record: string[], line: string | undefined, o: RowOutcome): string {
    const check = this.opts.check;
    if (this.outFormat === 'jsonl') {
      const echo: Record<string, string> = Object.create(null) as Record<string, string>; // a __proto__ column is data
      const cells = table.echo(record);
      table.echoColumns.forEach((c, i) => (echo[c] = cells[i]!));
      return `${JSON.stringify({ ...echo, ...resultObject(o, check) })}\n`;
    }
    return table.echoColumns.length === 0 ? resultLine(o, check) : `${table.echoLine(record, line)},${resultLine(o, check)}`;
  }

  async jsonl(text: AsyncIterable<string>, name: string, bytes: () => number): Promise<void> {
    const csvOut = this.outFormat === 'csv';
    const check = this.opts.check;
    const table = new JsonlTable(this.opts.flags);
    let columns: string[] | undefined;
    let known: Set<string> | undefined;
    for await (const lines of jsonlLines(text)) {
      let out = '';
      const before = this.tally.rows;
      for (const line of lines) {
        if (typeof line !== 'string' && this.tally.rows === 0) throw new UsageError(M.longFirstLine(name, line.tooLong), 'too_long');
        const row: JsonRow = typeof line === 'string' ? table.parse(line) : { text: '', problem: M.longLine(line.tooLong) };
        let o = this.outcome(table.values(row));
        if (o instanceof Promise) o = await o;
        const echo = table.echoObject(row);
        if (!csvOut) {
          out += `${JSON.stringify({ ...echo, ...resultObject(o, check) })}\n`;
          continue;
        }
        // CSV from JSONL, streaming: the header is fixed by the first line, its keys, or the
        // contract's input columns when it is not an object. Keys a later line adds cannot be
        // written; they are counted for the summary, never dropped silently.
        if (!columns) {
          columns = 'object' in row ? Object.keys(echo) : inputColumns(check);
          known = new Set(columns);
          out += csvLine([...columns, ...resultColumns(check)]);
        }
        const extra = Object.keys(echo).filter((k) => !known!.has(k));
        if (extra.length > 0) this.tally.noteOutside(this.tally.rows, extra);
        const cells = columns.map((c) => jsonCell(echo[c]));
        out += cells.length === 0 ? resultLine(o, check) : `${csvJoin(cells)},${resultLine(o, check)}`;
      }
      await this.sink.write(out, this.tally.rows - before);
      this.progress.update(bytes(), this.tally.rows);
      this.opts.signal?.throwIfAborted();
    }
    for (const k of table.shadowed) this.tally.shadowed.add(k);
    if (csvOut && !columns) await this.sink.write(csvLine([...inputColumns(check), ...resultColumns(check)]));
  }
}

function jsonCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
