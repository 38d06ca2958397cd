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
import { detectDelimiter, detectNewline } from './dialect.js';
import { Decoder, EncodingError, detectEncoding, type Encoding } from './decode.js';
import { batchMessages as M } from './messages.js';

export type Format = 'csv' | 'jsonl';

export interface OpenedInput {
  name: string;
  format: Format;
  /** Size in bytes when known (a file), for the progress bar. */
  size: number | undefined;
  stream: Readable;
  /** The regular file read (device and inode), so that --out can never name it; else undefined. */
  identity?: FileIdentity | undefined;
}

const CHUNK = 64 * 1024;

function formatOf(file: string, given: Format | undefined): Format {
  if (given) return given;
  if (file === '-') return 'csv';
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
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
    return { name: 'stdin', format: fmt, size: undefined, stream: signal ? addAbortSignal(signal, stdin) : stdin, identity: descriptorIdentity(stdin) };
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
  return { name: file, format: fmt, size, stream: signal && !signal.aborted ? addAbortSignal(signal, stream) : stream, identity };
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

const hasBom = (b: Uint8Array) => b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

/** Decoded text chunks; `flavour.encoding` undefined means detect from the first chunk. */
export async function* textChunks(input: OpenedInput, flavour: InputFlavour, onBytes: (n: number) => void): AsyncGenerator<string> {
  let decoder: Decoder | undefined;
  try {
    for await (const chunk of input.stream as AsyncIterable<Buffer | string>) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      if (!decoder) {
        flavour.bom = hasBom(bytes);
        flavour.encoding ??= input.format === 'jsonl' || flavour.bom ? 'utf-8' : detectEncoding(bytes);
        decoder = new Decoder(flavour.encoding);
      }
      onBytes(bytes.length);
      yield decoder.write(bytes);
    }
    if (decoder) yield decoder.end();
  } catch (error) {
    if (error instanceof EncodingError) throw new UsageError(M.badEncoding(input.name, error.encoding, error.offset), 'bad_encoding');
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
 * first line, and the delimiter too unless `delimiter` is given.
 */
export async function* csvRecords(text: AsyncIterable<string>, delimiter?: Dialect['delimiter']): AsyncGenerator<CsvBatch> {
  let reader: CsvReader | undefined;
  let head = ''; // the text read before the first line end shows which it is
  const start = (final: boolean): CsvReader | undefined => {
    // A first line past the record limit need not end: the reader refuses it (/dev/zero).
    const newline = detectNewline(head, final || head.length > MAX_RECORD_CHARS);
    if (newline !== undefined) reader = new CsvReader({ newline, delimiter: delimiter ?? detectDelimiter(head, newline) });
    return reader;
  };
  for await (const chunk of text) {
    if (!reader) {
      head += chunk;
      if (!start(false)) continue;
    }
    const records = reader!.push(head === '' ? chunk : head);
    head = '';
    if (records.length > 0) yield { records, lines: reader!.lines, problems: reader!.problems };
  }
  const last = reader ?? start(true)!;
  if (head !== '') {
    // a file with no line end at all
    const records = last.push(head);
    if (records.length > 0) yield { records, lines: last.lines, problems: last.problems };
  }
  const records = last.end();
  if (records.length > 0) yield { records, lines: last.lines, problems: last.problems };
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
