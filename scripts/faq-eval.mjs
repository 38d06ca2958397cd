// The caller questions (test/faq/caller-questions.yaml) through the built CLI, as an operator would
// type them: `yibao faq <question> [--city …] --json` for each FAQ question, and `yibao ask
// <question> --json` for each claim question (what was understood is read back from the JSON).
// Prints the share of FAQ questions whose entry comes first and in the top three, and the share
// of claims understood exactly, with every miss. Run `npm run faq-eval` (builds first).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const set = parse(readFileSync(`${root}test/faq/caller-questions.yaml`, 'utf8'));

function yibao(args) {
  const r = spawnSync(process.execPath, [`${root}bin/yibao.cjs`, ...args], { encoding: 'utf8', input: '' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let first = 0;
let top3 = 0;
const misses = [];
for (const c of set.faq) {
  const want = typeof c.expect === 'string' ? [c.expect] : c.expect;
  const { out } = yibao(['faq', c.q, ...(c.city ? ['--city', c.city] : []), '--json']);
  const got = JSON.parse(out).results.map((r) => r.id);
  if (want.includes(got[0])) first++;
  if (got.slice(0, 3).some((id) => want.includes(id))) top3++;
  else misses.push(`  not in top 3: ${c.q}${c.city ? ` (--city ${c.city})` : ''} -> ${got.slice(0, 3).join(', ') || 'nothing'} (want ${want.join(' or ')})`);
  if (!want.includes(got[0]) && got.slice(0, 3).some((id) => want.includes(id))) misses.push(`  not first:    ${c.q} -> ${got.slice(0, 3).join(', ')} (want ${want.join(' or ')})`);
}

// A claim is understood when ask's JSON (or, with something missing, its 理解为 line and the
// missing-value error) matches every field the question gives, the rest of the claim included
// (paid this year, deductible met, out of scope, accounts, the relation, the date); a question with
// a part that must not be understood is understood when ask refuses it (exit 2) naming that part.
const MONEY = ['amount', 'out_of_scope', 'ytd_fund', 'ytd_deductible', 'account', 'family'];
const WORDS = {
  scheme: { employee: '职工', resident: '居民' },
  status: { active: '在职', retired: '退休' },
  tier: { 1: '一级', 2: '二级', 3: '三级', community: '社区' },
  benefit: { outpatient: '门诊', inpatient: '住院', chronic: '慢特病' },
  relation: { spouse: '配偶', parent: '父母', child: '子女', sibling: '兄弟姐妹', grandparent: '祖父母', grandchild: '孙子女' },
};
const yuan = (v) => `${Number(v).toFixed(2)} 元`;
let understood = 0;
for (const c of set.claims) {
  const { code, out, err } = yibao(['ask', c.q, '--date', '2024-06-01', '--json']);
  const line = err.split('\n').find((l) => l.startsWith('理解为:')) ?? '';
  let ok;
  if (c.unclear) {
    ok = code === 2 && c.unclear.every((u) => line.includes(`"${u}"`)) && JSON.parse(out).error?.code === 'not_understood';
  } else if (code === 0) {
    const claim = JSON.parse(out).claim;
    ok =
      Object.entries(c.claim).every(([k, v]) => (MONEY.includes(k) ? Number(claim[k]) === Number(v) : claim[k] === v)) &&
      (c.full_deductible === undefined || Number(claim.ytd_deductible) === Number(c.full_deductible));
  } else {
    // something missing (exit 2) or a claim the policy cannot answer (exit 3): the 理解为 line
    // (stderr with --json) must still say each thing the question gives
    ok =
      (code === 2 || code === 3) &&
      Object.entries(c.claim).every(([k, v]) => (k === 'city' || k === 'date' ? true : MONEY.includes(k) ? line.includes(yuan(v)) : line.includes(WORDS[k][v])));
  }
  if (ok) understood++;
  else misses.push(`  claim not understood: ${c.q} (exit ${code}) ${err.split('\n')[0]}`);
}

const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
console.log(`faq-eval: ${set.faq.length} FAQ questions, ${set.claims.length} claim questions (test/faq/caller-questions.yaml)`);
console.log(`  first:       ${first}/${set.faq.length} = ${pct(first, set.faq.length)}`);
console.log(`  top three:   ${top3}/${set.faq.length} = ${pct(top3, set.faq.length)}`);
console.log(`  claims understood: ${understood}/${set.claims.length} = ${pct(understood, set.claims.length)}`);
if (misses.length) console.log(misses.join('\n'));
