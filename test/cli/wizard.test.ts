// The wizard's question flow with scripted answers: the prompts module is mocked, each
// scripted answer goes through the question's own validate function like a typed answer,
// and explainAndPrint records the claims the wizard hands over.
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import type { RawClaim } from '../../src/claim/index.js';
import type { Policy } from '../../src/policy/schema.js';
import { CancelledError, ExitCode, UsageError, type Lang } from '../../src/cli/errors.js';
import { PolicyError } from '../../src/engine/types.js';
import type { Io } from '../../src/cli/io.js';

type Answer = string | boolean | typeof CTRL_C;
const CTRL_C = Symbol('ctrl-c');

const script = vi.hoisted(() => ({
  answers: [] as unknown[],
  asked: [] as { kind: 'text' | 'choice' | 'yesno'; message: string; default: unknown; choices?: unknown[] }[],
  rejected: [] as { message: string; answer: string; error: string }[],
}));

/** Next scripted answer; '' is Enter (the default); CTRL_C throws what prompts.ts throws on Ctrl-C. */
function next(message: string): unknown {
  if (script.answers.length === 0) throw new Error(`unscripted question: ${message}`);
  const answer = script.answers.shift();
  if (typeof answer === 'symbol') throw new CancelledError();
  return answer;
}

vi.mock('../../src/cli/prompts.js', () => ({
  askText: async (config: { message: string; default?: string; validate?: (v: string) => true | string }) => {
    script.asked.push({ kind: 'text', message: config.message, default: config.default });
    for (;;) {
      const typed = next(config.message) as string;
      const answer = typed === '' && config.default !== undefined ? config.default : typed;
      const verdict = config.validate ? config.validate(answer) : true;
      if (verdict === true) return answer;
      script.rejected.push({ message: config.message, answer, error: verdict });
    }
  },
  askChoice: async (config: { message: string; default?: unknown; choices: { value: unknown }[] }) => {
    script.asked.push({ kind: 'choice', message: config.message, default: config.default, choices: config.choices.map((c) => c.value) });
    const answer = next(config.message);
    if (answer === '') return config.default;
    if (!config.choices.some((c) => c.value === answer)) throw new Error(`not a choice: ${String(answer)}`);
    return answer;
  },
  askYesNo: async (config: { message: string; default: boolean }) => {
    script.asked.push({ kind: 'yesno', message: config.message, default: config.default });
    const answer = next(config.message);
    return answer === '' ? config.default : answer;
  },
}));

const { runInteractive } = await import('../../src/cli/wizard/index.js');
const { tierChoices } = await import('../../src/cli/wizard/questions.js');

const suizhou = parse(readFileSync(new URL('../../policies/suizhou.yaml', import.meta.url), 'utf8')) as Policy;

/** Suizhou with a Jiayu-style rule on employee outpatient: a level required of active employees only. */
function withContributionRule(): Policy {
  const policy = structuredClone(suizhou);
  const latest = policy.versions[policy.versions.length - 1]!;
  latest.benefits.outpatient!.employee!.eligibility = {
    min_contribution: { value: 0.8, source: 'suizhou-daily-2024', quote: 'test fixture 0.8' },
    required_for: ['active'],
    rule: { zh: '缴费基数达到平均工资80%方可享受门诊统筹', en: 'outpatient pooling needs a base of 80% of the average wage' },
  };
  return policy;
}

function fakeIo(): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: { write: (s: string) => out.push(s), isTTY: true },
    stderr: { write: (s: string) => err.push(s), isTTY: true },
    stdin: Object.assign(new PassThrough(), { isTTY: true }),
    env: {},
    today: () => '2024-05-01',
  };
}

