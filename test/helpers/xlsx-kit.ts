// Workbooks made by hand for the xlsx reader's tests: a zip written byte by byte (so that a test
// can lie in its directory, cut it short, or store a part that inflates to gigabytes without ever
// holding them), the few parts a workbook needs, and an OLE (compound) file header such as an
// .xls or a password-protected .xlsx starts with.
import { crc32 as zlibCrc, deflateRawSync, constants } from 'node:zlib';

export interface ZipPart {
  name: string;
  /** The part's bytes (deflated here), or a deflated stream made elsewhere with its inflated size. */
  data?: string | Buffer;
  deflated?: { bytes: Buffer; size: number; crc?: number };
  /** The uncompressed size to claim in the headers instead of the true one (a lying zip). */
  claim?: number;
}

/** CRC-32 (zlib's when Node has it). */
export function crc32(data: Buffer): number {
  if (typeof zlibCrc === 'function') return zlibCrc(data);
  let c = ~0;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A zip of `parts`, deflated, with the local headers, the central directory and its end record. */
export function zip(parts: ZipPart[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const raw = part.data === undefined ? undefined : Buffer.from(part.data);
    const bytes = part.deflated?.bytes ?? deflateRawSync(raw!);
    const size = part.claim ?? part.deflated?.size ?? raw!.length;
    const crc = part.deflated ? (part.deflated.crc ?? 0) : crc32(raw!);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6); // UTF-8 names
    head.writeUInt16LE(8, 8); // deflate
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(bytes.length, 18);
    head.writeUInt32LE(size, 22);
    head.writeUInt16LE(name.length, 26);
    local.push(head, name, bytes);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(bytes.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += head.length + name.length + bytes.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, dirBytes, end]);
}

/**
 * A deflated stream of `piece` repeated `times` times, made from one compression of the piece:
 * after a full flush a deflate block does not refer to what came before, so the block can be repeated.
 */
export function repeated(piece: string | Buffer, times: number, head = '', tail = '', withCrc = false): { bytes: Buffer; size: number; crc?: number } {
  const p = Buffer.from(piece);
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const blocks = [deflateRawSync(Buffer.from(head), flush), ...Array<Buffer>(times).fill(deflateRawSync(p, flush)), deflateRawSync(Buffer.from(tail))];
  let crc: number | undefined;
  if (withCrc) {
    // CRC-32 of the whole, piece by piece (zlib's crc32 carries a running value)
    crc = zlibCrc(Buffer.from(head));
    for (let i = 0; i < times; i++) crc = zlibCrc(p, crc);
    crc = zlibCrc(Buffer.from(tail), crc);
  }
  return { bytes: Buffer.concat(blocks), size: Buffer.byteLength(head) + p.length * times + Buffer.byteLength(tail), crc };
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export type Cell = string | number | null | { raw: string };

/** A sheet's XML: text as inline strings, numbers as numbers, { raw } as the cell's own XML (its r is added). */
export function sheetXml(rows: Cell[][], extra = ''): string {
  const body = rows
    .map((cells, r) => {
      const row = r + 1;
      const cs = cells.map((c, i) => {
        const ref = `${String.fromCharCode(65 + i)}${row}`;
        if (c === null) return '';
        if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
        if (typeof c === 'object') return `<c r="${ref}"${c.raw}</c>`;
        return `<c r="${ref}" t="inlineStr"><is><t>${esc(c)}</t></is></c>`;
      });
      return `<row r="${row}">${cs.join('')}</row>`;
    })
    .join('');
  return `${XML}<worksheet xmlns="${NS}" xmlns:r="${R}">${extra}<sheetData>${body}</sheetData></worksheet>`;
}

export interface BookSheet {
  name: string;
  /** The sheet's XML, or a deflated stream of it. */
  xml?: string;
  deflated?: ZipPart['deflated'];
  claim?: number;
  chart?: boolean;
}

/** The parts of a workbook of `sheets` (in tab order), with optional shared strings and styles XML. */
export function book(sheets: BookSheet[], opts: { sharedStrings?: string | ZipPart; styles?: string; date1904?: boolean } = {}): ZipPart[] {
  const rels = sheets.map((s, i) =>
    s.chart
      ? `<Relationship Id="rId${i + 1}" Type="${R}/chartsheet" Target="chartsheets/sheet${i + 1}.xml"/>`
      : `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  if (opts.styles) rels.push(`<Relationship Id="rIdS" Type="${R}/styles" Target="styles.xml"/>`);
  if (opts.sharedStrings) rels.push(`<Relationship Id="rIdT" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`);
  const parts: ZipPart[] = [
    { name: '[Content_Types].xml', data: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>` },
    { name: '_rels/.rels', data: `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: 'xl/workbook.xml',
      data: `${XML}<workbook xmlns="${NS}" xmlns:r="${R}">${opts.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    },
    { name: 'xl/_rels/workbook.xml.rels', data: `${XML}<Relationships xmlns="${PKG}">${rels.join('')}</Relationships>` },
  ];
  sheets.forEach((s, i) => {
    const name = s.chart ? `xl/chartsheets/sheet${i + 1}.xml` : `xl/worksheets/sheet${i + 1}.xml`;
    parts.push({ name, data: s.chart ? `${XML}<chartsheet xmlns="${NS}"/>` : s.xml, deflated: s.deflated, claim: s.claim });
  });
  if (opts.styles) parts.push({ name: 'xl/styles.xml', data: opts.styles });
  if (typeof opts.sharedStrings === 'string') parts.push({ name: 'xl/sharedStrings.xml', data: opts.sharedStrings });
  else if (opts.sharedStrings) parts.push({ ...opts.sharedStrings, name: 'xl/sharedStrings.xml' });
  return parts;
}

/** A shared strings part of `strings`. */
export const sharedStringsXml = (strings: string[]) => `${XML}<sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`;

/** Styles whose cell format 1 is the built-in date (14) and 2 a custom `yyyy"年"m"月"d"日"`. */
export const DATE_STYLES = `${XML}<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** The header of an OLE compound file with one directory sector holding `names` (what .xls and encrypted .xlsx files are). */
export function oleFile(names: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e); // 512-byte sectors
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(0, 0x30); // the directory starts at sector 0
  const dir = Buffer.alloc(512);
  ['Root Entry', ...names].slice(0, 4).forEach((name, i) => {
    const n = Buffer.from(`${name}\0`, 'utf16le');
    n.copy(dir, i * 128);
    dir.writeUInt16LE(n.length, i * 128 + 64);
    dir.writeUInt8(i === 0 ? 5 : 2, i * 128 + 66);
  });
  return Buffer.concat([header, dir, Buffer.alloc(1024, 0xab)]);
}
