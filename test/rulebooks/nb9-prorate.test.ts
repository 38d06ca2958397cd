// 栖梧 第五条（四） (test/fixtures/nb9/sources/qiwu-2025-6.txt, fiction): 「年度中途认定的病种，当年支付限额按认定
// 当月至12月的月数占12个月的比例折算」: disease_limits.prorate months_left, counts_certification_month true (认定当月
// 至12月: April → 9 months). 糖尿病 2400, 高血压 1200; no deductible, 60%; rounding half_up to the fen. Values
// worked by hand from the text before running.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { fixtureVariant } from './fixture-variant.js';

const FILE = 'test/fixtures/nb9/qiwu.yaml';
const VISIT = ['--date', '2025-06-01', '--scheme', 'resident', '--benefit', 'chronic', '--tier', '2', '--amount', '10000', '--disease', '糖尿病'];
const COUNTS = 'counts_certification_month: { value: true, source: qw, quote: 按认定当月至12月的月数占12个月的比例折算 }';

/** The fixture with one passage replaced, beside its sources. */
const variant = (from: string, to: string): string => fixtureVariant(FILE, from, to);

async function json(file: string, args: string[]) {
  const out = await yibao(['calc', '--policy', file, ...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}

describe('disease_limits.prorate (栖梧 第五条（四） 年度中途认定的…按比例折算)', () => {
  it('糖尿病 certified in April (April counted, 9 months): 2400 × 9/12 = 1800.00; 10000 × 60% = 6000 held to 1800.00, the arithmetic said', async () => {
    const j = await json(FILE, [...VISIT, '--certified', '2025-04-15']);
    expect([j.result.disease_limit, j.result.fund_pays, j.claim.certified]).toEqual(['1800.00', '1800.00', '2025-04-15']);
    const text = (await yibao(['calc', '--policy', FILE, ...VISIT, '--certified', '2025-04-15'])).stdout;
    expect(text).toContain('2400.00 × 9/12 = 1800.00');
    expect(text).toContain('“年度中途认定的病种，当年支付限额按认定当月至12月的月数占12个月的比例折算”');
  });

  it('October: 2400 × 3/12 = 600.00; certified the year before: the whole 2400.00', async () => {
    const oct = [...VISIT.map((x) => (x === '2025-06-01' ? '2025-11-01' : x)), '--certified', '2025-10-20'];
    expect((await json(FILE, oct)).result.disease_limit).toBe('600.00');
    expect((await json(FILE, [...VISIT, '--certified', '2024-11-01'])).result.disease_limit).toBe('2400.00');
  });

  it('rounded by the policy: a limit of 2500 (--set) certified in June, 7 months: 17500 / 12 = 1458.333… → 1458.33', async () => {
    expect((await json(FILE, [...VISIT, '--certified', '2025-06-01', '--set', 'chronic.disease_limits.糖尿病=2500'])).result.disease_limit).toBe('1458.33');
  });

  it('with another disease (sum): the treated one prorated, 1800 + 高血压 1200 = 3000.00', async () => {
    expect((await json(FILE, [...VISIT, '--diseases', '糖尿病,高血压', '--certified', '2025-04-15'])).result.disease_limit).toBe('3000.00');
  });

  it('the month not counted: 2400 × 8/12 = 1600.00', async () => {
    const file = variant(COUNTS, 'counts_certification_month: { value: false, source: qw, quote: 按认定当月至12月的月数占12个月的比例折算 }');
    expect((await json(file, [...VISIT, '--certified', '2025-04-15'])).result.disease_limit).toBe('1600.00');
  });

  it('whether the month counts unknown: exit 3 with both answers (1800.00 / 1600.00) and the --set; 2000 × 60% = 1200 below both is answered', async () => {
    const file = variant(COUNTS, 'counts_certification_month: { value: null, note: { zh: 测试：未说明。, en: "test: not said." } }');
    const out = await yibao(['calc', '--policy', file, ...VISIT, '--certified', '2025-04-15', '--lang', 'en']);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('chronic.disease_limits.prorate.counts_certification_month');
    expect(out.stderr).toContain('1800.00');
    expect(out.stderr).toContain('1600.00');
    expect(out.stderr).toContain('--set chronic.disease_limits.prorate.counts_certification_month=true|false');
    const small = VISIT.map((x) => (x === '10000' ? '2000' : x));
    expect((await json(file, [...small, '--certified', '2025-04-15'])).result.fund_pays).toBe('1200.00');
    expect((await json(file, [...VISIT, '--certified', '2025-04-15', '--set', 'chronic.disease_limits.prorate.counts_certification_month=false'])).result.fund_pays).toBe('1600.00');
  });

  it('no --certified: the whole limit (2400.00), said; a certification after the visit is exit 2', async () => {
    const j = await json(FILE, VISIT);
    expect(j.result.disease_limit).toBe('2400.00');
    expect(j.warnings.map((w: { code: string }) => w.code)).toContain('certified_assumed');
    expect((await yibao(['calc', '--policy', FILE, ...VISIT, '--certified', '2025-07-01'])).code).toBe(2);
  });

  it('batch: the column 病种认定日期', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb9-prorate-'));
    const csv = join(dir, 'visits.csv');
    writeFileSync(csv, '人员编号,就诊日期,参保类型,待遇类型,医院级别,总费用,病种,病种认定日期\nA,2025-06-01,居民,门诊慢特病,二级,10000,糖尿病,2025-04-15\n');
    const out = await yibao(['batch', '--policy', FILE, csv, '--output-format', 'jsonl']);
    expect(out.code, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout.trim()).fund_pays).toBe('1800.00');
  });

  it('show says the limit is prorated and whether the month counts', async () => {
    const out = (await yibao(['policy', 'show', FILE])).stdout;
    expect(out).toContain('年度中途认定的病种');
    expect(out).toContain('认定当月计入');
  });

  it('ask reads 今年4月份认定的 (2025-04-01: 9 months, 1800.00)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb9-prorate-'));
    cpSync('test/fixtures/nb9', dir, { recursive: true });
    const out = await yibao(['ask', '--policy-dir', dir, '--date', '2025-06-01', '--json', '栖梧 居民 二级医院 门诊慢特病 糖尿病 10000元 今年4月份认定的 能报多少']);
    expect(out.stderr).toContain('2025-04-01 病种认定');
    expect(JSON.parse(out.stdout).result.fund_pays).toBe('1800.00');
  });
});
