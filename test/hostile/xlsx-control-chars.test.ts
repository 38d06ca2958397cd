// Control characters and escape sequences in workbooks: in sheet names (listed in messages), in
// cells (quoted in row errors), in --sheet; and the workbook batch writes: no cell of it is ever a
// formula, and characters XML cannot hold are escaped, so that a spreadsheet opens it and shows
// the data. Nothing reaches the terminal raw: C0 and C1 controls and bidi overrides are escaped.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { book, sheetXml, zip, type Cell } from '../helpers/xlsx-kit.js';
import { tempDir, yibao } from './helpers.js';

// eslint-disable-next-line no-control-regex
const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const HEADER: Cell[] = ['scheme', 'status', 'tier', 'amount', 'note'];
const CLAIM: Cell[] = ['employee', 'active', '1', 600, 'ok'];

function workbook(sheets: Parameters<typeof book>[0]): string {
  const file = join(tempDir(), 'claims.xlsx');
  writeFileSync(file, zip(book(sheets)));
  return file;
}

describe('control characters in a workbook never reach the terminal raw', () => {
  it('sheet names with C1 controls and bidi overrides, listed when the first sheet has no claims', async () => {
    const file = workbook([
      { name: '说明\u009b2J\u202egnp', xml: sheetXml([['本表说明']]) },
      { name: '明细\u0085', xml: sheetXml([HEADER, CLAIM]) },
    ]);
    const r = await yibao(['batch', file, '--date', '2024-06-01', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the workbook has 2 sheets ("说明\\x9b2J\\u202egnp", "明细 ")'); // NEL, a line break, is a space on one line
    expect(r.stderr).not.toMatch(RAW);
  });

  it('a workbook of 5,000 sheets: the messages name ten and say how many more', async () => {
    const sheets = Array.from({ length: 5000 }, (_, i) => ({ name: `第${i + 1}页\u001b`.replace('\u001b', '\u009b'), xml: sheetXml([['x']]) }));
    const file = workbook(sheets);
    let r = await yibao(['batch', file, '--date', '2024-06-01', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the workbook has 5000 sheets ("第1页\\x9b", "第2页\\x9b", ');
    expect(r.stderr).toContain('"第10页\\x9b" and 4990 more) and the first visible one is read by default');
    expect(r.stderr.length).toBeLessThan(2000);
    r = await yibao(['batch', file, '--sheet', 'nope', '--lang', 'en']);
    expect(r.stderr).toMatch(/has no sheet named "nope"; it has "第1页\\x9b", .* and 4990 more\./);
    expect(r.stderr).not.toMatch(RAW);
  });

  it('--sheet with escape sequences: no such sheet, both names escaped', async () => {
    const file = workbook([{ name: 'claims\u009b', xml: sheetXml([HEADER, CLAIM]) }]);
    const r = await yibao(['batch', file, '--sheet', '\u001b]0;PWNED\u0007\u001b[2J', '--date', '2024-06-01', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/has no sheet named "\\x1b\]0;PWNED\\x07\\x1b\[2J"; it has "claims\\x9b"\./);
    expect(r.stderr).not.toMatch(RAW);
  });

  it('cells holding escape sequences (Excel writes ESC as _x001B_): quoted escaped in row errors and the summary', async () => {
    const tier = '_x001B_]0;PWNED_x0007__x001B_[2J';
    const file = workbook([{ name: 'claims', xml: sheetXml([HEADER, ['employee', 'active', tier, 600, '\u009b31m'], CLAIM]) }]);
    const r = await yibao(['batch', file, '--date', '2024-06-01', '--lang', 'en', '--output-format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(RAW);
    const error = r.stdout.split('\n')[1]!;
    expect(error).toContain('tier: ');
    expect(error).toContain('\\x1b]0;PWNED\\x07\\x1b[2J'); // the error message quotes the cell escaped
    // the echoed cell itself is data: to a pipe it is the cell as read (ESC, BEL), and a terminal would get it escaped
    expect(error.startsWith('employee,active,\u001b]0;PWNED\u0007\u001b[2J,600,\u009b31m,error,')).toBe(true);
  });

  it('a character XML cannot hold, written raw (&#x1b;): the sheet is refused as XML, exit 2, nothing raw', async () => {
    const xml = sheetXml([HEADER, ['employee', 'active', '1', 600, 'x']]).replace('<t>x</t>', '<t>&#x1b;[2J</t>');
    const r = await yibao(['batch', workbook([{ name: 'claims', xml }]), '--date', '2024-06-01', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"xl\/worksheets\/sheet1\.xml" is not valid XML/);
    expect(r.stderr).not.toMatch(RAW);
  });
});

describe('the workbook batch writes: no formula, no character XML cannot hold', () => {
  const hostile = ['=1+1', '+SUM(A1:A9)', '-2+3', '@cmd', '=HYPERLINK("http://x","click")', '\tTAB', '\u0001\u0008\u000b\u001b[2J', 'lone \ud800 half', 'not \ufffe a char', '_x0041_ escape', '<f>1+1</f>&amp;'];

  async function roundTrip(input: string, args: string[] = []) {
    const out = join(tempDir(), 'out.xlsx');
    const r = await yibao(['batch', input, '--date', '2024-06-01', '--out', out, ...args]);
    expect(r.stderr).not.toMatch(/internal error/);
    const parts = unzipSync(readFileSync(out));
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    // no formula element anywhere, and nothing XML 1.0 cannot hold (C0 but tab/LF/CR, U+FFFE/FFFF, a lone surrogate)
    expect(sheet).not.toMatch(/<f[ >]/);
    // eslint-disable-next-line no-control-regex
    expect(sheet).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out); // a spreadsheet library opens it
    const cells: ExcelJS.Cell[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula || c.formula !== undefined)).toEqual([]);
    return { r, out, wb };
  }

  it('JSONL with formula-like, control and unpaired-surrogate cells, and a formula-like key: all text, the file valid', async () => {
    const input = join(tempDir(), 'claims.jsonl');
    const lines = hostile.map((note) => JSON.stringify({ scheme: 'employee', status: 'active', tier: note.startsWith('=1') ? note : '1', amount: '600', '=cmd|x': note }));
    writeFileSync(input, `${lines.join('\n')}\n`);
    const { wb } = await roundTrip(input);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(5).value).toBe('=cmd|x'); // the header cell, text
    const notes = hostile.map((_, i) => sheet.getRow(i + 2).getCell(5).value);
    expect(notes.slice(0, 6)).toEqual(hostile.slice(0, 6)); // text as given, never a formula
    expect(sheet.getRow(2).getCell(6).value).toBe('error'); // tier "=1+1" is a row error…
    expect(String(sheet.getRow(2).getCell(7).value)).toMatch(/^tier: /); // …whose message is text too
  });

  it('a workbook in, a workbook out: the hostile cells come back exactly through yibao itself', async () => {
    // inline strings with Excel's escapes for what XML cannot hold
    const escaped = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800\ufffe]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`); // eslint-disable-line no-control-regex
    const kept = hostile.filter((h) => !h.startsWith('_x')); // a literal _x0041_ would itself need _x005F_ in the input
    const file = workbook([{ name: 'claims', xml: sheetXml([HEADER, ...kept.map((n): Cell[] => ['employee', 'active', '1', 600, escaped(n)])]) }]);
    const { out } = await roundTrip(file);
    const back = await yibao(['batch', out, '--date', '2024-06-01', '--output-format', 'jsonl']);
    const notes = back.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { note: string }).note);
    expect(notes).toEqual(kept);
  });
});
