// 参保激励 (国办发〔2024〕38号 as city notices write it), a second layer's cap_incentive, on a fictional notice:
// 青岑 五 「自2026年起，对连续参保满4年的参保人员，之后每连续参保1年，大病保险最高支付限额提高2000元；对当年基金零报销的参保人员，
// 次年大病保险最高支付限额提高2000元。两项累计提高总额不超过大病保险原最高支付限额的20%。」 beside 四 「…累计超过2万元的部分，由
// 大病保险支付60%。大病保险年度最高支付限额40万元。特困人员大病保险不设年度最高支付限额。」
// Fixture: test/fixtures/inc9/qingcen-incentive.yaml (sources/qingcen-2026.txt). Every value is worked by hand from the
// text before running.
//
// The claim used throughout: resident, 三级, 20000.00 in scope; the deductible (1000) met before (--ytd-deductible 1000)
// and the fund's cap reached (--ytd-fund 100000): fund 0.00. 三: 20000 × 60% = 12000.00 cut by the cap, so the burden
// (四: 含起付标准和超过年度最高支付限额的政策范围内费用) is the copay 8000 + the cut 12000 = 20000.00; the year's burden
// 500000 → 520000 is far above 20000, so the layer would pay 20000 × 60% = 12000.00 with no yearly cap.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { rulebookNeeds } from '../../src/cli/wizard/rulebook-needs.js';
import { readQuestion } from '../../src/ask/parse.js';
import { fixtureVariant } from './fixture-variant.js';

const QC = 'test/fixtures/inc9/qingcen-incentive.yaml';
const claim = (policy: string, ytdSecond: string, ...more: string[]) => [
  'calc', '--policy', policy, '--date', '2026-05-06', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '3', '--amount', '20000',
  '--ytd-deductible', '1000', '--ytd-fund', '100000', '--ytd-burden', '500000', '--ytd-second', ytdSecond, ...more,
];

async function json(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}
const codes = (j: { warnings: { code: string }[] }) => j.warnings.map((w) => w.code);

/** The fixture with one passage replaced, beside its sources. */
const variant = (from: string, to: string): string => fixtureVariant(QC, from, to);

