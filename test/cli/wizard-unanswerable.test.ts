// The wizard stops as soon as the answers so far make the claim unanswerable (scripted
// answers, test/cli/wizard-script.ts): what the sources do not state, that yibao will not
// guess, the hotline, the --set flags; then another insurance type or stop (exit 3).
// Expected texts are written from policies/*.yaml by hand.
import { describe, expect, it, vi } from 'vitest';
import { ExitCode } from '../../src/cli/errors.js';
import { PolicyError } from '../../src/engine/types.js';
import { loadBundledPolicy } from '../../src/policy/bundled.js';
import type { Policy } from '../../src/policy/schema.js';
import { RESIDENT_KNOWN, messages, run, sets, suizhou } from './wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('./wizard-script.js')).promptsMock);

const load = async (id: string): Promise<Policy> => (await loadBundledPolicy(id)).policy;
const NEXT = '接下来怎么办?';

describe('wizard: a claim the sources cannot answer is stopped at once', () => {
  it('Suizhou resident: says so right after the insurance type, and stopping exits 3 with nothing on stderr', async () => {
    const r = await run({}, ['resident', '']);
    await expect(r.promise).rejects.toEqual(new ExitCode(3));
    expect(r.asked().map((q) => [q.message, q.default])).toEqual([
      ['您参加的是哪种医保?', 'employee'],
      [NEXT, 'stop'],
    ]);
    expect(r.asked()[1]!.choices).toEqual(['again', 'stop']);
    const screen = r.io.out.join('');
    // What is known (the 350-yuan limit and the reading it rests on), what is not, whom to call,
    // and the --set line marked as being for operators: policies/suizhou.yaml, residents' outpatient care.
    expect(screen).toContain(
      [
        'yibao 无法计算这笔报销。',
        '已知:随州市居民医保普通门诊每年最多报销350元(封顶线)。',
        '  原文:“门诊报销增至350元”。这是对原文的理解:“门诊报销增至350元”理解为居民普通门诊年度报销限额。',
        '不知道:随州市的政策资料没有写明居民医保普通门诊的起付线和报销比例,yibao 不会自己猜测这些数字。所以算不出这次统筹基金能报多少。',
        '咨询:随州市医保服务热线 0722-3235698(1 市本级 2 曾都区 3 广水 4 随县)',
        '【供接线员使用】如已知这些数值,可加上 --set outpatient.resident.deductible=<元> --set outpatient.resident.ratio=<比例> 再算一次(结果会注明是假定的)。',
      ].join('\n'),
    );
    expect(r.io.err).toEqual([]);
    expect(r.explained).toEqual([]);
  });

  it('Suizhou resident in English: the same screen, the --set line marked for operators', async () => {
    const r = await run({}, ['resident', ''], { lang: 'en' });
    await expect(r.promise).rejects.toEqual(new ExitCode(3));
    expect(r.io.out.join('')).toContain(
      [
        'yibao cannot work this claim out.',
        'Known: Resident insurance in Suizhou for general outpatient care pays at most 350 yuan a year (the cap).',
        '  Source: "门诊报销增至350元". This is a reading of the source: "Outpatient reimbursement raised to 350 yuan" is read as the residents\' annual general-outpatient limit.',
        'Not known: The Suizhou policy sources do not state the general outpatient deductible and ratio of resident insurance, and yibao will not guess them. So how much the fund pays for this visit cannot be worked out.',
        'Questions: Suizhou medical insurance hotline 0722-3235698 (menu: 1 city level (市本级), 2 Zengdu District, 3 Guangshui, 4 Sui County)',
        '[For hotline operators] If you know the values, run again with --set outpatient.resident.deductible=<yuan> --set outpatient.resident.ratio=<0..1> (the result marks them as assumed).',
      ].join('\n'),
    );
  });

  it('"another insurance type" asks again from the type and explains the new claim', async () => {
    const r = await run({}, ['resident', 'again', 'employee', 'active', '1', '2000', '', '']);
    await r.promise;
    expect(r.explained).toEqual([{ scheme: 'employee', status: 'active', tier: '1', amount: '2000' }]);
    expect(messages(r.asked()).filter((m) => m === '您参加的是哪种医保?')).toHaveLength(2);
  });

  it('--set values from the command line make the claim answerable: no stop', async () => {
    const r = await run({}, ['resident', '1', '80', '', ''], { overrides: RESIDENT_KNOWN });
    await r.promise;
    expect(messages(r.asked())).not.toContain(NEXT);
    expect(r.explained).toEqual([{ scheme: 'resident', tier: '1', amount: '80' }]);
  });

  it('one --set is not enough when the other parameter is still unknown: the screen names only that one', async () => {
    const r = await run({}, ['resident', ''], { overrides: sets('outpatient.resident.deductible=0') });
    await expect(r.promise).rejects.toEqual(new ExitCode(3));
    expect(r.io.out.join('')).toContain('没有写明居民医保普通门诊的报销比例,yibao 不会自己猜测这个数字。');
    expect(r.io.out.join('')).toContain('可加上 --set outpatient.resident.ratio=<比例> 再算');
  });

  it('Hanzhong with --scheme employee, in English: stops before any question (no answer could change it)', async () => {
    const r = await run({ scheme: 'employee' }, [], { policy: await load('hanzhong'), lang: 'en' });
    await expect(r.promise).rejects.toEqual(new ExitCode(3));
    expect(r.asked()).toEqual([]);
    const screen = r.io.out.join('');
    expect(screen).toContain('yibao cannot work this claim out.');
    expect(screen).toContain(
      'The Hanzhong policy sources do not state the general outpatient deductible and ratio of employee insurance, and yibao will not guess them.',
    );
    expect(screen).toContain('Questions: the sources give no medical insurance hotline number for Hanzhong.');
    expect(screen).toContain('run again with --set outpatient.employee.deductible=<yuan> --set outpatient.employee.ratio=<0..1>');
  });

  it('Xianning employee: the deductible is unknown working or retired, so it stops before asking which', async () => {
    const r = await run({}, ['employee', 'stop'], { policy: await load('xianning') });
    await expect(r.promise).rejects.toEqual(new ExitCode(3));
    expect(messages(r.asked())).toEqual(['您参加的是哪种医保?', NEXT]);
    expect(r.io.out.join('')).toContain('咸宁市的政策资料没有写明职工医保普通门诊的起付线,');
  });

  it('Jiayu: a retiree who met the contribution years is stopped right after saying so; an active employee only once the contribution level meets the 80% rule', async () => {
    const jiayu = await load('jiayu');
    const retired = await run({ scheme: 'employee' }, ['retired', 'yes', ''], { policy: jiayu });
    await expect(retired.promise).rejects.toEqual(new ExitCode(3));
    // Working (active) would be asked the contribution level first, so answering again is offered.
    expect(retired.asked().map((q) => [q.message.split('\n')[0], q.choices])).toEqual([
      ['您现在是在职还是退休?', ['active', 'retired']],
      ['退休时,您的医保累计缴费年限达到规定年限了吗(不清楚可问单位或医保窗口)?', ['yes', 'no', 'unknown']],
      [NEXT, ['again', 'stop']],
    ]);

    // 85% meets the 80% rule: the claim would be paid, but the deductible is unknown.
    // Retired or another tier would be stopped too, so nothing is offered: the screen, then exit 3.
    const eligible = await run({ scheme: 'employee' }, ['active', '1', '100', '0.85'], { policy: jiayu });
    await expect(eligible.promise).rejects.toEqual(new ExitCode(3));
    expect(eligible.asked().at(-1)!.message).toContain('您的平均缴费基数');
    expect(eligible.io.out.join('')).toContain('嘉鱼县的政策资料没有写明职工医保普通门诊的起付线,');

    // 70% is in the stated 60-79% band: the answer is known (the fund pays nothing), so it is explained.
    const refused = await run({ scheme: 'employee' }, ['active', '1', '100', '0.7', '', ''], { policy: jiayu });
    await refused.promise;
    expect(refused.explained).toEqual([{ scheme: 'employee', status: 'active', tier: '1', amount: '100', contribution: '0.7' }]);
    expect(refused.explanations[0]!.result.fundPays).toBe(0);

    // 50% is below every band the report states: unknown, stopped in the engine's words, never refused.
    const below = await run({ scheme: 'employee' }, ['active', '1', '100', '0.5', ''], { policy: jiayu });
    await expect(below.promise).rejects.toEqual(new ExitCode(3));
    expect(below.io.out.join('')).toContain('未说明低于 60%(本次为 50%)时享受哪些待遇');
    expect(below.explained).toEqual([]);
  });

  it('Jiayu: a retiree who did not meet the years, or is not sure, is asked the level, and the bands decide', async () => {
    const jiayu = await load('jiayu');
    const notSure = await run({ scheme: 'employee' }, ['retired', '', '1', '400', '0.7', '', ''], { policy: jiayu });
    await notSure.promise;
    // "Not sure" leaves the field unsaid (the engine warns that the bands are a reading).
    expect(notSure.explained).toEqual([{ scheme: 'employee', status: 'retired', tier: '1', amount: '400', contribution: '0.7' }]);
    const no = await run({ scheme: 'employee' }, ['retired', 'no', '1', '400', '0.7', '', ''], { policy: jiayu });
    await no.promise;
    expect(no.explained).toEqual([{ scheme: 'employee', status: 'retired', contribution_years_met: 'no', tier: '1', amount: '400', contribution: '0.7' }]);
  });

  it('Jiayu: --contribution-years-met given as a flag is not asked again', async () => {
    const jiayu = await load('jiayu');
    const r = await run({ scheme: 'employee', status: 'retired', contribution_years_met: 'no', tier: '1', amount: '400' }, ['0.85', '', ''], { policy: jiayu, overrides: sets('outpatient.employee.deductible=0') });
    await r.promise;
    expect(r.asked()[0]!.message).toContain('您的平均缴费基数');
    expect(r.explained).toEqual([{ scheme: 'employee', status: 'retired', contribution_years_met: 'no', tier: '1', amount: '400', contribution: '0.85' }]);
  });

  it('a ratio unknown at one tier only stops after that tier is chosen, and offers another facility', async () => {
    const policy = structuredClone(suizhou);
    (policy.versions[1]!.benefits.outpatient!.employee!.ratio as Record<string, { value: number | null }>)['3']!.value = null;
    const r = await run({}, ['employee', 'active', '3', 'again', 'employee', 'active', '2', '500', '', ''], { policy });
    await r.promise;
    expect(r.io.out.join('')).toContain('随州市的政策资料没有写明在三级医疗机构看病时职工医保普通门诊的报销比例,');
    expect(r.io.out.join('')).toContain('--set outpatient.employee.ratio.3=<比例>');
    expect(r.asked().find((q) => q.message === NEXT)).toMatchObject({ choices: ['again', 'stop'] });
    expect(r.explained).toEqual([{ scheme: 'employee', status: 'active', tier: '2', amount: '500' }]);
  });

  it('a benefit the policy version does not cover (a Suizhou copy without residents\' outpatient care before 2024) is stopped too, in the engine\'s words', async () => {
    const policy = structuredClone(await load('suizhou'));
    delete policy.versions[0]!.benefits.outpatient!.resident;
    const r = await run({ date: '2023-06-01' }, ['resident', ''], { policy });
    await expect(r.promise).rejects.toEqual(new ExitCode(3));
    expect(r.io.out.join('')).toContain('随州市政策(未注明日期的版本)不包含居民医保的普通门诊待遇,无法计算。');
    expect(r.io.out.join('')).not.toContain('--set');
  });

  it('Suizhou residents before 2024: their outpatient care existed with unknown parameters, so it is stopped as unknown, never as not covered', async () => {
    const r = await run({ date: '2023-06-01' }, ['resident', '']);
    await expect(r.promise).rejects.toEqual(new ExitCode(3));
    expect(r.io.out.join('')).not.toContain('不包含');
    expect(r.io.out.join('')).toContain('--set outpatient.resident.deductible=<元> --set outpatient.resident.ratio=<比例>');
  });
});

