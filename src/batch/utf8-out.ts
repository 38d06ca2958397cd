// The text of a batch's output encoded as UTF-8 as each row is made, into one growing buffer that
// is handed to the sink at each flush. Keeping the rows as one long string instead held every
// row's pieces (a concatenation of thirty-odd strings each) alive until the flush: the garbage
// collector copied them, and then flattened and encoded them in one go; a row encoded at once
// leaves garbage that dies young, and the buffer is outside the garbage-collected heap.

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
