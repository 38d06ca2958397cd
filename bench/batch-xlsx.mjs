// Excel workbooks in batch (issue 12): `yibao batch <claims.xlsx> --out results.xlsx` on the
// benchmark's claims (the same rows as bench/batch.mjs, as typed cells: bench/lib/generate-xlsx.mjs)
// for 100,000 and 1,000,000 rows, beside `yibao batch <claims.csv> --out results.csv` on the same
// rows: rows per second and peak memory (max RSS), reading and writing a workbook apart (xlsx → csv,
// csv → xlsx) and together. The point is that memory stays bounded (the reader and the writer both
// stream) and how much slower a workbook is than CSV, CSV staying the fast path.
// Run with `npm run bench batch-xlsx` (builds first) or `node bench/batch-xlsx.mjs` after `npm run build`.
// BENCH_XLSX_ROWS (default "100000,1000000") the sizes; each run once (they take a while).
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateClaims } from './lib/generate.mjs';
import { claimsXlsx } from './lib/generate-xlsx.mjs';
import { measure } from './lib/measure.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const SIZES = (process.env.BENCH_XLSX_ROWS ?? '100000,1000000').split(',').map(Number);
const yibao = here('../bin/yibao.cjs');

mkdirSync(here('./data'), { recursive: true });
console.log(`batch xlsx: node ${process.version}, one run each`);
console.log('  rows       input → output  rows/s    peak RSS  wall');
for (const rows of SIZES) {
  const csv = here(`./data/claims-${rows}.csv`);
  const xlsx = here(`./data/claims-${rows}.xlsx`);
  if (!existsSync(csv)) await generateClaims(csv, rows);
  if (!existsSync(xlsx)) {
    console.log(`  (writing ${xlsx} …)`);
    await claimsXlsx(csv, xlsx);
  }
  for (const [kind, input, out] of [
    ['csv  → csv ', csv, here('./data/out-xlsx-bench.csv')],
    ['xlsx → csv ', xlsx, here('./data/out-xlsx-bench-read.csv')],
    ['csv  → xlsx', csv, here('./data/out-xlsx-bench-write.xlsx')],
    ['xlsx → xlsx', xlsx, here('./data/out-xlsx-bench.xlsx')],
  ]) {
    const r = await measure([yibao, 'batch', input, '--out', out]);
    const rate = Math.round(rows / (r.ms / 1000));
    console.log(`  ${String(rows).padEnd(9)}  ${kind}     ${String(rate).padEnd(8)}  ${r.rssMb.toFixed(0).padStart(5)} MB  ${(r.ms / 1000).toFixed(1)} s`);
    if (!process.env.BENCH_KEEP) rmSync(out, { force: true });
  }
}
