// The wizard takes amounts as `ask` does (1500块, 一千五百元, ¥1,500.00: src/ask/answer.ts, one
// reading for both), and 不用 / 没有 / 没钱了 as 0 at the account and family questions (issue 18,
// item 5). Suizhou 2024, active employee at tier 1: deductible 500, 80%; cap 1300.
import { describe, expect, it, vi } from 'vitest';
import { run } from './wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('./wizard-script.js')).promptsMock);

const active = { scheme: 'employee', status: 'active', tier: '1' };

describe('wizard: amounts as people type them', () => {
  it.each([
    ['1500块', '1500'],
    ['一千五百元', '1500'],
    ['¥1,500.00', '1500.00'],
  ])('%s is the amount %s: (1500 − 500) × 80% = 800', async (typed, amount) => {
    const r = await run(active, [typed, '', '']);
    await r.promise;
    expect(r.rejected()).toEqual([]);
    expect(r.explained[0]!.amount).toBe(amount);
    expect(r.explanations[0]!.result.fundPays).toBe(80000);
  });

  it('what is not clearly one amount is refused with the claim parser\'s reason, then asked again', async () => {
    const r = await run(active, ['1,00', '1500', '', '']);
    await r.promise;
    expect(r.rejected()[0]!.error).toContain('千位分隔符');
    expect(r.explained[0]!.amount).toBe('1500');
  });

  it('不用, 没有 and 没钱了 are 0 at the details (deductible met, fund paid, account, family); an amount there as ask reads it', async () => {
    // details opened: out of scope 两百块, deductible met 不用, fund paid 没有, account 没钱了, family 没有
    const r = await run(active, ['1500', true, '两百块', '不用', '没有', '没钱了', '没有', '']);
    await r.promise;
    expect(r.rejected()).toEqual([]);
    expect(r.explained[0]).toMatchObject({ out_of_scope: '200', ytd_deductible: '0', ytd_fund: '0', account: '0', family: '0' });
    // in scope 1500 − 200 = 1300; (1300 − 500) × 80% = 640
    expect(r.explanations[0]!.result.fundPays).toBe(64000);
  });

  it('没有 is not an amount for the total cost (nothing to default to): refused, asked again', async () => {
    const r = await run(active, ['没有', '1500', '', '']);
    await r.promise;
    expect(r.rejected()).toHaveLength(1);
    expect(r.explained[0]!.amount).toBe('1500');
  });
});

describe('wizard: what the question already answered is not asked again', () => {
  const deductibleAsked = (r: { asked: () => { message: string }[] }) => r.asked().some((q) => q.message.includes('起付线(每年先由自己付的门槛费)'));

  it('the fund already paid this year (今年已报销450): the deductible met is not asked (the payment means it was met)', async () => {
    const r = await run({ scheme: 'employee', status: 'retired', amount: '1000', ytd_fund: '450' }, ['2', true, '', '', '', '']);
    await r.promise;
    expect(deductibleAsked(r)).toBe(false);
    expect(r.asked().find((q) => q.message.startsWith('还有别的情况'))!.message).toBe('还有别的情况要算进去吗?(目录外全自费、个人账户、家庭共济)');
  });

  it('起付线已经付满了 said in the question: the deductible met is not asked', async () => {
    const r = await run({ scheme: 'employee', status: 'retired', amount: '1000' }, ['2', true, '', '', '', '', ''], { known: ['ytd_deductible'] });
    await r.promise;
    expect(deductibleAsked(r)).toBe(false);
  });

  it('otherwise it is asked', async () => {
    const r = await run({ scheme: 'employee', status: 'retired', amount: '1000' }, ['2', true, '', '', '', '', '', '']);
    await r.promise;
    expect(deductibleAsked(r)).toBe(true);
  });
});
