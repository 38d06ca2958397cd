// The workbook reader (src/xlsx/, through src/batch/workbook-records.ts) on workbooks made by hand the way spreadsheet programs
// write them: each kind of cell read as the text a person sees (shared and inline strings, rich
// text without its phonetic guide, Excel's _xHHHH_ escapes, numbers to 15 digits, date cells in
// the 1900 and 1904 systems, ISO date cells, booleans, formula results), the parts in any order,
// prefixed element names, rows and cells without references, a title above the header, a value
// beyond the header. Amounts: Suizhou 2024 employee outpatient, first tier, (600 − 500) × 80% = 80.00.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATE_STYLES, book, sharedStringsXml, sheetXml, zip, type Cell, type ZipPart } from '../helpers/xlsx-kit.js';
import { readCsv, tempDir, yibao } from './helpers.js';

const HEADER: Cell[] = ['scheme', 'status', 'tier', 'amount', 'date', 'note'];

async function read(parts: ZipPart[], args: string[] = []) {
  const file = join(tempDir(), 'claims.xlsx');
  writeFileSync(file, zip(parts));
  const r = await yibao(['batch', file, '--output-format', 'csv', '--lang', 'en', ...args]);
  return { ...r, rows: r.code === 2 ? [] : readCsv(r.stdout) };
}

const claim = (date: Cell, note: Cell = null): Cell[] => ['employee', 'active', '1', 600, date, note];

describe('cells as a person reads them', () => {
  it('date cells (built-in, Chinese custom format, with a time), a text date, numbers, booleans, ISO date cells', async () => {
    const rows: Cell[][] = [
      HEADER,
      claim({ raw: ' s="1"><v>45356</v>' }, 1000), // 45356 = 2024-03-05 (1900 system)
      claim({ raw: ' s="2"><v>45371.4375</v>' }, { raw: '><v>0.30000000000000004</v>' }), // 10:30; 0.1 + 0.2 shows 0.3
      claim('2024/4/1', { raw: ' t="b"><v>1</v>' }),
      claim({ raw: ' t="d"><v>2024-05-02T00:00:00</v>' }, { raw: ' t="d"><v>2024-05-02T08:15:00</v>' }),
      claim({ raw: ' s="1"><v>2958466</v>' }), // past 9999-12-31: Excel shows ####; the number is kept
    ];
    const r = await read(book([{ name: 'claims', xml: sheetXml(rows) }], { styles: DATE_STYLES }));
    expect(r.rows.map((x) => [x.date, x.note])).toEqual([
      ['2024-03-05', '1000'],
      ['2024-03-20 10:30:00', '0.3'],
      ['2024/4/1', 'TRUE'],
      ['2024-05-02', '2024-05-02 08:15:00'],
      ['2958466', ''],
    ]);
    // no person column: each row stands alone, (600 − 500) × 80% = 80.00; a serial date past 9999 is refused as a date
    expect(r.rows.map((x) => [x.row_status, x.fund_pays])).toEqual([...Array(4).fill(['ok', '80.00']), ['error', '']]);
    expect(r.rows[4]!.error).toMatch(/^date: /);
  });

  it('the 1904 date system (old Excel for Mac): 43894 is 2024-03-05', async () => {
    const r = await read(book([{ name: 'claims', xml: sheetXml([HEADER, claim({ raw: ' s="1"><v>43894</v>' })]) }], { styles: DATE_STYLES, date1904: true }));
    expect(r.rows[0]!.date).toBe('2024-03-05');
  });

  it('shared strings: rich text runs joined, the phonetic guide left out, _x000D_ and _x005F_ decoded, an index the table lacks', async () => {
    const sst =
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<si><r><rPr><b/></rPr><t>职工</t></r><r><t>医保</t></r><rPh sb="0" eb="2"><t>ZHIGONG</t></rPh></si>' +
      '<si><t>line_x000D_break _x005F_x0041_</t></si></sst>';
    const rows: Cell[][] = [HEADER, [{ raw: ' t="s"><v>0</v>' }, 'active', '1', 600, '2024-03-05', { raw: ' t="s"><v>1</v>' }], claim('2024-03-06', { raw: ' t="s"><v>7</v>' }), [{ raw: ' t="s"><v>9</v>' }, 'active', '1', 600, '2024-03-07']];
    const r = await read(book([{ name: 'claims', xml: sheetXml(rows) }], { sharedStrings: sst }));
    expect(r.rows.map((x) => [x.scheme, x.note, x.row_status])).toEqual([
      ['职工医保', 'line\rbreak _x0041_', 'ok'],
      ['employee', '', 'ok'], // a note column is not read: its missing string only leaves it empty
      ['', '', 'error'],
    ]);
    expect(r.rows[2]!.error).toBe('scheme: the cell refers to shared string 9, which the workbook does not have (a damaged file?).');
  });

  it('formulas: the saved result (number, text, error), never the formula; one never calculated is an error only where read', async () => {
    const rows: Cell[][] = [
      HEADER,
      ['employee', 'active', '1', { raw: '><f>300*2</f><v>600</v>' }, '2024-03-05', { raw: ' t="str"><f>"=A"&amp;"1"</f><v>=A1</v>' }],
      ['employee', 'active', '1', { raw: '><f>A1</f>' }, '2024-03-06', 'x'],
      ['employee', 'active', '1', 600, '2024-03-07', { raw: ' t="e"><f>1/0</f><v>#DIV/0!</v>' }],
      ['employee', 'active', '1', { raw: ' t="e"><v>#N/A</v>' }, '2024-03-08'],
    ];
    const r = await read(book([{ name: 'claims', xml: sheetXml(rows) }]));
    expect(r.rows.map((x) => [x.amount, x.note, x.row_status])).toEqual([
      ['600', "'=A1", 'ok'], // the formula's text result, echoed formula-safe
      ['', 'x', 'error'],
      ['600', '#DIV/0!', 'ok'],
      ['#N/A', '', 'error'],
    ]);
    expect(r.rows[1]!.error).toMatch(/^amount: the cell holds a formula whose result was never saved/);
    expect(r.rows[3]!.error).toBe('amount: the cell shows the Excel error "#N/A", not a value.');
  });
});

