// Hostile workbooks, by size: a sheet or shared strings that inflate to gigabytes (honest about it
// or lying in the zip's directory), a 200 MB cell (shared, inline, a number), ten million empty
// rows, a row past Excel's last, a huge dimension. Each ends in seconds, in bounded memory (the
// built CLI on a 96 MB heap), with the contract's exit code and a message, never exit 70.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { book, repeated, sharedStringsXml, sheetXml, zip, type Cell } from '../helpers/xlsx-kit.js';
import { built, readCsv, run, tempDir } from './helpers.js';

const SMALL_HEAP = ['--max-old-space-size=96'];
const HEADER: Cell[] = ['scheme', 'status', 'tier', 'amount', 'note'];
const CLAIM: Cell[] = ['employee', 'active', '1', 600, 'ok']; // (600 − 500) × 80% = 80.00 from the fund
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

function write(parts: Parameters<typeof zip>[0]): string {
  const file = join(tempDir(), 'claims.xlsx');
  writeFileSync(file, zip(parts));
  return file;
}

const batch = (file: string, extra: string[] = []) => run(['batch', file, '--date', '2024-06-01', '--lang', 'en', '--output-format', 'csv', ...extra], { nodeArgs: SMALL_HEAP, killAfterMs: 120_000 });

/** The sheet's XML around rows made elsewhere: the header and a claim, then `middle`, then a claim. */
function around(middle: string): { head: string; tail: string } {
  const xml = sheetXml([HEADER, CLAIM]);
  const cut = xml.indexOf('</sheetData>');
  return { head: xml.slice(0, cut) + middle, tail: `<row r="1000"><c r="A1000" t="inlineStr"><is><t>employee</t></is></c><c r="B1000" t="inlineStr"><is><t>active</t></is></c><c r="C1000" t="inlineStr"><is><t>1</t></is></c><c r="D1000"><v>600</v></c></row>${xml.slice(cut)}` };
}

function expectClean(r: { code: number | null; stderr: string; ms: number }) {
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(r.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/); // eslint-disable-line no-control-regex
  expect(r.ms).toBeLessThan(60_000); // generous: each takes a few seconds
}

describe.skipIf(!built)('zip bombs (the built CLI, 96 MB heap)', () => {
  it('a sheet that inflates to 4,000 MiB: refused before it is inflated (exit 2), nothing written', async () => {
    const { head, tail } = around('');
    const file = write(book([{ name: 'claims', deflated: repeated(' '.repeat(1024 * 1024), 4000, head, tail) }]));
    const out = join(tempDir(), 'out.csv');
    const r = await batch(file, ['--out', out]);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).toMatch(/^yibao: .*claims\.xlsx: "xl\/worksheets\/sheet1\.xml" would inflate to 4,000 MB, \d[\d,]* times its compressed size \(the limit is 100\): not a file Excel saves \(a zip bomb\?\)/m);
    expect(r.ms).toBeLessThan(10_000);
    expectClean(r);
  }, 150_000);

  it('a sheet whose directory claims 1 MB but inflates to 4,000 MiB: stopped at the claimed size (exit 2)', async () => {
    const { head, tail } = around('');
    const file = write(book([{ name: 'claims', deflated: repeated(' '.repeat(1024 * 1024), 4000, head, tail), claim: 1024 * 1024 }]));
    const r = await batch(file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is damaged or incomplete \(a part inflates to more than its directory says\)/);
    expect(r.ms).toBeLessThan(10_000);
    expectClean(r);
  }, 150_000);

  it('shared strings that inflate to 4,000 MiB: refused the same way', async () => {
    const strings = repeated('<si><t>x</t></si>'.repeat(60_000), 4200, `<sst ${NS}>`, '</sst>');
    const file = write(book([{ name: 'claims', xml: sheetXml([HEADER, CLAIM]) }], { sharedStrings: { name: '', deflated: strings } }));
    const r = await batch(file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"xl\/sharedStrings\.xml" would inflate to [\d,]+ MB/);
    expectClean(r);
  }, 150_000);
});

/** 200 MiB of text that compresses about 20 times (so it is no zip bomb): a line of digits with a letter every 64. */
function bigText(mib = 200): { piece: string; times: number } {
  let piece = '';
  for (let i = 0; piece.length < 1024 * 1024; i++) piece += `${String(i).padStart(63, '7')}${'abcdefghij'[i % 10]}`;
  return { piece: piece.slice(0, 1024 * 1024), times: mib };
}

