// The wizard's question flow with scripted answers (test/cli/wizard-script.ts): only what is
// missing is asked, residents are not asked their status, the optional details are skipped
// by default, the contribution level only where the policy requires it, and the
// "explain another" loop and Ctrl-C end the session as they should.
import { describe, expect, it, vi } from 'vitest';
import { CancelledError, ExitCode, UsageError } from '../../src/cli/errors.js';
import { PolicyError } from '../../src/engine/types.js';
import { CTRL_C, messages as fields, run, suizhou, withContributionRule, type Answer, RESIDENT_KNOWN } from './wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('./wizard-script.js')).promptsMock);

const { tierChoices } = await import('../../src/cli/wizard/questions.js');
const { loadBundledPolicy } = await import('../../src/policy/bundled.js');

describe('wizard: what it asks', () => {
  it('asks an employee, with Enter on every default, scheme, status, tier, amount, details, another', async () => {
    const r = await run({}, ['', '', '', '2000', '', '']);
    await r.promise;
    expect(r.asked().map((q) => [q.kind, q.default])).toEqual([
      ['choice', 'employee'],
      ['choice', 'active'],
      ['choice', '1'],
      ['text', undefined],
      ['yesno', false],
      ['yesno', false],
    ]);
    expect(r.explained).toEqual([{ scheme: 'employee', status: 'active', tier: '1', amount: '2000' }]);
    expect(r.left()).toEqual([]);
  });

  it('asks only the fields the flags did not give', async () => {
    const r = await run({ scheme: 'employee', tier: '2', out_of_scope: '0' }, ['retired', '350.5', '', '']);
    await r.promise;
    expect(r.asked().map((q) => q.kind)).toEqual(['choice', 'text', 'yesno', 'yesno']);
    expect(fields(r.asked())[0]).toBe('您现在是在职还是退休?');
    expect(r.explained).toEqual([{ scheme: 'employee', status: 'retired', tier: '2', amount: '350.5', out_of_scope: '0' }]);
  });

  it('asks nothing about the claim when the flags give it all, only the optional details and another', async () => {
    const initial = { scheme: '职工', status: '退休', tier: '社区', amount: '100' };
    const r = await run(initial, ['', '']);
    await r.promise;
    expect(r.asked().map((q) => q.kind)).toEqual(['yesno', 'yesno']);
    expect(r.explained).toEqual([initial]);
  });

  it('does not ask a resident whether they are working or retired, nor for a personal account', async () => {
    const r = await run({}, ['resident', '3', '80', true, '', '', '', '', ''], { overrides: RESIDENT_KNOWN });
    await r.promise;
    const messages = fields(r.asked());
    expect(messages).not.toContain('您现在是在职还是退休?');
    expect(messages).toContain('还有别的情况要算进去吗?(目录外全自费、今年已报销过、家庭共济)');
    expect(messages.some((m) => m.includes('自己个人账户'))).toBe(false);
    // out of scope, fund paid, family: three money questions, each Enter = 0. Not the deductible met
    // this year: the sources do not say the residents' deductible counts over the year (audit-11).
    expect(r.asked().filter((q) => q.kind === 'text').map((q) => q.default)).toEqual([undefined, '0', '0', '0']);
    expect(messages.some((m) => m.includes('起付线'))).toBe(false);
    expect(r.explained).toEqual([{ scheme: 'resident', tier: '3', amount: '80', out_of_scope: '0', ytd_fund: '0', family: '0' }]);
  });

  it('skips the optional details by default', async () => {
    const r = await run({ scheme: 'employee', status: 'active', tier: '1' }, ['500', '', '']);
    await r.promise;
    expect(r.explained[0]).toEqual({ scheme: 'employee', status: 'active', tier: '1', amount: '500' });
    expect(r.explained[0]).not.toHaveProperty('account');
  });

  it('opens the details for an employee and asks the relation only when the family balance is above 0', async () => {
    const base = { scheme: 'employee', status: 'active', tier: '1', amount: '2000' };
    const r = await run(base, [true, '200', '500', '0', '300', '150', 'parent', '']);
    await r.promise;
    expect(r.explained).toEqual([
      { ...base, out_of_scope: '200', ytd_deductible: '500', ytd_fund: '0', account: '300', family: '150', relation: 'parent' },
    ]);
    expect(r.asked().at(-2)).toMatchObject({ kind: 'choice', choices: ['spouse', 'parent', 'child', 'sibling', 'grandparent', 'grandchild', 'parent_in_law', 'child_in_law'] });

    const none = await run(base, [true, '', '', '', '', '0', '']);
    await none.promise;
    expect(none.asked().some((q) => q.kind === 'choice')).toBe(false);
  });

  it('the deductible met left at 0 beside a fund payment this year is not given: the engine takes it as met (issue 18 item 1)', async () => {
    const base = { scheme: 'employee', status: 'retired', tier: '2', amount: '1000' };
    // details: out of scope Enter, deductible met Enter (0), fund paid 450, account Enter, family Enter; another? no
    const r = await run(base, [true, '', '', '450', '', '', '']);
    await r.promise;
    expect(r.explained).toEqual([{ ...base, out_of_scope: '0', ytd_fund: '450', account: '0', family: '0' }]);
    // a deductible met typed above 0 is kept as typed: 300 of 400 beside 450 paid cannot both be true (exit 2, reported)
    const typed = await run(base, [true, '', '300', '450', '', '', '']);
    await expect(typed.promise).rejects.toEqual(new ExitCode(2));
    expect(typed.explained[0]).toMatchObject({ ytd_deductible: '300', ytd_fund: '450' });
    expect(typed.io.err.join('')).toContain('互相矛盾');
    expect(r.explanations[0]!.result.fundPays).toBe(75_000); // 1000 × 75%, the 400 met
  });

  it('asks the relation when --family was given without --relation', async () => {
    const r = await run({ scheme: 'resident', tier: '1', amount: '300', family: '150' }, ['child', true, '', '', '', ''], { overrides: RESIDENT_KNOWN });
    await r.promise;
    expect(r.explained[0]).toMatchObject({ family: '150', relation: 'child' });
  });

  it('lists the tiers the policy defines and says the community station is paid as tier 1 in Suizhou', async () => {
    const r = await run({ scheme: 'resident' }, ['community', '50', '', ''], { overrides: RESIDENT_KNOWN });
    await r.promise;
    const tier = r.asked()[0]!;
    expect(tier.choices).toEqual(['1', '2', '3', 'community']);
    expect(r.explained[0]).toMatchObject({ tier: 'community' });
  });

  it('tiers by the names the policy uses, with only what its sources say (Suizhou: 一级 includes 社区卫生服务站)', () => {
    const choices = tierChoices(suizhou, 'zh');
    expect(choices.map((c) => [c.name, c.short, c.description])).toEqual([
      ['一级医疗机构(含社区卫生服务站)', '一级医疗机构', undefined],
      ['二级医疗机构', '二级医疗机构', undefined],
      ['三级医疗机构', '三级医疗机构', undefined],
      ['社区卫生服务站', '社区卫生服务站', '本地按一级医疗机构报销'],
    ]);
    // no guessed examples: the sources name no hospital of any level
    const all = JSON.stringify([...choices, ...tierChoices(suizhou, 'en')]);
    for (const guess of ['县人民医院', '市中心医院', '村', '乡镇', 'county', 'village', 'university']) expect(all).not.toContain(guess);
    expect(tierChoices(suizhou, 'en')[0]).toEqual({ value: '1', name: 'tier-1 facility, including a community health station', short: 'tier-1 facility' });
  });

  it('where the sources do not place a community facility, the list says so (Xianning), and says where the level is written', async () => {
    const xianning = (await loadBundledPolicy('xianning')).policy;
    expect(tierChoices(xianning, 'zh')[3]).toEqual({
      value: 'community',
      name: '社区卫生服务机构',
      short: '社区卫生服务机构',
      // no --tier on a citizen's screen: where to look instead
      description: '资料没有说明社区卫生服务机构按哪一级报销;收费票据上写了医院等级的,请选那一级。',
    });
    expect(tierChoices(xianning, 'en')[3]!.description).toBe(
      'The sources do not say which level a community health facility is paid as; if the receipt gives its grade, choose that level.',
    );
    expect(JSON.stringify([...tierChoices(xianning, 'zh'), ...tierChoices(xianning, 'en')])).not.toContain('--tier');
    const r = await run({ scheme: 'employee', status: 'active' }, ['2', '100', '', '']);
    await r.promise;
    expect(r.asked()[0]!.message).toBe('看病的医院是几级?(医院等级:看收费票据,医院门口的牌子上也写着)');
  });
});

