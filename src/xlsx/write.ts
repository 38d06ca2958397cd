// A workbook (.xlsx) of one sheet written as a stream with flat memory: the rows are deflated
// (Node's zlib, on the thread pool) into the zip (fflate) as they come and handed to the sink
// when flushed. What it guarantees: a text cell is an inline string in the text format (@), never
// a formula or a number, whatever it starts with; characters XML cannot hold (and CR) are written
// as Excel's _xHHHH_ escapes (rows.ts); an amount is a number cell formatted #,##0.00, a ratio
// 0.00##, a date a date cell (yyyy-mm-dd); nothing reaches the sink before the first row. Excel's limits bind it: a row past
// 1,048,576 or a cell past column XFD is refused (SheetLimit) before its bytes leave, and a text
// longer than 32,767 characters is cut there and counted (`cut`). exceljs's streaming writer was tried first and kept every
// row's XML in memory (about 0.7 MB per 1,000 rows: its issue #2916), so the few fixed parts of the
// package are written here, and the rows as the simplest SpreadsheetML.
import { once } from 'node:events';
import { createDeflateRaw, type DeflateRaw } from 'node:zlib';
import { Zip, ZipPassThrough, strToU8 } from 'fflate';
import { EXCEL_ROWS } from './limits.js';
import { SheetBytes, SheetLimit } from './rows.js';

export { SheetLimit } from './rows.js';

/** Where the workbook's bytes go. */
export interface ByteSink {
  write(bytes: Uint8Array): Promise<void> | void;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The fixed parts: content types, relationships, the workbook (one sheet) and its styles. */
const PARTS: Readonly<Record<string, string>> = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="yibao" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels':
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  // Style 0: general; 1: money (#,##0.00); 2: a ratio (0.00##); 3: text (@), for the echoed cells; 4: a date (yyyy-mm-dd).
  'xl/styles.xml':
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}"><numFmts count="3"><numFmt numFmtId="164" formatCode="#,##0.00"/><numFmt numFmtId="165" formatCode="0.00##"/><numFmt numFmtId="166" formatCode="yyyy-mm-dd"/></numFmts>` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
};

const SHEET_START = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetData>`;
const SHEET_END = '</sheetData></worksheet>';
/**
 * The sheet's part, deflated by Node's zlib on the thread pool while the rows are being made
 * (fflate's own deflate ran on the main thread: 24 of the 42 s of writing 1,000,000 rows).
 * fflate's ZipPassThrough counts the size and the CRC of what is pushed; process() deflates it.
 */
class ZlibDeflate extends ZipPassThrough {
  readonly stream: DeflateRaw = createDeflateRaw({ level: 6 });

  constructor(name: string) {
    super(name);
    this.compression = 8;
    this.stream.on('data', (chunk: Buffer) => this.ondata(null, chunk as Uint8Array<ArrayBuffer>, false));
    this.stream.on('end', () => this.ondata(null, new Uint8Array(0), true));
    this.stream.on('error', (error: Error) => this.ondata(Object.assign(error, { code: 0 }), new Uint8Array(0), true));
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    if (chunk.length > 0) this.stream.write(Buffer.from(chunk)); // a copy: the rows' buffer is reused
    if (final) this.stream.end();
  }
}

/** Cells of the row being written, in order: text, an amount (in hundredths), a ratio, a date. */
export type RowCells = Pick<SheetBytes, 'text' | 'money' | 'ratio' | 'date'>;

export class WorkbookWriter {
  private readonly zip: Zip;
  private readonly sheet: ZlibDeflate;
  private chunks: Uint8Array[] = [];
  private failure: Error | undefined;
  private readonly done: Promise<void>;
  private readonly xml = new SheetBytes();
  private started = false;
  private rows = 0;

  constructor(private readonly sink: ByteSink) {
    let ended: () => void;
    this.done = new Promise((resolve) => (ended = resolve));
    this.zip = new Zip((error, data, final) => {
      if (error) this.failure ??= error;
      else this.chunks.push(data);
      if (error || final) ended();
    });
    for (const [name, text] of Object.entries(PARTS)) {
      const part = new ZipPassThrough(name);
      this.zip.add(part);
      part.push(strToU8(text), true);
    }
    this.sheet = new ZlibDeflate('xl/worksheets/sheet1.xml');
    this.zip.add(this.sheet);
  }

  /** The next row: write its cells in order on what this returns, then call endRow(). */
  startRow(): RowCells {
    if (this.rows >= EXCEL_ROWS) throw new SheetLimit('rows');
    if (!this.started) this.xml.utf8(SHEET_START);
    this.started = true;
    this.xml.startRow(++this.rows);
    return this.xml;
  }

  /** Text cells cut to Excel's 32,767 characters so far. */
  get cut(): number {
    return this.xml.cut;
  }

  endRow(): void {
    this.xml.endRow();
  }

  /** Hands the rows so far to the deflater (waiting while it is behind) and the zip's bytes so far to the sink. */
  async flush(): Promise<void> {
    if (!this.started) return; // nothing leaves before the first row: a refused file writes nothing
    if (this.xml.length > 0) this.sheet.push(this.xml.take());
    if (this.sheet.stream.writableNeedDrain) await once(this.sheet.stream, 'drain');
    await this.drain();
  }

  private async drain(): Promise<void> {
    if (this.failure) throw this.failure;
    const chunks = this.chunks;
    this.chunks = [];
    for (const chunk of chunks) await this.sink.write(chunk);
  }

  /** Ends the sheet and the zip and hands the rest to the sink. */
  async finish(): Promise<void> {
    if (!this.started) this.xml.utf8(SHEET_START);
    this.started = true;
    this.xml.utf8(SHEET_END);
    this.sheet.push(this.xml.take(), true);
    this.zip.end();
    await this.done; // the deflater has ended and the zip has written its directory
    await this.drain();
  }
}
