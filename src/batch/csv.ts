// RFC 4180 CSV, incrementally: text chunks in, records (arrays of cells) out; and one record
// back to a CSV line. Hand-written rather than csv-parse/csv-stringify because those cost
// 4.0 s and 3.3 s per million rows here, against a 2x budget over a 0.6 s split loop (see the
// bench notes in the report); test/batch/csv.test.ts checks this reader and writer against
// csv-parse and csv-stringify on random records.
// A line without a double quote is split on the delimiter (the fast path); a line with one goes
// through the full state machine, which handles quoted delimiters, "" escapes and quoted line ends.
// The dialect (dialect.ts) says the delimiter (comma, or tab for TSV and Excel's "Unicode text")
// and the line end: LF, where CRLF ends a record too, or CR alone (Excel for Mac's "CSV
// (Macintosh)"). Empty lines are skipped.

export class CsvSyntaxError extends Error {
  constructor(readonly record: number) {
    super(`unclosed quote in record ${record}`);
    this.name = 'CsvSyntaxError';
  }
}

export interface Dialect {
  /** The cell delimiter: ',' or '\t'. */
  delimiter: ',' | '\t';
  /** The record end: '\n' (LF or CRLF) or '\r' (CR alone). */
  newline: '\n' | '\r';
}

export class CsvReader {
  private rest = '';
  private readonly delimiter: string;
  private readonly delimiterCode: number;
  private readonly newline: string;
  private readonly newlineCode: number;

  constructor(dialect: Dialect = { delimiter: ',', newline: '\n' }) {
    this.delimiter = dialect.delimiter;
    this.delimiterCode = dialect.delimiter.charCodeAt(0);
    this.newline = dialect.newline;
    this.newlineCode = dialect.newline.charCodeAt(0);
  }

  /** Records returned so far (header included), for error messages. */
  count = 0;
  /**
   * For each record of the last push/end, its line as read when it had no quotes (so it can
   * be written back as it is), else undefined.
   */
  lines: (string | undefined)[] = [];

  /** The complete records in `chunk` (with what was left from the last call). */
  push(chunk: string): string[][] {
    const text = this.rest + chunk;
    const out: string[][] = [];
    this.lines = [];
    const pos = this.parse(text, false, out);
    this.rest = text.slice(pos);
    return out;
  }

  /**
   * The last records, at end of input. A final record that opens a quote never closed is not
   * returned: its number is left in `broken` (the records before it are returned).
   */
  end(): string[][] {
    const out: string[][] = [];
    this.lines = [];
    try {
      this.parse(this.rest, true, out);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      this.broken = error.record;
      this.lines = this.lines.slice(0, out.length);
    }
    this.rest = '';
    return out;
  }

  /** After end(): the number of the final record left unclosed (the header is record 1). */
  broken: number | undefined;

  private parse(text: string, final: boolean, out: string[][]): number {
    const len = text.length;
    let pos = 0;
    let quote = text.indexOf('"');
    while (pos < len) {
      let nl = text.indexOf(this.newline, pos);
      if (nl < 0) {
        if (!final) break;
        nl = len;
      }
      if (quote >= 0 && quote < pos) quote = text.indexOf('"', pos);
      if (quote < 0 || quote > nl) {
        // Character access on `text` (a concatenation) is slow; on the line it is not.
        let line = text.slice(pos, nl);
        if (line.endsWith('\r')) line = line.slice(0, -1); // CRLF (in CR mode no line holds a CR)
        if (line !== '') {
          out.push(line.split(this.delimiter));
          this.lines.push(line);
        }
        pos = nl + 1;
        continue;
      }
      const next = this.parseQuoted(text, pos, final, out);
      if (next < 0) break;
      pos = next;
    }
    this.count += out.length;
    return pos < len ? pos : len;
  }

  /** One record from `start` with the full state machine; -1 when it needs more text. */
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
          if (q < 0) {
            if (final) throw new CsvSyntaxError(this.count + out.length + 1);
            return -1;
          }
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
        out.push(record);
        this.lines.push(undefined);
        return j + 1;
      }
      i = j + 1;
    }
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