async function run(initial: RawClaim, answers: Answer[], opts: { lang?: Lang; policy?: Policy; explain?: (raw: RawClaim) => Promise<void> } = {}) {
  script.answers = [...answers];
  script.asked = [];
  script.rejected = [];
  const io = fakeIo();
  const explained: RawClaim[] = [];
  const policies: RawClaim[] = [];
  const promise = runInteractive(initial, {
    io,
    lang: opts.lang ?? 'zh',
    policyFor: async (raw) => {
      policies.push(raw);
      return opts.policy ?? suizhou;
    },
    explainAndPrint: async (raw) => {
      explained.push(raw);
      if (opts.explain) await opts.explain(raw);
    },
  });
  return { promise, io, explained, policies, asked: () => script.asked, rejected: () => script.rejected, left: () => script.answers };
}

const fields = (asked: { message: string }[]) => asked.map((q) => q.message);

beforeEach(() => {
  script.answers = [];
});

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
    const r = await run({}, ['resident', '3', '80', true, '', '', '', '', '']);
    await r.promise;
    const messages = fields(r.asked());
    expect(messages).not.toContain('您现在是在职还是退休?');
    expect(messages).toContain('还有别的情况要算进去吗?(目录外全自费、今年已报销过、家庭共济)');
    expect(messages.some((m) => m.includes('自己个人账户'))).toBe(false);
    // out of scope, deductible met, fund paid, family: four money questions, each Enter = 0
    expect(r.asked().filter((q) => q.kind === 'text').map((q) => q.default)).toEqual([undefined, '0', '0', '0', '0']);
    expect(r.explained).toEqual([{ scheme: 'resident', tier: '3', amount: '80', out_of_scope: '0', ytd_deductible: '0', ytd_fund: '0', family: '0' }]);
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
    expect(r.asked().at(-2)).toMatchObject({ kind: 'choice', choices: ['spouse', 'parent', 'child', 'sibling', 'grandparent', 'grandchild'] });

    const none = await run(base, [true, '', '', '', '', '0', '']);
    await none.promise;
    expect(none.asked().some((q) => q.kind === 'choice')).toBe(false);
  });

  it('asks the relation when --family was given without --relation', async () => {
    const r = await run({ scheme: 'resident', tier: '1', amount: '300', family: '150' }, ['child', true, '', '', '', '']);
    await r.promise;
    expect(r.explained[0]).toMatchObject({ family: '150', relation: 'child' });
  });

  it('lists the tiers the policy defines and says the community station is paid as tier 1 in Suizhou', async () => {
    const r = await run({ scheme: 'resident' }, ['community', '50', '', '']);
    await r.promise;
    const tier = r.asked()[0]!;
    expect(tier.choices).toEqual(['1', '2', '3', 'community']);
    expect(r.explained[0]).toMatchObject({ tier: 'community' });
  });

  it('shows what each tier is on its line, and says (from the policy data) that the community station counts as tier 1', () => {
    const choices = tierChoices(suizhou, 'zh');
    expect(choices.map((c) => [c.short, c.description])).toEqual([
      ['一级医院', undefined],
      ['二级医院', undefined],
      ['三级医院', undefined],
      ['社区卫生服务站', '本地按一级医院报销'],
    ]);
    expect(choices[0]!.name).toBe('一级医院:乡镇卫生院、社区卫生服务中心等基层医疗机构');
    const noMapping = structuredClone(suizhou);
    delete noMapping.tiers.community!.counts_as;
    expect(tierChoices(noMapping, 'en')[3]).toEqual({
      value: 'community',
      name: 'Community health station (社区卫生服务站): the small station in a neighbourhood or village',
      short: 'Community health station (社区卫生服务站)',
    });
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

describe('wizard: answers are checked at the prompt', () => {
  it('refuses "abc" as an amount with the parser message in Chinese, then takes the retyped answer', async () => {
    const r = await run({ scheme: 'resident', tier: '1' }, ['abc', '0', '12.345', '', '-5', '66.60', '', '']);
    await r.promise;
    expect(r.rejected().map((x) => [x.answer, x.error])).toEqual([
      ['abc', '总费用无效:"abc";应为0到100000000元之间的金额,最多两位小数,例如 120.50。'],
      ['0', '总费用必须大于0。'],
      ['12.345', '总费用无效:"12.345";应为0到100000000元之间的金额,最多两位小数,例如 120.50。'],
      ['', '缺少总费用。'],
      ['-5', '总费用无效:"-5";应为0到100000000元之间的金额,最多两位小数,例如 120.50。'],
    ]);
    expect(r.explained[0]).toMatchObject({ amount: '66.60' });
  });

  it('speaks English with --lang en', async () => {
    const r = await run({ scheme: 'resident', tier: '1' }, ['abc', '10', '', ''], { lang: 'en' });
    await r.promise;
    expect(r.rejected()[0]!.error).toBe(
      'invalid total cost: "abc"; expected an amount in yuan from 0 to 100000000 with at most two decimals, e.g. 120.50.',
    );
    expect(r.asked()[0]!.message).toBe('What did the visit cost in total (yuan, the total on the receipt)?');
  });

  it('refuses an out-of-scope part larger than the amount', async () => {
    const r = await run({ scheme: 'resident', tier: '1', amount: '100' }, [true, '100.01', '100', '', '', '', '']);
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
});

describe('wizard: values the flags gave', () => {
  it('refuses a bad flag before asking anything, with the same message as without the wizard', async () => {
    const r = await run({ amount: 'abc' }, []);
    const error = await r.promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).messages.zh).toBe('--amount: 总费用无效:"abc";应为0到100000000元之间的金额,最多两位小数,例如 120.50。');
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
    const r = await run({ scheme: 'resident', tier: '2', out_of_scope: '5000' }, ['3000', '5000', '', '']);
    await r.promise;
    expect(r.rejected().map((x) => [x.answer, x.error])).toEqual([['3000', '目录外费用不能大于总费用。']]);
    expect(r.explained[0]).toMatchObject({ amount: '5000', out_of_scope: '5000' });
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
    const r = await run({ scheme: 'resident', tier: '1', amount: '10' }, ['', CTRL_C]);
    await expect(r.promise).rejects.toBeInstanceOf(CancelledError);
    expect(r.explained).toHaveLength(1);
  });

  it('explains another claim on yes, starting again from the same flags', async () => {
    const initial = { tier: '2', city: 'suizhou' };
    const r = await run(initial, ['employee', 'active', '2000', '', true, 'resident', '300', '', '']);
    await r.promise;
    expect(r.explained).toEqual([
      { tier: '2', city: 'suizhou', scheme: 'employee', status: 'active', amount: '2000' },
      { tier: '2', city: 'suizhou', scheme: 'resident', amount: '300' },
    ]);
    expect(r.policies).toEqual([initial, initial]);
    expect(r.asked().filter((q) => q.message === '再算一笔?').map((q) => q.default)).toEqual([false, false]);
    expect(r.io.out.filter((s) => s.startsWith('计算随州市普通门诊报销,就诊日期 2024-05-01'))).toHaveLength(2);
  });

  it('shows why a claim cannot be explained, offers another, and exits with its code when the user stops', async () => {
    const unanswerable = new PolicyError('unknown_parameter', { zh: '政策未说明居民普通门诊起付线', en: 'unknown deductible' });
    const r = await run({ scheme: 'resident', tier: '1', amount: '10' }, ['', ''], { explain: async () => { throw unanswerable; } });
    await expect(r.promise).rejects.toEqual(new ExitCode(3));
    expect(r.io.err.join('')).toBe('yibao: 政策未说明居民普通门诊起付线\n');
  });

  it('ends with exit 0 when a later claim succeeds after one that could not be explained', async () => {
    let calls = 0;
    const explain = async () => {
      if (calls++ === 0) throw new UsageError({ zh: '参保类型无效', en: 'bad scheme' });
    };
    const r = await run({ tier: '1', amount: '10' }, ['resident', '', true, 'resident', '', ''], { explain });
    await expect(r.promise).resolves.toBeUndefined();
    expect(r.explained).toHaveLength(2);
  });

  it('lets an internal error through unchanged', async () => {
    const bug = new TypeError('boom');
    const r = await run({ scheme: 'resident', tier: '1', amount: '10' }, [''], { explain: async () => { throw bug; } });
    await expect(r.promise).rejects.toBe(bug);
  });
});
