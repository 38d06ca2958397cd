// Bytes -> text for batch input: UTF-8 (with or without BOM), GB18030 (Excel's CSV on Chinese
// Windows) or UTF-16 (Excel's "Unicode text", with or without BOM). Without --encoding, a BOM
// decides; else zero bytes in the first chunk mean UTF-16 (a CSV always has ASCII delimiters,
// which UTF-16 writes with a zero byte), in the byte order whose text has those delimiters;
// else UTF-8 when the bytes are valid UTF-8, GB18030 when not. For a regular file the whole file
// is checked before the first row is read (utf8Throughout), so that GB18030 bytes that appear
// only late, after a first chunk that looked like UTF-8, still decode the whole file as GB18030.
// A text that turns out invalid while reading is an input error, never decoded with replacement marks.
import { open } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';

export const ENCODINGS = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export class EncodingError extends Error {
  constructor(
    readonly encoding: Encoding,
    /** The offset of the first bad byte in the input. */
    readonly offset: number,
    /** Its line (1-based). */
    readonly line: number,
    /** The bad bytes (a cut sequence: from its first byte; four at most). */
    readonly bytes: Uint8Array,
    /** The encoding was guessed as GB18030 because the bytes were not UTF-8 either. */
    readonly notUtf8Either: boolean,
  ) {
    super(`invalid ${encoding} at byte ${offset} (line ${line})`);
    this.name = 'EncodingError';
  }
}

/** The encoding a byte-order mark names, or undefined. */
export function bomEncoding(b: Uint8Array): Encoding | undefined {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b.length >= 4 && b[0] === 0x84 && b[1] === 0x31 && b[2] === 0x95 && b[3] === 0x33) return 'gb18030';
  return undefined;
}

/** How many characters of the text are tabs, line ends or printable ASCII (the stuff of a CSV header). */
function asciiLike(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13 || (c >= 32 && c < 127)) n++;
  }
  return n;
}

/**
 * Whether the zero bytes are those of UTF-16: the high bytes of its ASCII characters (a CSV's
 * delimiters, digits and line ends), so at least one byte in twenty, nearly all on one side of
 * each pair. A few NUL bytes in a UTF-8 or GB18030 file are not (they are read as that file's text).
 */
function zeroBytesOfUtf16(window: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < window.length; i++) if (window[i] === 0) (i & 1 ? odd++ : even++);
  return even + odd >= window.length / 20 && Math.max(even, odd) >= 0.9 * (even + odd);
}

/** UTF-16 without a BOM: the byte order whose decoding has the CSV's ASCII; undefined when no zero byte. */
function utf16Order(first: Uint8Array): Encoding | undefined {
  if (!first.subarray(0, 4096).includes(0)) return undefined;
  const window = first.subarray(0, Math.min(first.length, 4096) & ~1);
  if (!zeroBytesOfUtf16(window)) return undefined;
  const score = (enc: 'utf-16le' | 'utf-16be') => asciiLike(new TextDecoder(enc).decode(window));
  const le = score('utf-16le');
  const be = score('utf-16be');
  if (le === 0 && be === 0) return undefined;
  return le >= be ? 'utf-16le' : 'utf-16be';
}

/** Which encoding the first bytes of a file are in (after any BOM was looked for). */
export function detectEncoding(first: Uint8Array): Encoding {
  const utf16 = utf16Order(first);
  if (utf16) return utf16;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(first, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** The length of `b` without a UTF-8 sequence cut at its end (so that isUtf8 can check it alone). */
function completeUtf8(b: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, b.length); back++) {
    const c = b[b.length - back]!;
    if (c < 0x80) return b.length; // ASCII: nothing cut
    if (c >= 0xc0) {
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return need > back ? b.length - back : b.length;
    }
  }
  return b.length;
}

/** Whether the whole regular file `path` is valid UTF-8 (read in 1 MiB pieces; about 20 ms for 68 MB). */
export async function utf8Throughout(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let carry = 0; // bytes of a sequence cut at the end of the last piece, moved to the front
    let pos = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, carry, buf.length - carry, pos);
      pos += bytesRead;
      const filled = carry + bytesRead;
      if (bytesRead === 0) return carry === 0;
      const whole = completeUtf8(buf.subarray(0, filled));
      if (!isUtf8(buf.subarray(0, whole))) return false;
      buf.copy(buf, 0, whole, filled);
      carry = filled - whole;
    }
  } finally {
    await handle.close();
  }
}

