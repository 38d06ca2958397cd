// The sheet's rows as SpreadsheetML bytes, written straight into one reused buffer: the fixed
// markup copied from bytes encoded once, row numbers and amounts written digit by digit, and only
// the text cells encoded from their strings. Building each row as strings first (template
// literals, joined, then encoded) made so much short-lived garbage that the heap grew to 190-240
// MB at 1,000,000 rows while a few tens were live; this keeps the writer's garbage to the text.
// Every text cell is an inline string in the text format (@): never a formula, never a number.
// Excel's limits hold: a text longer than a cell holds is cut there (and counted); a cell past
// the last column is refused (SheetLimit), before the bytes leave.
import { EXCEL_CELL_CHARS, EXCEL_COLUMNS } from './limits.js';

/** The sheet would pass one of Excel's limits: its last row or its last column. */
export class SheetLimit extends Error {
  constructor(readonly limit: 'rows' | 'columns') {
    super(`past Excel's last ${limit === 'rows' ? 'row' : 'column'}`);
    this.name = 'SheetLimit';
  }
}

/** A text cut to what one cell holds, never between the two halves of a surrogate pair. */
export function cellText(text: string): string {
  if (text.length <= EXCEL_CELL_CHARS) return text;
  const high = text.charCodeAt(EXCEL_CELL_CHARS - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? EXCEL_CELL_CHARS - 1 : EXCEL_CELL_CHARS);
}

// XML 1.0 cannot hold C0 controls other than tab, LF, CR (nor U+FFFE/FFFF, or a lone surrogate):
// Excel writes them as _xHHHH_, and so does this writer, so that a hostile cell cannot break the file.
// A CR too: XML readers turn a bare CR into LF, so Excel writes it as _x000D_, and so does this.
// eslint-disable-next-line no-control-regex
const UNSAFE_XML = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|_(?=x[0-9a-fA-F]{4}_)/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function xmlText(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!).replace(UNSAFE_XML, (c) => (c === '_' ? '_x005F_' : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`));
}

/** Column letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function letters(i: number): string {
  let out = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

const ascii = (s: string): Uint8Array => Buffer.from(s, 'latin1');
const ROW_OPEN = ascii('<row r="');
const ROW_OPENED = ascii('">');
const ROW_CLOSE = ascii('</row>');
const CELL_OPEN = ascii('<c r="');
const TEXT_OPEN = ascii('" s="3" t="inlineStr"><is><t xml:space="preserve">');
const TEXT_CLOSE = ascii('</t></is></c>');
const MONEY_OPEN = ascii('" s="1"><v>'); // #,##0.00
const RATIO_OPEN = ascii('" s="2"><v>'); // 0.00##
const DATE_OPEN = ascii('" s="4"><v>'); // yyyy-mm-dd
const NUMBER_CLOSE = ascii('</v></c>');
/** Excel's day number of 1970-01-01 (the 1900 system). */
const EPOCH_SERIAL = 25569;
const ZERO = 0x30;

export class SheetBytes {
  private buffer = Buffer.allocUnsafe(1024 * 1024);
  length = 0;
  /** Text cells cut to EXCEL_CELL_CHARS so far. */
  cut = 0;
  private row = 0;
  private col = 0;
  private readonly refs: Uint8Array[] = [];

  /** Text as it is (markup of the tool's own, such as the sheet's start and end). */
  utf8(text: string): void {
    this.room(3 * text.length);
    this.length += this.buffer.write(text, this.length);
  }

  startRow(n: number): void {
    this.row = n;
    this.col = 0;
    this.raw(ROW_OPEN);
    this.digits(n);
    this.raw(ROW_OPENED);
  }

  endRow(): void {
    this.raw(ROW_CLOSE);
  }

  /** The next cell as text; an empty value leaves the cell out. */
  text(value: string): void {
    const col = this.col++;
    if (value === '') return;
    this.ref(col);
    this.raw(TEXT_OPEN);
    if (value.length > EXCEL_CELL_CHARS) this.cut++;
    this.utf8(xmlText(cellText(value)));
    this.raw(TEXT_CLOSE);
  }

  /** The next cell as an amount, from its hundredths (exact: 12345 is 123.45); undefined leaves it out. */
  money(hundredths: number | undefined): void {
    const col = this.col++;
    if (hundredths === undefined) return;
    this.ref(col);
    this.raw(MONEY_OPEN);
    let f = hundredths;
    if (f < 0) {
      this.byte(0x2d);
      f = -f;
    }
    this.digits(Math.floor(f / 100));
    const cents = f % 100;
    if (cents !== 0) {
      this.byte(0x2e);
      this.byte(ZERO + Math.floor(cents / 10));
      if (cents % 10 !== 0) this.byte(ZERO + (cents % 10));
    }
    this.raw(NUMBER_CLOSE);
  }

  /** The next cell as a ratio (0.8); undefined leaves it out. */
  ratio(value: number | undefined): void {
    const col = this.col++;
    if (value === undefined) return;
    this.ref(col);
    this.raw(RATIO_OPEN);
    this.utf8(String(value));
    this.raw(NUMBER_CLOSE);
  }

  /** The next cell as a date cell, from YYYY-MM-DD; undefined leaves it out. */
  date(iso: string | undefined): void {
    const col = this.col++;
    if (iso === undefined) return;
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    this.ref(col);
    this.raw(DATE_OPEN);
    this.digits(Date.UTC(y, m - 1, d) / 86_400_000 + EPOCH_SERIAL);
    this.raw(NUMBER_CLOSE);
  }

  /** The bytes so far (valid until the next write), and the buffer emptied. */
  take(): Uint8Array {
    const bytes = this.buffer.subarray(0, this.length);
    this.length = 0;
    return bytes;
  }

  private ref(col: number): void {
    if (col >= EXCEL_COLUMNS) throw new SheetLimit('columns');
    this.raw(CELL_OPEN);
    this.raw((this.refs[col] ??= ascii(letters(col))));
    this.digits(this.row);
  }

  /** A whole number ≥ 0 in decimal. */
  private digits(n: number): void {
    let width = 1;
    for (let p = 10; p <= n; p *= 10) width++;
    this.room(width);
    for (let i = this.length + width - 1; i >= this.length; i--) {
      this.buffer[i] = ZERO + (n % 10);
      n = Math.floor(n / 10);
    }
    this.length += width;
  }

  private byte(b: number): void {
    this.room(1);
    this.buffer[this.length++] = b;
  }

  private raw(bytes: Uint8Array): void {
    this.room(bytes.length);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < bytes.length; i++) buffer[at++] = bytes[i]!;
    this.length = at;
  }

  private room(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(2 * this.buffer.length, this.length + n));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}
