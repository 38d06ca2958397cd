// The text of a batch's output encoded as UTF-8 as each row is made, into one growing buffer that
// is handed to the sink at each flush. Keeping the rows as one long string instead held every
// row's pieces (a concatenation of thirty-odd strings each) alive until the flush: the garbage
// collector copied them, and then flattened and encoded them in one go; a row encoded at once
// leaves garbage that dies young, and the buffer is outside the garbage-collected heap. The
// result cells of a settled row are written as bytes (`fen`, `ascii`): no string per amount, no
// line to concatenate and encode.
import { formatFen } from '../money/money.js';

/** Bytes a string of `length` UTF-16 units can take as UTF-8 (at most 3 per unit). */
const MAX_BYTES_PER_UNIT = 3;

export class Utf8Out {
  private bytes = Buffer.allocUnsafe(256 * 1024);
  private used = 0;

  /** Appends `text` as UTF-8. */
  add(text: string): void {
    if (this.used + text.length * MAX_BYTES_PER_UNIT > this.bytes.length) this.grow(text.length * MAX_BYTES_PER_UNIT);
    this.used += this.bytes.write(text, this.used);
  }

  /** Appends one byte (an ASCII character's code). */
  byte(code: number): void {
    if (this.used >= this.bytes.length) this.grow(1);
    this.bytes[this.used++] = code;
  }

  /** Appends text that is nearly always ASCII (codes, a ratio) byte by byte; any other is encoded as UTF-8. */
  ascii(text: string): void {
    const n = text.length;
    if (this.used + n * MAX_BYTES_PER_UNIT > this.bytes.length) this.grow(n * MAX_BYTES_PER_UNIT);
    const b = this.bytes;
    let at = this.used;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) {
        this.used += b.write(text, this.used);
        return;
      }
      b[at++] = c;
    }
    this.used = at;
  }

  /** Appends a comma, then an amount in fen (the next cell of a result line). */
  cellFen(f: number): void {
    this.byte(44);
    this.fen(f);
  }

  /** Appends an amount in fen exactly as formatFen writes it (123456 -> 1234.56, -5 -> -0.05, 0 -> 0.00). */
  fen(f: number): void {
    const abs = f < 0 ? -f : f;
    // int32 arithmetic (a double's % is a library call): every amount below 21,474,836.48 yuan; formatFen for the rest
    if (!(abs <= 0x7fffffff) || abs !== Math.floor(abs)) {
      this.add(formatFen(f));
      return;
    }
    if (this.used + 16 > this.bytes.length) this.grow(16);
    const b = this.bytes;
    let at = this.used;
    if (f < 0) b[at++] = 45; // -
    const whole = abs | 0;
    const cents = whole % 100;
    let yuan = (whole / 100) | 0;
    const first = at;
    do {
      const next = (yuan / 10) | 0;
      b[at++] = 48 + yuan - next * 10;
      yuan = next;
    } while (yuan > 0);
    for (let i = first, j = at - 1; i < j; i++, j--) {
      const t = b[i]!;
      b[i] = b[j]!;
      b[j] = t;
    }
    b[at++] = 46; // .
    b[at++] = 48 + ((cents / 10) | 0);
    b[at++] = 48 + (cents % 10);
    this.used = at;
  }

  /** Whether nothing was added since the last take. */
  get empty(): boolean {
    return this.used === 0;
  }

  /** The bytes added since the last take, as a copy of their own (the sink may keep it while this buffer is reused). */
  take(): Uint8Array {
    const out = Buffer.from(this.bytes.subarray(0, this.used));
    this.used = 0;
    return out;
  }

  private grow(need: number): void {
    const next = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + need));
    this.bytes.copy(next, 0, 0, this.used);
    this.bytes = next;
  }
}
