// Batch output: the result columns (contract "Batch files") as CSV cells or JSON values, and
// the writers: stdout, or --out through src/io/out-file.ts (a temporary file renamed into place
// only when complete; a device or FIFO written in place; a directory refused).
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { formatBp, formatFen } from '../money/money.js';
import { UsageError } from '../errors.js';
import type { RowOutcome } from './row.js';
import type { Settlement } from '../engine/types.js';
import { csvCell } from './csv.js';
import { defuse } from './cells.js';
import { openOutFile, outFileError } from '../io/out-file.js';
import { batchMessages as M } from './messages.js';
import { warningCodes } from './warnings.js';
import type { Utf8Out } from './utf8-out.js';

export const RESULT_COLUMNS = [
  'row_status',
  'error',
  'in_scope',
  'deductible_applied',
  'ratio',
  'fund_pays',
  'patient_share',
  'account_pays',
  'family_pays',
  'cash_due',
  'ytd_deductible_after',
  'ytd_fund_after',
] as const;

/** The layers of policy model 2 (contract "Rulebook structures"): after ytd_fund_after (and difference), before warnings. */
export const LAYER_COLUMNS = ['first_pay', 'second_layer_pays', 'assistance_pays', 'ytd_burden_after', 'ytd_second_after', 'ytd_assistance_after'] as const;

/** The settlement's field behind each layer column, in LAYER_COLUMNS' order. */
export const LAYER_FIELDS = ['firstPay', 'secondLayerPays', 'assistancePays', 'ytdBurdenAfter', 'ytdSecondAfter', 'ytdAssistanceAfter'] as const satisfies readonly (keyof Settlement)[];

/** The result columns of batch (and check: difference), then the layers; `warnings` is always the last. */
export const resultColumns = (check: boolean): string[] => [...RESULT_COLUMNS, ...(check ? ['difference'] : []), ...LAYER_COLUMNS, 'warnings'];

const EMPTY_RESULT = RESULT_COLUMNS.slice(2).map(() => '');
const EMPTY_LAYERS = LAYER_COLUMNS.map(() => '');

/** The layer cells of a settled row, each amount formatted. */
const layerCells = (s: Settlement): string[] => LAYER_FIELDS.map((f) => (f === 'ytdBurdenAfter' && s.ytdBurdenOpen ? '' : formatFen(s[f])));

/** The result cells of a row as CSV text (empty amounts for a row that did not settle). */
function resultCells(o: RowOutcome, check: boolean): string[] {
  const s = o.settlement;
  const cells = s
    ? [
        o.status,
        o.error ?? '',
        formatFen(s.inScope),
        formatFen(s.deductibleApplied),
        s.ratio === null ? '' : formatBp(s.ratio),
        formatFen(s.fundPays),
        formatFen(s.patientShare),
        formatFen(s.accountPays),
        formatFen(s.familyPays),
        formatFen(s.cashDue),
        formatFen(s.ytdDeductibleAfter),
        formatFen(s.ytdFundAfter),
      ]
    : [o.status, o.error ?? '', ...EMPTY_RESULT];
  if (check) cells.push(o.difference === undefined ? '' : formatFen(o.difference));
  cells.push(...(s ? layerCells(s) : EMPTY_LAYERS));
  cells.push(warningCodes(o.warnings));
  return cells;
}

const EMPTY_LINE = EMPTY_RESULT.join(',');
const EMPTY_LAYER_TEXT = `,${EMPTY_LAYERS.join(',')}`;
/** The layer cells of a row of a policy without model 2's layers (nearly every row): all zero. */
const ZERO_LAYER_TEXT = `,${LAYER_COLUMNS.map(() => '0.00').join(',')}`;

/** The layer cells as the middle of a CSV line: `,first_pay,…,ytd_assistance_after`. */
function layerText(s: Settlement): string {
  if (s.firstPay === 0 && s.secondLayerPays === 0 && s.assistancePays === 0 && s.ytdBurdenAfter === 0 && s.ytdSecondAfter === 0 && s.ytdAssistanceAfter === 0) return ZERO_LAYER_TEXT;
  // an open rule that changes only the year's burden (carried_unknown): the cell is empty, the warning says each option's
  const burden = s.ytdBurdenOpen ? '' : formatFen(s.ytdBurdenAfter);
  return `,${formatFen(s.firstPay)},${formatFen(s.secondLayerPays)},${formatFen(s.assistancePays)},${burden},${formatFen(s.ytdSecondAfter)},${formatFen(s.ytdAssistanceAfter)}`;
}

/**
 * The ratio cell, each value formatted once: a policy has a handful of ratios and every row
 * shows one (bounded, in case --set gives many).
 */
