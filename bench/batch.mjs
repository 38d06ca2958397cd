// Batch benchmark (issue 5): `yibao batch <1,000,000-row claims CSV> --out …` against the
// hand-written baseline (bench/baseline-batch.mjs), alternating runs in the same session so both
// see the same machine. Reports median wall times and their ratio (target ≤ 1.6, issue 19's; it
// was ≤ 2.0 before), peak memory (max RSS, target ≤ 150 MB) and checks that both outputs agree
// on every row.
// Run with `npm run bench` (builds first) or `node bench/batch.mjs` after `npm run build`.
// BENCH_BATCH_N (default 3) runs of each; BENCH_BATCH_ROWS (default 1000000) rows.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateClaims } from './lib/generate.mjs';
import { measure, median } from './lib/measure.mjs';
import { compareOutputs } from './lib/compare.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const N = Math.max(3, Number(process.env.BENCH_BATCH_N ?? 3));
const ROWS = Number(process.env.BENCH_BATCH_ROWS ?? 1_000_000);
const TARGET_RATIO = 1.6;
const TARGET_MB = 150;

mkdirSync(here('./data'), { recursive: true });
const claims = here(`./data/claims-${ROWS}.csv`);
const outYibao = here('./data/out-yibao.csv');
const outBase = here('./data/out-baseline.csv');
if (!existsSync(claims)) {
  console.log(`batch: generating ${ROWS} rows in ${claims} …`);
  await generateClaims(claims, ROWS);
}

const YIBAO = [here('../bin/yibao.cjs'), 'batch', claims, '--out', outYibao];
const BASE = [here('./baseline-batch.mjs'), claims, outBase];
const outLib = here('./data/out-csv-library.csv');
const LIB = [here('./csv-library-passthrough.mjs'), claims, outLib];

const runs = { yibao: [], base: [] };
for (let i = 0; i < N; i++) {
  // Alternate which goes first, so neither always runs on a warmer machine.
  const order = i % 2 === 0 ? ['yibao', 'base'] : ['base', 'yibao'];
  for (const who of order) runs[who].push(await measure(who === 'yibao' ? YIBAO : BASE));
}

// Once: the CSV libraries alone (read and write, no arithmetic), to show what they would cost.
const lib = await measure(LIB);

const agree = await compareOutputs(outYibao, outBase);
const ms = (who) => median(runs[who].map((r) => r.ms));
const mb = (who) => Math.max(...runs[who].map((r) => r.rssMb));
const ratio = ms('yibao') / ms('base');
const rowsPerSec = Math.round(ROWS / (ms('yibao') / 1000));

console.log(`batch: node ${process.version}, ${ROWS} rows, N=${N} each, alternating`);
console.log(`  yibao batch --out: median ${(ms('yibao') / 1000).toFixed(2)} s (${rowsPerSec} rows/s), peak RSS ${mb('yibao').toFixed(0)} MB`);
console.log(`  baseline:          median ${(ms('base') / 1000).toFixed(2)} s, peak RSS ${mb('base').toFixed(0)} MB`);
console.log(`  runs (s): yibao ${runs.yibao.map((r) => (r.ms / 1000).toFixed(2)).join(' ')}; baseline ${runs.base.map((r) => (r.ms / 1000).toFixed(2)).join(' ')}`);
console.log(`  csv-parse → csv-stringify alone (no arithmetic): ${(lib.ms / 1000).toFixed(2)} s = ${(lib.ms / ms('base')).toFixed(2)}× the baseline`);
console.log(`  time ratio ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}) ${ratio <= TARGET_RATIO ? 'ok' : 'ABOVE TARGET'}`);
console.log(`  memory ${mb('yibao').toFixed(0)} MB (target ≤ ${TARGET_MB}) ${mb('yibao') <= TARGET_MB ? 'ok' : 'ABOVE TARGET'}`);
if (agree.firstDifference) {
  console.log(`  outputs DIFFER at line ${agree.firstDifference.line}:\n    yibao:    ${agree.firstDifference.a}\n    baseline: ${agree.firstDifference.b}`);
  process.exitCode = 1;
} else {
  console.log(`  outputs agree on all ${agree.rows - 1} rows (and the header)`);
}
if (!process.env.BENCH_KEEP) {
  rmSync(outYibao, { force: true });
  rmSync(outBase, { force: true });
  rmSync(outLib, { force: true });
}
