// Hostile workbooks, round 2 (issue 20's list: 1, 2, 5, 6, 9, 10, 14, 15, 19), each written as a
// failing test first. Amounts: Suizhou 2024 employee outpatient, first tier: (600 − 500) × 80% =
// 80.00 from the fund; (1000 − 500) × 80% = 400.00, then for the same person 1000 × 80% = 800.00.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { book, sharedStringsXml, sheetXml, zip, type Cell, type ZipPart } from '../helpers/xlsx-kit.js';
import { readCsv, tempDir, yibao } from '../batch/helpers.js';
import { xlsxRecords } from '../../src/batch/workbook-records.js';
import { sheetRows } from '../../src/xlsx/read.js';
import { SharedStrings } from '../../src/xlsx/parts.js';
import { xmlText } from '../../src/xlsx/rows.js';

const HEADER: Cell[] = ['person_id', 'scheme', 'status', 'tier', 'amount'];
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

function write(parts: ZipPart[], name = 'claims.xlsx'): string {
  const file = join(tempDir(), name);
  writeFileSync(file, zip(parts));
  return file;
}

const batch = (file: string, extra: string[] = []) => yibao(['batch', file, '--date', '2024-06-01', '--output-format', 'csv', '--lang', 'en', ...extra]);
const funds = (stdout: string) => readCsv(stdout).map((r) => [r.person_id, r.fund_pays, r.error]);

/** The rows of a workbook file as the reader gives them. */
async function rowsOf(file: string) {
  const out = [];
  for await (const rows of sheetRows({ name: file, path: file, stream: Readable.from([]) }, undefined, { sheets: [] })) out.push(...rows);
  return out;
}

describe('1: a first shared string that is empty (exceljs writes it for a blank A1)', () => {
  it('the table keeps it', () => {
    const t = new SharedStrings('x.xlsx');
    t.add('');
    t.add('二级');
    expect([t.get(0), t.get(1)]).toEqual(['', '二级']);
  });

  it('a workbook exceljs wrote with an empty A1 is read', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('claims');
    ws.getCell('A1').value = '';
    ws.getCell('B1').value = '2024年门诊';
    ws.addRow(['P1', 'employee', 'active', '1', 600]);
    ws.getRow(2).values = ['person_id', 'scheme', 'status', 'tier', 'amount'];
    ws.getRow(3).values = ['P1', 'employee', 'active', '1', 600];
    const file = join(tempDir(), 'blank-a1.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await batch(file);
    expect(r.stderr).not.toContain('damaged');
    expect(r.code).toBe(0);
    expect(funds(r.stdout)).toEqual([['P1', '80.00', '']]);
  });
});

const styles = (formats: string) => `<?xml version="1.0"?><styleSheet ${NS}>${formats}<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const CLAIM_ROWS: Cell[][] = [HEADER, ['P1', 'employee', 'active', '1', { raw: ' s="1"><v>600</v>' }]];

describe('2: number format codes', () => {
  it('a code over Excel\'s 255 characters is refused (exit 2), naming the limit', async () => {
    const code = '['.repeat(256);
    const r = await batch(write(book([{ name: 'claims', xml: sheetXml(CLAIM_ROWS) }], { styles: styles(`<numFmts count="1"><numFmt numFmtId="164" formatCode="${esc(code)}"/></numFmts>`) })));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('255');
  });

  it('a code of 255 characters is read (a number shown as a number)', async () => {
    const code = '['.repeat(250) + '0.00';
    const r = await batch(write(book([{ name: 'claims', xml: sheetXml(CLAIM_ROWS) }], { styles: styles(`<numFmts count="1"><numFmt numFmtId="164" formatCode="${esc(code)}"/></numFmts>`) })));
    expect(r.code).toBe(0);
    expect(funds(r.stdout)).toEqual([['P1', '80.00', '']]);
  });
});

describe('5: rows with one cell at column XFD', () => {
  it('a value at XFD is the row error, naming how many columns the row has', async () => {
    const xml = sheetXml([HEADER, ['P1', 'employee', 'active', '1', 600], ['P2', 'employee', 'active', '1', 600]]).replace('</row><row r="3">', '<c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row><row r="3">');
    const r = await batch(write(book([{ name: 'claims', xml }])));
    expect(r.code).toBe(1);
    expect(funds(r.stdout)).toEqual([
      ['P1', '', 'row: this row has 16384 values but the header has 5 columns.'],
      ['P2', '80.00', ''],
    ]);
  });

  it('the reader holds the cells that hold something, not the 16,383 empty ones before XFD', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>${i}</v></c></row>`).join('');
    const file = write(book([{ name: 'claims', xml: `<?xml version="1.0"?><worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>` }]));
    const read = await rowsOf(file);
    expect(read).toHaveLength(200);
    expect(read[7]!.cells.length + read[7]!.far.length).toBe(1);
    expect(read[7]!.far).toEqual([{ col: 16383, text: '7' }]);
  });
});