/** Whether `bytes` decode in `encoding` without error (stream: a sequence cut at the end is no error). */
function decodes(encoding: Encoding, bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

/** The length of the longest prefix of `bytes` that decodes (stream mode), by bisection: an error in a prefix stays in every longer one. */
function goodPrefix(encoding: Encoding, bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (decodes(encoding, bytes.subarray(0, mid), true)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where decoding `chunk` fails, given the last bytes before it (`tail`, which may end in the
 * start of a character): the offset in `chunk` where the bad sequence begins (negative when it
 * began in `tail`), and the offset where it was found bad. Error path only.
 */
function locate(encoding: Encoding, tail: Uint8Array, chunk: Uint8Array): { start: number; found: number } {
  let best = { start: 0, found: -tail.length - 1 };
  // The decoder's state at the chunk boundary is unknown: try each start within the tail and keep the one that reads furthest.
  for (let s = 0; s <= tail.length; s++) {
    const joined = Buffer.concat([tail.subarray(s), chunk]);
    const good = goodPrefix(encoding, joined);
    const found = good - (tail.length - s);
    if (found <= best.found) continue;
    // the bad sequence begins where the last whole character ends
    let start = good;
    while (start > 0 && !decodes(encoding, joined.subarray(0, start), false)) start--;
    best = { start: start - (tail.length - s), found };
  }
  return best;
}

/** A streaming decoder that throws EncodingError (with the offset, line and bytes of the bad sequence) on bad bytes. */
export class Decoder {
  private readonly decoder: TextDecoder;
  private offset = 0;
  private first = true;
  /** Line ends before `offset`: LF bytes, and CR bytes (a CR-only file). */
  private lf = 0;
  private cr = 0;
  /** The last bytes decoded (the start of a cut character may be among them). */
  private tail: Uint8Array = new Uint8Array(0);

  constructor(
    readonly encoding: Encoding,
    /** The encoding was guessed as GB18030 because the bytes were not valid UTF-8. */
    private readonly notUtf8: boolean = false,
  ) {
    // ignoreBOM: false drops a leading UTF-8 or UTF-16 BOM.
    this.decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  }

  write(bytes: Uint8Array): string {
    const text = this.decode(bytes, true);
    this.count(bytes, bytes.length);
    this.offset += bytes.length;
    this.tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 3)));
    return text;
  }

  end(): string {
    return this.decode(undefined, false);
  }

  /** Counts the line ends in bytes[0, to) (UTF-16: the code unit 0x000A, on the even offsets). */
  private count(bytes: Uint8Array, to: number): void {
    const utf16 = this.encoding === 'utf-16le' ? 0 : this.encoding === 'utf-16be' ? 1 : -1;
    if (utf16 < 0) {
      // UTF-8 and GB18030 never use the bytes 0x0A and 0x0D inside a character: a native search (every chunk: kept cheap)
      const b = Buffer.from(bytes.buffer, bytes.byteOffset, to);
      for (let at = b.indexOf(10); at >= 0; at = b.indexOf(10, at + 1)) this.lf++;
      if (this.lf === 0) for (let at = b.indexOf(13); at >= 0; at = b.indexOf(13, at + 1)) this.cr++;
      return;
    }
    for (let i = 0; i < to; i++) {
      const b = bytes[i]!;
      if (b !== 10 && b !== 13) continue;
      if (utf16 >= 0 && ((this.offset + i) % 2 !== utf16 || bytes[utf16 === 0 ? i + 1 : i - 1] !== 0)) continue;
      if (b === 10) this.lf++;
      else this.cr++;
    }
  }

  private line(): number {
    return 1 + (this.lf > 0 ? this.lf : this.cr);
  }

  private decode(bytes: Uint8Array | undefined, stream: boolean): string {
    try {
      let text = this.decoder.decode(bytes, { stream });
      // TextDecoder drops a UTF-8 BOM itself; a GB18030 file may carry one too (as U+FEFF).
      if (this.first && text.length > 0) {
        this.first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      return text;
    } catch {
      throw this.failure(bytes ?? new Uint8Array(0));
    }
  }

  /** The error for a chunk that failed to decode: where its bad sequence is. */
  private failure(chunk: Uint8Array): EncodingError {
    if (chunk.length === 0) {
      // the input ends inside a character: the tail holds its start
      return new EncodingError(this.encoding, this.offset - this.tail.length, this.line(), this.tail, this.notUtf8);
    }
    const { start, found } = locate(this.encoding, this.tail, chunk);
    const from = Math.max(start, -this.tail.length);
    this.count(chunk, Math.max(0, from));
    const joined = Buffer.concat([this.tail, chunk]);
    const bytes = joined.subarray(from + this.tail.length, Math.min(joined.length, Math.max(found, from) + this.tail.length + 1, from + this.tail.length + 4));
    return new EncodingError(this.encoding, this.offset + from, this.line(), bytes, this.notUtf8);
  }
}
