// Batch input: opens the file (or stdin for "-"), picks the format from the name or
// --input-format, decodes (UTF-8 or GB18030) and yields the rows in order, a chunk at a time,
// so memory stays flat whatever the size. File-level problems (cannot open, bad encoding)
// throw UsageError (exit 2); row-level ones (an unclosed quote, a record past the limits) travel with the row.
import { fstatSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { FileIdentity } from '../io/out-file.js';
import { openFifoAbortably } from '../io/fifo.js';
import { addAbortSignal, type Readable } from 'node:stream';
import { UsageError } from '../errors.js';
import { CsvReader, MAX_RECORD_CHARS, type Dialect, type RecordProblem } from './csv.js';
import { bareCrAfterCrlf, detectDelimiter, detectNewline } from './dialect.js';
import { Decoder, EncodingError, bomEncoding, detectEncoding, utf8Throughout, type Encoding } from './decode.js';
import { batchMessages as M } from './messages.js';

/** --input-format: csv and tsv are both read as delimited text (`delimiter` fixed by the flag). */
export type Format = 'xlsx' | 'xls' | 'ods' | 'csv' | 'tsv' | 'jsonl';
export type OutputFormat = 'xlsx' | 'csv' | 'jsonl';

export interface OpenedInput {
  name: string;
  format: 'xlsx' | 'csv' | 'jsonl';
  /** A workbook's kind: .xlsx (also .xlsm), .xls (Excel 97-2003) or .ods (LibreOffice). */
  book?: 'xlsx' | 'xls' | 'ods' | undefined;
  /** The delimiter of csv input when the flag or the extension fixes it; else detected from the header. */
  delimiter?: Dialect['delimiter'] | undefined;
  /** Size in bytes when known (a file), for the progress bar. */
  size: number | undefined;
  /** The path of a regular file (which can be read twice); undefined for stdin, a FIFO, a device. */
  path?: string | undefined;
  stream: Readable;
  /** The regular file read (device and inode), so that --out can never name it; else undefined. */
  identity?: FileIdentity | undefined;
}

const CHUNK = 64 * 1024;

/**
 * The input format from --input-format or the file's extension. A .csv or .txt file (Excel saves
 * its "Unicode text" as .txt) may be comma- or tab-separated: the header line decides.
 */
function formatOf(file: string, given: Format | undefined): Pick<OpenedInput, 'format' | 'delimiter' | 'book'> {
  if (given === 'tsv') return { format: 'csv', delimiter: '\t' };
  if (given === 'xls' || given === 'ods') return { format: 'xlsx', book: given };
  if (given === 'csv') return { format: 'csv', delimiter: ',' };
  if (given) return { format: given };
  if (file === '-') return { format: 'csv' };
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return { format: 'csv' };
  if (lower.endsWith('.tsv') || lower.endsWith('.tab')) return { format: 'csv', delimiter: '\t' };
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) return { format: 'xlsx' };
  if (lower.endsWith('.xls') || lower.endsWith('.et')) return { format: 'xlsx', book: 'xls' };
  if (lower.endsWith('.ods')) return { format: 'xlsx', book: 'ods' };
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return { format: 'jsonl' };
  throw new UsageError(M.unknownFormat(file), 'unknown_format');
}

/**
 * Opens the input. Any readable path that is not a directory is read as a stream: a file, a
 * FIFO, /dev/stdin, a process substitution (/dev/fd/63). A directory, a missing or an unreadable
 * path is a UsageError (exit 2) that says which.
 */
export async function openInput(file: string, format: Format | undefined, stdin: Readable, signal?: AbortSignal): Promise<OpenedInput> {
  const fmt = formatOf(file, format);
  // /dev/stdin is the stream already open: opening the path again fails when stdin is a socket.
  if (file === '-' || file === '/dev/stdin') {
    return { name: 'stdin', ...fmt, size: undefined, stream: signal ? addAbortSignal(signal, stdin) : stdin, identity: descriptorIdentity(stdin) };
  }
  const fail = (error: NodeJS.ErrnoException): never => {
    throw new UsageError(M.unreadable(file, error.code ?? 'error'), 'unreadable');
  };
  const info = await stat(file).catch(fail);
  if (info.isDirectory()) throw new UsageError(M.inputIsDirectory(file), 'unreadable');
  // A FIFO waits for its writer here: Ctrl-C must still end the run at once (fifo.ts).
  const opening = () => open(file, 'r').catch(fail);
  const handle = info.isFIFO() ? await openFifoAbortably(file, true, signal, opening) : await opening();
  // The file actually opened (fstat), whatever path spelling or link led to it.
  const opened = await handle.stat({ bigint: true }).catch(() => undefined);
  const stream = handle.createReadStream({ highWaterMark: CHUNK });
  // Only a regular file has a size the progress bar can count towards.
  const size = info.isFile() ? info.size : undefined;
  const identity = opened?.isFile() ? { dev: opened.dev, ino: opened.ino } : undefined;
  // aborted already (Ctrl-C while a FIFO waited for its writer): the caller stops before reading
  return { name: file, ...fmt, size, path: info.isFile() ? file : undefined, stream: signal && !signal.aborted ? addAbortSignal(signal, stream) : stream, identity };
}

