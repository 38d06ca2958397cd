// RFC 4180 CSV, incrementally: text chunks in, records (arrays of cells) out; and one record
// back to a CSV line. Hand-written rather than csv-parse/csv-stringify because those cost
// 4.0 s and 3.3 s per million rows here, against a 2x budget over a 0.6 s split loop (see the
// bench notes in the report); test/batch/csv.test.ts checks this reader and writer against
// csv-parse and csv-stringify on random records.
// A line without a double quote is split on the delimiter (the fast path); a line with one goes
// through the full state machine, which handles quoted delimiters, "" escapes and quoted line ends.
// The dialect (dialect.ts) says the delimiter (comma, or tab for TSV and Excel's "Unicode text")
// and the line end: LF, where CRLF ends a record too, or CR alone (Excel for Mac's "CSV
// (Macintosh)"), where CRLF ends a record too. Empty lines are skipped.
// Hostile input costs linear time and bounded memory: a record longer than 1 MiB, or a quoted
// field spanning more than 10,000 lines (a stray quote), or a quote never closed, is reported as
// a problem at the line where it began, and reading resumes at the next line.

/** A record longer than this (characters, quotes included) is not read: a row error at once. */
export const MAX_RECORD_CHARS = 1024 * 1024;
/** A quoted field may span at most this many lines; beyond that it is a runaway quote. */
export const MAX_RECORD_LINES = 10_000;

/**
 * A record that could not be read: a quote never closed (at the end of the input, or running
 * past the limits above) or a record longer than MAX_RECORD_CHARS. `line` is the line where it
 * began; reading resumes at the line after it, so every later row still comes out.
 */
export interface RecordProblem {
  /** Its index in the records of this push/end (where an empty record stands for it). */
  index: number;
  line: number;
  kind: 'unclosed_quote' | 'runaway_quote' | 'too_long';
}

/**
 * Why a record past the limits is a problem, from where its first line ends (-1: not within
 * the record): a first line longer than the limit is too long, else a quote ran past the limits.
 * Decided by the record alone, so the same whatever the chunk boundaries.
 */
const problemKind = (firstLineEnd: number): RecordProblem['kind'] => (firstLineEnd >= 0 && firstLineEnd <= MAX_RECORD_CHARS ? 'runaway_quote' : 'too_long');

/** Below this, a pending record is simply parsed again when more text comes. */
const RETRY_FREELY = 64 * 1024;

export interface Dialect {
  /** The cell delimiter: ',' or '\t'. */
  delimiter: ',' | '\t';
  /** The record end: '\n' (LF or CRLF) or '\r' (CR alone). */
  newline: '\n' | '\r';
  /** With newline '\r': a CRLF ends a record too (a CRLF header above CR-ended rows). */
  crlfToo?: boolean;
}

export class CsvReader {
  private rest = '';
  private readonly delimiter: string;
  private readonly delimiterCode: number;
  private readonly newline: string;
  private readonly newlineCode: number;
  /** CR mode where an LF right after the CR belongs to the line end. */
  private readonly skipLf: boolean;
  /** The line the next record begins on (1-based). */
  private line = 1;
  /** Skipping the rest of a line too long to read, up to its line end. */
  private skipping = false;
  /** rest's length when it last failed to complete a record (see push). */
  private tried = 0;
  /** Records returned so far (header included), for error messages. */
  count = 0;
  /**
   * For each record of the last push/end, its line as read when it had no quotes (so it can
   * be written back as it is), else undefined.
   */
  lines: (string | undefined)[] = [];
  /** The records of the last push/end that could not be read (each stands as an empty record). */
  problems: RecordProblem[] = [];

  constructor(dialect: Dialect = { delimiter: ',', newline: '\n' }) {
    this.delimiter = dialect.delimiter;
    this.delimiterCode = dialect.delimiter.charCodeAt(0);
    this.newline = dialect.newline;
    this.newlineCode = dialect.newline.charCodeAt(0);
    this.skipLf = dialect.newline === '\r' && dialect.crlfToo === true;
  }

  /** The complete records in `chunk` (with what was left from the last call). */
  push(chunk: string): string[][] {
    const out: string[][] = [];
    this.lines = [];
    this.problems = [];
    if (this.skipping) {
      const nl = chunk.indexOf(this.newline);
      if (nl < 0) return out;
      this.skipping = false;
      this.line++;
      chunk = chunk.slice(nl + 1);
    }
    let text = this.rest + chunk;
    // A record still open after the last push is parsed again only once the text has doubled
    // (or passes the limit): a stray quote costs linear time, not quadratic.
    if (this.tried >= RETRY_FREELY && text.length < 2 * this.tried && text.length <= MAX_RECORD_CHARS) {
      this.rest = text;
      return out;
    }
    for (;;) {
      this.rest = text.slice(this.parse(text, false, out));
      this.tried = this.rest.length;
      if (this.rest.length <= MAX_RECORD_CHARS && this.lineCount(this.rest) <= MAX_RECORD_LINES) return out;
      // The open record is past the limits: a problem, and reading resumes at its next line
      // (a first line too long: skipped up to its line end, however far that is).
      const nl = this.rest.indexOf(this.newline);
      text = this.resume(this.rest, 0, problemKind(nl), out);
      this.rest = '';
      this.tried = 0;
      if (nl < 0) {
        this.skipping = true;
        this.line--; // counted when its line end comes
        return out;
      }
    }
  }

