// Two orders the text leaves open, each a choice in the policy file (round-7 trial 汀澜, fixture
// test/fixtures/open7/tinglan.yaml: the newcomer's file with both written unknown):
// - first_share.order: 第十九条（二）「经本市二级及以上定点医疗机构转诊并备案到市外住院的，起付标准按本市三级医疗机构标准执行，
//   统筹范围费用个人先行自付10%，支付比例按本市同级医疗机构标准执行」 (TL-15). Worked by hand: 乙类 5000 × 6% = 300;
//   统筹范围 50000 − 3000 − 300 = 46700; 起付 1000 (本市三级); 85%. Before: 先自付 4670.00, (46700 − 4670 − 1000) × 85% =
//   34875.50, cash 15124.50. After: (46700 − 1000) × 10% = 4570.00, 41130 × 85% = 34960.50, cash 15039.50.
// - uplift_ceiling.facility_cut_first: 第八条「民营…按同级公立定点医疗机构标准降低5个百分点」 vs 第七条（三）「年满60周岁的，各段
//   支付比例提高3个百分点。居民医保住院支付比例最高不超过90%」 (TL-12, 一级民营, 66). 乙类 item 1000 × 12% = 120; 统筹范围
//   8000 − 300 − 120 = 7580; 起付 200; 7380. Ceiling first: 88 + 3 = 91 → 90, − 5 = 85%: 6273.00, cash 1727.00, burden
//   200 + 120 + 1107 = 1427.00. Cut first: 83 + 3 = 86%: 6346.80, cash 1653.20, burden 1353.20.
// Left out, each is as before (first_share before the deductible; the cut after the ceiling).
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { yibao } from '../cli/calc-helpers.js';
import { calc, pick, run } from './limits3-helpers.js';

const TL = 'test/fixtures/open7/tinglan.yaml';
function variant(from: RegExp, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'open7-'));
  cpSync('test/fixtures/open7/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(TL, 'utf8');
  expect(text).toMatch(from);
  const path = join(dir, 'tinglan.yaml');
  writeFileSync(path, text.replace(from, to));
  return path;
}
const ORDER = /( +)order:\n +value: null\n +note:\n +zh: 第十九条（二）[^\n]*\n +en: [^\n]*\n/;
const CUT = /( +)facility_cut_first:\n +value: null\n +note:\n +zh: [^\n]*\n +en: [^\n]*\n/;
const tl15 = (policy: string, extra: string[] = []) =>
  calc(policy, '--date', '2025-03-24', '--discharge-date', '2025-04-15', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '3', '--admission', '1', '--age', '52', '--filing', 'referral', '--amount', '50000', '--out-of-scope', '3000', '--class-b-drugs', '5000', ...extra);
const tl12 = (policy: string, extra: string[] = []) =>
  calc(policy, '--date', '2025-02-19', '--discharge-date', '2025-02-27', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '一级民营医院', '--admission', '1', '--age', '66', '--amount', '8000', '--out-of-scope', '300', '--class-b-items', '1000', ...extra);
const paths = (j: { warnings: { code: string; path?: string }[] }) => j.warnings.map((w) => `${w.code}:${w.path ?? ''}`);

describe('first_share.order (汀澜 第十九条（二）)', () => {
  it('unknown: TL-15 exit 3 naming it with both answers', async () => {
    const out = await yibao(tl15(TL));
    expect(out.code, out.stderr).toBe(3);
    expect(out.stderr).toContain('inpatient.employee.filing.referral.first_share.order');
    expect(out.stderr).toContain('统筹基金支付 34875.50 元,个人现金 15124.50 元');
    expect(out.stderr).toContain('统筹基金支付 34960.50 元,个人现金 15039.50 元');
  });
  it('--set after_deductible: 4570.00 first, 34960.50, cash 15039.50; before_deductible: 4670.00, 34875.50', async () => {
    const a = await run(tl15(TL, ['--set', 'inpatient.employee.filing.referral.first_share.order=after_deductible']));
    expect(pick(a, 'first_share', 'deductible_applied', 'fund_pays', 'cash_due')).toEqual(['4570.00', '1000.00', '34960.50', '15039.50']);
    expect(paths(a)).toContain('user_value:inpatient.employee.filing.referral.first_share.order');
    const b = await run(tl15(TL, ['--set', 'inpatient.employee.filing.referral.first_share.order=before_deductible']));
    expect(pick(b, 'first_share', 'fund_pays', 'cash_due')).toEqual(['4670.00', '34875.50', '15124.50']);
  });
  it('stated after_deductible: the breakdown says the deductible comes first; no warning about it', async () => {
    const p = variant(ORDER, '$1order: { value: after_deductible, source: tl-2024-9, quote: 起付标准按本市三级医疗机构标准执行，统筹范围费用个人先行自付10% }\n');
    expect((await yibao(['policy', 'validate', p])).code).toBe(0);
    const j = await run(tl15(p));
    expect(pick(j, 'first_share', 'fund_pays')).toEqual(['4570.00', '34960.50']);
    expect(paths(j).filter((x) => x.includes('first_share'))).toEqual([]);
    const text = (await yibao(tl15(p))).stdout;
    expect(text).toContain('扣除起付线 1000.00 元后为 45700.00 元,个人先行自付 10%:45700.00 × 10% = 4570.00 元');
  });
  it('a reading (before_deductible): 34875.50 with the reading said', async () => {
    const p = variant(ORDER, '$1order: { value: before_deductible, reading: { zh: 按先自付10%再扣起付线计算, en: the 10% first }, reading_short: { zh: 先行自付在起付线之前, en: share first } }\n');
    const j = await run(tl15(p));
    expect(pick(j, 'fund_pays', 'cash_due')).toEqual(['34875.50', '15124.50']);
    expect(paths(j)).toContain('reading:inpatient.employee.filing.referral.first_share.order');
  });
  it('left out: as before (before the deductible), nothing said', async () => {
    const p = variant(ORDER, '');
    const j = await run(tl15(p));
    expect(pick(j, 'first_share', 'fund_pays')).toEqual(['4670.00', '34875.50']);
    expect(paths(j).filter((x) => x.includes('order'))).toEqual([]);
  });
});

