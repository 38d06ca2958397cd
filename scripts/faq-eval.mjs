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
// (paid this year, deductible met, out of scope, accounts, the relation, the contribution level
// and years, the date) and, where the case gives it, the fund payment worked by hand; a question
// with a part that must not be understood is understood when ask refuses it (exit 2) naming that
// part; one that gives a field two ways (conflict) or two figures that cannot both be true
// (refused) when ask refuses it with that error.
const MONEY = ['amount', 'out_of_scope', 'ytd_fund', 'ytd_deductible', 'account', 'family'];
const WORDS = {
  scheme: { employee: '职工', resident: '居民' },
  status: { active: '在职', retired: '退休' },
  tier: { 1: '一级', 2: '二级', 3: '三级', community: '社区' },
  benefit: { outpatient: '门诊', inpatient: '住院', chronic: '慢特病' },
  relation: { spouse: '配偶', parent: '父母', child: '子女', sibling: '兄弟姐妹', grandparent: '祖父母', grandchild: '孙子女' },
  contribution_years_met: { true: '缴费年限已满', false: '缴费年限未满' },
};
const yuan = (v) => `${Number(v).toFixed(2)} 元`;
/** What the 理解为 line shows for a field the question gives. */
const shown = (k, v) => (MONEY.includes(k) ? yuan(v) : k === 'contribution' ? `${Math.round(Number(v) * 100)}%` : WORDS[k][v]);

function claimUnderstood(c) {
  const { code, out, err } = yibao(['ask', c.q, '--date', '2024-06-01', '--json']);
  const line = err.split('\n').find((l) => l.startsWith('理解为:')) ?? '';
  const error = code === 0 ? undefined : JSON.parse(out || '{}').error?.code;
  let ok;
  if (c.unclear) {
    ok = code === 2 && c.unclear.every((u) => line.includes(`"${u}"`)) && error === 'not_understood';
  } else if (c.conflict) {
    ok = code === 2 && error === 'ambiguous_question';
  } else if (c.refused) {
    ok = code === 2 && error === c.refused;
  } else if (code === 0) {
    const doc = JSON.parse(out);
    const claim = doc.claim;
    ok =
      Object.entries(c.claim).every(([k, v]) => (MONEY.includes(k) ? Number(claim[k]) === Number(v) : claim[k] === v)) &&
      (c.full_deductible === undefined || Number(claim.ytd_deductible) === Number(c.full_deductible)) &&
      (c.fund_pays === undefined || doc.result.fund_pays === c.fund_pays);
  } else {
    // something missing (exit 2) or a claim the policy cannot answer (exit 3): the 理解为 line
    // (stderr with --json) must still say each thing the question gives
    ok = c.fund_pays === undefined && (code === 2 || code === 3) && Object.entries(c.claim).every(([k, v]) => k === 'city' || k === 'date' || line.includes(shown(k, v)));
  }
  return { ok, why: `${c.q} (exit ${code}) ${err.split('\n').filter((l) => l && !l.startsWith('理解为')).slice(0, 1).join('')}` };
}

function claimSet(claims, label) {
  let understood = 0;
  for (const c of claims) {
    const r = claimUnderstood(c);
    if (r.ok) understood++;
    else misses.push(`  ${label} not understood: ${r.why}`);
  }
  return understood;
}
const understood = claimSet(set.claims, 'claim');
const heldout = parse(readFileSync(`${root}test/faq/claims-heldout.yaml`, 'utf8')).claims;
const heldoutUnderstood = claimSet(heldout, 'held-out claim');

const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
console.log(`faq-eval: ${set.faq.length} FAQ questions, ${set.claims.length} claim questions (test/faq/caller-questions.yaml)`);
console.log(`  first:       ${first}/${set.faq.length} = ${pct(first, set.faq.length)}`);
console.log(`  top three:   ${top3}/${set.faq.length} = ${pct(top3, set.faq.length)}`);
console.log(`  claims understood: ${understood}/${set.claims.length} = ${pct(understood, set.claims.length)}`);
console.log(`  held-out typed claims (test/faq/claims-heldout.yaml): ${heldoutUnderstood}/${heldout.length} = ${pct(heldoutUnderstood, heldout.length)}`);
if (misses.length) console.log(misses.join('\n'));
