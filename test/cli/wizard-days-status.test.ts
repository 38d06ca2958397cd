// The wizard asks the two claim inputs beyond the contract's list only where calc would use them:
// --days where the facility chosen has a fund cap a day for this claim (facility_day_cap), and
// --status-since where the policy says what a status change within the year does (status_change),
// the person is retired, the values differ by status and the year so far is not empty (calc:
// engine/model2.ts statusChangedThisYear). Figures by hand from test/fixtures/small2/fengzhu.yaml
// (四: 居民一级 60%, 限额450元; 村卫生室每日最高20元) and examples/rulebooks/yunling.yaml (九: 退休起付400,
// 一级 80% + 8 = 88%, 限额3000元; status_change carry_over, a reading). Suizhou asks neither.
import { describe, expect, it, vi } from 'vitest';
import { runYibao } from '../helpers/cli.js';
import { scriptAnswers } from './wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('./wizard-script.js')).promptsMock);

const terminal = { stdinTTY: true, stdoutTTY: true, env: { NO_COLOR: '1' } };
const FENGZHU = ['calc', '--policy', 'test/fixtures/small2/fengzhu.yaml', '--date', '2026-05-01'];
const YUNLING = ['calc', '--policy', 'examples/rulebooks/yunling.yaml', '--date', '2025-06-10'];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (stdout: string): any => JSON.parse(stdout.slice(stdout.indexOf('{'), stdout.lastIndexOf('}') + 1));
const DAYS_Q = '这笔费用是在村卫生室看了几天病?(在那里看病,统筹基金每天有支付上限;只看了一天就直接按 Enter)';

describe('wizard: the days of care, where the facility has a cap a day', () => {
  const resident = [...FENGZHU, '--scheme', 'resident', '--amount', '200', '--class-b', '0', '--format', 'json'];

  it('村卫生室, 3 days: 200 × 60% = 120, held to 20 × 3 = 60.00', async () => {
    // level 村卫生室; days 3; details Enter; another Enter
    const s = scriptAnswers(['村卫生室', '3', '', '']);
    const r = await runYibao(resident, terminal);
    expect(r.code).toBe(0);
    expect(s.left()).toEqual([]);
    expect(s.asked()[1]).toMatchObject({ kind: 'text', message: DAYS_Q });
    const out = json(r.stdout);
    expect(out.claim.days).toBe(3);
    expect(out.result.fund_pays).toBe('60.00');
  });

  it('村卫生室, 3天 typed with its unit: the same 60.00', async () => {
    scriptAnswers(['村卫生室', '3天', '', '']);
    const r = await runYibao(resident, terminal);
    expect(json(r.stdout).result.fund_pays).toBe('60.00');
  });

  it('村卫生室, Enter: one day taken and said (days_assumed), 20.00', async () => {
    scriptAnswers(['村卫生室', '', '', '']);
    const r = await runYibao(resident, terminal);
    const out = json(r.stdout);
    expect(out.result.fund_pays).toBe('20.00');
    expect(out.warnings.map((w: { code: string }) => w.code)).toContain('days_assumed');
  });

  it('一级 (no cap a day there): not asked, 120.00', async () => {
    const s = scriptAnswers(['1', '', '']);
    const r = await runYibao(resident, terminal);
    expect(s.asked().map((q) => q.message)).not.toContain(DAYS_Q);
    expect(json(r.stdout).result.fund_pays).toBe('120.00');
  });

  it('an employee at 村卫生室 (the cap a day is the residents\' only): not asked', async () => {
    const s = scriptAnswers(['村卫生室', '', '']);
    await runYibao([...FENGZHU, '--scheme', 'employee', '--status', 'active', '--amount', '200', '--class-b-drugs', '0', '--class-b-items', '0', '--format', 'json'], terminal);
    expect(s.asked().some((q) => q.message.includes('看了几天'))).toBe(false);
    expect(s.left()).toEqual([]);
  });
});