describe('workbooks as programs write them', () => {
  it('the sheets in tab order whatever the zip order; shared strings after the sheet (as Excel stores them); --sheet ignoring case', async () => {
    const parts = book([{ name: '说明', xml: sheetXml([['本表说明']]) }, { name: 'Claims', xml: sheetXml([HEADER.map((h) => ({ raw: ` t="s"><v>${HEADER.indexOf(h)}</v>` })), claim('2024-03-05')]) }], {
      sharedStrings: sharedStringsXml(HEADER as string[]),
    });
    const reordered = [parts[5]!, parts[4]!, parts[6]!, ...parts.slice(0, 4)]; // sheets first, the workbook last
    const r = await read(reordered, ['--sheet', 'claims']);
    expect(r.code).toBe(0);
    expect(r.rows.map((x) => x.fund_pays)).toEqual(['80.00']);
  });

  it('prefixed element names (x:row, x:c) and rows and cells without references', async () => {
    const xml = sheetXml([HEADER, claim('2024-03-05'), claim('2024-03-06')])
      .replace(/<(\/?)(worksheet|sheetData|row|c|is|t|v)([ >])/g, '<$1x:$2$3')
      .replace('<x:worksheet xmlns=', '<x:worksheet xmlns:x=')
      .replace(/ r="[A-Z]?\d+"/g, '');
    const r = await read(book([{ name: 'claims', xml }]));
    expect(r.rows.map((x) => [x.date, x.fund_pays])).toEqual([
      ['2024-03-05', '80.00'],
      ['2024-03-06', '80.00'],
    ]);
  });

  it('a title in A1 alone above the header: the header keeps all its columns; a gap of empty rows is no row', async () => {
    const xml = sheetXml([['2024年门诊费用明细'], [], HEADER, claim('2024-03-05')]).replace('</sheetData>', '<row r="900">' + sheetXml([claim('2024-03-06')]).match(/<row r="1">(.*?)<\/row>/)![1]!.replace(/([A-F])1"/g, '$1900"') + '</row></sheetData>');
    const r = await read(book([{ name: 'claims', xml }]));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Skipped 1 row above the header: "2024年门诊费用明细"');
    expect(r.rows.map((x) => [x.note, x.date, x.fund_pays])).toEqual([
      ['', '2024-03-05', '80.00'],
      ['', '2024-03-06', '80.00'],
    ]);
  });

  it('a value beyond the header is that row error, never dropped', async () => {
    const r = await read(book([{ name: 'claims', xml: sheetXml([HEADER, [...claim('2024-03-05', 'n'), 'stray'], claim('2024-03-06')]) }]));
    expect(r.code).toBe(1);
    expect(r.rows.map((x) => [x.row_status, x.error])).toEqual([
      ['error', 'row: this row has 7 values but the header has 6 columns.'],
      ['ok', ''],
    ]);
  });
});
