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
    readonly offset: number,
  ) {
    super(`invalid ${encoding} near byte ${offset}`);
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

/** A streaming decoder that throws EncodingError (with the byte offset of the chunk) on bad bytes. */
export class Decoder {
  private readonly decoder: TextDecoder;
  private offset = 0;
  private first = true;

  constructor(readonly encoding: Encoding) {
    // ignoreBOM: false drops a leading UTF-8 or UTF-16 BOM.
    this.decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  }

  write(bytes: Uint8Array): string {
    const text = this.decode(bytes, true);
    this.offset += bytes.length;
    return text;
  }

  end(): string {
    return this.decode(undefined, false);
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
      throw new EncodingError(this.encoding, this.offset);
    }
  }
}
