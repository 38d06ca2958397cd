// `ask` reads the two claim inputs beyond the contract's list from a caller's words, only where the
// policy in use needs them: the days of care (在村卫生室看了3天) only where the facility said has a
// fund cap a day for that claim, and the day a status began (今年5月份退休的, 2025年3月办的退休) only
// where the policy has a status_change rule. Words not understood are said, never guessed (今年1月
// 退休: the day decides; 刚退休 with no month; 住了5天 for a stay). The policy's facility names
// (村卫生室, 乡镇卫生院) are read as --tier takes them. Figures by hand: test/fixtures/small2/fengzhu.yaml
// 四 (居民一级 60%, 村卫生室每日最高20元), examples/rulebooks/yunling.yaml 九 (退休一级 80% + 8 = 88%).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runYibao } from '../helpers/cli.js';
import { readQuestion, type ClaimQuestion } from '../../src/ask/parse.js';
import type { PolicyWords } from '../../src/ask/extras.js';

const FZ_WORDS: PolicyWords = {
  diseases: [],
  groups: [],
  facilities: [
    { name: '社区卫生服务中心', words: ['社区卫生服务中心'] },
    { name: '社区卫生服务站', words: ['社区卫生服务站'] },
    { name: '乡镇卫生院', words: ['乡镇卫生院'] },
    { name: '村卫生室', words: ['村卫生室'] },
  ],
  dayCaps: [
    { facility: '村卫生室', benefit: 'outpatient', scheme: 'resident' },
    { facility: '社区卫生服务站', benefit: 'outpatient', scheme: 'resident' },
  ],
};

function claim(q: string, needs: string[], words: PolicyWords = FZ_WORDS): ClaimQuestion {
  const r = readQuestion(q, new Set(needs), words);
  if (r.kind !== 'claim') throw new Error(`not a claim: ${q}`);
  return r.claim;
}

describe('the days of care', () => {
  it.each([['在村卫生室看了3天'], ['在村卫生室看了三天'], ['村卫生室 3天']])('居民 %s 花了200元: 村卫生室, 3 days', (words) => {
    const c = claim(`居民 ${words} 花了200元`, ['days']);
    expect(c.raw).toMatchObject({ scheme: 'resident', tier: '村卫生室', days: '3', amount: '200' });
    expect(c.unclear).toEqual([]);
  });

  it('an employee at 村卫生室 (no cap a day for employees there): 看了3天 not read, said not understood', () => {
    const c = claim('职工在职 在村卫生室看了3天 花了200元', ['days']);
    expect(c.raw.days).toBeUndefined();
    expect(c.unclear).toEqual(['在村卫生室看了3天']);
  });

  it('at a level with no cap a day (一级医院): not read', () => {
    const c = claim('居民 一级医院 看了3天 花了200元', ['days']);
    expect(c.raw.days).toBeUndefined();
    expect(c.unclear).toEqual(['看了3天']);
  });

  it('住了5天 in hospital (the cap a day is for outpatient care): not the days, not understood', () => {
    const c = claim('居民 村卫生室 住院住了5天 花了1万', ['days']);
    expect(c.raw.benefit).toBe('inpatient');
    expect(c.raw.days).toBeUndefined();
    expect(c.unclear.length).toBe(1);
  });

  it('3天前 is a date, not the days', () => {
    const c = claim('居民 在村卫生室看病 花了200元', ['days']);
    expect(c.raw.days).toBeUndefined();
  });

  it('a policy with no cap a day: 看了3天 is not read', () => {
    const c = claim('居民 在村卫生室看了3天 花了200元', [], { ...FZ_WORDS, dayCaps: [] });
    expect(c.raw.days).toBeUndefined();
    expect(c.unclear).toEqual(['在村卫生室看了3天']);
  });
});