const RATIO_TEXT = new Map<number, string>();
function ratioText(bp: number): string {
  let text = RATIO_TEXT.get(bp);
  if (text === undefined) {
    if (RATIO_TEXT.size >= 1000) RATIO_TEXT.clear();
    RATIO_TEXT.set(bp, (text = formatBp(bp)));
  }
  return text;
}

/**
 * The result cells as the tail of a CSV line, with its LF: the same text as csvJoin(resultCells),
 * built directly because it runs once per row. Only the error cell can need quotes; a row
 * that settled can still carry an error (check: a bad reported_fund).
 */
export function resultLine(o: RowOutcome, check: boolean): string {
  const s = o.settlement;
  const codes = warningCodes(o.warnings); // codes: no comma or quote to escape
  const layers = s ? layerText(s) : EMPTY_LAYER_TEXT;
  const tail = check ? (o.difference === undefined ? `,${layers},${codes}
` : `,${formatFen(o.difference)}${layers},${codes}
`) : `${layers},${codes}
`;
  // The error quotes the input (a column's header, a cell): never a live formula, even with --raw-cells.
  if (!s) return `${o.status},${o.error === undefined ? '' : csvCell(defuse(o.error))},${EMPTY_LINE}${tail}`;
  const ratio = s.ratio === null ? '' : ratioText(s.ratio);
  const error = o.error === undefined ? '' : csvCell(defuse(o.error));
  return `${o.status},${error},${formatFen(s.inScope)},${formatFen(s.deductibleApplied)},${ratio},${formatFen(s.fundPays)},${formatFen(s.patientShare)},${formatFen(s.accountPays)},${formatFen(s.familyPays)},${formatFen(s.cashDue)},${formatFen(s.ytdDeductibleAfter)},${formatFen(s.ytdFundAfter)}${tail}`;
}

/**
 * The result cells of a row appended to `out` as bytes: the same bytes as resultLine's text in
 * UTF-8, without its strings (an amount is written digit by digit). A row with an error text (or
 * none settled) is rare and takes resultLine's.
 */
export function writeResult(out: Utf8Out, o: RowOutcome, check: boolean): void {
  const s = o.settlement;
  if (!s || o.error !== undefined) {
    out.add(resultLine(o, check));
    return;
  }
  out.ascii(o.status);
  out.byte(COMMA);
  out.cellFen(s.inScope);
  out.cellFen(s.deductibleApplied);
  out.byte(COMMA);
  if (s.ratio !== null) out.ascii(ratioText(s.ratio));
  out.cellFen(s.fundPays);
  out.cellFen(s.patientShare);
  out.cellFen(s.accountPays);
  out.cellFen(s.familyPays);
  out.cellFen(s.cashDue);
  out.cellFen(s.ytdDeductibleAfter);
  out.cellFen(s.ytdFundAfter);
  if (check) {
    out.byte(COMMA);
    if (o.difference !== undefined) out.fen(o.difference);
  }
  if (s.firstPay === 0 && s.secondLayerPays === 0 && s.assistancePays === 0 && s.ytdBurdenAfter === 0 && s.ytdSecondAfter === 0 && s.ytdAssistanceAfter === 0) out.ascii(ZERO_LAYER_TEXT);
  else {
    out.cellFen(s.firstPay);
    out.cellFen(s.secondLayerPays);
    out.cellFen(s.assistancePays);
    out.byte(COMMA);
    if (!s.ytdBurdenOpen) out.fen(s.ytdBurdenAfter);
    out.cellFen(s.ytdSecondAfter);
    out.cellFen(s.ytdAssistanceAfter);
  }
  out.byte(COMMA);
  out.ascii(warningCodes(o.warnings));
  out.byte(LF);
}
const COMMA = 44;
const LF = 10;

/** The result fields of a row as JSON values (null where the CSV cell is empty). */
export function resultObject(o: RowOutcome, check: boolean): Record<string, string | null> {
  const cells = resultCells(o, check);
  const names = resultColumns(check);
  const out: Record<string, string | null> = {};
  for (let i = 0; i < names.length; i++) out[names[i]!] = cells[i] === '' ? null : cells[i]!;
  return out;
}

export interface Sink {
  /** True when rows may be handed as bytes (a file; stdout takes text, escaped on a terminal). */
  readonly bytes?: boolean;
  /** Text (CSV, JSONL) or bytes (an .xlsx); `rows`: how many output rows it holds (a header is none). */
  write(data: string | Uint8Array, rows?: number): Promise<void> | void;
  /** The rows handed to the output so far (whole rows: a row still buffered is not counted). */
  rowsOut(): number;
  /** Flushes and, for a file, renames the temporary file into place. */
  finish(): Promise<void>;
  /** Drops what was written: removes the temporary file. */
  abort(): Promise<void>;
}

