// Later-admission deductibles a fixed amount less each time, with a floor (round-7 trial, fiction):
// 汀澜 第六条（三） 「同一自然年度内第二次及以后住院的，每次起付标准在本人该级别起付标准的基础上依次降低100元，但不低于
// 本人该级别起付标准的40%」 → deductible_schedule: { from: 2, step, floor_share }. Also: a schedule whose later share
// is unknown no longer stops a first stay (the round-7 newcomer's resident file made every stay exit 3).
// Fixture test/fixtures/limits7/tinglan.yaml. Values worked by hand from the text before running.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const TL = 'test/fixtures/limits7/tinglan.yaml';
const stay = (file = TL) => ['calc', '--policy', file, '--benefit', 'inpatient', '--date', '2025-11-03'];

async function result(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout).result;
}

/** The fixture with the resident schedule replaced, beside its sources. */
function residentSchedule(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'limits7-'));
  cpSync('test/fixtures/limits7/sources', join(dir, 'sources'), { recursive: true });
  const s = readFileSync(TL, 'utf8');
  const from = s.indexOf('          deductible_schedule:\n', s.indexOf('        resident:\n          deductible:\n'));
  const to = s.indexOf('          group_deductible_share:', from);
  const file = join(dir, 'tinglan.yaml');
  writeFileSync(file, s.slice(0, from) + yaml + s.slice(to));
  return file;
}

describe('汀澜 第六条（三）: 依次降低100元，但不低于本人该级别起付标准的40%', () => {
  it('TL-02: retiree, 5th stay at a 社区卫生服务中心 (一级 240): 240 − 4 × 100 < 96 = 40% × 240: 96; 4374 × 96% = 4199.04, cash 300.96', async () => {
    // 乙类 500 × 6% = 30; 4500 − 30 − 96 = 4374.00
    const r = await result([...stay(), '--date', '2025-10-14', '--scheme', 'employee', '--status', 'retired', '--tier', '社区卫生服务中心', '--admission', '5', '--amount', '4500', '--class-b-drugs', '500', '--ytd-fund', '60000']);
    expect([r.first_pay, r.deductible, r.deductible_floor, r.fund_pays, r.cash_due]).toEqual(['30.00', '96.00', '96.00', '4199.04', '300.96']);
  });

  it('TL-07: active, 2nd stay 三级: 1000 − 100 = 900; 39100 × 85% = 33235, held to the 20000 left of 250000', async () => {
    const r = await result([...stay(), '--scheme', 'employee', '--status', 'active', '--tier', '3', '--admission', '2', '--amount', '40000', '--ytd-fund', '230000']);
    expect([r.deductible, r.fund_before_cap, r.fund_pays]).toEqual(['900.00', '33235.00', '20000.00']);
  });

  it('a first stay pays the full deductible; a 3rd 二级 resident stay 500 − 200 = 300', async () => {
    expect((await result([...stay(), '--scheme', 'employee', '--status', 'active', '--tier', '3', '--amount', '40000'])).deductible).toBe('1000.00');
    const r = await result([...stay(), '--scheme', 'resident', '--tier', '2', '--admission', '3', '--amount', '10000']);
    // (10000 − 300) × 75% = 7275.00 (below the 20000 band edge on either base)
    expect([r.deductible, r.fund_pays]).toEqual(['300.00', '7275.00']);
  });

  it('the breakdown shows the step and the floor with their clauses', async () => {
    const out = await yibao([...stay(), '--scheme', 'employee', '--status', 'retired', '--tier', '1', '--admission', '5', '--amount', '4500']);
    expect(out.stdout).toContain('本年第 5 次住院,在 240.00 元基础上依次降低 100.00 元,共降低 400.00 元,低于本人起付标准的 40%(96.00 元),按 96.00 元收取');
    expect(out.stdout).toContain('“但不低于本人该级别起付标准的40%”');
  });

  it('a 特困 resident’s later stay: whether the step is on the halved standard is not said: exit 3 naming group_first; each --set answers', async () => {
    const args = [...stay(), '--scheme', 'resident', '--tier', '3', '--admission', '2', '--amount', '10000', '--assistance', '特困人员'];
    const out = await yibao(args);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('inpatient.resident.deductible_schedule.group_first');
    // false: (900 − 100) × 50% = 400; true: 900 × 50% = 450 − 100 = 350
    expect((await result([...args, '--set', 'inpatient.resident.deductible_schedule.group_first=false'])).deductible).toBe('400.00');
    expect((await result([...args, '--set', 'inpatient.resident.deductible_schedule.group_first=true'])).deductible).toBe('350.00');
    // a first stay is answered: 900 × 50% = 450
    expect((await result([...args.filter((a) => a !== '--admission' && a !== '2')])).deductible).toBe('450.00');
  });

  it('batch counts the stays per person: 1000, then 900, then (retired 一级, 3rd) 240 − 200 = 40 → 96', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'limits7-'));
    const csv = join(dir, 'stays.csv');
    writeFileSync(csv, 'person_id,date,scheme,status,benefit,tier,amount\nA,2025-03-01,employee,active,inpatient,3,10000\nA,2025-06-01,employee,active,inpatient,3,10000\nA,2025-09-01,employee,retired,inpatient,1,10000\n');
    const out = await yibao(['batch', csv, '--policy', TL, '--output-format', 'jsonl']);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // 9000 × 85% = 7650; 9100 × 85% = 7735; 9904 × 96% = 9507.84
    expect(rows.map((r) => [r.deductible_applied, r.fund_pays])).toEqual([['1000.00', '7650.00'], ['900.00', '7735.00'], ['96.00', '9507.84']]);
  });

  it('policy show and validate', async () => {
    const show = (await yibao(['policy', 'show', TL])).stdout;
    expect(show).toContain('第 2 次起,每次在本人起付标准基础上依次降低');
    expect(show).toContain('但不低于本人起付标准的');
    expect((await yibao(['policy', 'validate', TL])).code).toBe(0);
  });

  it('--set the step: 2nd 三级 stay 1000 − 150 = 850', async () => {
    const r = await result([...stay(), '--scheme', 'employee', '--status', 'active', '--tier', '3', '--admission', '2', '--amount', '10000', '--set', 'inpatient.employee.deductible_schedule.step=150']);
    expect(r.deductible).toBe('850.00');
  });
});

