// Batch output as an Excel workbook (.xlsx), streaming with flat memory: the sheet's rows are
// deflated into the zip (fflate) as they come and handed to the sink a batch at a time. exceljs's
// streaming writer was tried first and kept every row's XML in memory (about 0.7 MB per 1,000
// rows: its issue #2916), so the few fixed parts of the package are written here, and the rows as
// the simplest SpreadsheetML: every echoed input cell an inline string (text, never a formula,
// whatever it starts with), the amounts numbers formatted #,##0.00, the ratio 0.00##.
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';
import type { Fen } from '../engine/types.js';
import { resultColumns, type Sink } from './output.js';
import type { RowOutcome } from './row.js';
import type { CsvTable } from './table.js';
import { warningCodes } from './warnings.js';
import { jsonCell, type RowWriter } from './writers.js';

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
  // Style 0: general; 1: money (#,##0.00); 2: a ratio (0.00##); 3: text (@), for the echoed cells.
  'xl/styles.xml':
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00"/><numFmt numFmtId="165" formatCode="0.00##"/></numFmts>` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
};

const SHEET_START = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetData>`;
const SHEET_END = '</sheetData></worksheet>';

// XML 1.0 cannot hold C0 controls other than tab, LF, CR (nor U+FFFE/FFFF, or a lone surrogate):
// Excel writes them as _xHHHH_, and so does this writer, so that a hostile cell cannot break the file.
// eslint-disable-next-line no-control-regex
const UNSAFE_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|_(?=x[0-9a-fA-F]{4}_)/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function xmlText(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!).replace(UNSAFE_XML, (c) => (c === '_' ? '_x005F_' : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`));
}

/** Column letters: 0 -> A, 25 -> Z, 26 -> AA. */
function letters(i: number): string {
  let out = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

const yuan = (fen: Fen): string => String(fen / 100); // exact: the shortest decimal of n/100 is n's own

/** One row of cells with their references (A2, B2, …); an empty value leaves its cell out. */
class RowXml {
  private xml: string;
  private col = 0;
  constructor(
    private readonly n: number,
    private readonly refs: string[],
  ) {
    this.xml = `<row r="${n}">`;
  }
  private ref(): string {
    const i = this.col++;
    return (this.refs[i] ??= letters(i)) + this.n;
  }
  /** A text cell: an inline string in the text format (@), so that Excel never reads it as a formula or a number. */
  text(value: string): this {
    const r = this.ref();
    if (value !== '') this.xml += `<c r="${r}" s="3" t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
    return this;
  }
  number(value: string | undefined, style: 1 | 2 = 1): this {
    const r = this.ref();
    if (value !== undefined) this.xml += `<c r="${r}" s="${style}"><v>${value}</v></c>`;
    return this;
  }
  end(): string {
    return `${this.xml}</row>`;
  }
}

/**
 * The sheet's XML as UTF-8 bytes in one reused buffer: each row's text is encoded as soon as it
 * is made, so no row outlives its own making (strings held until a flush were promoted to the old
 * generation, and the heap grew with the run: 190 MB at 1,000,000 rows). fflate copies what is pushed.
 */
class Utf8Buffer {
  private buffer = Buffer.allocUnsafe(1024 * 1024);
  length = 0;

  put(text: string): void {
    if (this.length + 3 * text.length > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(2 * this.buffer.length, this.length + 3 * text.length));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.length += this.buffer.write(text, this.length);
  }

  /** The bytes so far (valid until the next put), and the buffer emptied. */
  take(): Uint8Array {
    const bytes = this.buffer.subarray(0, this.length);
    this.length = 0;
    return bytes;
  }
}

export class XlsxWriter implements RowWriter {
  private readonly zip: Zip;
  private readonly sheet: ZipDeflate;
  private chunks: Uint8Array[] = [];
  private failure: Error | undefined;
  private readonly xml = new Utf8Buffer();
  private started = false;
  private rows = 0;
  private readonly refs: string[] = [];

  private constructor(
    private readonly sink: Sink,
    private readonly check: boolean,
  ) {
    this.zip = new Zip((error, data) => {
      if (error) this.failure ??= error;
      else this.chunks.push(data);
    });
    for (const [name, text] of Object.entries(PARTS)) {
      const part = new ZipPassThrough(name);
      this.zip.add(part);
      part.push(strToU8(text), true);
    }
    this.sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
    this.zip.add(this.sheet);
  }

  static async create(sink: Sink, check: boolean): Promise<XlsxWriter> {
    return new XlsxWriter(sink, check);
  }

  /** The sheet's rows start here (nothing is written to the sink before the first flush). */
  header(columns: readonly string[]): void {
    this.started = true;
    const row = new RowXml(++this.rows, this.refs);
    for (const c of [...columns, ...resultColumns(this.check)]) row.text(c);
    this.xml.put(SHEET_START + row.end());
  }

  tableRow(table: CsvTable, record: string[], _line: string | undefined, o: RowOutcome): void {
    this.row(table.echo(record), o);
  }

  objectRow(echo: Record<string, unknown>, columns: readonly string[], o: RowOutcome): void {
    this.row(columns.map((c) => jsonCell(echo[c])), o);
  }

  private row(cells: readonly string[], o: RowOutcome): void {
    const row = new RowXml(++this.rows, this.refs);
    for (const c of cells) row.text(c);
    row.text(o.status).text(o.error ?? '');
    const s = o.settlement;
    row.number(s && yuan(s.inScope)).number(s && yuan(s.deductibleApplied));
    row.number(s && s.ratio !== null ? String(s.ratio / 10000) : undefined, 2);
    for (const key of ['fundPays', 'patientShare', 'accountPays', 'familyPays', 'cashDue', 'ytdDeductibleAfter', 'ytdFundAfter'] as const) row.number(s && yuan(s[key]));
    if (this.check) row.number(o.difference === undefined ? undefined : yuan(o.difference));
    this.xml.put(row.text(warningCodes(o.warnings)).end());
  }

  /** Deflates the rows so far and hands the zip's bytes to the sink. */
  async flush(): Promise<void> {
    if (!this.started) return; // nothing leaves before the header: a refused file writes nothing
    if (this.xml.length > 0) this.sheet.push(this.xml.take());
    await this.drain();
  }

  private async drain(): Promise<void> {
    if (this.failure) throw this.failure;
    const chunks = this.chunks;
    this.chunks = [];
    for (const chunk of chunks) await this.sink.write(chunk);
  }

  async finish(): Promise<void> {
    if (!this.started) this.header([]);
    this.xml.put(SHEET_END);
    this.sheet.push(this.xml.take(), true);
    this.zip.end();
    await this.drain();
    await this.sink.finish();
  }
}
