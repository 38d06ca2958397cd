// Batch under a policy of model 2 (issue 19): `yibao batch` on 1,000,000 白鹭 rows (per-stay 起付
// with later stays counted per person, bands, grades, 乙类先行自付, disease limits, the shared
// cap, 大病 / 大额, 医疗救助; bench/lib/generate-bailu.mjs) beside the same command on the Suizhou
// file of bench/batch.mjs and the hand-written baseline on that file, alternating in one session.
// Reports each median, the ratio of each to the baseline, and how much more a model-2 row costs
// (the target: no more than a few tenths of the ratio). The 白鹭 rows must all compute (row_status ok).
// Run with `npm run bench batch-v2` (builds first) or `node bench/batch-v2.mjs` after `npm run build`.
// BENCH_BATCH_N (default 3) runs of each; BENCH_BATCH_ROWS (default 1000000) rows in each file.
import { createReadStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { generateClaims } from './lib/generate.mjs';
import { generateBailuClaims } from './lib/generate-bailu.mjs';
import { measure, median } from './lib/measure.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const N = Math.max(3, Number(process.env.BENCH_BATCH_N ?? 3));
const ROWS = Number(process.env.BENCH_BATCH_ROWS ?? 1_000_000);
const TARGET_RATIO = 1.6;
const TARGET_EXTRA = 0.3;

mkdirSync(here('./data'), { recursive: true });
const suizhou = here(`./data/claims-${ROWS}.csv`);
const bailu = here(`./data/bailu-claims-${ROWS}.csv`);
if (!existsSync(suizhou)) await generateClaims(suizhou, ROWS);
if (!existsSync(bailu)) {
  console.log(`batch-v2: generating ${ROWS} 白鹭 rows in ${bailu} …`);
  await generateBailuClaims(bailu, ROWS);
}
const out = { v1: here('./data/out-v1.csv'), v2: here('./data/out-v2.csv'), base: here('./data/out-baseline-v2.csv') };
const ARGS = {
  v1: [here('../bin/yibao.cjs'), 'batch', suizhou, '--out', out.v1],
  v2: [here('../bin/yibao.cjs'), 'batch', bailu, '--policy', here('../examples/rulebooks/bailu.yaml'), '--out', out.v2],
  base: [here('./baseline-batch.mjs'), suizhou, out.base],
};

const runs = { v1: [], v2: [], base: [] };
const orders = [
  ['v1', 'v2', 'base'],
  ['base', 'v2', 'v1'],
  ['v2', 'base', 'v1'],
];
for (let i = 0; i < N; i++) for (const who of orders[i % orders.length]) runs[who].push(await measure(ARGS[who]));

/** Rows of an output CSV by row_status (the column after the input's). */
async function statuses(file, inputColumns) {
  const counts = {};
  let first = true;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (first) {
      first = false;
      continue;
    }
    const status = line.split(',')[inputColumns];
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}
const v2Statuses = await statuses(out.v2, 14);

const ms = (who) => median(runs[who].map((r) => r.ms));
const mb = (who) => Math.max(...runs[who].map((r) => r.rssMb));
const ratio = (who) => ms(who) / ms('base');
const s = (x) => (x / 1000).toFixed(2);
console.log(`batch-v2: node ${process.version}, ${ROWS} rows in each file, N=${N} each, alternating`);
console.log(`  yibao batch, Suizhou (model 1): median ${s(ms('v1'))} s (${Math.round(ROWS / (ms('v1') / 1000))} rows/s), peak RSS ${mb('v1').toFixed(0)} MB, ratio ${ratio('v1').toFixed(2)}`);
console.log(`  yibao batch, 白鹭 (model 2):    median ${s(ms('v2'))} s (${Math.round(ROWS / (ms('v2') / 1000))} rows/s), peak RSS ${mb('v2').toFixed(0)} MB, ratio ${ratio('v2').toFixed(2)}`);
console.log(`  baseline (Suizhou):            median ${s(ms('base'))} s`);
console.log(`  runs (s): v1 ${runs.v1.map((r) => s(r.ms)).join(' ')}; v2 ${runs.v2.map((r) => s(r.ms)).join(' ')}; baseline ${runs.base.map((r) => s(r.ms)).join(' ')}`);
console.log(`  白鹭 rows by status: ${JSON.stringify(v2Statuses)}`);
const extra = ratio('v2') - ratio('v1');
console.log(`  Suizhou ratio ${ratio('v1').toFixed(2)} (target ≤ ${TARGET_RATIO}) ${ratio('v1') <= TARGET_RATIO ? 'ok' : 'ABOVE TARGET'}`);
console.log(`  a model-2 row costs ${extra.toFixed(2)} more of the ratio (target ≤ ${TARGET_EXTRA}) ${extra <= TARGET_EXTRA ? 'ok' : 'ABOVE TARGET'}`);
if (Object.keys(v2Statuses).some((k) => k !== 'ok')) {
  console.log('  some 白鹭 rows did not compute: the figure is not a model-2 row\'s cost');
  process.exitCode = 1;
}
if (!process.env.BENCH_KEEP) for (const f of Object.values(out)) rmSync(f, { force: true });
