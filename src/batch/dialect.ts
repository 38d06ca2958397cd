// Which CSV a file is, from its first text: the line end (LF and CRLF, or CR alone as Excel for
// Mac's "CSV (Macintosh)" writes it) and the delimiter (a comma, or a tab as in Excel's "Unicode
// text" and other TSV). The header line decides (or the first line with a delimiter, when a title
// line has none): a file whose header has more tabs than commas is tab-separated, unless
// --input-format says csv or tsv.
import type { Dialect } from './csv.js';

/** The line end of a text whose first line ends within `text`; undefined when it may not yet. */
export function detectNewline(text: string, final: boolean): Dialect['newline'] | undefined {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr < 0) return lf >= 0 || final ? '\n' : undefined;
  if (lf >= 0 && lf < cr) return '\n';
  if (cr + 1 < text.length) return text.charCodeAt(cr + 1) === 10 ? '\n' : '\r';
  return final ? '\r' : undefined; // a CR at the very end of the chunk: wait for the next character
}

/**
 * Whether the lines after a CRLF first line end in a bare CR (a header written by one program,
 * the rows appended by another, as on a Mac): in the text read so far, outside quotes, more CRs
 * not followed by LF than LFs. Such a file is read with CR as the line end, CRLF counting as one.
 */
export function bareCrAfterCrlf(text: string): boolean {
  const first = text.indexOf('\r\n');
  if (first < 0 || text.indexOf('\n') < first) return false;
  let bare = 0;
  let lf = 0;
  let quoted = false;
  for (let i = first + 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 10) lf++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) bare++;
  }
  return bare > lf;
}

/**
 * The delimiter of the first line that has one (a title line above the header may have none): a
 * tab when the line has more tabs than commas outside quotes, else a comma. A semicolon when it
 * has more of those: Excel and Numbers write it where the decimal mark is a comma, and there
 * "1.200" is 1,200 yuan; such a file is refused (input.ts), never read as 1.20.
 */
export function detectDelimiter(text: string, newline: Dialect['newline']): Dialect['delimiter'] | ';' {
  let commas = 0;
  let tabs = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === newline) {
      if (commas + tabs + semicolons > 0) break;
    } else if (c === ',') commas++;
    else if (c === '\t') tabs++;
    else if (c === ';') semicolons++;
  }
  if (tabs > commas && tabs >= semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}
