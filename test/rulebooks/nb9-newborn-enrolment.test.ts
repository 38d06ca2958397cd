// 栖梧 第四条（一） (test/fixtures/nb9/sources/qiwu-2025-6.txt, fiction): 「新生儿在出生后90日内参加居民医保的，
// 自出生之日起享受居民医保待遇；超过90日参加居民医保的，自参保登记之日起享受待遇，参保登记之日前发生的医疗费用基金
// 不予支付。前款所称90日，自出生次日起计算」: newborn_enrolment { days 90, day_one day_after_birth }. Born
// 2025-01-10: the day after birth is day 1, so 2025-04-10 is day 21 (to 01-31) + 28 (Feb) + 31 (Mar) + 10 = 90,
// within; 2025-04-11 is day 91, late. A first stay, 二级 10000: no deductible (第四条（二）), 10000 × 75% = 7500.00.
// Values worked by hand from the text before running.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { fixtureVariant } from './fixture-variant.js';

const FILE = 'test/fixtures/nb9/qiwu.yaml';
const STAY = ['--date', '2025-02-01', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '2', '--amount', '10000', '--birth-date', '2025-01-10', '--admission', '1'];
const DAY_ONE = 'day_one: { value: day_after_birth, source: qw, quote: 前款所称90日，自出生次日起计算 }';

/** The fixture with one passage replaced, beside its sources. */
const variant = (from: string, to: string): string => fixtureVariant(FILE, from, to);