describe('uplift_ceiling.facility_cut_first (汀澜 第八条 vs 第七条（三）)', () => {
  it('unknown: TL-12 exit 3 naming it with both answers; show says so', async () => {
    const out = await yibao(tl12(TL));
    expect(out.code, out.stderr).toBe(3);
    expect(out.stderr).toContain('inpatient.resident.uplift_ceiling.facility_cut_first');
    // the question in words, as the other choices are asked, never the raw key
    expect(out.stderr).toContain('来源未说明居民医保住院比例提高后的上限(机构降低比例在提高、上限之前还是之后)');
    expect(out.stderr).not.toContain('uplift_ceiling(facility_cut_first)');
    const en = await yibao([...tl12(TL), '--lang', 'en']);
    expect(en.stderr).toContain("the sources do not state the inpatient ceiling on the raised ratio of resident insurance (whether a facility's cut comes before the uplifts and the ceiling or after them)");
    expect(out.stderr).toContain('统筹基金支付 6273.00 元,个人现金 1727.00 元');
    expect(out.stderr).toContain('统筹基金支付 6346.80 元,个人现金 1653.20 元');
    const show = (await yibao(['policy', 'show', TL])).stdout;
    expect(show).toContain('机构降低比例(facility_cut)与提高、上限的先后:未知');
  });
  it('--set true: 86%, 6346.80, burden 1353.20; false: 85%, 6273.00, burden 1427.00', async () => {
    const a = await run(tl12(TL, ['--set', 'inpatient.resident.uplift_ceiling.facility_cut_first=true']));
    expect(pick(a, 'ratio', 'fund_pays', 'cash_due', 'burden_added')).toEqual(['0.86', '6346.80', '1653.20', '1353.20']);
    const b = await run(tl12(TL, ['--set', 'inpatient.resident.uplift_ceiling.facility_cut_first=false']));
    expect(pick(b, 'ratio', 'fund_pays', 'cash_due', 'burden_added')).toEqual(['0.85', '6273.00', '1727.00', '1427.00']);
  });
  it('a public 一级 hospital is not asked: 88 + 3 = 91 → 90%, (7580 − 200) × 90% = 6642.00', async () => {
    const j = await run(tl12(TL).map((a) => (a === '一级民营医院' ? '1' : a)));
    expect(pick(j, 'ratio', 'fund_pays')).toEqual(['0.90', '6642.00']);
  });
  it('a reading (true): 6346.80, the reading said; left out: 6273.00 as before', async () => {
    const r = variant(CUT, '$1facility_cut_first: { value: true, reading: { zh: 民营先降低再提高, en: cut first }, reading_short: { zh: 先降低, en: cut first } }\n');
    expect((await yibao(['policy', 'validate', r])).code).toBe(0);
    const j = await run(tl12(r));
    expect(pick(j, 'fund_pays')).toEqual(['6346.80']);
    expect(paths(j)).toContain('reading:inpatient.resident.uplift_ceiling.facility_cut_first');
    const text = (await yibao(tl12(r))).stdout;
    expect(text).toContain('先按同级标准降低 5 个百分点');
    const out = variant(CUT, '');
    expect(pick(await run(tl12(out)), 'ratio', 'fund_pays')).toEqual(['0.85', '6273.00']);
  });
});
