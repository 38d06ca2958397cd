// Start-up benchmark (issues 4 and 9): `yibao calc … --json`, `yibao faq <a caller's question>` and
// `yibao ask <a claim question>` against `node -e ""`, in rotation in the same run so all see the
// same machine state. Prints each median and its ratio to the baseline (targets: calc ≤ 1.5,
// faq and ask ≤ 1.6). Run with `npm run bench` (builds first) or `node bench/startup.mjs` after
// `npm run build`; BENCH_N=100 for more runs.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './lib/measure.mjs';

const bin = fileURLToPath(new URL('../bin/yibao.cjs', import.meta.url));
const COMMANDS = [
  {
    name: 'yibao calc --city suizhou --date 2024-06-01 --scheme employee --status active --tier 1 --amount 2000 --json',
    args: [bin, 'calc', '--city', 'suizhou', '--date', '2024-06-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '2000', '--json'],
    target: 1.5,
    check: (out) => JSON.parse(out).result?.fund_pays === '1200.00',
  },
  {
    name: 'yibao faq 我爸退休了，看门诊能报多少？ --json',
    args: [bin, 'faq', '我爸退休了，看门诊能报多少？', '--json'],
    target: 1.6,
    check: (out) => JSON.parse(out).results[0]?.id === 'suizhou-q2',
  },
  {
    name: 'yibao ask 我退休了，在二级医院看门诊花了1000元，能报多少？ --date 2024-06-01 --json',
    args: [bin, 'ask', '我退休了，在二级医院看门诊花了1000元，能报多少？', '--date', '2024-06-01', '--json'],
    target: 1.6,
    // (1000 − 400) × 75% = 450
    check: (out) => JSON.parse(out).result?.fund_pays === '450.00',
  },
];
const BASELINE = ['-e', ''];
// N from BENCH_N (bench/run.mjs passes its own arguments through process.argv).
const N = Math.max(30, Number(process.env.BENCH_N) || 40);

function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

// Warm the file cache and check each command works before timing it.
for (const c of COMMANDS) {
  const out = spawnSync(process.execPath, c.args, { encoding: 'utf8' }).stdout;
  if (!c.check(out)) throw new Error(`${c.name} did not give the expected answer:\n${out}`);
}
time(BASELINE);

const runs = [BASELINE, ...COMMANDS.map((c) => c.args)];
const times = runs.map(() => []);
for (let i = 0; i < N; i++) {
  // Rotate which goes first, so none always follows another.
  for (let k = 0; k < runs.length; k++) {
    const j = (i + k) % runs.length;
    times[j].push(time(runs[j]));
  }
}

const base = median(times[0]);
console.log(`startup: node ${process.version}, N=${N} each, in rotation`);
console.log(`  node -e "": median ${base.toFixed(1)} ms`);
COMMANDS.forEach((c, k) => {
  const m = median(times[k + 1]);
  const ratio = m / base;
  console.log(`  ${c.name}: median ${m.toFixed(1)} ms, ratio ${ratio.toFixed(2)} (target ≤ ${c.target}) ${ratio <= c.target ? 'ok' : 'ABOVE TARGET'}`);
});
