// The batch benchmark's baseline: the least a program can do for the same job. A streaming
// loop over the claims CSV (plain line and comma splitting, no validation) doing Suizhou's
// 2024 employee-outpatient arithmetic in integer fen with per-person, per-year accumulation,
// writing the same columns as `yibao batch`. The parameters come from dist/policies/suizhou.json
// (built from policies/suizhou.yaml), not from this file.
// Usage: node bench/baseline-batch.mjs <claims.csv> <out.csv>
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';

const [input, output] = process.argv.slice(2);
const { policy } = JSON.parse(readFileSync(new URL('../dist/policies/suizhou.json', import.meta.url), 'utf8'));
const version = policy.versions.find((v) => v.effective === '2024-01-01');
const rules = version.benefits.outpatient.employee;
const fen = (yuan) => Math.round(yuan * 100);
const bp = (ratio) => Math.round(ratio * 10000);
const DEDUCTIBLE = { active: fen(rules.deductible.active.value), retired: fen(rules.deductible.retired.value) };
const CAP = { active: fen(rules.cap.active.value), retired: fen(rules.cap.retired.value) };
const BONUS = bp(rules.retiree_bonus.value);
const RATIO = {};
for (const tier of ['1', '2', '3', 'community']) {
  const base = bp(rules.ratio[policy.tiers[tier].counts_as ?? tier].value);
  RATIO[tier] = { active: base, retired: base + BONUS };
}

const toFen = (s) => {
  if (s === '') return 0;
  const dot = s.indexOf('.');
  if (dot < 0) return Number(s) * 100;
  return Number(s.slice(0, dot)) * 100 + Number(s.slice(dot + 1).padEnd(2, '0'));
};
const money = (f) => {
  const c = f % 100;
  return `${(f - c) / 100}.${c < 10 ? '0' : ''}${c}`;
};
const ratioText = (b) => {
  let frac = String(b % 10000).padStart(4, '0');
  while (frac.length > 2 && frac.endsWith('0')) frac = frac.slice(0, -1);
  return `${Math.floor(b / 10000)}.${frac}`;
};

// The layers of policy model 2 (乙类先行自付, 大病/大额, 医疗救助 and their year's totals): none in Suizhou's outpatient rules.
const LAYERS = '0.00,0.00,0.00,0.00,0.00,0.00,';
// The warnings column: the retiree uplift is a reading (5 points, not ×1.05); nothing else applies here.
const WARNINGS = { active: '', retired: 'reading' };
const people = new Map(); // person_id -> [year, ytdDeductible, ytdFund]
const out = createWriteStream(output);
let rest = '';
let header = true;
for await (const chunk of createReadStream(input, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
  const lines = (rest + chunk).split('\n');
  rest = lines.pop();
  let buf = '';
  for (const line of lines) {
    if (header) {
      buf += `${line},row_status,error,in_scope,deductible_applied,ratio,fund_pays,patient_share,account_pays,family_pays,cash_due,ytd_deductible_after,ytd_fund_after,first_pay,second_layer_pays,assistance_pays,ytd_burden_after,ytd_second_after,ytd_assistance_after,warnings\n`;
      header = false;
      continue;
    }
    const [person, date, , , status, , tier, amountText, oosText] = line.split(',');
    const amount = toFen(amountText);
    const inScope = amount - toFen(oosText);
    const year = date.slice(0, 4);
    let acc = people.get(person);
    if (!acc || acc[0] !== year) people.set(person, (acc = [year, 0, 0]));
    const applied = Math.min(inScope, Math.max(0, DEDUCTIBLE[status] - acc[1]));
    const ratio = RATIO[tier][status];
    const product = (inScope - applied) * ratio;
    const before = Math.floor((product + 5000) / 10000); // half-up to the fen
    const fund = Math.min(before, Math.max(0, CAP[status] - acc[2]));
    acc[1] += applied;
    acc[2] += fund;
    const share = amount - fund;
    const warnings = WARNINGS[status];
    buf += `${line},ok,,${money(inScope)},${money(applied)},${ratioText(ratio)},${money(fund)},${money(share)},0.00,0.00,${money(share)},${money(acc[1])},${money(acc[2])},${LAYERS}${warnings}\n`;
  }
  if (!out.write(buf)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');