  /** The last records, at end of input. */
  end(): string[][] {
    const out: string[][] = [];
    this.lines = [];
    this.problems = [];
    let text = this.skipping ? '' : this.rest;
    // A quote never closed: that record is a problem, and reading resumes at its next line.
    while (text !== '') {
      const pos = this.parse(text, true, out);
      if (pos >= text.length) break;
      text = this.resume(text, pos, 'unclosed_quote', out);
    }
    this.rest = '';
    this.skipping = false;
    return out;
  }

  /** Records a problem for the record at `pos` and returns the text after its first line. */
  private resume(text: string, pos: number, kind: RecordProblem['kind'], out: string[][]): string {
    this.problem(out, kind);
    const nl = text.indexOf(this.newline, pos);
    this.line++;
    this.count++;
    return nl < 0 ? '' : text.slice(nl + 1);
  }

  private problem(out: string[][], kind: RecordProblem['kind']): void {
    this.problems.push({ index: out.length, line: this.line, kind });
    out.push([]);
    this.lines.push(undefined);
  }

  private parse(text: string, final: boolean, out: string[][]): number {
    const len = text.length;
    const before = out.length;
    let pos = 0;
    let quote = text.indexOf('"');
    while (pos < len) {
      // The LF of a CRLF (a header line above CR-ended rows) is part of the line end.
      if (this.skipLf && text.charCodeAt(pos) === 10) {
        pos++;
        continue;
      }
      let nl = text.indexOf(this.newline, pos);
      if (nl < 0) {
        if (!final) break;
        nl = len;
      }
      if (quote >= 0 && quote < pos) quote = text.indexOf('"', pos);
      if (quote < 0 || quote > nl) {
        if (nl - pos > MAX_RECORD_CHARS) this.problem(out, 'too_long');
        else {
          // Character access on `text` (a concatenation) is slow; on the line it is not.
          let line = text.slice(pos, nl);
          if (line.endsWith('\r')) line = line.slice(0, -1); // CRLF (in CR mode no line holds a CR)
          if (line !== '') {
            out.push(line.split(this.delimiter));
            this.lines.push(line);
          }
        }
        this.line++;
        pos = nl + 1;
        continue;
      }
      const next = this.parseQuoted(text, pos, final, out);
      if (next < 0) break;
      pos = next;
    }
    this.count += out.length - before;
    return pos < len ? pos : len;
  }

  /**
   * One record from `start` with the full state machine; -1 when it needs more text, or (final)
   * when a quote is never closed. A record past the limits is a problem, read past its first line.
   */
  private parseQuoted(text: string, start: number, final: boolean, out: string[][]): number {
    const len = text.length;
    const record: string[] = [];
    let i = start;
    for (;;) {
      let cell = '';
      if (text.charCodeAt(i) === 34) {
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) return -1;
          cell += text.slice(i, q);
          if (q + 1 >= len && !final) return -1; // an escaped quote may follow in the next chunk
          if (text.charCodeAt(q + 1) === 34) {
            cell += '"';
            i = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
      }
      // The unquoted cell, or what follows a closing quote (kept literally, as spreadsheets do).
      let j = i;
      const { delimiterCode, newlineCode } = this;
      while (j < len) {
        const c = text.charCodeAt(j);
        if (c === delimiterCode || c === newlineCode) break;
        j++;
      }
      if (j >= len && !final) return -1;
      const atEnd = j >= len || text.charCodeAt(j) === newlineCode;
      let tail = text.slice(i, j);
      if (atEnd && tail.endsWith('\r')) tail = tail.slice(0, -1);
      record.push(cell + tail);
      if (atEnd) {
        const lines = this.lineCount(text.slice(start, j));
        if (j - start > MAX_RECORD_CHARS || lines > MAX_RECORD_LINES) {
          const nl = text.indexOf(this.newline, start);
          this.problem(out, problemKind(nl < 0 || nl >= j ? -1 : nl - start));
          this.line++;
          return nl < 0 ? len : nl + 1;
        }
        out.push(record);
        this.lines.push(undefined);
        this.line += lines;
        return j + 1;
      }
      i = j + 1;
    }
  }

  /** The lines `text` spans (1 + its line ends), counted up to just past MAX_RECORD_LINES. */
  private lineCount(text: string): number {
    let n = 1;
    for (let at = text.indexOf(this.newline); at >= 0 && n <= MAX_RECORD_LINES; at = text.indexOf(this.newline, at + 1)) n++;
    return n;
  }
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as CSV: quoted only when it holds a comma, a quote or a line end. */
export function csvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record as CSV, without the line end. */
export function csvJoin(cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i]!;
    line += i === 0 ? csvCell(v) : `,${csvCell(v)}`;
  }
  return line;
}

/** One record as a CSV line, with its LF. */
export const csvLine = (cells: readonly string[]): string => `${csvJoin(cells)}\n`;