describe('6: the writer keeps to Excel\'s limits', () => {
  it('16,400 input columns: refused before anything is written (exit 2); the CSV named instead', async () => {
    const dir = tempDir();
    const input = join(dir, 'wide.csv');
    const names = Array.from({ length: 16_400 }, (_, i) => `c${i}`);
    writeFileSync(input, `scheme,status,tier,amount,${names.join(',')}\nemployee,active,1,600${',x'.repeat(16_400)}\n`);
    const out = join(dir, 'r.xlsx');
    const r = await yibao(['batch', input, '--date', '2024-06-01', '--out', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('16,384');
    expect(existsSync(out)).toBe(false);
  });

  it('a cell over 32,767 characters is cut there, with the row\'s warning and a note in the summary', async () => {
    const dir = tempDir();
    const input = join(dir, 'long.csv');
    writeFileSync(input, `scheme,status,tier,amount,note\nemployee,active,1,600,${'备'.repeat(40_000)}\n`);
    const out = join(dir, 'r.xlsx');
    const r = await yibao(['batch', input, '--date', '2024-06-01', '--out', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const row = wb.worksheets[0]!.getRow(2);
    const header = (wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    const cell = (name: string) => row.getCell(header.indexOf(name) + 1).value;
    expect(String(cell('note')).length).toBe(32_767);
    expect(cell('fund_pays')).toBe(80);
    expect(String(cell('warnings'))).toContain('cell_cut');
    expect(r.stderr).toContain('32,767');
  });
});

describe('9: merges come only from the <mergeCells> element', () => {
  const ROWS: Cell[][] = [HEADER, ['P1', 'employee', 'active', '1', 1000], [null, 'employee', 'active', '1', 1000]];
  const withExtra = (before: string, after = '') => sheetXml(ROWS).replace('<sheetData>', `${before}<sheetData>`).replace('</sheetData>', `</sheetData>${after}`);
  const cases: [string, string][] = [
    ['in a comment', withExtra('', '<!-- <mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells> -->')],
    ['in a cell\'s CDATA text', sheetXml([[...HEADER, 'note'], ...ROWS.slice(1, 2), [null, 'employee', 'active', '1', 1000, { raw: ' t="inlineStr"><is><t><![CDATA[<mergeCells><mergeCell ref="A2:A3"/></mergeCells>]]></t></is>' }]])],
    ['outside <mergeCells>', withExtra('', '<extLst><ext uri="x"><mergeCell ref="A2:A3"/></ext></extLst>')],
  ];
  for (const [where, xml] of cases) {
    it(`a <mergeCell> ${where} is no merge: the second row stands alone (400 and 400)`, async () => {
      const r = await batch(write(book([{ name: 'claims', xml }])));
      expect(readCsv(r.stdout).map((x) => [x.person_id, x.fund_pays])).toEqual([
        ['P1', '400.00'],
        ['', '400.00'],
      ]);
    });
  }

  it('the real one still is (P1 twice: 400, then 800)', async () => {
    const xml = withExtra('', '<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>');
    const r = await batch(write(book([{ name: 'claims', xml }])));
    expect(readCsv(r.stdout).map((x) => [x.person_id, x.fund_pays])).toEqual([
      ['P1', '400.00'],
      ['P1', '800.00'],
    ]);
  });
});

describe('10: blank rows above the header', () => {
  it('are not held with their text', async () => {
    const blanks = Array.from({ length: 50 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${' '.repeat(1000)}</t></is></c></row>`).join('');
    const body = sheetXml([HEADER, ['P1', 'employee', 'active', '1', 600]]).replace(/<row r="(\d+)">/g, (_, n: string) => `<row r="${Number(n) + 50}">`).replace(/r="([A-E])(\d+)"/g, (_, c: string, n: string) => `r="${c}${Number(n) + 50}"`);
    const file = write(book([{ name: 'claims', xml: body.replace('<sheetData>', `<sheetData>${blanks}`) }]));
    const records: string[][] = [];
    for await (const b of xlsxRecords({ name: file, path: file, stream: Readable.from([]) }, undefined, { sheets: [] })) records.push(...b.records);
    expect(records.slice(0, 50).every((r) => r.join('') === '')).toBe(true);
    expect(records.slice(50).map((r) => r[0])).toEqual(['person_id', 'P1']);
    const r = await batch(file);
    expect(funds(r.stdout)).toEqual([['P1', '80.00', '']]);
  });
});

describe('14: sheet XML no spreadsheet writes is refused or a row error, never a guessed value', () => {
  const claim = (n: number, amount: string) => `<row r="${n}"><c r="A${n}" t="inlineStr"><is><t>P${n}</t></is></c><c r="B${n}" t="inlineStr"><is><t>employee</t></is></c><c r="C${n}" t="inlineStr"><is><t>active</t></is></c><c r="D${n}" t="inlineStr"><is><t>1</t></is></c>${amount}</row>`;
  const sheet = (rows: string) => sheetXml([HEADER]).replace('</sheetData>', `${rows}</sheetData>`);

  it('a row number given twice: exit 2', async () => {
    const r = await batch(write(book([{ name: 'claims', xml: sheet(claim(2, `<c r="E2"><v>600</v></c>`) + claim(2, `<c r="E2"><v>700</v></c>`)) }])));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/row 2/);
  });

  it('rows out of order: exit 2', async () => {
    const r = await batch(write(book([{ name: 'claims', xml: sheet(claim(3, `<c r="E3"><v>600</v></c>`) + claim(2, `<c r="E2"><v>700</v></c>`)) }])));
    expect(r.code).toBe(2);
  });

  it('a cell given twice, or a cell of another row: exit 2', async () => {
    const twice = await batch(write(book([{ name: 'claims', xml: sheet(claim(2, `<c r="E2"><v>600</v></c><c r="E2"><v>700</v></c>`)) }])));
    expect(twice.code).toBe(2);
    const other = await batch(write(book([{ name: 'claims', xml: sheet(claim(2, `<c r="E5"><v>600</v></c>`)) }])));
    expect(other.code).toBe(2);
  });

  it('a shared-string index of 6.5: the row error, not string 6', async () => {
    const strings = sharedStringsXml(['a', 'b', 'c', 'd', 'e', 'f', '600', '700']);
    const r = await batch(write(book([{ name: 'claims', xml: sheet(claim(2, `<c r="E2" t="s"><v>6.5</v></c>`) + claim(3, `<c r="E3" t="s"><v>6</v></c>`)) }], { sharedStrings: strings })));
    expect(r.code).toBe(1);
    const rows = readCsv(r.stdout);
    expect(rows.map((x) => [x.row_status, x.fund_pays])).toEqual([
      ['error', ''],
      ['ok', '80.00'],
    ]);
    expect(rows[0]!.error).toMatch(/^amount: .*6\.5/);
  });

  it('<v>0x7D0</v> (and 1_000, Infinity) in a number cell: the row error, never 2000', async () => {
    const r = await batch(write(book([{ name: 'claims', xml: sheet(claim(2, `<c r="E2"><v>0x7D0</v></c>`) + claim(3, `<c r="E3"><v>1_000</v></c>`) + claim(4, `<c r="E4"><v>Infinity</v></c>`) + claim(5, `<c r="E5"><v>6E2</v></c>`)) }])));
    expect(readCsv(r.stdout).map((x) => [x.row_status, x.fund_pays])).toEqual([
      ['error', ''],
      ['error', ''],
      ['error', ''],
      ['ok', '80.00'],
    ]);
  });
});

describe('15: number formats bounded like cell formats', () => {
  it('65,537 <numFmt>: exit 2 at once', async () => {
    const formats = Array.from({ length: 65_537 }, (_, i) => `<numFmt numFmtId="${164 + i}" formatCode="0"/>`).join('');
    const r = await batch(write(book([{ name: 'claims', xml: sheetXml(CLAIM_ROWS) }], { styles: styles(`<numFmts>${formats}</numFmts>`) })));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('number formats');
  });
});

describe('19: a carriage return in an echoed cell', () => {
  it('is written as _x000D_, as Excel writes it, and read back as CR', async () => {
    expect(xmlText('a\rb\r\nc')).toBe('a_x000D_b_x000D_\nc');
    const dir = tempDir();
    const input = join(dir, 'cr.csv');
    writeFileSync(input, 'scheme,status,tier,amount,note\nemployee,active,1,600,"a\rb"\n');
    const out = join(dir, 'r.xlsx');
    const r = await yibao(['batch', input, '--date', '2024-06-01', '--out', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    const sheetPart = readFileSync(out);
    expect(sheetPart.length).toBeGreaterThan(0);
    const back = await yibao(['batch', out, '--date', '2024-06-01', '--output-format', 'jsonl', '--lang', 'en']);
    expect(JSON.parse(back.stdout.split('\n')[0]!).note).toBe('a\rb');
    void inflateRawSync;
  });
});
