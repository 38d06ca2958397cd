// Start-up benchmark (issue 4): `yibao calc … --json` against `node -e ""`, alternating in the
// same run so both see the same machine state. Prints the medians and their ratio (target ≤ 1.5).
// Run with `npm run bench` (builds first) or `node bench/startup.mjs` after `npm run build`;
// BENCH_N=100 for more runs.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './lib/measure.mjs';

const bin = fileURLToPath(new URL('../bin/yibao.js', import.meta.url));
const CALC = [bin, 'calc', '--city', 'suizhou', '--date', '2024-06-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '2000', '--json'];
const BASELINE = ['-e', ''];
// N from BENCH_N (bench/run.mjs passes its own arguments through process.argv).
const N = Math.max(30, Number(process.env.BENCH_N) || 40);
const TARGET = 1.5;

function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

// Warm the file cache and check the command works before timing it.
const out = JSON.parse(spawnSync(process.execPath, CALC, { encoding: 'utf8' }).stdout);
if (out.result?.fund_pays !== '1200.00') throw new Error('yibao calc did not give the expected fund_pays');
time(BASELINE);

const calc = [];
const base = [];
for (let i = 0; i < N; i++) {
  // Alternate which goes first, so neither always follows the other.
  if (i % 2 === 0) {
    calc.push(time(CALC));
    base.push(time(BASELINE));
  } else {
    base.push(time(BASELINE));
    calc.push(time(CALC));
  }
}

const mc = median(calc);
const mb = median(base);
const ratio = mc / mb;
console.log(`startup: node ${process.version}, N=${N} each, alternating`);
console.log(`  yibao calc --city suizhou --date 2024-06-01 --scheme employee --status active --tier 1 --amount 2000 --json: median ${mc.toFixed(1)} ms`);
console.log(`  node -e "": median ${mb.toFixed(1)} ms`);
console.log(`  ratio ${ratio.toFixed(2)} (target ≤ ${TARGET}) ${ratio <= TARGET ? 'ok' : 'ABOVE TARGET'}`);
