// 棠溪 第十七条 (test/fixtures/fac4/sources/tangxi-2024-7.txt, fiction): 「居民在一级医疗机构住院的，统筹基金按
// 床日限额支付，每床日最高支付180元」: facility_day_cap keyed by the level "1" (inpatient.resident), which a
// 社区卫生服务中心 / 乡镇卫生院 counted as 一级 (第二条) takes too. The bed-days are --days (batch `days`) as given;
// not given: one day, said by days_assumed (as the facility-keyed cap). Values by hand from the text:
// 居民一级 起付 200, 90%; 二级 500, 75%; 第二次住院 60%, 不低于100元.
import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { yibao } from '../cli/calc-helpers.js';
import { runYibao } from '../helpers/cli.js';
import { scriptAnswers } from '../cli/wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('../cli/wizard-script.js')).promptsMock);

const FILE = 'test/fixtures/fac4/tangxi.yaml';
const STAY = ['calc', '--policy', FILE, '--date', '2025-05-01', '--benefit', 'inpatient', '--amount', '3000', '--admission', '1'];

async function result(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}

describe('a fund cap per bed-day at a level (棠溪 第十七条)', () => {
  it('一级, 5 days: (3000 − 200) × 90% = 2520, held to 180 × 5 = 900; the text names the clause', async () => {
    const j = await result([...STAY, '--scheme', 'resident', '--tier', '1', '--days', '5']);
    expect([j.result.deductible_applied, j.result.fund_before_cap, j.result.fund_pays, j.result.cash_due]).toEqual(['200.00', '2520.00', '900.00', '2100.00']);
    expect(j.claim.days).toBe(5);
    const text = (await yibao([...STAY, '--scheme', 'resident', '--tier', '1', '--days', '5'])).stdout;
    expect(text).toContain('在一级医疗机构住院统筹基金每床日最多 180.00 元,5 天最多 900.00 元');
    expect(text).toContain('“居民在一级医疗机构住院的，统筹基金按床日限额支付，每床日最高支付180元”');
  });

  it('a 社区卫生服务中心 (counted as 一级) and a 乡镇卫生院 are capped the same: 900', async () => {
    for (const tier of ['社区卫生服务中心', '乡镇卫生院']) expect((await result([...STAY, '--scheme', 'resident', '--tier', tier, '--days', '5'])).result.fund_pays).toBe('900.00');
  });

  it('二级 has no day cap: (3000 − 500) × 75% = 1875; an employee at 一级 neither (the clause is the residents’): (3000 − 300) × 92% = 2484', async () => {
    expect((await result([...STAY, '--scheme', 'resident', '--tier', '2', '--days', '5'])).result.fund_pays).toBe('1875.00');
    expect((await result([...STAY, '--scheme', 'employee', '--status', 'active', '--tier', '1', '--days', '5'])).result.fund_pays).toBe('2484.00');
  });

  it('20 days: 180 × 20 = 3600 above 2520: 2520, nothing said of days', async () => {
    const j = await result([...STAY, '--scheme', 'resident', '--tier', '1', '--days', '20']);
    expect(j.result.fund_pays).toBe('2520.00');
  });

  it('days not given: one day (180), said by days_assumed in the stay’s words; say names the bed-day', async () => {
    const j = await result([...STAY, '--scheme', 'resident', '--tier', '1']);
    expect(j.result.fund_pays).toBe('180.00');
    const w = j.warnings.find((x: { code: string }) => x.code === 'days_assumed');
    expect(w.message).toContain('未说明这次住院的床日数,按 1 天计算');
    const say = (await yibao([...STAY, '--scheme', 'resident', '--tier', '1', '--days', '5', '--format', 'say'])).stdout;
    expect(say).toContain('但在这里住院统筹基金每床日有支付限额,统筹基金支付900元');
  });

  it('batch: days column; the second stay 200 × 60% = 120, (3000 − 120) × 90% = 2592 held to 180 × 3 = 540', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'day-level-'));
    const input = join(dir, 'in.csv');
    writeFileSync(input, '人员编号,就诊日期,参保类型,医院级别,待遇类型,总费用,住院次数,days\nA,2025-03-01,居民,一级,住院,3000,1,5\nA,2025-05-01,居民,社区卫生服务中心,住院,3000,2,3\n');
    const out = await yibao(['batch', input, '--policy', FILE, '--out', join(dir, 'out.csv')]);
    expect(out.code, out.stderr).toBe(0);
    const rows = readFileSync(join(dir, 'out.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
    const col = (name: string) => rows[0]!.indexOf(name);
    expect(rows.slice(1).map((r) => [r[col('deductible_applied')], r[col('fund_pays')]])).toEqual([
      ['200.00', '900.00'],
      ['120.00', '540.00'],
    ]);
  });

  it('policy show names the level and the clause; validate refuses a key that is neither a facility nor a level', async () => {
    const show = (await yibao(['policy', 'show', FILE])).stdout;
    expect(show).toContain('一级医疗机构(含按一级计的机构)每日(床日)最多');
    const dir = mkdtempSync(join(tmpdir(), 'day-level-'));
    cpSync('test/fixtures/fac4/sources', join(dir, 'sources'), { recursive: true });
    writeFileSync(join(dir, 'tangxi.yaml'), readFileSync(FILE, 'utf8').replace('          facility_day_cap:\n            "1":', '          facility_day_cap:\n            "4":'));
    const v = await yibao(['policy', 'validate', join(dir, 'tangxi.yaml'), '--lang', 'en']);
    expect(v.code).toBe(2);
    expect(v.stdout + v.stderr).toContain('"4" is neither a name in facilities nor a level');
  });

  it('--set inpatient.resident.facility_day_cap.1 replaces it: 150 × 5 = 750', async () => {
    const j = await result([...STAY, '--scheme', 'resident', '--tier', '1', '--days', '5', '--set', 'inpatient.resident.facility_day_cap.1=150']);
    expect(j.result.fund_pays).toBe('750.00');
  });

  it('the wizard asks the bed-days of a 一级 stay, and uses them', async () => {
    // level 1; stay Enter; discharge day Enter (then the bed-days are asked); 5; details Enter; another Enter
    const s = scriptAnswers(['1', '', '', '5', '', '']);
    const r = await runYibao(['calc', '--policy', FILE, '--date', '2025-05-01', '--scheme', 'resident', '--benefit', 'inpatient', '--amount', '3000', '--format', 'json'], { stdinTTY: true, stdoutTTY: true, env: { NO_COLOR: '1' } });
    const asked = s.asked().map((q: { message: string }) => q.message);
    expect(asked.some((m: string) => m.startsWith('这次在一级医疗机构住院住了几天'))).toBe(true);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'), r.stdout.lastIndexOf('}') + 1));
    expect(out.result.fund_pays).toBe('900.00');
  });
});