describe('wizard: contribution level', () => {
  it('is asked of an active employee where the policy requires it, with the local rule', async () => {
    const r = await run({ scheme: 'employee', status: 'active', tier: '1', amount: '100' }, ['0.85', '', ''], { policy: withContributionRule() });
    await r.promise;
    expect(r.asked()[0]!.message).toContain('缴费基数达到平均工资80%方可享受门诊统筹');
    expect(r.explained[0]).toMatchObject({ contribution: '0.85' });
  });

  it('is not asked of a retiree the rule does not require, nor anywhere the policy has no such rule', async () => {
    const retired = await run({ scheme: 'employee', status: 'retired', tier: '1', amount: '100' }, ['', ''], { policy: withContributionRule() });
    await retired.promise;
    expect(retired.explained[0]).not.toHaveProperty('contribution');
    const suizhouActive = await run({ scheme: 'employee', status: 'active', tier: '1', amount: '100' }, ['', '']);
    await suizhouActive.promise;
    expect(suizhouActive.asked().map((q) => q.kind)).toEqual(['yesno', 'yesno']);
  });

  it('is not asked again when --contribution was given', async () => {
    const initial = { scheme: 'employee', status: 'active', tier: '1', amount: '100', contribution: '90%' };
    const r = await run(initial, ['', ''], { policy: withContributionRule() });
    await r.promise;
    expect(r.explained).toEqual([initial]);
  });
});