/** stdin's file when it is a regular file (`batch - < claims.csv`); undefined for a pipe or a test stream. */
function descriptorIdentity(stdin: Readable): FileIdentity | undefined {
  const fd = (stdin as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return undefined;
  try {
    const info = fstatSync(fd, { bigint: true });
    return info.isFile() ? { dev: info.dev, ino: info.ino } : undefined;
  } catch {
    return undefined;
  }
}

/** What the first bytes said about the input: its encoding and whether it began with a BOM. */
export interface InputFlavour {
  encoding: Encoding | undefined;
  bom: boolean;
}

/** Non-ASCII bytes that, all valid UTF-8, say the file is UTF-8 even if later bytes are not (a mixed file is an error). */
const UTF8_EVIDENCE = 16;

function nonAscii(b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < b.length; i++) if (b[i]! >= 0x80) n++;
  return n;
}

/**
 * The input's encoding: --encoding, else a BOM, else detected from the first chunk (decode.ts).
 * A regular file that looked like UTF-8 at first but has GB18030 bytes later is GB18030 from
 * the start; stdin and pipes cannot be read twice, so there the first chunk decides.
 */
async function encodingOf(input: OpenedInput, first: Uint8Array, given: Encoding | undefined): Promise<Encoding> {
  if (given) return given;
  if (input.format === 'jsonl') return 'utf-8';
  const bom = bomEncoding(first);
  if (bom) return bom;
  const detected = detectEncoding(first);
  if (detected !== 'utf-8' || input.path === undefined || nonAscii(first) >= UTF8_EVIDENCE) return detected;
  return (await utf8Throughout(input.path)) ? 'utf-8' : 'gb18030';
}

/** Decoded text chunks; `flavour.encoding` undefined means detect from the first chunk. */
export async function* textChunks(input: OpenedInput, flavour: InputFlavour, onBytes: (n: number) => void): AsyncGenerator<string> {
  let decoder: Decoder | undefined;
  try {
    for await (const chunk of input.stream as AsyncIterable<Buffer | string>) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      if (!decoder) {
        const given = flavour.encoding;
        flavour.bom = bomEncoding(bytes) !== undefined;
        flavour.encoding = await encodingOf(input, bytes, given);
        // GB18030 guessed (no flag, no BOM) only because the bytes were not UTF-8
        decoder = new Decoder(flavour.encoding, given === undefined && !flavour.bom && flavour.encoding === 'gb18030');
      }
      onBytes(bytes.length);
      yield decoder.write(bytes);
    }
    if (decoder) yield decoder.end();
  } catch (error) {
    if (error instanceof EncodingError) throw new UsageError(M.badEncoding(input.name, error), 'bad_encoding');
    throw error;
  }
}

export interface CsvBatch {
  records: string[][];
  /** Each record's line when it had no quotes, else undefined (see CsvReader.lines). */
  lines: (string | undefined)[];
  /** Records that could not be read (an empty record stands for each): usually none. */
  problems: RecordProblem[];
}

/**
 * CSV records (arrays of cells), the header first, in batches. The line end is detected from the
 * first line (and the lines after a CRLF first line, which may end in a bare CR), and the
 * delimiter too unless `delimiter` is given.
 */
export async function* csvRecords(text: AsyncIterable<string>, delimiter?: Dialect['delimiter']): AsyncGenerator<CsvBatch> {
  let reader: CsvReader | undefined;
  let head = ''; // the text read before the first line end shows which it is
  let commas = true; // a line as read can be written back only when the input is comma-separated
  const start = (final: boolean): CsvReader | undefined => {
    // A first line past the record limit need not end: the reader refuses it (/dev/zero).
    let newline = detectNewline(head, final || head.length > MAX_RECORD_CHARS);
    if (newline === undefined) return undefined;
    const crlfToo = newline === '\n' && bareCrAfterCrlf(head);
    if (crlfToo) newline = '\r';
    const sep = delimiter ?? detectDelimiter(head, newline);
    if (sep === ';') throw new UsageError(M.semicolons(), 'semicolons');
    commas = sep === ',';
    return (reader = new CsvReader({ newline, delimiter: sep, crlfToo }));
  };
  for await (const chunk of text) {
    if (!reader) {
      head += chunk;
      if (!start(false)) continue;
    }
    const records = reader!.push(head === '' ? chunk : head);
    head = '';
    if (records.length > 0) yield { records, lines: commas ? reader!.lines : [], problems: reader!.problems };
  }
  const last = reader ?? start(true)!;
  if (head !== '') {
    // a file with no line end at all
    const records = last.push(head);
    if (records.length > 0) yield { records, lines: commas ? last.lines : [], problems: last.problems };
  }
  const records = last.end();
  if (records.length > 0) yield { records, lines: commas ? last.lines : [], problems: last.problems };
}

/** A JSONL line longer than MAX_RECORD_CHARS, by its line number: it is not read. */
export interface LongLine {
  tooLong: number;
}

/**
 * JSONL lines (blank lines skipped), in batches. A line longer than MAX_RECORD_CHARS is a
 * LongLine, found as soon as it passes the limit; the rest of it is skipped, never held.
 */
export async function* jsonlLines(text: AsyncIterable<string>): AsyncGenerator<(string | LongLine)[]> {
  let rest = '';
  let line = 1; // the line rest begins on
  let skipping = false;
  for await (let chunk of text) {
    if (skipping) {
      const nl = chunk.indexOf('\n');
      if (nl < 0) continue;
      skipping = false;
      line++;
      chunk = chunk.slice(nl + 1);
    }
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    const out: (string | LongLine)[] = [];
    for (const l of lines) {
      if (l.length > MAX_RECORD_CHARS) out.push({ tooLong: line });
      else if (l.trim() !== '') out.push(l);
      line++;
    }
    if (rest.length > MAX_RECORD_CHARS) {
      out.push({ tooLong: line });
      rest = '';
      skipping = true;
    }
    if (out.length > 0) yield out;
  }
  if (rest.trim() !== '') yield [rest];
}
