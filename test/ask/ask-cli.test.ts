// `yibao ask`, in-process: a claim explained exactly as calc would (digits and Chinese numerals),
// one line first saying what was understood; a claim with something missing (exit 2 naming it);
// an FAQ question; the desk mode on a stream that says it is a terminal. Every amount was worked
// out by hand from policies/suizhou.yaml (Q&A 2): deductible 500/400, ratio 80/70/60 + 5 for
// retirees, cap 1300/1600.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runYibao } from '../helpers/cli.js';

const run = (args: string[], opts = {}) => runYibao(['ask', ...args], opts);
const json = async (q: string, ...more: string[]) => {
  const r = await run([q, '--date', '2024-06-01', '--json', ...more]);
  return { ...r, doc: JSON.parse(r.stdout) };
};

describe('yibao ask: claims', () => {
  it('explains 我退休了，在二级医院看门诊花了1000元，能报多少？: (1000 − 400) × 75% = 450', async () => {
    const r = await run(['我退休了，在二级医院看门诊花了1000元，能报多少？', '--date', '2024-06-01']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('理解为:职工 退休 · 二级医疗机构 · 门诊 · 1000.00 元');
    const { doc, stderr } = await json('我退休了，在二级医院看门诊花了1000元，能报多少？');
    expect(doc.schema).toBe('yibao.explanation/2');
    expect(doc.result.fund_pays).toBe('450.00');
    expect(stderr).toContain('理解为:职工 退休 · 二级医疗机构 · 门诊 · 1000.00 元'); // JSON keeps stdout clean
  });

  it('reads Chinese numerals: 在职 三级医院 一千二百元: (1200 − 500) × 60% = 420', async () => {
    expect((await json('在职 三级医院 一千二百元')).doc.result.fund_pays).toBe('420.00');
  });

  it('reads 两千五 as 2500: retired, tier 1: (2500 − 400) × 85% = 1785, capped at 1600', async () => {
    const { doc } = await json('退休的，一级医院，两千五');
    expect(doc.claim.amount).toBe('2500.00');
    expect(doc.result.fund_pays).toBe('1600.00');
  });

  // audit of issue 9: amounts and people as callers say them; each fund payment worked out by hand
  it.each([
    ['在职 一级医院 1,200', '1200.00', '560.00'], // (1200 − 500) × 80%
    ['退休的 二级医院看病 1200块', '1200.00', '600.00'], // (1200 − 400) × 75%
    ['在职职工在三级医院花了¥1200', '1200.00', '420.00'], // (1200 − 500) × 60%
    ['退休 三甲 门诊 一千二', '1200.00', '520.00'], // (1200 − 400) × 65%
    ['在职 社区卫生服务站 两千五', '2500.00', '1300.00'], // (2500 − 500) × 80% = 1600, capped at 1300
    ['退休 社区医院 1.2万', '12000.00', '1600.00'], // (12000 − 400) × 85% = 9860, capped at 1600
    ['在职 二级医院 三千块钱', '3000.00', '1300.00'], // (3000 − 500) × 70% = 1750, capped at 1300
    ['我爸是退休职工 在社区医院看门诊花了一千二百', '1200.00', '680.00'], // (1200 − 400) × 85%
    ['在职 一级医院 门诊 2000 起付线已经付了300', '2000.00', '1300.00'], // (2000 − 200) × 80% = 1440, capped at 1300
    ['退休 三级医院 门诊 1500 自费200 个人账户300', '1500.00', '585.00'], // (1300 − 400) × 65%
  ])('%s: amount %s, fund pays %s', async (q, amount, fund) => {
    const { code, doc } = await json(q);
    expect(code).toBe(0);
    expect(doc.claim.amount).toBe(amount);
    expect(doc.result.fund_pays).toBe(fund);
  });

  it('answers the desk\'s English example, retired tier 2 outpatient 1000 yuan: (1000 − 400) × 75% = 450', async () => {
    const r = await run(['retired tier 2 outpatient 1000 yuan', '--date', '2024-06-01', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Understood as: employee retired · tier-2 facility · outpatient · 1000.00 yuan');
    expect((await json('retired tier 2 outpatient 1000 yuan')).doc.result.fund_pays).toBe('450.00');
  });

  it('names the tier when only it is missing (exit 2): 在职的 门诊 1200', async () => {
    const r = await run(['在职的 门诊 1200']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('理解为:职工 在职 · ? · 门诊 · 1200.00 元\n');
    expect(r.stderr).toContain('--tier');
  });

  it('gives exactly what calc gives, in every format', async () => {
    // the facility as the caller named it (社区卫生服务站), as the question names it: the JSON claim echoes it
    const calcArgs = ['calc', '--scheme', 'employee', '--status', 'active', '--tier', '社区卫生服务站', '--amount', '2000', '--date', '2024-06-01'];
    for (const format of ['text', 'say']) {
      const ask = await run(['在职 社区卫生服务站 2000块', '--date', '2024-06-01', '--format', format]);
      const calc = await runYibao([...calcArgs, '--format', format]);
      expect(ask.stdout.split('\n').slice(1).join('\n')).toBe(calc.stdout);
    }
    const ask = await json('在职 社区卫生服务站 2000块');
    const calc = JSON.parse((await runYibao([...calcArgs, '--json'])).stdout);
    expect(ask.doc).toEqual(calc);
    expect(ask.doc.result.fund_pays).toBe('1200.00'); // (2000 − 500) × 80%
  });

  it('names what is missing (exit 2) when the question leaves it out and no terminal can ask', async () => {
    const r = await run(['三级医院 一千二百元']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('理解为:? ? · 三级医疗机构 · 门诊(未说明,按门诊) · 1200.00 元\n');
    expect(r.stderr).toContain('--scheme');
    const j = await run(['三级医院 一千二百元', '--json']);
    expect(j.code).toBe(2);
    expect(JSON.parse(j.stdout).error.code).toBe('missing_value');
  });

  it('refuses a question that gives the tier two ways, naming both (exit 2)', async () => {
    const r = await run(['在职 二级医院转三级医院 花了600元']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('二级医疗机构、三级医疗机构');
  });

  it('takes the city the question names', async () => {
    const { doc } = await json('咸宁的居民，一级医院门诊300块能报多少');
    expect(doc.policy.id).toBe('xianning');
    expect(doc.result.fund_pays).toBe('150.00'); // Xianning's worked example: 300 × 50%
  });
});

describe('yibao ask: other questions, the FAQ', () => {
  it('answers 家庭共济怎么办理 from the FAQ, text and yibao.faq/1', async () => {
    const r = await run(['家庭共济怎么办理']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[随州市 suizhou-q4]');
    expect(r.stdout).not.toContain('理解为');
    const doc = JSON.parse((await run(['家庭共济怎么办理', '--json'])).stdout);
    expect(doc.schema).toBe('yibao.faq/1');
    expect(doc.results[0].id).toBe('suizhou-q4');
  });

  it('answers a question about a rule with a number in it from the FAQ, not as a claim', async () => {
    const r = await run(['职工封顶线是不是20万']);
    expect(r.stdout).toContain('suizhou-employee-basic-cap');
  });

  it('needs a question when not at a terminal (exit 2)', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ask 需要一个问题');
  });
});

describe('yibao ask: the desk', () => {
  it('answers question after question until the end of input (an empty line only starts the next caller)', async () => {
    const stdin = new PassThrough();
    const done = runYibao(['ask', '--date', '2024-06-01'], { stdin, stdinTTY: true, stdoutTTY: true, env: { NO_COLOR: '1' } });
    stdin.write('家庭共济怎么办理\n');
    stdin.write('在职 三级医院 一千二百元\n');
    stdin.write('牙齿矫正\n');
    stdin.end('\n');
    const r = await done;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('医保热线问答台');
    expect(r.stdout).toContain('[随州市 suizhou-q4]');
    expect(r.stdout).toContain('理解为:职工 在职 · 三级医疗机构 · 门诊(未说明,按门诊) · 1200.00 元');
    expect(r.stdout).toContain('420.00');
    expect(r.stdout).toContain('没有找到与“牙齿矫正”相关的问答');
    expect(r.stdout).toContain('问题> ');
  });

  it('says how to see other cities\' answers as the desk can: a flag cannot be added to one question there', async () => {
    const stdin = new PassThrough();
    const done = runYibao(['ask'], { stdin, stdinTTY: true, stdoutTTY: true, env: { NO_COLOR: '1' } });
    stdin.end('家庭共济怎么办理\n');
    const r = await done;
    expect(r.stdout).toMatch(/另有 \d+ 条其他城市的问答也相关,用 yibao ask --all-cities 开问答台查看。/);
    expect(r.stdout).not.toContain('加 --all-cities');
    const one = await run(['家庭共济怎么办理']);
    expect(one.stdout).toMatch(/另有 \d+ 条其他城市的问答也相关,加 --all-cities 查看。/);
  });

  it('leaves on Ctrl-D (end of input), exit 0', async () => {
    const stdin = new PassThrough();
    const done = runYibao(['ask'], { stdin, stdinTTY: true, stdoutTTY: true });
    stdin.end('家庭共济怎么办理\n');
    const r = await done;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('suizhou-q4');
  });
});