describe.skipIf(!built)('a 200 MB cell is a row error, the rows around it computed (the built CLI, 96 MB heap)', () => {
  it('a 200 MB shared string used by a note cell', async () => {
    const { piece, times } = bigText();
    const xml = sheetXml([HEADER, CLAIM, ['employee', 'active', '1', 600, { raw: ' t="s"><v>1</v>' }], CLAIM]);
    const strings = repeated(piece, times, `<sst ${NS}><si><t>unused</t></si><si><t>`, '</t></si></sst>', true);
    const file = write(book([{ name: 'claims', xml }], { sharedStrings: { name: '', deflated: strings } }));
    const r = await batch(file);
    expect(r.code).toBe(1);
    const rows = readCsv(r.stdout);
    expect(rows.map((row) => [row.row_status, row.fund_pays])).toEqual([
      ['ok', '80.00'],
      ['error', ''],
      ['ok', '80.00'],
    ]);
    expect(rows[1]!.error).toBe('row: row 3 of the sheet holds more than 1 MiB of text and was not read; reading went on at the next row.');
    expectClean(r);
  }, 150_000);

  it('a 200 MB inline string and a 200 MB number', async () => {
    for (const [cell, fill] of [
      ['<c r="E3" t="inlineStr"><is><t>', '</t></is></c>'],
      ['<c r="E3"><v>', '</v></c>'],
    ] as const) {
      const { piece, times } = bigText();
      const { head, tail } = around(`<row r="3"><c r="A3" t="inlineStr"><is><t>employee</t></is></c>${cell}`);
      const body = cell.includes('<v>') ? piece.replace(/[a-j]/g, '5') : piece;
      const file = write(book([{ name: 'claims', deflated: repeated(body, times, head, `${fill}</row>${tail}`, true) }]));
      const r = await batch(file);
      expect(r.code).toBe(1);
      const rows = readCsv(r.stdout);
      expect(rows.map((row) => row.row_status)).toEqual(['ok', 'error', 'ok']);
      expect(rows[1]!.error).toMatch(/^row: row 3 of the sheet holds more than 1 MiB of text/);
      expectClean(r);
    }
  }, 300_000);

  it('a 200 MB shared string that compresses a thousand times is a zip bomb instead (exit 2)', async () => {
    const strings = repeated('y'.repeat(1024 * 1024), 200, `<sst ${NS}><si><t>`, '</t></si></sst>');
    const file = write(book([{ name: 'claims', xml: sheetXml([HEADER, CLAIM]) }], { sharedStrings: { name: '', deflated: strings } }));
    const r = await batch(file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a zip bomb\?/);
    expectClean(r);
  }, 150_000);
});

describe.skipIf(!built)('over-long markup: a 50 MB comment, attribute or CDATA (the built CLI, 96 MB heap)', () => {
  it('each is exit 2 naming the part, never held whole (what follows the first 1 MiB is skipped up to the next "<")', async () => {
    for (const [open, close] of [
      ['<!--', '-->'],
      ['<row r="3" x="', '"/>'],
      ['<row r="3"><c r="A3" t="inlineStr"><is><t><![CDATA[', ']]></t></is></c></row>'],
    ] as const) {
      const { head, tail } = around(open);
      const piece = 'z>'.repeat(512 * 1024); // a '>' every other character, and no '<' for 50 MB
      const file = write(book([{ name: 'claims', deflated: repeated(piece, 50, head, close + tail, true) }]));
      const r = await batch(file);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/"xl\/worksheets\/sheet1\.xml" (holds a piece of markup \(not a cell's text\) longer than 2 MiB|is not valid XML)/);
      expectClean(r);
    }
  }, 300_000);
});

describe.skipIf(!built)('rows and dimensions past Excel (the built CLI, 96 MB heap)', () => {
  it('ten million empty rows: exit 2 at row 1,048,577 (Excel has 1,048,576), in seconds', async () => {
    const pieces: Buffer[] = [];
    const { head, tail } = around('');
    let text = '';
    for (let r = 3; r <= 10_000_000; r++) {
      text += `<row r="${r}"/>`;
      if (text.length > 4_000_000) {
        pieces.push(Buffer.from(text));
        text = '';
      }
    }
    const xml = Buffer.concat([Buffer.from(head), ...pieces, Buffer.from(text), Buffer.from(tail.replace('r="1000"', 'r="10000001"'))]);
    const file = write(book([{ name: 'claims', deflated: { bytes: deflateRawSync(xml, { level: 1 }), size: xml.length } }]));
    const out = join(tempDir(), 'out.xlsx');
    const r = await batch(file, ['--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^yibao: .*claims\.xlsx: the sheet has a row 1,048,577, beyond Excel's last row \(1,048,576\): not a workbook Excel can save\.$/m);
    expectClean(r);
  }, 150_000);

  it('a row numbered 4294967296 and a cell in column XFE: exit 2 at once', async () => {
    const far = sheetXml([HEADER, CLAIM]).replace('</sheetData>', '<row r="4294967296"/></sheetData>');
    let r = await batch(write(book([{ name: 'claims', xml: far }])));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a row 4,294,967,296, beyond Excel's last row/);
    const wide = sheetXml([HEADER, CLAIM]).replace('</sheetData>', '<row r="3"><c r="XFE3"><v>1</v></c></row></sheetData>');
    r = await batch(write(book([{ name: 'claims', xml: wide }])));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the sheet has a cell "XFE3", beyond Excel's columns/);
    expectClean(r);
  }, 150_000);

  it('a dimension of the whole grid and a last row at 1,048,576: read as the rows they are', async () => {
    const xml = sheetXml([HEADER, CLAIM], '<dimension ref="A1:XFD1048576"/>').replace(
      '</sheetData>',
      '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>employee</t></is></c><c r="B1048576" t="inlineStr"><is><t>active</t></is></c><c r="C1048576" t="inlineStr"><is><t>1</t></is></c><c r="D1048576"><v>600</v></c><c r="XFD1048576"/></row></sheetData>',
    );
    const r = await batch(write(book([{ name: 'claims', xml }])));
    expect(r.code).toBe(0);
    expect(readCsv(r.stdout).map((row) => row.fund_pays)).toEqual(['80.00', '80.00']);
    expect(r.ms).toBeLessThan(10_000);
    expectClean(r);
  }, 60_000);
});
