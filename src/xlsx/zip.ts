// The zip package of an .xlsx, read with yauzl from the central directory at its end, so that the
// few small parts a sheet needs (workbook, relationships, styles, shared strings) are read first
// and then the one sheet is streamed, in any order the file stores them and without temporary
// files. What is not a workbook is told apart before anything is inflated: an old Office file
// (OLE: an .xls, or an .xlsx encrypted with a password), a file that is not a zip, a zip cut short.
// Every part's inflated size is checked against the directory before it is read (yauzl then
// enforces it): a part that would inflate more than RATIO times past GRACE bytes is a zip bomb.
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { UsageError } from '../errors.js';
import { xlsxMessages as X } from './messages.js';

/** A part may inflate to at most RATIO times its compressed size once it is larger than GRACE (Apache POI's rule). */
export const BOMB_RATIO = 100;
export const BOMB_GRACE = 64 * 1024 * 1024;
/** A workbook read from a pipe is held (compressed) in memory: at most this many bytes. */
export const MAX_PIPED_BYTES = 256 * 1024 * 1024;
/** Entries in the zip's directory (a workbook has tens; a few thousand with many sheets and images). */
export const MAX_ENTRIES = 100_000;

/** zlib's CRC-32 (Node 20.15 and later; every machine of this project has 20.20). */
const checksum = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

const ZIP = [0x50, 0x4b]; // "PK"
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);

/** What an OLE (compound) file holds, from the names in its first directory sector. */
function oleKind(directory: Buffer | undefined): 'encrypted' | 'xls' | 'ole' {
  const names: string[] = [];
  for (let at = 0; directory && at + 128 <= directory.length; at += 128) {
    const bytes = directory.readUInt16LE(at + 64);
    if (bytes >= 2 && bytes <= 64) names.push(directory.toString('utf16le', at, at + bytes - 2));
  }
  if (names.includes('EncryptedPackage') || names.includes('EncryptionInfo')) return 'encrypted';
  if (names.includes('Workbook') || names.includes('Book')) return 'xls';
  return 'ole';
}

/** Where an OLE file's first directory sector is, and its size. */
function oleDirectory(header: Buffer): { at: number; size: number } | undefined {
  if (header.length < 0x34) return undefined;
  const shift = header.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return undefined;
  const size = 1 << shift;
  return { at: (header.readUInt32LE(0x30) + 1) * size, size };
}

/** Refuses (exit 2) a file that is not a zip, naming what it is when that can be told. */
async function refuseNonZip(name: string, head: Buffer, readAt: (at: number, size: number) => Promise<Buffer>): Promise<void> {
  if (startsWith(head, ZIP)) return;
  if (startsWith(head, OLE)) {
    const where = oleDirectory(head);
    const directory = where ? await readAt(where.at, where.size).catch(() => undefined) : undefined;
    const kind = oleKind(directory);
    throw new UsageError(kind === 'encrypted' ? X.encrypted(name) : X.oldFormat(name), kind === 'encrypted' ? 'encrypted_xlsx' : 'xls');
  }
  throw new UsageError(X.notZip(name, head), 'bad_xlsx');
}

export class Package {
  private constructor(
    readonly name: string,
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
  ) {}

  /** Opens the workbook: a regular file by its path (random access), else the stream read into memory. */
  static async open(name: string, path: string | undefined, stream: Readable): Promise<Package> {
    const options = { lazyEntries: true, autoClose: false, strictFileNames: false };
    let zip: ZipFile;
    if (path !== undefined) {
      stream.destroy(); // the file is read again, by position
      await sniffFile(name, path);
      zip = await yauzl.openPromise(path, options);
    } else {
      const bytes = await readPiped(name, stream);
      await refuseNonZip(name, bytes.subarray(0, 512), async (at, size) => bytes.subarray(at, at + size));
      zip = await yauzl.fromBufferPromise(bytes, options);
    }
    try {
      const entries = new Map<string, Entry>();
      for await (const entry of zip.eachEntry()) {
        if (entries.size >= MAX_ENTRIES) throw new UsageError(X.tooManyEntries(name, MAX_ENTRIES), 'bad_xlsx');
        const key = entry.fileName.toLowerCase(); // part names are case-insensitive
        // two entries of one name could show one reader one sheet and another reader another
        if (entries.has(key)) throw new UsageError(X.damaged(name, X.twice(entry.fileName)), 'bad_xlsx');
        entries.set(key, entry);
      }
      return new Package(name, zip, entries);
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  /** A part's size when inflated (as its directory says); undefined when there is no such part. */
  size(part: string): number | undefined {
    return this.entries.get(part.toLowerCase())?.uncompressedSize;
  }

  has(part: string): boolean {
    return this.entries.has(part.toLowerCase());
  }

  /** A part's text, decoded as UTF-8, in chunks; checked against zip bombs before it is inflated. */
  async *text(part: string): AsyncGenerator<string> {
    const entry = this.entries.get(part.toLowerCase());
    if (!entry) throw new UsageError(X.missingPart(this.name, part), 'bad_xlsx');
    if (entry.isEncrypted()) throw new UsageError(X.encrypted(this.name), 'encrypted_xlsx');
    if (entry.uncompressedSize > BOMB_GRACE && entry.uncompressedSize > BOMB_RATIO * entry.compressedSize) {
      throw new UsageError(X.zipBomb(this.name, part, entry.uncompressedSize, entry.compressedSize), 'zip_bomb');
    }
    const stream = await this.zip.openReadStreamPromise(entry);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let crc = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        if (checksum) crc = checksum(chunk, crc);
        yield decoder.decode(chunk, { stream: true });
      }
      yield decoder.decode();
      // yauzl checks the sizes, not the checksum: a damaged part must not pass for data
      if (checksum && crc !== entry.crc32) throw new UsageError(X.damaged(this.name, X.checksum(part)), 'bad_xlsx');
    } finally {
      stream.destroy();
    }
  }

  /** Closes the zip (and the file yauzl opened). */
  close(): void {
    this.zip.close();
  }
}

/** Refuses a regular file that is not a zip, reading only its first bytes (and an OLE file's directory sector). */
async function sniffFile(name: string, path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    const readAt = async (at: number, size: number) => {
      const buffer = Buffer.alloc(size);
      const { bytesRead } = await handle.read(buffer, 0, size, at);
      return buffer.subarray(0, bytesRead);
    };
    await refuseNonZip(name, await readAt(0, 512), readAt);
  } finally {
    await handle.close();
  }
}

/** A workbook from stdin or a pipe: read whole (compressed), at most MAX_PIPED_BYTES; a stream that is not a zip stops at once. */
async function readPiped(name: string, stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (size < 2 && size + bytes.length >= 2) {
      const head = Buffer.concat([...chunks, bytes]);
      if (!startsWith(head, ZIP)) {
        stream.destroy();
        await refuseNonZip(name, head.subarray(0, 512), async (at, n) => head.subarray(at, at + n));
      }
    }
    size += bytes.length;
    if (size > MAX_PIPED_BYTES) {
      stream.destroy();
      throw new UsageError(X.pipedTooLarge(name, MAX_PIPED_BYTES), 'too_large');
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
}
