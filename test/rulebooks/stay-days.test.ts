// A fund cap a bed-day (栖湾 第五条 「在乡镇卫生院住院的，统筹基金每床日支付不超过150元」, test/fixtures/stay5,
// fiction) on a stay given by its dates, with no --days: how bed-days are counted from them is the
// policy's `bed_days` (discharge_minus_admission: 07-14 → 07-24 is 10; both_ends: 11). Worked by hand
// from the text: resident 一档 at a 乡镇卫生院 (一级, 第一条): 4000.00, 目录外 100.00, 乙类药品 600.00 × 10%
// (第四条) = 60.00 first; (4000 − 100 − 60 − 200 起付) × 85% = 3640 × 0.85 = 3094.00 before the day cap;
// 10 bed-days: 150 × 10 = 1500.00; 11: 1650.00. A stay of 500.00: (500 − 200) × 85% = 255.00, below both.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { yibao } from '../cli/calc-helpers.js';
import { stayBatch } from './stay-helpers.js';

const FILE = 'test/fixtures/stay5/qiwan.yaml';
const STAY = ['calc', '--benefit', 'inpatient', '--scheme', 'resident', '--grade', '1', '--tier', '乡镇卫生院', '--admission', '1', '--date', '2025-07-14'];
const BIG = ['--amount', '4000', '--out-of-scope', '100', '--class-b-drugs', '600'];

/** The fixture with `bedDays` (YAML) put under inpatient.resident of both versions, in a directory with its sources. */
function variant(bedDays: string, extraSource = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'stay-days-'));
  cpSync('test/fixtures/stay5/sources', join(dir, 'sources'), { recursive: true });
  let text = readFileSync(FILE, 'utf8').replace('        resident: &resident2024\n', `        resident: &resident2024\n          bed_days: ${bedDays}\n`);
  if (extraSource) text = text.replace('\ntiers:', '\n  qa:\n    title: 栖湾市医疗保障局政策问答（测试用虚构政策）\n    publisher: 栖湾市医疗保障局\n    date: "2025"\n    file: sources/qiwan-qa-2025.txt\n\ntiers:');
  writeFileSync(join(dir, 'qiwan.yaml'), text);
  return join(dir, 'qiwan.yaml');
}

async function json(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}

