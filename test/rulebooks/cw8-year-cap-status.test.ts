// The yearly total of per-stay deductibles, by status (round-8 trial, fiction): 澄湾 二（一）1 「起付标准按次计算：一级医疗
// 机构300元、二级700元、三级1100元。一个年度内累计收取的住院起付标准，在职人员最高不超过1500元，退休人员最高不超过1000元，
// 达到后不再收取」 → deductible_year_cap: { active, retired }, each sourced (the newcomer could give one value only).
// Fixture test/fixtures/cw8/chengwan.yaml. Every value is worked by hand from the text before running.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const CW = 'test/fixtures/cw8/chengwan.yaml';
const stay = (status: string, tier: string, amount: string, ...more: string[]) => ['calc', '--policy', CW, '--date', '2026-05-01', '--scheme', 'employee', '--status', status, '--benefit', 'inpatient', '--tier', tier, '--amount', amount, ...more];

async function result(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout).result;
}

function variant(from: RegExp, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cw8-'));
  const file = join(dir, 'cw.yaml');
  writeFileSync(file, readFileSync(CW, 'utf8').replace(from, to));
  return file;
}

// E: a retiree's second stay at 二级 with 700 charged before: 1000 − 700 = 300 left, so 300 (not 700);
// 5000 − 300 = 4700, all in band 1 (the year held 0): × (88% + 4 = 92%) = 4324.00; cash 676.00
const E = stay('retired', '2', '5000', '--admission', '2', '--ytd-deductible', '700', '--ytd-banded', '0');

describe('澄湾 二（一）1: deductibles charged in a year, at most 1500 (在职) / 1000 (退休)', () => {
  it('E: a retiree with 700 charged: 300 left of 1000', async () => {
    const r = await result(E);
    expect([r.deductible, r.deductible_applied, r.fund_pays, r.cash_due]).toEqual(['300.00', '300.00', '4324.00', '676.00']);
  });

  it('the same 1000 charged: an active employee still has 500 of 1500 (二级 700 → 500), a retiree none', async () => {
    // active: 5000 − 500 = 4500 × 88% = 3960.00
    const active = await result(stay('active', '2', '5000', '--admission', '3', '--ytd-deductible', '1000', '--ytd-banded', '0'));
    expect([active.deductible_applied, active.fund_pays]).toEqual(['500.00', '3960.00']);
    // retired: 0 left; 5000 × 92% = 4600.00
    const retired = await result(stay('retired', '2', '5000', '--admission', '3', '--ytd-deductible', '1000', '--ytd-banded', '0'));
    expect([retired.deductible_applied, retired.fund_pays]).toEqual(['0.00', '4600.00']);
  });

  it('D: an active employee’s second 三级 stay after 1100 charged: 400 left', async () => {
    // 10000 − 400 = 9600; the year's bands held 9900 (the first stay 11000 − 1100) → 19500, band 1: × 85% = 8160.00
    const r = await result(stay('active', '3', '10000', '--admission', '2', '--ytd-deductible', '1100', '--ytd-banded', '9900'));
    expect([r.deductible_applied, r.fund_pays, r.cash_due]).toEqual(['400.00', '8160.00', '1840.00']);
  });

  it('the breakdown cites the status’s own clause; policy show lists both', async () => {
    const text = (await yibao(E)).stdout;
    expect(text).toContain('本年住院累计收取的起付标准不超过 1000.00 元,此前已收取 700.00 元,本次应收 700.00 元按剩余额度 300.00 元收取');
    expect(text).toContain('“退休人员最高不超过1000元，达到后不再收取”');
    expect(text).not.toContain('“累计收取的住院起付标准，在职人员最高不超过1500元”');
    const show = (await yibao(['policy', 'show', CW])).stdout;
    expect(show).toMatch(/在职:1,500 元/);
    expect(show).toMatch(/退休:1,000 元/);
  });

  it('--set the status’s value: 900 for retirees leaves 200 (4800 × 92% = 4416.00); the whole key without a status is refused', async () => {
    const r = await result([...E, '--set', 'inpatient.employee.deductible_year_cap.retired=900']);
    expect([r.deductible_applied, r.fund_pays]).toEqual(['200.00', '4416.00']);
    const whole = await yibao([...E, '--set', 'inpatient.employee.deductible_year_cap=900']);
    expect(whole.code).toBe(2);
  });

  it('batch carries the deductible charged: a retiree’s first 三级 stay charged 1000 (not 1100), the next stay none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw8-'));
    const csv = join(dir, 'stays.csv');
    writeFileSync(csv, 'person_id,date,scheme,status,benefit,tier,amount\nR,2026-02-01,employee,retired,inpatient,3,20000\nR,2026-05-01,employee,retired,inpatient,2,8000\n');
    const out = await yibao(['batch', csv, '--policy', CW, '--output-format', 'jsonl']);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // R1: min(1100, 1000) = 1000; 19000 × 89% = 16910.00. R2: 1000 charged, 0 left; year 19000 → 27000: 8000 × 92% = 7360.00
    expect(rows.map((r) => [r.deductible_applied, r.fund_pays])).toEqual([['1000.00', '16910.00'], ['0.00', '7360.00']]);
  });

  it('one status left unknown stops only that status’s stays with deductibles charged before', async () => {
    const file = variant(/retired: \{ value: 1000, [^}]+\}/, 'retired: { value: null, note: { zh: 测试：退休人员的上限未说明。, en: "test: not said" } }');
    const args = (status: string, more: string[]) => ['calc', '--policy', file, '--date', '2026-05-01', '--scheme', 'employee', '--status', status, '--benefit', 'inpatient', '--tier', '2', '--amount', '5000', '--ytd-banded', '0', ...more];
    const out = await yibao(args('retired', ['--admission', '2', '--ytd-deductible', '700']));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('inpatient.employee.deductible_year_cap.retired');
    // the active employee's 1500: 700 + 700 = 1400, 700 charged; 4300 × 88% = 3784.00
    const active = await yibao([...args('active', ['--admission', '2', '--ytd-deductible', '700']), '--json']);
    expect(active.code, active.stderr).toBe(0);
    expect(JSON.parse(active.stdout).result.fund_pays).toBe('3784.00');
  });

  it('validate: keyed by status is for employees only; a single value keeps working', async () => {
    const keyed = variant(
      /(resident:\n {10}# 二（二）1、2、3\n)/,
      '$1          deductible_year_cap: { active: { value: 1500, source: cw, quote: 在职人员最高不超过1500元 }, retired: { value: 1000, source: cw, quote: 退休人员最高不超过1000元 } }\n',
    );
    const bad = await yibao(['policy', 'validate', keyed]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('只用于职工');
    const single = variant(/deductible_year_cap:\n {12}active: [^\n]+\n {12}retired: [^\n]+\n/, 'deductible_year_cap: { value: 1500, source: cw, quote: 在职人员最高不超过1500元 }\n');
    // one value for everyone: a retiree's 700 charged leaves 800, so 700 (5000 − 700 = 4300 × 92% = 3956.00)
    const r = await result(['calc', '--policy', single, '--date', '2026-05-01', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '2', '--amount', '5000', '--admission', '2', '--ytd-deductible', '700', '--ytd-banded', '0']);
    expect([r.deductible_applied, r.fund_pays]).toEqual(['700.00', '3956.00']);
  });
});
