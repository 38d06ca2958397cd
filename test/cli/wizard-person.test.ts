// The wizard's session: after "再算一笔?" (default no), "同一个人?" (default no: carrying a year to
// the wrong person gives wrong numbers; yes starts the
// next claim from that person's year so far (deductible met and fund paid carried, and the
// screen says so); the exit code describes the session, not only the last claim. Amounts
// worked out by hand from policies/suizhou.yaml (2024 employee outpatient: deductible 400 for
// retirees, 500 active; tier 2 70% + 5 points for retirees, tier 1 80%; cap 1600 / 1300).
import { describe, expect, it, vi } from 'vitest';
import { ExitCode } from '../../src/cli/errors.js';
import { PolicyError } from '../../src/engine/types.js';
import { run, sets } from './wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('./wizard-script.js')).promptsMock);

const fund = (r: { explanations: { result: { fundPays: number } }[] }) => r.explanations.map((e) => e.result.fundPays);

describe('wizard: another claim for the same person', () => {
  it('retired, tier 2, 1,000 twice: fund 450.00, then 750.00 with the deductible already met', async () => {
    // 1st: (1000 − 400) × 75% = 450. 2nd: 400 met before, 1000 × 75% = 750, under the 1600 − 450 = 1150 left.
    const r = await run({}, ['employee', 'retired', '2', '1,000', '', true, true, '2', '1000', '', '']);
    await r.promise;
    expect(fund(r)).toEqual([45000, 75000]);
    expect(r.explained[1]).toEqual({ scheme: 'employee', status: 'retired', tier: '2', amount: '1000', ytd_deductible: '400.00', ytd_fund: '450.00' });
    const asked = r.asked().map((q) => q.message);
    // the same person is not asked the insurance type or the status again
    expect(asked.filter((m) => m === '您参加的是哪种医保?')).toHaveLength(1);
    expect(asked.filter((m) => m === '您现在是在职还是退休?')).toHaveLength(1);
    expect(r.asked().find((q) => q.message === '同一个人?')).toMatchObject({ kind: 'yesno', default: false });
    const carried = r.io.out.indexOf('接着算同一个人今年的普通门诊:起付线已付400元,统筹基金已报销450元(含上面算过的),这一笔从这里接着算。\n');
    // said right after the second claim's intro
    expect(r.io.out[carried - 1]).toMatch(/^计算随州市普通门诊报销/);
    // earlier claims this year are no longer asked about: the details offer only what is left
    expect(asked.at(-2)).toBe('还有别的情况要算进去吗?(目录外全自费、个人账户、家庭共济)');
  });

  it('three visits of one active employee at tier 1: the cap carries too (1200, then 100, then nothing)', async () => {
    // 1st: (2000 − 500) × 80% = 1200. 2nd: 2000 × 80% = 1600, but 1300 − 1200 = 100 left. 3rd: the cap is used up.
    const visit = ['1', '2000', ''];
    const r = await run({ scheme: 'employee', status: 'active' }, [...visit, true, true, ...visit, true, true, ...visit, '']);
    await r.promise;
    expect(fund(r)).toEqual([120000, 10000, 0]);
    expect(r.explained[2]).toMatchObject({ ytd_deductible: '500.00', ytd_fund: '1300.00' });
    expect(r.io.out).toContain('接着算同一个人今年的普通门诊:起付线已付500元,统筹基金已报销1300元(含上面算过的),这一笔从这里接着算。\n');
  });

  it('a deductible the sources do not say counts over the year is not carried, and the screen says it is charged again (audit-11)', async () => {
    // Suizhou residents with the deductible (100) and ratio (50%) assumed; the period is not stated.
    // 1st: (400 − 100) × 50% = 150. 2nd: the 100 again, 300 × 50% = 150, under the 350 − 150 = 200 left.
    const r = await run({}, ['resident', '1', '400', '', true, true, '1', '400', '', ''], { overrides: sets('outpatient.resident.deductible=100', 'outpatient.resident.ratio=0.5') });
    await r.promise;
    expect(fund(r)).toEqual([15000, 15000]);
    expect(r.explained[1]).toEqual({ scheme: 'resident', tier: '1', amount: '400', ytd_fund: '150.00' });
    expect(r.io.out).toContain('接着算同一个人今年的普通门诊:统筹基金已报销150元(含上面算过的),这一笔从这里接着算。政策没写起付线按年累计,这一笔的起付线照全额算。\n');
    expect(r.io.out.join('')).not.toContain('起付线已付');
    // nor is the deductible met this year asked about
    expect(r.asked().some((q) => q.message.includes('起付线(每年'))).toBe(false);
  });

  it('in English', async () => {
    const r = await run({ scheme: 'employee', status: 'retired' }, ['2', '1000', '', true, true, '2', '1000', '', ''], { lang: 'en' });
    await r.promise;
    expect(fund(r)).toEqual([45000, 75000]);
    expect(r.asked().find((q) => q.message === 'For the same person?')).toMatchObject({ default: false });
    expect(r.io.out).toContain(
      "Going on with the same person's general outpatient year: 400 yuan of the deductible met and 450 yuan paid by the fund so far (the claims above included); this claim starts from there.\n",
    );
  });
});