describe('bed-days counted from the dates (bed_days)', () => {
  it('left out (unknown) and the counts differ: exit 3 naming inpatient.resident.bed_days with both results', async () => {
    const out = await yibao([...STAY, ...BIG, '--policy', FILE, '--discharge-date', '2025-07-24']);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('inpatient.resident.bed_days');
    expect(out.stderr).toContain('床日数按出院日期减入院日期计:统筹基金支付 1500.00 元');
    expect(out.stderr).toContain('床日数入院、出院当日都计:统筹基金支付 1650.00 元');
    expect(out.stderr).toContain('--set inpatient.resident.bed_days=discharge_minus_admission|both_ends');
    const j = await yibao([...STAY, ...BIG, '--policy', FILE, '--discharge-date', '2025-07-24', '--json']);
    expect(JSON.parse(j.stdout).error.message).toContain('inpatient.resident.bed_days');
  });

  it('--days still wins: 10 → 1500.00, 11 → 1650.00 (3094.00 before the cap)', async () => {
    const ten = await json([...STAY, ...BIG, '--policy', FILE, '--discharge-date', '2025-07-24', '--days', '10']);
    expect([ten.result.fund_before_cap, ten.result.fund_pays, ten.result.first_pay]).toEqual(['3094.00', '1500.00', '60.00']);
    expect((await json([...STAY, ...BIG, '--policy', FILE, '--discharge-date', '2025-07-24', '--days', '11'])).result.fund_pays).toBe('1650.00');
  });

  it('unknown but the cap not binding (255.00 below 1500 and 1650): answered, nothing said of days', async () => {
    const j = await json([...STAY, '--amount', '500', '--policy', FILE, '--discharge-date', '2025-07-24']);
    expect(j.result.fund_pays).toBe('255.00');
    expect(j.warnings.map((w: { code: string }) => w.code)).not.toContain('days_assumed');
    expect(j.warnings.map((w: { code: string }) => w.code)).not.toContain('reading');
  });

  it('no discharge date and no --days: one day, as before (150.00, days_assumed)', async () => {
    const j = await json([...STAY, ...BIG, '--policy', FILE]);
    expect(j.result.fund_pays).toBe('150.00');
    expect(j.warnings.map((w: { code: string }) => w.code)).toContain('days_assumed');
  });

  it('stated (问答: 按出院日期减去入院日期计算): 10 bed-days, 1500.00, nothing said; the breakdown counts it, show quotes it', async () => {
    const f = variant('{ value: discharge_minus_admission, source: qa, quote: 住院床日数按出院日期减去入院日期计算 }', true);
    const j = await json([...STAY, ...BIG, '--policy', f, '--discharge-date', '2025-07-24']);
    expect(j.result.fund_pays).toBe('1500.00');
    expect(j.warnings.map((w: { code: string }) => w.code)).not.toContain('reading');
    expect(j.warnings.map((w: { code: string }) => w.code)).not.toContain('days_assumed');
    const text = (await yibao([...STAY, ...BIG, '--policy', f, '--discharge-date', '2025-07-24'])).stdout;
    expect(text).toContain('2025-07-14 入院、2025-07-24 出院,床日数按出院日期减入院日期计,共 10 天最多 1500.00 元');
    // a step cites one source (the cap's); policy show quotes the 问答
    expect((await yibao(['policy', 'show', f])).stdout).toContain('“住院床日数按出院日期减去入院日期计算”');
  });

  it('a reading (both ends): 11 bed-days, 1650.00, the reading said in text, JSON, say; not on a claim it does not change', async () => {
    const f = variant('{ value: both_ends, reading: { zh: 原文未说明床日数算法，本文件按入院、出院当日都计。, en: "The text does not say; this file counts both days." }, reading_short: { zh: 床日数入院出院当天都算, en: both days counted } }');
    const j = await json([...STAY, ...BIG, '--policy', f, '--discharge-date', '2025-07-24']);
    expect(j.result.fund_pays).toBe('1650.00');
    const w = j.warnings.find((x: { code: string }) => x.code === 'reading');
    expect(w.message).toContain('原文未说明床日数算法');
    const text = (await yibao([...STAY, ...BIG, '--policy', f, '--discharge-date', '2025-07-24'])).stdout;
    expect(text).toContain('原文未说明床日数算法');
    const say = (await yibao([...STAY, ...BIG, '--policy', f, '--discharge-date', '2025-07-24', '--format', 'say'])).stdout;
    expect(say).toContain('床日数入院出院当天都算,这是对原文的理解');
    const small = await json([...STAY, '--amount', '500', '--policy', f, '--discharge-date', '2025-07-24']);
    expect(small.warnings.map((x: { code: string }) => x.code)).not.toContain('reading');
  });

  it('inferred (with its reasoning): used, and said as inferred_value where it changes the numbers', async () => {
    const f = variant('{ value: discharge_minus_admission, inferred: true, reasoning: { zh: 按本地结算单惯例算入不算出。, en: "The local bills count the admission day, not the discharge day." } }');
    const j = await json([...STAY, ...BIG, '--policy', f, '--discharge-date', '2025-07-24']);
    expect(j.result.fund_pays).toBe('1500.00');
    expect(j.warnings.find((x: { code: string }) => x.code === 'inferred_value').message).toContain('由原文推算');
  });

  it('--set inpatient.resident.bed_days=both_ends answers the unknown: 1650.00, said as the user’s', async () => {
    const j = await json([...STAY, ...BIG, '--policy', FILE, '--discharge-date', '2025-07-24', '--set', 'inpatient.resident.bed_days=both_ends']);
    expect(j.result.fund_pays).toBe('1650.00');
    expect(j.warnings.map((x: { code: string }) => x.code)).toContain('user_value');
  });

  it('batch: 入院日期 and 出院日期 columns count the bed-days; unknown is that row’s error; a days cell wins', async () => {
    const run = stayBatch(
      '人员编号,入院日期,出院日期,参保类型,缴费档次,医院级别,待遇类型,总费用,目录外费用,乙类药品费用,住院次数,住院天数\n' +
        'A,2025-07-14,2025-07-24,居民,一档,乡镇卫生院,住院,4000,100,600,1,\n' +
        'B,2025-07-14,2025-07-24,居民,一档,乡镇卫生院,住院,4000,100,600,1,11\n',
    );
    const unknown = await run(FILE);
    expect(unknown.out.code).toBe(1);
    expect(unknown.rows[0]![0]).toBe('error');
    expect(unknown.rows[0]![2]).toContain('bed_days');
    expect(unknown.rows[1]!.slice(0, 2)).toEqual(['ok', '1650.00']);
    const stated = await run(variant('{ value: discharge_minus_admission, source: qa, quote: 住院床日数按出院日期减去入院日期计算 }', true));
    expect(stated.out.code, stated.out.stderr).toBe(0);
    expect(stated.rows.map((r) => r.slice(0, 2))).toEqual([
      ['ok', '1500.00'],
      ['ok', '1650.00'],
    ]);
    const read = await run(variant('{ value: both_ends, reading: { zh: 按两端都计。, en: both ends. } }'));
    expect(read.rows[0]!.slice(0, 2)).toEqual(['ok', '1650.00']);
    expect(read.rows[0]![3]).toContain('reading');
  });

  it('batch: 结算日期 and 出院日期 with no admission date: 出院日期 is not read (said in the summary); the stay is one day, said as days_assumed (150.00), never 0 or 1 bed-day counted silently', async () => {
    // settled on the discharge day: counted from these dates, the stay would be 0 (or 1) bed-days
    const run = stayBatch('人员编号,结算日期,出院日期,参保类型,缴费档次,医院级别,待遇类型,总费用,目录外费用,乙类药品费用,住院次数\nA,2025-07-24,2025-07-24,居民,一档,乡镇卫生院,住院,4000,100,600,1\n');
    const { out, rows } = await run(variant('{ value: discharge_minus_admission, source: qa, quote: 住院床日数按出院日期减去入院日期计算 }', true));
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toContain('出院日期');
    expect(out.stderr).toContain('没有入院日期');
    expect([rows[0]![1], rows[0]![3]]).toEqual(['150.00', 'days_assumed']);
  });

  it('policy show says how bed-days are counted (or that it is unknown); validate refuses bed_days without a day cap; init has it', async () => {
    expect((await yibao(['policy', 'show', FILE])).stdout).toContain('床日数(未给 --days 时由入院、出院日期计算):未知');
    const f = variant('{ value: discharge_minus_admission, source: qa, quote: 住院床日数按出院日期减去入院日期计算 }', true);
    expect((await yibao(['policy', 'show', f])).stdout).toContain('出院日期减入院日期(7月14日入院、24日出院为10天)');
    const bad = f.replace(/qiwan\.yaml$/, 'bad.yaml');
    writeFileSync(bad, readFileSync(f, 'utf8').replace(/\n {10}facility_day_cap:\n.*\n/, '\n'));
    const v = await yibao(['policy', 'validate', bad]);
    expect(v.code).toBe(2);
    expect(v.stdout + v.stderr).toContain('bed_days 只随 facility_day_cap 使用');
    expect((await yibao(['policy', 'init', 'x'])).stdout).toContain('bed_days:');
  });
});