const FLUSH = 64 * 1024;

type Out = { write(chunk: string | Uint8Array): unknown; once?: Writable['once']; on?: Writable['on']; off?: Writable['off'] };

/** The reader of stdout went away (`yibao batch … | head`): the run stops quietly. */
export class OutputClosed extends Error {
  constructor() {
    super('output closed');
    this.name = 'OutputClosed';
  }
}

/** Buffers small writes into large ones, waits when the stream asks it to, and keeps its error. */
class Buffered {
  private buf = '';
  private bufRows = 0;
  /** Rows handed to the stream. */
  rowsOut = 0;
  failure: NodeJS.ErrnoException | undefined;
  private readonly onError = (error: NodeJS.ErrnoException) => {
    this.failure ??= error;
  };

  /** `escape`: applied to what is written (rows shown on a terminal). */
  constructor(
    private readonly out: Out,
    private readonly escape?: (text: string) => string,
  ) {
    out.on?.('error', this.onError);
  }

  write(data: string | Uint8Array, rows = 0): Promise<void> | void {
    if (this.failure) throw this.failure;
    this.bufRows += rows;
    if (typeof data !== 'string') return this.flush(data); // bytes are large chunks already
    this.buf += data;
    if (this.buf.length >= FLUSH) return this.flush();
  }

  flush(bytes?: Uint8Array): Promise<void> | void {
    if (this.failure) throw this.failure;
    if (this.buf === '' && bytes === undefined) return;
    let ok = true;
    if (this.buf !== '') ok = this.out.write(this.escape ? this.escape(this.buf) : this.buf) !== false;
    if (bytes !== undefined) ok = this.out.write(bytes) !== false && ok;
    this.buf = '';
    this.rowsOut += this.bufRows;
    this.bufRows = 0;
    // events.once rejects if the stream fails while we wait, so this cannot hang.
    if (!ok && typeof this.out.once === 'function') return once(this.out as Writable, 'drain').then(() => undefined);
  }

  detach(): void {
    this.out.off?.('error', this.onError);
  }
}

/** The last write's completion on a real stream (its callback), so that its error is known. */
function written(out: Out): Promise<void> {
  if (typeof out.on !== 'function') return Promise.resolve();
  return new Promise((resolve, reject) => {
    (out as Writable).write('', (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * stdout. A closed pipe (`… | head`) stops the run quietly (OutputClosed); any other write
 * error (a full disk, a closed descriptor) is exit 2 with a message, and the run does not report
 * success: finish() waits for the last write to be done before the summary is printed.
 * `escape`, when stdout is a terminal: the rows are for a person's eyes, their cells escaped.
 */
export function stdoutSink(stdout: Out, escape?: (text: string) => string): Sink {
  const b = new Buffered(stdout, escape);
  const guarded = async (step: () => Promise<void> | void) => {
    try {
      await step();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') throw new OutputClosed();
      if (typeof code === 'string') throw new UsageError(M.stdoutUnwritable(b.failure?.code ?? code), 'unwritable');
      throw error;
    }
  };
  return {
    write: (t, rows) => guarded(() => b.write(t, rows)),
    rowsOut: () => b.rowsOut,
    finish: async () => {
      try {
        await guarded(async () => {
          await b.flush();
          await written(stdout);
          if (b.failure) throw b.failure;
        });
      } finally {
        b.detach();
      }
    },
    abort: async () => {
      b.detach();
    },
  };
}

export { stdoutWasClosed } from '../io/closed-stdout.js';

/** --out FILE (src/io/out-file.ts: temporary file + rename, or in place for a device or FIFO). */
export async function fileSink(path: string, signal?: AbortSignal): Promise<Sink> {
  const out = await openOutFile(path, signal).catch((error: unknown) => {
    throw new UsageError(outFileError(path, error).messages, 'unwritable');
  });
  const b = new Buffered(out.stream);
  const unwritable = (error: unknown) => new UsageError(outFileError(path, error).messages, 'unwritable');
  return {
    bytes: true,
    rowsOut: () => b.rowsOut,
    write: async (t, rows) => {
      try {
        await b.write(t, rows);
      } catch (error) {
        throw unwritable(error);
      }
    },
    finish: async () => {
      try {
        await b.flush();
        await out.commit();
      } catch (error) {
        await out.discard();
        throw unwritable(error);
      } finally {
        b.detach();
      }
    },
    abort: async () => {
      b.detach();
      await out.discard();
    },
  };
}