async function json(file: string, args: string[]) {
  const out = await yibao(['calc', '--policy', file, ...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}

describe('newborn_enrolment (栖梧 第四条（一） 出生后90日内参保的自出生之日起享受待遇)', () => {
  it('enrolled on day 90 (2025-04-10): covered from birth, the stay before it paid 7500.00, said with the clause', async () => {
    const j = await json(FILE, [...STAY, '--enrolled', '2025-04-10']);
    expect([j.result.eligible, j.result.fund_pays, j.result.cash_due]).toEqual([true, '7500.00', '2500.00']);
    expect(j.result.newborn_enrolment).toEqual({ day: 90, days: 90, within: true, refused: false });
    expect(j.claim.enrolled).toBe('2025-04-10');
    const text = (await yibao(['calc', '--policy', FILE, ...STAY, '--enrolled', '2025-04-10'])).stdout;
    expect(text).toContain('是出生后第 90 日,在 90 日内:自出生之日起享受待遇');
  });

  it('enrolled on day 91 (2025-04-11): the stay before it is not paid, every layer 0 (cash 10000.00), said', async () => {
    const j = await json(FILE, [...STAY, '--enrolled', '2025-04-11']);
    expect([j.result.eligible, j.result.fund_pays, j.result.second_layer_pays, j.result.assistance_pays, j.result.cash_due]).toEqual([false, '0.00', '0.00', '0.00', '10000.00']);
    expect(j.result.newborn_enrolment.refused).toBe(true);
    const text = (await yibao(['calc', '--policy', FILE, ...STAY, '--enrolled', '2025-04-11'])).stdout;
    expect(text).toContain('超过 90 日:自参保登记之日起享受待遇,此前发生的医疗费用统筹基金不予支付');
    expect(text).toContain('“前款所称90日，自出生次日起计算”');
  });

  it('a stay on or after a late enrolment is paid: 2025-04-20, 7500.00', async () => {
    const args = STAY.map((x) => (x === '2025-02-01' ? '2025-04-20' : x));
    expect((await json(FILE, [...args, '--enrolled', '2025-04-11'])).result.fund_pays).toBe('7500.00');
  });

  it('birth_day as day 1: 2025-04-10 is day 91, late: 0.00', async () => {
    const file = variant(DAY_ONE, 'day_one: { value: birth_day, source: qw, quote: 前款所称90日，自出生次日起计算 }');
    expect((await json(file, [...STAY, '--enrolled', '2025-04-10'])).result.fund_pays).toBe('0.00');
  });

  it('day_one unknown: the edge day is exit 3 with both answers (7500.00 / 0.00) and the --set; day 81 (2025-04-01) is answered', async () => {
    const file = variant(DAY_ONE, 'day_one: { value: null, note: { zh: 测试：未说明从哪天算。, en: "test: not said." } }');
    const out = await yibao(['calc', '--policy', file, ...STAY, '--enrolled', '2025-04-10', '--lang', 'en']);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('inpatient.resident.newborn_enrolment.day_one');
    expect(out.stderr).toContain('7500.00');
    expect(out.stderr).toContain('0.00');
    expect(out.stderr).toContain('--set inpatient.resident.newborn_enrolment.day_one=day_after_birth|birth_day');
    expect((await json(file, [...STAY, '--enrolled', '2025-04-01'])).result.fund_pays).toBe('7500.00');
    expect((await json(file, [...STAY, '--enrolled', '2025-04-10', '--set', 'inpatient.resident.newborn_enrolment.day_one=birth_day'])).result.fund_pays).toBe('0.00');
  });

  it('no --enrolled: covered (7500.00) and said; --enrolled without a birth date is exit 2; before the birth, exit 2', async () => {
    const j = await json(FILE, STAY);
    expect(j.result.fund_pays).toBe('7500.00');
    expect(j.warnings.map((w: { code: string }) => w.code)).toContain('enrolled_assumed');
    const noBirth = STAY.filter((x, i) => x !== '--birth-date' && STAY[i - 1] !== '--birth-date');
    expect((await yibao(['calc', '--policy', FILE, ...noBirth, '--enrolled', '2025-04-11'])).code).toBe(2);
    expect((await yibao(['calc', '--policy', FILE, ...STAY, '--enrolled', '2025-01-01'])).code).toBe(2);
  });

  it('batch: the column 参保日期 (late: 0.00; in time: 7500.00)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb9-enrol-'));
    const csv = join(dir, 'stays.csv');
    writeFileSync(csv, '人员编号,就诊日期,参保类型,待遇类型,医院级别,总费用,出生日期,参保日期,住院次数\nL,2025-02-01,居民,住院,二级,10000,2025-01-10,2025-04-11,1\nT,2025-02-01,居民,住院,二级,10000,2025-01-10,2025-04-10,1\n');
    const out = await yibao(['batch', '--policy', FILE, csv, '--output-format', 'jsonl']);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout.trim().split('\n').map((l) => JSON.parse(l).fund_pays)).toEqual(['0.00', '7500.00']);
  });

  it('show says the days and how they are counted; validate refuses days below 1', async () => {
    const out = (await yibao(['policy', 'show', FILE])).stdout;
    expect(out).toContain('出生后多少日内参保');
    expect(out).toContain('从出生次日起算第1日');
    const bad = variant('days: { value: 90, source: qw', 'days: { value: 0, source: qw');
    const v = await yibao(['policy', 'validate', bad, '--lang', 'en']);
    expect(v.code).toBe(2);
  });

  it('ask reads 出生后第91天办的参保 (born 2025-01-10 + 91 = 2025-04-11, late: 0.00) and 4月10日办的参保 (in time: 7500.00)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb9-enrol-'));
    cpSync('test/fixtures/nb9', dir, { recursive: true });
    const ask = (q: string) => yibao(['ask', '--policy-dir', dir, '--date', '2025-02-01', '--json', q]);
    const late = await ask('栖梧 居民 二级医院 住院 10000元 宝宝是2025年1月10日出生的 出生后第91天办的参保 第1次住院 能报多少');
    expect(late.stderr).toContain('2025-04-11 参保登记');
    expect(JSON.parse(late.stdout).result.fund_pays).toBe('0.00');
    const inTime = await ask('栖梧 居民 二级医院 住院 10000元 宝宝是1月10日出生的 4月10日办的参保 第1次住院 能报多少');
    expect(inTime.stderr).toContain('2025-04-10 参保登记');
    expect(JSON.parse(inTime.stdout).result.fund_pays).toBe('7500.00');
  });
});