describe('wizard: "answer again" is offered only where another answer could help', () => {
  it('Hanzhong: neither insurance type is answerable, so after the screen it ends (exit 3) without a question', async () => {
    const r = await run({}, ['resident'], { policy: await load('hanzhong') });
    await expect(r.promise).rejects.toEqual(new ExitCode(3));
    expect(messages(r.asked())).toEqual(['您参加的是哪种医保?']);
    expect(r.io.out.join('')).toContain('咨询:来源未给出汉中市的医保服务热线号码。');
  });

  it('Suizhou resident offers "another insurance type" (employees are answerable)', async () => {
    const r = await run({}, ['resident', 'stop']);
    await expect(r.promise).rejects.toEqual(new ExitCode(3));
    expect(r.asked()[1]).toMatchObject({ message: NEXT, choices: ['again', 'stop'] });
  });
});

describe('wizard with --format json: a claim that cannot be answered', () => {
  const jsonError = (out: string[]) => JSON.parse(out.filter((s) => s.startsWith('{')).join('')) as { error: { code: string; message: string } };

  it('stopped early: the error object on stdout, the message on stderr', async () => {
    const r = await run({}, ['resident', ''], { json: true });
    await expect(r.promise).rejects.toEqual(new ExitCode(3));
    expect(jsonError(r.io.out)).toEqual({
      error: { code: 'unknown_parameter', message: '随州市的政策资料没有写明居民医保普通门诊的起付线和报销比例,yibao 不会自己猜测这些数字。' },
    });
    expect(r.io.err.join('')).toContain('咨询:随州市医保服务热线 0722-3235698');
  });

  it('refused by the engine after the questions: the error object on stdout as well as the message on stderr', async () => {
    const refusal = new PolicyError('unknown_parameter', { zh: '无法计算:来源未说明起付线', en: 'Cannot compute' });
    const r = await run({ scheme: 'employee', status: 'active', tier: '1', amount: '10' }, ['', ''], { json: true, explain: async () => { throw refusal; } });
    await expect(r.promise).rejects.toEqual(new ExitCode(3));
    expect(jsonError(r.io.out)).toEqual({ error: { code: 'unknown_parameter', message: '无法计算:来源未说明起付线' } });
    expect(r.io.err.join('')).toBe('yibao: 无法计算:来源未说明起付线\n');
  });
});