describe('the day the status began', () => {
  it('今年5月份退休的: retired, from May of the claim\'s year (resolved later)', () => {
    const c = claim('今年5月份退休的 一级医院 花了1000元 今年统筹已报500', ['status_since']);
    expect(c.raw).toMatchObject({ scheme: 'employee', status: 'retired', tier: '1', amount: '1000', ytd_fund: '500' });
    expect(c.statusSince).toMatchObject({ month: 5 });
    expect(c.statusSince!.year).toBeUndefined();
    expect(c.unclear).toEqual([]);
  });

  it('刚退休，2025年3月办的退休: 2025-03, and the visit date is not taken from it', () => {
    const c = claim('刚退休，2025年3月办的退休 一级医院 花了1000元', ['status_since']);
    expect(c.statusSince).toMatchObject({ year: 2025, month: 3 });
    expect(c.raw.date).toBeUndefined();
    expect(c.raw.status).toBe('retired');
    expect(c.unclear).toEqual([]);
  });

  it('2025年3月5日退休的: the day itself', () => {
    const c = claim('2025年3月5日退休的 一级医院 花了1000元', ['status_since']);
    expect(c.statusSince).toMatchObject({ year: 2025, month: 3, day: 5 });
    expect(c.raw.date).toBeUndefined();
  });

  it('刚退休 with no month, beside a payment this year: not understood, with the reason', () => {
    const c = claim('刚退休 一级医院 花了1000元 今年统筹已报500', ['status_since']);
    expect(c.statusSince).toBeUndefined();
    expect(c.unclear).toEqual(['刚退休']);
    expect(c.why['刚退休']!.zh).toContain('没说哪年哪月办的退休');
  });

  it('刚退休 with no year so far (a change would change nothing): the status only', () => {
    const c = claim('刚退休 一级医院 花了1000元', ['status_since']);
    expect(c.raw.status).toBe('retired');
    expect(c.unclear).toEqual([]);
  });

  it('在职 and 今年5月退休 together: a conflict, never a pick', () => {
    const c = claim('在职 今年5月份退休的 一级医院 花了1000元', ['status_since']);
    expect(c.conflicts.map((k) => k.field)).toContain('status');
  });

  it('a policy with no status_change: not read', () => {
    const c = claim('今年5月份退休的 一级医院 花了1000元', []);
    expect(c.statusSince).toBeUndefined();
  });
});

describe('ask, end to end', () => {
  const YUNLING = ['ask', '--policy-dir', 'examples/rulebooks', '--city', 'yunling', '--date', '2025-06-10'];

  it('云岭 今年5月份退休的, 500 paid this year, 1000 at 一级: status since 2025-05-01, the reading said, 1000 × 88% = 880.00', async () => {
    const r = await runYibao([...YUNLING, '今年5月份退休的 一级医院 看门诊 花了1000元 今年统筹已报500', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('2025年5月退休');
    const out = JSON.parse(r.stdout);
    expect(out.claim.status_since).toBe('2025-05-01');
    expect(out.result.fund_pays).toBe('880.00');
    expect(out.warnings.map((w: { code: string }) => w.code)).toContain('status_change');
  });

  it('云岭 今年1月退休的: the day decides, so it is not understood (exit 2), never taken as 1 January', async () => {
    const r = await runYibao([...YUNLING, '今年1月退休的 一级医院 看门诊 花了1000元 今年统筹已报500']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('1月的哪一天');
  });

  it('丰渚 居民 在村卫生室看了3天 花了200元: 60% of 200 = 120, held to 20 × 3 = 60.00', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-fz-'));
    cpSync('test/fixtures/small2/fengzhu.yaml', join(dir, 'fengzhu.yaml'));
    cpSync('test/fixtures/small2/sources', join(dir, 'sources'), { recursive: true });
    const r = await runYibao(['ask', '--policy-dir', dir, '--city', 'fengzhu', '--date', '2026-05-01', '居民 在村卫生室看了3天 花了200元 乙类0', '--format', 'json']);
    expect(r.stderr).toContain('村卫生室 · 门诊');
    expect(r.stderr).toContain('3天');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.claim.days).toBe(3);
    expect(out.result.fund_pays).toBe('60.00');
  });
});

describe('the desk: a what-if keeps what the line says of the status and the facility', () => {
  it('如果是今年5月份退休的呢: the day said reaches the changed claim; 那在村卫生室呢: the facility', async () => {
    const { readClaimParts } = await import('../../src/ask/parse.js');
    const { readTurn } = await import('../../src/ask/follow-up.js');
    const { claim } = readClaimParts('我退休了在一级医院看门诊花了1000');
    const inPlay = { claim, year: { benefit: 'outpatient' as const, year: '2025', ytd_fund: '0.00' } };
    const inputs = { needs: new Set(['status_since', 'days']), words: FZ_WORDS };
    const since = readTurn('如果是今年5月份退休的呢', inPlay, inputs);
    expect(since.kind).toBe('what_if');
    expect(since.kind === 'what_if' && since.claim.statusSince).toMatchObject({ month: 5 });
    const facility = readTurn('那在村卫生室呢', inPlay, inputs);
    expect(facility.kind === 'what_if' && facility.claim.raw.tier).toBe('村卫生室');
  });
});
