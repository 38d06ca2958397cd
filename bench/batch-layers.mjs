// Policy model 2's cost per row (issue 19): `yibao batch` over rows of the fictional 白鹭
// rulebook (examples/rulebooks/bailu.yaml: 乙类先行自付, per-admission deductibles, bands,
// disease limits, 大病/大额 and 医疗救助) against as many Suizhou rows (model 1, the batch
// benchmark's file), alternating runs. Reports the median time per row of each and the ratio.
// npm run bench batch-layers; BENCH_LAYERS_ROWS (default 200000), BENCH_LAYERS_N (default 3).
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { generateClaims } from './lib/generate.mjs';
import { measure, median } from './lib/measure.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const ROWS = Number(process.env.BENCH_LAYERS_ROWS ?? 200_000);
const N = Math.max(3, Number(process.env.BENCH_LAYERS_N ?? 3));

/** Deterministic 白鹭 rows: employees and residents (grades), all three benefits, 乙类, admissions, groups. */
async function generateBailu(file, rows) {
  const out = createWriteStream(file);
  let seed = 20250101;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
  let buf = 'person_id,date,scheme,status,grade,benefit,tier,amount,out_of_scope,class_b_drugs,class_b_items,admission,disease,assistance\n';
  const fen = (n) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2025, 0, 1 + Math.floor((i / rows) * 365))).toISOString().slice(0, 10);
    const employee = rand() < 0.6;
    const benefit = ['inpatient', 'chronic', 'outpatient'][Math.floor(rand() * 3)];
    const amount = 10000 + Math.floor(rand() * (benefit === 'inpatient' ? 8000000 : 300000));
    const oos = rand() < 0.3 ? Math.floor(rand() * amount * 0.1) : 0;
    const drugs = Math.floor(rand() * (amount - oos) * 0.3);
    const items = Math.floor(rand() * (amount - oos - drugs) * 0.2);
    const status = employee ? (rand() < 0.3 ? 'retired' : 'active') : '';
    const grade = employee ? '' : rand() < 0.5 ? '1' : '2';
    const admission = benefit === 'inpatient' ? String(1 + Math.floor(rand() * 4)) : '';
    const disease = benefit === 'chronic' ? (rand() < 0.5 ? '高血压' : '糖尿病') : '';
    const assistance = !employee && rand() < 0.1 ? (rand() < 0.5 ? '低保对象' : '特困人员') : '';
    const tier = String(1 + Math.floor(rand() * 3));
    buf += `B${i},${day},${employee ? 'employee' : 'resident'},${status},${grade},${benefit},${tier},${fen(amount)},${oos ? fen(oos) : ''},${fen(drugs)},${fen(items)},${admission},${disease},${assistance}\n`;
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

mkdirSync(here('./data'), { recursive: true });
const bailu = here(`./data/bailu-${ROWS}.csv`);
const suizhou = here(`./data/claims-${ROWS}.csv`);
if (!existsSync(bailu)) await generateBailu(bailu, ROWS);
if (!existsSync(suizhou)) await generateClaims(suizhou, ROWS);

const LAYERS = [here('../bin/yibao.cjs'), 'batch', bailu, '--policy', here('../examples/rulebooks/bailu.yaml'), '--out', here('./data/out-bailu.csv')];
const MODEL1 = [here('../bin/yibao.cjs'), 'batch', suizhou, '--out', here('./data/out-suizhou-layers.csv')];
const runs = { layers: [], model1: [] };
for (let i = 0; i < N; i++) {
  const order = i % 2 === 0 ? ['layers', 'model1'] : ['model1', 'layers'];
  for (const who of order) runs[who].push((await measure(who === 'layers' ? LAYERS : MODEL1)).ms);
}
const perRow = (ms) => (ms * 1000) / ROWS;
const a = median(runs.layers);
const b = median(runs.model1);
console.log(`batch-layers: node ${process.version}, ${ROWS} rows each, N=${N}, alternating`);
console.log(`  bailu (policy model 2, every layer): median ${(a / 1000).toFixed(2)} s = ${perRow(a).toFixed(2)} µs/row`);
console.log(`  suizhou (model 1):                  median ${(b / 1000).toFixed(2)} s = ${perRow(b).toFixed(2)} µs/row`);
console.log(`  a model-2 row costs ${(a / b).toFixed(2)}× a model-1 row (+${(a / b - 1).toFixed(2)})`);