describe('an unknown later share stops later stays only', () => {
  it('a resident list whose 2nd-stay share is unknown: a first 二级 stay pays 500, a second is exit 3 naming the entry', async () => {
    const file = residentSchedule('          deductible_schedule:\n            - from: 2\n              share: { value: null, note: { zh: 测试：未知。, en: "test: unknown." } }\n');
    expect((await yibao(['policy', 'validate', file])).code).toBe(0);
    const args = [...stay(file), '--scheme', 'resident', '--tier', '2', '--amount', '10000'];
    expect((await result([...args, '--admission', '1'])).deductible).toBe('500.00');
    const later = await yibao([...args, '--admission', '2']);
    expect(later.code).toBe(3);
    expect(later.stderr).toContain('inpatient.resident.deductible_schedule.0');
    expect((await result([...args, '--admission', '2', '--set', 'inpatient.resident.deductible_schedule.0=0.5'])).deductible).toBe('250.00');
  });

  it('the whole schedule unknown for residents ({ value: null, note }): validates, a first stay answered, a later one exit 3', async () => {
    const file = residentSchedule('          deductible_schedule: { value: null, note: { zh: 测试：未知。, en: "test: unknown." } }\n');
    expect((await yibao(['policy', 'validate', file])).code).toBe(0);
    const args = [...stay(file), '--scheme', 'resident', '--tier', '2', '--amount', '10000'];
    expect((await result([...args, '--admission', '1'])).deductible).toBe('500.00');
    const later = await yibao([...args, '--admission', '2']);
    expect(later.code).toBe(3);
    expect(later.stderr).toContain('inpatient.resident.deductible_schedule');
  });
});