describe('wizard: the day the status began, where a change within the year counts', () => {
  // the amount left to ask, so that the wizard runs (calc with every flag asks nothing)
  const retiree = [...YUNLING, '--scheme', 'employee', '--status', 'retired', '--tier', '1', '--class-b-drugs', '0', '--class-b-items', '0', '--format', 'json'];
  const SINCE_Q = '是2025年内办的退休吗?是的话填办退休的日期(如 2025-03-15,或 2025年3月);之前就退休了,直接按 Enter';

  it('云岭, a retiree with 500 paid this year who retired 2025-03-15: asked, the reading said; 1000 × 88% = 880.00', async () => {
    // amount 1000; assistance Enter; details Enter; status since; another Enter
    const s = scriptAnswers(['1000', '', '', '2025-03-15', '']);
    const r = await runYibao([...retiree, '--ytd-fund', '500'], terminal);
    expect(r.code).toBe(0);
    expect(s.left()).toEqual([]);
    expect(s.asked()[3]).toMatchObject({ kind: 'text', message: SINCE_Q });
    const out = json(r.stdout);
    expect(out.claim.status_since).toBe('2025-03-15');
    expect(out.result.fund_pays).toBe('880.00');
    expect(out.warnings.map((w: { code: string }) => w.code)).toContain('status_change');
  });

  it('a month without the day (2025年3月) is enough: the change is within the year', async () => {
    scriptAnswers(['1000', '', '', '2025年3月', '']);
    const out = json((await runYibao([...retiree, '--ytd-fund', '500'], terminal)).stdout);
    expect(out.warnings.map((w: { code: string }) => w.code)).toContain('status_change');
  });

  it('2025年1月 without the day is refused with the reason (1月1日 is a whole year retired), then the day typed', async () => {
    const s = scriptAnswers(['1000', '', '', '2025年1月', '2025-01-20', '']);
    const r = await runYibao([...retiree, '--ytd-fund', '500'], terminal);
    expect(s.left()).toEqual([]);
    expect(r.code).toBe(0);
    expect(json(r.stdout).claim.status_since).toBe('2025-01-20');
  });

  it('Enter (retired before this year): no status change, no reading', async () => {
    scriptAnswers(['1000', '', '', '', '']);
    const out = json((await runYibao([...retiree, '--ytd-fund', '500'], terminal)).stdout);
    expect(out.result.fund_pays).toBe('880.00');
    expect(out.warnings.map((w: { code: string }) => w.code)).not.toContain('status_change');
  });

  it('nothing paid this year: not asked (the change would change nothing)', async () => {
    const s = scriptAnswers(['1000', '', '', '']);
    await runYibao(retiree, terminal);
    expect(s.asked().some((q) => q.message.includes('办的退休'))).toBe(false);
    expect(s.left()).toEqual([]);
  });

  it('an active employee: not asked', async () => {
    const s = scriptAnswers(['1000', '', '', '']);
    await runYibao([...YUNLING, '--scheme', 'employee', '--status', 'active', '--tier', '1', '--class-b-drugs', '0', '--class-b-items', '0', '--ytd-fund', '500', '--format', 'json'], terminal);
    expect(s.asked().some((q) => q.message.includes('办的退休'))).toBe(false);
  });

  it('丰渚 (status_change unknown): a retiree who retired 2026-04-01 with 300 paid is stopped as calc stops him (exit 3)', async () => {
    scriptAnswers(['1', '', '2026-04-01', '']);
    const r = await runYibao([...FENGZHU, '--date', '2026-06-01', '--scheme', 'employee', '--status', 'retired', '--amount', '1000', '--class-b-drugs', '0', '--class-b-items', '0', '--ytd-fund', '300'], terminal);
    expect(r.stderr).toContain('无法计算:本年内人员状态(在职/退休)有变化');
    expect(r.code).toBe(3);
  });
});

describe('随州 (model 1): neither is asked', () => {
  it('a retiree with a payment this year at tier 1', async () => {
    const s = scriptAnswers(['', '']);
    await runYibao(['calc', '--date', '2024-06-01', '--scheme', 'employee', '--status', 'retired', '--amount', '1000', '--ytd-fund', '500'], terminal);
    expect(s.asked().map((q) => q.kind)).toEqual(['choice', 'yesno', 'yesno']);
  });
});