describe('青岑 五: the 大病 cap raised for continuous insurance and years without reimbursement', () => {
  it('7 continuous years and one zero year: (7 − 4) × 2000 + 1 × 2000 = 8000.00 (≤ 400000 × 20% = 80000); the cap held pays 8000 more', async () => {
    // cap 400000 + 8000 = 408000; paid 398000 before: 10000 left; 12000 due → 10000.00 (without the raise: 2000.00)
    // cash 20000 − 0 − 10000 = 10000.00
    const j = await json(claim(QC, '398000', '--insured-years', '7', '--zero-claim-years', '1'));
    expect(j.result.second_layer_pays).toBe('10000.00');
    expect(j.result.cash_due).toBe('10000.00');
    expect(j.result.ytd_second_after).toBe('408000.00');
    expect(j.result.second_layer_cap_raise).toEqual({
      cap: '400000.00', raise: '8000.00', raised_cap: '408000.00', continuous: '6000.00', zero_claim: '2000.00',
      max: '80000.00', max_held: false, insured_years: 7, zero_claim_years: 1,
    });
    expect(j.claim.insured_years).toBe(7);
    expect(j.claim.zero_claim_years).toBe(1);
    expect(codes(j)).not.toContain('cap_incentive_assumed');
  });

  it('the 20% ceiling holds: 30 years and 20 zero years, (30 − 4) × 2000 + 20 × 2000 = 92000 > 80000 → 80000.00', async () => {
    // cap 480000; paid 470000 before: 10000 left; 12000 due → 10000.00 (without the ceiling 492000: the whole 12000)
    const j = await json(claim(QC, '470000', '--insured-years', '30', '--zero-claim-years', '20'));
    expect(j.result.second_layer_pays).toBe('10000.00');
    expect(j.result.second_layer_cap_raise.raise).toBe('80000.00');
    expect(j.result.second_layer_cap_raise.max_held).toBe(true);
    // 4 years exactly: none counted (满4年…之后每连续参保1年); no zero year: no raise, so the cap held: 400000 − 398000 = 2000.00
    const four = await json(claim(QC, '398000', '--insured-years', '4', '--zero-claim-years', '0'));
    expect(four.result.second_layer_pays).toBe('2000.00');
    expect(four.result.second_layer_cap_raise).toBeUndefined();
    expect(codes(four)).not.toContain('cap_incentive_assumed');
  });

  it('no years given: no raise, said as an assumption only where the cap held the payment', async () => {
    // held: 2000.00 left of 400000 → 2000.00, the assumption said
    const held = await json(claim(QC, '398000'));
    expect(held.result.second_layer_pays).toBe('2000.00');
    expect(codes(held)).toContain('cap_incentive_assumed');
    expect(held.warnings.find((w: { code: string }) => w.code === 'cap_incentive_assumed').kind).toBe('assumed');
    // not held: nothing paid before, 12000.00 is far below the cap: nothing said
    const free = await json(claim(QC, '0'));
    expect(free.result.second_layer_pays).toBe('12000.00');
    expect(codes(free)).not.toContain('cap_incentive_assumed');
    expect(free.result.second_layer_cap_raise).toBeUndefined();
    // only the zero years missing, and the continuous years alone raise it: (7 − 4) × 2000 = 6000 → 8000.00, the missing input said
    const one = await json(claim(QC, '398000', '--insured-years', '7'));
    expect(one.result.second_layer_pays).toBe('8000.00');
    expect(codes(one)).toContain('cap_incentive_assumed');
  });

  it('a group without a cap (特困人员 不设年度最高支付限额) stays without: the whole 12000.00, no raise said', async () => {
    const j = await json(claim(QC, '470000', '--insured-years', '7', '--zero-claim-years', '1', '--assistance', '特困人员'));
    expect(j.result.second_layer_pays).toBe('12000.00');
    expect(j.result.second_layer_cap_raise).toBeUndefined();
  });

  it('the breakdown names the raise and its clause', async () => {
    const text = (await yibao(claim(QC, '398000', '--insured-years', '7', '--zero-claim-years', '1'))).stdout;
    expect(text).toContain('参保激励:最高支付限额提高 8000.00 元(连续参保 7 年,满 4 年后 3 年 × 2000.00 元 = 6000.00 元;基金零报销 1 年 × 2000.00 元 = 2000.00 元),由 400000.00 元提高到 408000.00 元');
    expect(text).toContain('之后每连续参保1年，大病保险最高支付限额提高2000元');
  });

  it('a share of the cap a year (提高额度…原封顶线的1%, the city fixing 1%): 400000 × 1% = 4000 a year', async () => {
    // (7 − 4) × 4000 + 2000 = 14000 → cap 414000, 16000 left: the whole 12000.00 paid (10000 more than 2000.00)
    const file = variant(
      'per_year: { value: 2000, source: qc, quote: 之后每连续参保1年，大病保险最高支付限额提高2000元 }',
      'per_year_share: { value: 0.01, source: qc, quote: 之后每连续参保1年，大病保险最高支付限额提高2000元, inferred: true, reasoning: { zh: 测试用, en: for the test } }',
    );
    const j = await json(claim(file, '398000', '--insured-years', '7', '--zero-claim-years', '1'));
    expect(j.result.second_layer_pays).toBe('12000.00');
    expect(j.result.second_layer_cap_raise.continuous).toBe('12000.00');
    expect(j.result.second_layer_cap_raise.raise).toBe('14000.00');
  });

  it('an unknown amount stops only a claim it changes', async () => {
    const file = variant(
      'per_year: { value: 2000, source: qc, quote: 对当年基金零报销的参保人员，次年大病保险最高支付限额提高2000元 }',
      'per_year: { value: null, note: { zh: 原文未写零报销提高多少。, en: the text does not say how much. } }',
    );
    // the cap held and a zero year given: exit 3 naming it
    const held = await yibao(claim(file, '398000', '--insured-years', '7', '--zero-claim-years', '1'));
    expect(held.code).toBe(3);
    expect(held.stderr).toContain('second_layer.resident.cap_incentive.zero_claim.per_year');
    // the cap did not hold: 12000.00 either way
    expect((await json(claim(file, '0', '--insured-years', '7', '--zero-claim-years', '1'))).result.second_layer_pays).toBe('12000.00');
    // no zero year given: that part is none whatever its amount: (7 − 4) × 2000 = 6000 → 8000.00
    expect((await json(claim(file, '398000', '--insured-years', '7'))).result.second_layer_pays).toBe('8000.00');
    // --set supplies it: 6000 + 1 × 1500 = 7500 → 9500.00
    expect((await json(claim(file, '398000', '--insured-years', '7', '--zero-claim-years', '1', '--set', 'second_layer.resident.cap_incentive.zero_claim.per_year=1500'))).result.second_layer_pays).toBe('9500.00');
  });

  it('--set changes a stated value: max_share 1% = 4000 → 2000 + 4000 = 6000.00', async () => {
    const j = await json(claim(QC, '398000', '--insured-years', '7', '--zero-claim-years', '1', '--set', 'second_layer.resident.cap_incentive.max_share=0.01'));
    expect(j.result.second_layer_pays).toBe('6000.00');
  });

  it('batch reads 连续参保年数 and 零报销年数', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-incentive-batch-'));
    const csv = join(dir, 'in.csv');
    writeFileSync(
      csv,
      '人员编号,就诊日期,参保类型,待遇类型,医院级别,总费用,已付起付线,本年统筹已支付,大病累计个人负担,本年大病保险已支付,连续参保年数,零报销年数\n' +
        'P1,2026-05-06,居民,住院,三级,20000,1000,100000,500000,398000,7,1\nP2,2026-05-06,居民,住院,三级,20000,1000,100000,500000,398000,,\n',
    );
    const out = await yibao(['batch', csv, '--policy', QC, '--output-format', 'jsonl']);
    expect(out.code, out.stderr).toBe(0);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // P1 as above 10000.00; P2 no years: 2000.00
    expect(rows.map((r: { second_layer_pays: string }) => r.second_layer_pays)).toEqual(['10000.00', '2000.00']);
  });

  it('batch: each row its own years, whatever the order of rows of one combination (fast rows copy them)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-incentive-batch-'));
    const csv = join(dir, 'in.csv');
    const row = (id: string, years: string, zero: string) => `${id},2026-05-06,居民,住院,三级,20000,1000,100000,500000,398000,${years},${zero}\n`;
    writeFileSync(csv, '人员编号,就诊日期,参保类型,待遇类型,医院级别,总费用,已付起付线,本年统筹已支付,大病累计个人负担,本年大病保险已支付,连续参保年数,零报销年数\n' + row('P1', '', '') + row('P2', '7', '1') + row('P3', '7', '') + row('P4', '4', '0'));
    const out = await yibao(['batch', csv, '--policy', QC, '--output-format', 'jsonl']);
    expect(out.code, out.stderr).toBe(0);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // none: 2000.00 (said); 7 + 1: 8000 raise → 10000.00; 7 alone: 6000 → 8000.00 (the zero years said); 4 + 0: no raise → 2000.00 (nothing missing)
    expect(rows.map((r: { second_layer_pays: string }) => r.second_layer_pays)).toEqual(['2000.00', '10000.00', '8000.00', '2000.00']);
    expect(rows.map((r: { warnings: string | null }) => (r.warnings ?? '').includes('cap_incentive_assumed'))).toEqual([true, false, true, false]);
  });

  it('validate refuses max beside max_share', async () => {
    const file = variant(
      'max_share: { value: 0.2,',
      'max: { value: 80000, source: qc, quote: 两项累计提高总额不超过大病保险原最高支付限额的20% }\n          max_share: { value: 0.2,',
    );
    const out = await yibao(['policy', 'validate', file]);
    expect(out.code).toBe(2);
    expect(out.stderr + out.stdout).toContain('max 和 max_share 只能写一个');
  });

  it('say names the raise', async () => {
    const say = (await yibao([...claim(QC, '398000', '--insured-years', '7', '--zero-claim-years', '1'), '--format', 'say'])).stdout;
    expect(say).toContain('大病保险再支付10000元。因为连续参保7年、1年基金零报销,大病保险年度最高支付限额提高8000元,从400000元提高到408000元。');
  });

  it('the wizard asks the years only where the layer pays the benefit; ask reads them as callers say them', async () => {
    const { policy } = await loadPolicyFile(QC);
    const needs = rulebookNeeds(policy, { date: '2026-05-06', scheme: 'resident', benefit: 'inpatient' });
    expect(needs).toContain('incentive');
    expect(needs).toContain('incentive_zero');
    // the layer covers inpatient only (四), and employees have none here
    expect(rulebookNeeds(policy, { date: '2026-05-06', scheme: 'resident', benefit: 'outpatient' })).not.toContain('incentive');
    expect(rulebookNeeds(policy, { date: '2026-05-06', scheme: 'employee', benefit: 'inpatient' })).not.toContain('incentive');
    const both = new Set(['incentive', 'incentive_zero']);
    const a = readQuestion('居民 三级医院住院 花了20000元 连续参保8年 去年没报销过', both);
    expect(a.kind === 'claim' && [a.claim.raw.insured_years, a.claim.raw.zero_claim_years]).toEqual(['8', '1']);
    const b = readQuestion('我连续参保了十年，连续两年零报销，住院花了5万', both);
    expect(b.kind === 'claim' && [b.claim.raw.insured_years, b.claim.raw.zero_claim_years]).toEqual(['10', '2']);
    // under a policy without the rule the words are not read
    const c = readQuestion('居民 三级医院住院 花了20000元 连续参保8年', new Set());
    expect(c.kind === 'claim' && c.claim.raw.insured_years).toBeUndefined();
  });

  it('ask reads the years a caller says: 理解为 names them, the claim settled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-incentive-ask-'));
    cpSync('test/fixtures/inc9/sources', join(dir, 'sources'), { recursive: true });
    cpSync(QC, join(dir, 'qingcen-incentive.yaml'));
    // 20000 in scope, nothing before: deductible 1000, (20000 − 1000) × 60% = 11400.00; the layer's burden 8600 is below 20000: 0
    const out = await yibao(['ask', '--policy-dir', dir, '--city', 'qingcen-incentive', '--date', '2026-05-06', '居民 三级医院住院 花了20000元 连续参保8年 去年没报销过']);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('理解为:居民 · 三级医疗机构 · 住院 · 20000.00 元 · 连续参保8年 · 基金零报销1年');
    expect(out.stdout).toContain('11,400.00');
  });
});