describe('wizard: ending', () => {
  it('Ctrl-C at any prompt ends with CancelledError and explains nothing', async () => {
    for (let at = 0; at < 5; at++) {
      const answers: Answer[] = ['', '', '', '2000', ''].slice(0, at);
      const r = await run({}, [...answers, CTRL_C]);
      await expect(r.promise).rejects.toBeInstanceOf(CancelledError);
      expect(r.explained).toEqual([]);
    }
  });

  it('Ctrl-C at "explain another" ends with CancelledError after the first explanation', async () => {
    const r = await run({ scheme: 'resident', tier: '1', amount: '10' }, ['', CTRL_C], { overrides: RESIDENT_KNOWN });
    await expect(r.promise).rejects.toBeInstanceOf(CancelledError);
    expect(r.explained).toHaveLength(1);
  });

  it('another claim for someone else: "same person?" no starts again from the same flags', async () => {
    const initial = { tier: '2', city: 'suizhou' };
    const r = await run(initial, ['employee', 'active', '2000', '', true, false, 'resident', '300', '', ''], { overrides: RESIDENT_KNOWN });
    await r.promise;
    expect(r.explained).toEqual([
      { tier: '2', city: 'suizhou', scheme: 'employee', status: 'active', amount: '2000' },
      { tier: '2', city: 'suizhou', scheme: 'resident', amount: '300' },
    ]);
    expect(r.policies).toEqual([initial, initial]);
    expect(r.asked().filter((q) => q.message === '再算一笔?').map((q) => q.default)).toEqual([false, false]);
    expect(r.asked().filter((q) => q.message === '同一个人?').map((q) => q.default)).toEqual([false]);
    expect(r.io.out.filter((s) => s.startsWith('计算随州市普通门诊报销,就诊日期 2024-05-01'))).toHaveLength(2);
  });

  it('shows why a claim cannot be explained, offers another, and exits with its code when the user stops', async () => {
    const unanswerable = new PolicyError('unknown_parameter', { zh: '政策未说明居民普通门诊起付线', en: 'unknown deductible' });
    const r = await run({ scheme: 'resident', tier: '1', amount: '10' }, ['', ''], { overrides: RESIDENT_KNOWN, explain: async () => { throw unanswerable; } });
    await expect(r.promise).rejects.toEqual(new ExitCode(3));
    expect(r.io.err.join('')).toBe('yibao: 政策未说明居民普通门诊起付线\n');
  });

  it('ends with exit 0 when a later claim succeeds after one that could not be explained', async () => {
    let calls = 0;
    const explain = async () => {
      if (calls++ === 0) throw new UsageError({ zh: '参保类型无效', en: 'bad scheme' });
    };
    const r = await run({ tier: '1', amount: '10' }, ['resident', '', true, 'resident', '', ''], { overrides: RESIDENT_KNOWN, explain });
    await expect(r.promise).resolves.toBeUndefined();
    expect(r.explained).toHaveLength(2);
  });

  it('lets an internal error through unchanged', async () => {
    const bug = new TypeError('boom');
    const r = await run({ scheme: 'resident', tier: '1', amount: '10' }, [''], { overrides: RESIDENT_KNOWN, explain: async () => { throw bug; } });
    await expect(r.promise).rejects.toBe(bug);
  });
});