describe('wizard: another claim for someone else (issue 18)', () => {
  it('Enter at "同一个人?" is no: the stranger starts with an empty year, not the last person\'s', async () => {
    // The first claim came with this year's fund paid (ask: 今年统筹已报450): retired tier 2, 1000,
    // deductible 400 met and 450 paid: 1000 × 75% = 750. The stranger, active at tier 2 with 1000:
    // (1000 − 500) × 70% = 350, from an empty year (no deductible met, nothing paid).
    const r = await run({ ytd_deductible: '400', ytd_fund: '450' }, ['employee', 'retired', '2', '1000', '', true, '', 'employee', 'active', '2', '1000', '', '']);
    await r.promise;
    expect(fund(r)).toEqual([75000, 35000]);
    expect(r.explained[1]).toEqual({ scheme: 'employee', status: 'active', tier: '2', amount: '1000' });
    expect(r.io.out.join('')).not.toContain('接着算同一个人');
  });

  it('"n" is no too', async () => {
    const r = await run({ ytd_fund: '450' }, ['employee', 'retired', '2', '1000', '', true, false, 'employee', 'retired', '2', '1000', '', '']);
    await r.promise;
    expect(r.explained[1]).toEqual({ scheme: 'employee', status: 'retired', tier: '2', amount: '1000' });
  });
});

describe('wizard: the exit code describes the session', () => {
  it('one claim explained, then one the sources cannot answer (stopped): exit 0 after a message', async () => {
    const r = await run({}, ['employee', 'active', '1', '500', '', true, false, 'resident', '']);
    await expect(r.promise).resolves.toBeUndefined();
    expect(r.explained).toHaveLength(1);
    expect(r.io.out.join('')).toContain('yibao 无法计算这笔报销。');
    expect(r.io.out.at(-1)).toBe('上面已算出1笔;最后这笔没有算出来,原因见上。\n');
  });

  it('one claim explained, then one the engine refuses: exit 0 after the reason and the message', async () => {
    let calls = 0;
    const explain = async () => {
      if (calls++ === 1) throw new PolicyError('unknown_parameter', { zh: '无法计算:来源未说明', en: 'Cannot compute' });
    };
    const r = await run({ scheme: 'employee', status: 'active', tier: '1' }, ['500', '', true, '', '600', '', ''], { explain, lang: 'en' });
    await expect(r.promise).resolves.toBeUndefined();
    expect(r.io.err.join('')).toBe('yibao: Cannot compute\n');
    expect(r.io.out.at(-1)).toBe('One claim was explained above; the last one could not be, for the reason shown.\n');
  });

  it('nothing explained: the last claim\'s code (3)', async () => {
    const r = await run({}, ['resident', '']);
    await expect(r.promise).rejects.toEqual(new ExitCode(3));
  });
});
