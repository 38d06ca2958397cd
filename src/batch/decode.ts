// Bytes -> text for batch input: UTF-8 (a BOM is dropped) or GB18030, the encoding Excel uses
// for CSV on Chinese Windows. Without --encoding, the first chunk decides: valid UTF-8 (a
// character cut at the chunk's end is fine) means UTF-8, anything else GB18030. A file that
// turns out invalid later is an input error, never silently decoded with replacement marks.

export type Encoding = 'utf-8' | 'gb18030';

export class EncodingError extends Error {
  constructor(
    readonly encoding: Encoding,
    readonly offset: number,
  ) {
    super(`invalid ${encoding} near byte ${offset}`);
    this.name = 'EncodingError';
  }
}

/** Which encoding the first bytes of a file are in. */
export function detectEncoding(first: Uint8Array): Encoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(first, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** A streaming decoder that throws EncodingError (with the byte offset of the chunk) on bad bytes. */
export class Decoder {
  private readonly decoder: TextDecoder;
  private offset = 0;
  private first = true;

  constructor(readonly encoding: Encoding) {
    // ignoreBOM: false drops a leading UTF-8 BOM.
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
