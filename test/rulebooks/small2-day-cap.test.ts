// 枫渚 四（二） (newcomer trial 2, F3): 「在村卫生室、社区卫生服务站就诊的，统筹基金每日支付最高20元」: a
// fund cap a day at some facilities (facility_day_cap). A claim is one day unless --days (batch
// column days) says more; the one day is said only where it changed the answer. FZ-13 is the
// trial's hand-worked claim (/work/trial2/fengzhu/claims.json).
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

import { FZ, pick, run } from './small2-helpers.js';

// F3 四（二）「在村卫生室、社区卫生服务站就诊的，统筹基金每日支付最高20元」: a claim is one day unless --days says more
describe('F3: a fund cap a day at some facilities (四（二）)', () => {
  const FZ13 = [...FZ, '--date', '2026-04-14', '--scheme', 'resident', '--age', '8', '--benefit', 'outpatient', '--tier', '村卫生室', '--amount', '80', '--ytd-fund', '200', '--family', '500', '--relation', 'child'];
  const codes = (j: { warnings: { code: string }[] }) => j.warnings.map((w) => w.code);
  it('FZ-13: 80 × 60% = 48, a 村卫生室 day at most 20: fund 20, the parent’s account 60; the one day is said (it changed the answer)', async () => {
    const j = await run(FZ13);
    expect(pick(j, 'fund_before_cap', 'fund_pays', 'family_pays', 'cash_due')).toEqual(['48.00', '20.00', '60.00', '0.00']);
    expect(codes(j)).toContain('days_assumed');
  });
  it('--days 3: at most 60, so 48 is paid and nothing is assumed; --days 2 and 200 yuan: 120 computed, 40 paid', async () => {
    const three = await run([...FZ13, '--days', '3']);
    expect(three.result.fund_pays).toBe('48.00');
    expect(codes(three)).not.toContain('days_assumed');
    expect(three.claim.days).toBe(3);
    const two = await run([...FZ13.map((a) => (a === '80' ? '200' : a)), '--days', '2']);
    expect(pick(two, 'fund_before_cap', 'fund_pays')).toEqual(['120.00', '40.00']);
  });
  it('one day under the cap says no assumption: 30 × 60% = 18', async () => {
    const j = await run(FZ13.map((a) => (a === '80' ? '30' : a)));
    expect(j.result.fund_pays).toBe('18.00');
    expect(codes(j)).not.toContain('days_assumed');
  });
  it('a 社区卫生服务中心 (not a 站) has no day cap: 48', async () => {
    expect((await run(FZ13.map((a) => (a === '村卫生室' ? '社区卫生服务中心' : a)))).result.fund_pays).toBe('48.00');
  });
  it('a 社区卫生服务站 has it: 20', async () => {
    expect((await run(FZ13.map((a) => (a === '村卫生室' ? '社区卫生服务站' : a)))).result.fund_pays).toBe('20.00');
  });
  it('the breakdown quotes the clause; policy show says it (zh, en)', async () => {
    expect((await yibao(FZ13)).stdout).toContain('统筹基金每日支付最高20元');
    expect((await yibao(['policy', 'show', 'test/fixtures/small2/fengzhu.yaml'])).stdout).toMatch(/村卫生室[^\n]*每日最多[^\n]*20/);
    expect((await yibao(['policy', 'show', 'test/fixtures/small2/fengzhu.yaml', '--lang', 'en'])).stdout).toMatch(/村卫生室[^\n]*a day at most[^\n]*20/);
  });
  it('say: why 20 and not 48, and the one day (zh, en)', async () => {
    const zh = (await yibao([...FZ13, '--format', 'say'])).stdout;
    expect(zh).toContain('本来能报48元');
    expect(zh).toContain('每天有支付限额');
    expect(zh).toContain('按一天就诊算的');
    const en = (await yibao([...FZ13, '--format', 'say', '--lang', 'en'])).stdout;
    expect(en).toContain('at most a set amount a day');
  });
  it('validate: a day cap keyed by a name that is not a facility of the policy (or only an alias) is refused', async () => {
    const { mkdtempSync, writeFileSync, readFileSync, cpSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'small2-'));
    cpSync('test/fixtures/small2/sources', join(dir, 'sources'), { recursive: true });
    const text = readFileSync('test/fixtures/small2/fengzhu.yaml', 'utf8').replace('            村卫生室: { value: 20', '            卫生室: { value: 20');
    writeFileSync(join(dir, 'p.yaml'), text);
    const out = await yibao(['policy', 'validate', join(dir, 'p.yaml')]);
    expect(out.code).toBe(2);
    expect(out.stderr + out.stdout).toContain('卫生室');
    expect(out.stderr + out.stdout).toContain('facilities');
  });
  it('policy init: the skeleton shows where it goes', async () => {
    const { skeletonPolicy } = await import('../../src/cli/policy/init.js');
    expect(skeletonPolicy('qingsong', '../schema/policy.schema.json')).toContain('# facility_day_cap: { 村卫生室: { value: 20');
  });
  it('batch: a days column (天数 / days) is read per row', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'small2-'));
    const csv = join(dir, 'claims.csv');
    writeFileSync(csv, 'date,scheme,benefit,tier,amount,days\n2026-04-14,resident,outpatient,村卫生室,80,1\n2026-04-14,resident,outpatient,村卫生室,80,3\n');
    const out = await yibao(['batch', '--policy', 'test/fixtures/small2/fengzhu.yaml', csv, '--output-format', 'jsonl']);
    expect(out.code, out.stderr).toBe(0);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.fund_pays ?? r.result?.fund_pays)).toEqual(['20.00', '48.00']);
  });
});
