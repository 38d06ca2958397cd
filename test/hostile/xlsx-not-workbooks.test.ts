// Files named .xlsx that are not readable workbooks: a corrupt zip, a zip that is not a workbook,
// a password-protected workbook (an encrypted OLE file), an old .xls, a file cut short, a CSV or
// an empty file renamed, /dev/zero and a pipe, a workbook whose first sheet is a chart. Each is
// exit 2 at once with a message that says what the file is, in the user's language; nothing is
// written, no temporary file is left, no stack trace, never exit 70.
import { existsSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { book, oleFile, sheetXml, zip, type Cell } from '../helpers/xlsx-kit.js';
import { built, run, start, tempDir, yibao } from './helpers.js';

const HEADER: Cell[] = ['scheme', 'status', 'tier', 'amount'];
const CLAIM: Cell[] = ['employee', 'active', '1', 600];
const GOOD = () => zip(book([{ name: 'claims', xml: sheetXml([HEADER, ...Array<Cell[]>(200).fill(CLAIM)]) }]));

/** Runs batch on `bytes` saved as `name`, with --out in the same directory; returns the run and the directory. */
async function batchOn(bytes: Buffer, args: string[] = [], name = 'claims.xlsx') {
  const dir = tempDir();
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const r = await yibao(['batch', file, '--date', '2024-06-01', '--out', join(dir, 'out.xlsx'), ...args]);
  expect(readdirSync(dir)).toEqual([name]); // no output, no temporary file
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  return r;
}

describe('files that are not readable workbooks: exit 2 with what they are', () => {
  it('a password-protected workbook (an encrypted OLE file) renamed .xlsx', async () => {
    const bytes = oleFile(['EncryptionInfo', 'EncryptedPackage']);
    const en = await batchOn(bytes, ['--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/claims\.xlsx is a password-protected workbook and cannot be read; open it in Excel, clear the password/);
    const zh = await batchOn(bytes);
    expect(zh.stderr).toMatch(/claims\.xlsx 是设了打开密码的工作簿,无法读取/);
  });

  it('an old .xls renamed .xlsx, and another OLE file', async () => {
    for (const names of [['Workbook'], ['WordDocument']]) {
      const r = await batchOn(oleFile(names), ['--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/claims\.xlsx is an old-format Excel file \(\.xls\) or another Office file, not an \.xlsx\. Open it in Excel and save it as \.xlsx or CSV/);
    }
  });

  it('a zip that is not a workbook (photos; a Word document)', async () => {
    for (const parts of [[{ name: 'photo.jpg', data: 'not really' }], [{ name: 'word/document.xml', data: '<w:document/>' }]]) {
      const r = await batchOn(zip(parts), ['--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/claims\.xlsx is a zip file but not an Excel workbook \(it has no workbook part, xl\/workbook\.xml\)/);
    }
  });

  it('a workbook cut short (half of it, and all but its last bytes)', async () => {
    const good = GOOD();
    for (const size of [good.length >> 1, good.length - 10, 100]) {
      const r = await batchOn(good.subarray(0, size), ['--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/claims\.xlsx is damaged or incomplete \(no zip directory at its end: cut short\?\) and cannot be read/);
    }
  });

  it('a corrupt zip: bytes of the sheet changed, at every tenth position (never a silent row)', async () => {
    const good = GOOD();
    const at = good.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length; // the sheet's deflated bytes follow its name
    const end = good.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); // …up to the central directory
    for (let i = at; i < end; i += Math.max(1, Math.floor((end - at) / 10))) {
      const bad = Buffer.from(good);
      bad[i] = bad[i]! ^ 0x55;
      const r = await batchOn(bad, ['--lang', 'en']);
      expect(r.code).toBe(2);
      // what the damage turned into: a zlib error, a checksum, XML that does not parse, a cell reference past Excel's
      expect(r.stderr).toMatch(/^yibao: .*claims\.xlsx(: "xl\/worksheets\/sheet1\.xml" is not valid XML| is damaged or incomplete|: the sheet has a cell)/m);
    }
  });

  it('a sheet whose checksum does not match (damage that still inflates): exit 2, no output file', async () => {
    const xml = Buffer.from(sheetXml([HEADER, CLAIM]));
    const bytes = zip(book([{ name: 'claims', deflated: { bytes: deflateRawSync(xml), size: xml.length, crc: 12345 } }]));
    const r = await batchOn(bytes, ['--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/claims\.xlsx is damaged or incomplete \(the checksum of "xl\/worksheets\/sheet1\.xml" does not match\)/);
  });

  it('a zip holding the sheet twice, a row inside a row, a cell inside a cell: exit 2, never one of them silently', async () => {
    const parts = book([{ name: 'claims', xml: sheetXml([HEADER, CLAIM]) }]);
    let r = await batchOn(zip([...parts, { name: 'xl/worksheets/sheet1.xml', data: sheetXml([HEADER, ['employee', 'active', '3', 99999]]) }]), ['--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/claims\.xlsx is damaged or incomplete \(the part "xl\/worksheets\/sheet1\.xml" is in it twice\)/);
    for (const [xml, what] of [
      [sheetXml([HEADER, CLAIM]).replace('</row><row r="2">', '<row r="2">').replace('</sheetData>', '</row></sheetData>'), 'a row inside a row'],
      [sheetXml([HEADER, CLAIM]).replace('<c r="B2"', '<c r="C2"><v>1</v><c r="B2"').replace('</row></sheetData>', '</c></row></sheetData>'), 'a cell inside a cell'],
    ] as const) {
      r = await batchOn(zip(book([{ name: 'claims', xml }])), ['--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`"xl/worksheets/sheet1.xml" is not valid XML ("${what}")`);
    }
  });

  it('the central directory damaged', async () => {
    const bad = GOOD();
    const dir = bad.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bad.fill(0x41, dir, dir + 20);
    const r = await batchOn(bad, ['--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/claims\.xlsx is damaged or incomplete/);
  });

  it('a CSV and an empty file renamed .xlsx', async () => {
    let r = await batchOn(Buffer.from('scheme,status,tier,amount\nemployee,active,1,600\n'), ['--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/claims\.xlsx is not an Excel workbook \(\.xlsx\) but a text file; if it is CSV, add --input-format csv\./);
    r = await batchOn(Buffer.alloc(0), ['--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/claims\.xlsx is empty, not an Excel workbook/);
    r = await batchOn(Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 7, 8]), ['--lang', 'en']);
    expect(r.stderr).toMatch(/claims\.xlsx is not an Excel workbook \(an \.xlsx is a zip file; this is not\)/);
  });

  it('the first sheet a chart: exit 2 naming the sheets of data and --sheet; --sheet reads the table', async () => {
    const bytes = zip(book([{ name: '图表1', chart: true }, { name: '明细', xml: sheetXml([HEADER, CLAIM]) }]));
    let r = await batchOn(bytes);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/claims\.xlsx 的工作表 "图表1" 是图表或对话框,不是数据表;请用 --sheet 指定费用明细所在的工作表\(数据表:"明细"\)/);
    const dir = tempDir();
    writeFileSync(join(dir, 'c.xlsx'), bytes);
    r = await yibao(['batch', join(dir, 'c.xlsx'), '--sheet', '明细', '--date', '2024-06-01', '--output-format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/employee,active,1,600,ok,,600\.00,500\.00,0\.80,80\.00,/);
  });

  it('a workbook with a DOCTYPE or an entity it does not define', async () => {
    const withDoctype = sheetXml([HEADER, CLAIM]).replace('<worksheet', '<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet');
    let r = await batchOn(zip(book([{ name: 'claims', xml: withDoctype }])), ['--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"xl\/worksheets\/sheet1\.xml" has a DOCTYPE declaration, which no Excel workbook has/);
    r = await batchOn(zip(book([{ name: 'claims', xml: sheetXml([HEADER, ['&a;', 'active', '1', 600]]).replace('&amp;a;', '&a;') }])), ['--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"xl\/worksheets\/sheet1\.xml" is not valid XML \(/);
  });
});

describe.skipIf(!built)('streams that are not workbooks (the built CLI)', () => {
  it('/dev/zero and a pipe of zeros as xlsx: exit 2 at once', async () => {
    let r = await run(['batch', '/dev/zero', '--input-format', 'xlsx', '--lang', 'en'], { killAfterMs: 30_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/dev\/zero is not an Excel workbook/);
    expect(r.ms).toBeLessThan(10_000);
    r = await run(['batch', '-', '--input-format', 'xlsx', '--lang', 'en'], { killAfterMs: 30_000, spawn: { stdio: [openSync('/dev/zero', 'r'), 'pipe', 'pipe'] } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/stdin is not an Excel workbook/);
    // a pipe that never ends: refused on its first bytes
    const { child, done } = start(['batch', '-', '--input-format', 'xlsx', '--lang', 'en']);
    child.stdin!.write(Buffer.alloc(1024 * 1024));
    const piped = await done;
    expect(piped.code).toBe(2);
    expect(piped.ms).toBeLessThan(10_000);
  }, 60_000);

  it('a workbook through a pipe is read', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'c.xlsx'), GOOD());
    const { child, done } = start(['batch', '-', '--input-format', 'xlsx', '--date', '2024-06-01', '--output-format', 'csv', '--lang', 'en']);
    child.stdin!.end(readFileSync(join(dir, 'c.xlsx')));
    const r = await done;
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(201);
    expect(existsSync(join(dir, 'c.xlsx'))).toBe(true);
  }, 60_000);
});
