// How the workbook reader's memory scales with the shared strings table (issue 12): two workbooks
// of the same claims, N rows each (default 1,000,000; BENCH_XLSX_STRINGS_ROWS), every text cell a
// shared string as Excel saves it, differing only in a `note` column that is echoed, not read:
// "few" has 10 distinct notes, "many" a distinct note on every row (N strings of about 40 bytes:
// 门诊记录 0000001 随州市中心医院). Runs `yibao batch <file> --out results.csv` once on each and
// reports peak RSS and rows per second. Persons (1,000 ids) are the same in both, so the ledger is too.
// Run with `node bench/xlsx-strings.mjs` after `npm run build`.
import { createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';
import { measure } from './lib/measure.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const ROWS = Number(process.env.BENCH_XLSX_STRINGS_ROWS ?? 1_000_000);
const yibao = here('../bin/yibao.cjs');
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const FIXED = ['person_id', 'date', 'scheme', 'status', 'tier', 'amount', 'note', 'employee', 'active', '1'];
const note = (i, many) => (many ? `门诊记录 ${String(i).padStart(7, '0')} 随州市中心医院` : `门诊记录 ${i % 10}`);

/** Writes the workbook: rows of shared strings, the date as text, the amount a number. */
async function writeBook(file, many) {
  const out = createWriteStream(file);
  const zip = new Zip((err, data) => {
    if (err) throw err;
    out.write(data);
  });
  const fixed = (name, text) => {
    const part = new ZipPassThrough(name);
    zip.add(part);
    part.push(strToU8(text), true);
  };
  fixed('[Content_Types].xml', `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
  fixed('_rels/.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  fixed('xl/workbook.xml', `${XML}<workbook xmlns="${NS}" xmlns:r="${R}"><sheets><sheet name="claims" sheetId="1" r:id="r1"/></sheets></workbook>`);
  fixed(
    'xl/_rels/workbook.xml.rels',
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="r2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  // shared strings: the fixed words, 1,000 person ids, then the notes (10, or one a row)
  const notes = many ? ROWS : 10;
  const ids = FIXED.length;
  const firstNote = ids + 1000;
  const sst = new ZipDeflate('xl/sharedStrings.xml', { level: 1 });
  zip.add(sst);
  let text = `${XML}<sst xmlns="${NS}">${FIXED.map((s) => `<si><t>${s}</t></si>`).join('')}`;
  for (let p = 0; p < 1000; p++) text += `<si><t>P${String(p).padStart(6, '0')}</t></si>`;
  for (let i = 0; i < notes; i++) {
    text += `<si><t>${note(i, many)}</t></si>`;
    if (text.length > 1 << 20) (sst.push(strToU8(text)), (text = ''));
  }
  sst.push(strToU8(`${text}</sst>`), true);
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  zip.add(sheet);
  const s = (r, col, index) => `<c r="${col}${r}" t="s"><v>${index}</v></c>`;
  text = `${XML}<worksheet xmlns="${NS}"><sheetData><row r="1">${['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c, i) => s(1, c, i)).join('')}</row>`;
  for (let i = 0; i < ROWS; i++) {
    const r = i + 2;
    const day = String(1 + ((i * 7) % 28)).padStart(2, '0');
    text += `<row r="${r}">${s(r, 'A', ids + (i % 1000))}<c r="B${r}" t="inlineStr"><is><t>2024-${String(1 + Math.floor((12 * i) / ROWS)).padStart(2, '0')}-${day}</t></is></c>${s(r, 'C', 7)}${s(r, 'D', 8)}${s(r, 'E', 9)}<c r="F${r}"><v>${300 + (i % 700)}</v></c>${s(r, 'G', firstNote + (many ? i : i % 10))}</row>`;
    if (text.length > 1 << 20) (sheet.push(strToU8(text)), (text = ''));
  }
  sheet.push(strToU8(`${text}</sheetData></worksheet>`), true);
  zip.end();
  await new Promise((resolve) => out.end(resolve));
}

mkdirSync(here('./data'), { recursive: true });
console.log(`xlsx shared strings: node ${process.version}, ${ROWS.toLocaleString('en')} rows, one run each`);
console.log('  notes   distinct strings  rows/s    peak RSS');
for (const many of [false, true]) {
  const file = here(`./data/strings-${many ? 'many' : 'few'}-${ROWS}.xlsx`);
  if (!existsSync(file)) await writeBook(file, many);
  const out = here('./data/out-strings.csv');
  const r = await measure([yibao, 'batch', file, '--out', out]);
  const distinct = FIXED.length + 1000 + (many ? ROWS : 10);
  console.log(`  ${many ? 'many' : 'few '}    ${distinct.toLocaleString('en').padEnd(16)}  ${String(Math.round(ROWS / (r.ms / 1000))).padEnd(8)}  ${r.rssMb.toFixed(0).padStart(5)} MB`);
  rmSync(out, { force: true });
}
