// Answers and flags are checked with the claim parser's own rules and messages, at the
// prompt (a refused answer is asked again) or, for a flag, before any question.
import { describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/cli/errors.js';
import { run, withContributionRule, RESIDENT_KNOWN } from './wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('./wizard-script.js')).promptsMock);

describe('wizard: answers are checked at the prompt', () => {
  it('refuses "abc" as an amount with the parser message in Chinese, then takes the retyped answer', async () => {
    const r = await run({ scheme: 'resident', tier: '1' }, ['abc', '0', '12.345', '', '-5', '66.60', '', ''], { overrides: RESIDENT_KNOWN });
    await r.promise;
    expect(r.rejected().map((x) => [x.answer, x.error])).toEqual([
      ['abc', '总费用无效:"abc";这不是数字。应为0到100000000元之间的金额,最多两位小数,例如 120.50。'],
      ['0', '总费用必须大于0。'],
      ['12.345', '总费用无效:"12.345";小数超过两位(金额只到分)。应为0到100000000元之间的金额,最多两位小数,例如 120.50。'],
      ['', '缺少总费用。'],
      ['-5', '总费用无效:"-5";金额不能是负数。应为0到100000000元之间的金额,最多两位小数,例如 120.50。'],
    ]);
    expect(r.explained[0]).toMatchObject({ amount: '66.60' });
  });

  it('takes amounts as people type them: read as ask reads them, then by the same parser as flags and batch', async () => {
    const read: Record<string, string> = { '3,000': '3000', '1 200': '1 200', '1200元': '1200', '¥1200': '1200', '１２００': '1200' };
    for (const [typed, amount] of Object.entries(read)) {
      const r = await run({ scheme: 'employee', status: 'active', tier: '1' }, [typed, '', '']);
      await r.promise;
      expect(r.rejected()).toEqual([]);
      expect(r.explained[0]).toMatchObject({ amount });
    }
    // 3,000: (3000 − 500) × 80% = 2000, capped at 1300; 1 200: (1200 − 500) × 80% = 560
    const grouped = await run({ scheme: 'employee', status: 'active', tier: '1' }, ['3,000', '', '']);
    await grouped.promise;
    expect(grouped.explanations[0]!.result.fundPays).toBe(130000);
    const spaced = await run({ scheme: 'employee', status: 'active', tier: '1' }, ['1 200', '', '']);
    await spaced.promise;
    expect(spaced.explanations[0]!.result.fundPays).toBe(56000);
  });

  it('speaks English with --lang en', async () => {
    const r = await run({ scheme: 'resident', tier: '1' }, ['abc', '10', '', ''], { lang: 'en', overrides: RESIDENT_KNOWN });
    await r.promise;
    expect(r.rejected()[0]!.error).toBe(
      'invalid total cost: "abc"; this is not a number. Expected an amount in yuan from 0 to 100000000 with at most two decimals, e.g. 120.50.',
    );
    expect(r.asked()[0]!.message).toBe('What did the visit cost in total (yuan, the total on the receipt)?');
  });

  it('refuses an out-of-scope part larger than the amount', async () => {
    const r = await run({ scheme: 'resident', tier: '1', amount: '100' }, [true, '100.01', '100', '', '', '', ''], { overrides: RESIDENT_KNOWN });
    await r.promise;
    expect(r.rejected().map((x) => x.error)).toEqual(['目录外费用不能大于总费用。']);
    expect(r.explained[0]).toMatchObject({ out_of_scope: '100' });
  });

  it('refuses a contribution level that is not a ratio', async () => {
    const r = await run({ scheme: 'employee', status: 'active', tier: '1', amount: '100' }, ['很多', '80%', '', ''], { policy: withContributionRule() });
    await r.promise;
    expect(r.rejected()[0]!.error).toBe('缴费基数占平均工资比例无效:"很多";应为比例,例如 0.85 或 85%。');
    expect(r.explained[0]).toMatchObject({ contribution: '80%' });
  });

  it('Enter with no contribution level assumes nothing (it decides whether the fund pays): it is asked again', async () => {
    const r = await run({ scheme: 'employee', status: 'active', tier: '1', amount: '100' }, ['', '85%', '', ''], { policy: withContributionRule() });
    await r.promise;
    expect(r.rejected()[0]!.error).toBe('请填写缴费水平(如 85%):它决定统筹基金报不报,不会替您假定。不清楚可问单位或医保窗口。');
    expect(r.explained[0]).toMatchObject({ contribution: '85%' });
  });
});

describe('wizard: values the flags gave', () => {
  it('refuses a bad flag before asking anything, with the same message as without the wizard', async () => {
    const r = await run({ amount: 'abc' }, []);
    const error = await r.promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).messages.zh).toBe('--amount: 总费用无效:"abc";这不是数字。应为0到100000000元之间的金额,最多两位小数,例如 120.50。');
    expect(r.asked()).toEqual([]);
  });

  it('refuses flags that contradict each other, a personal account for a resident', async () => {
    const r = await run({ scheme: 'resident', account: '50' }, []);
    const error = (await r.promise.catch((e: unknown) => e)) as UsageError;
    expect(error.messages.zh).toBe('--account: 居民医保没有个人账户,个人账户余额必须为0;亲属账户请用家庭共济余额。');
  });

  it('does not take the questions still to come for a problem: an out-of-scope part with the amount not yet given', async () => {
    const r = await run({ out_of_scope: '5000', relation: 'child' }, ['', '', '', '9000', '', '']);
    await r.promise;
    expect(r.explained).toEqual([{ out_of_scope: '5000', relation: 'child', scheme: 'employee', status: 'active', tier: '1', amount: '9000' }]);
  });

  it('refuses, at the amount prompt, an amount below the --out-of-scope part', async () => {
    const r = await run({ scheme: 'resident', tier: '2', out_of_scope: '5000' }, ['3000', '5000', '', ''], { overrides: RESIDENT_KNOWN });
    await r.promise;
    expect(r.rejected().map((x) => [x.answer, x.error])).toEqual([['3000', '目录外费用不能大于总费用。']]);
    expect(r.explained[0]).toMatchObject({ amount: '5000', out_of_scope: '5000' });
  });
});
