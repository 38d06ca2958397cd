// `yibao ask` at a terminal (prompts.ts mocked with scripted answers, test/cli/wizard-script.ts):
// a part not understood is said, and the operator is asked whether to go on without it (default
// no: exit 2, as not at a terminal); in the desk the answer is refused and the desk goes on;
// 起付线已经付满了 with the status left out is asked by the wizard, then read from the policy
// for that status. Amounts from policies/suizhou.yaml (2024 Q&A 2).
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { runYibao } from '../helpers/cli.js';
import { scriptAnswers } from '../cli/wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('../cli/wizard-script.js')).promptsMock);

const terminal = { stdinTTY: true, stdoutTTY: true, env: { NO_COLOR: '1' } };

describe('ask at a terminal: a part not understood', () => {
  it('says it and asks; Enter (no) refuses the answer, exit 2', async () => {
    const s = scriptAnswers(['']);
    const r = await runYibao(['ask', '在职 一级医院 看了3次 花了600元', '--date', '2024-06-01'], terminal);
    expect(r.code).toBe(2);
    expect(s.asked()).toEqual([{ kind: 'yesno', message: '不算这部分,照上面理解的算吗?', default: false }]);
    expect(r.stdout).toBe('理解为:职工 在职 · 一级医疗机构 · 门诊(未说明,按门诊) · 600.00 元 · 未理解:"看了3次"\n问题里这部分没有理解:"看了3次"。不算它,得出的数可能不对。\n');
    expect(r.stderr).toBe('yibao: 没有计算。请换个说法再问(如“今年统筹已报300”“起付线已付200”“起付线已经付满了”“自费100”“医保卡里有500”“老伴的账户共济500”“2024年3月5日”)。\n');
  });

  it('at 60 columns the 理解为 line wraps under itself, nothing of it lost', async () => {
    scriptAnswers(['']);
    const r = await runYibao(['ask', '在职 三甲医院 花了两千，其中自费三百，医保卡里还有五百块，看了3次', '--date', '2024-06-01'], { ...terminal, columns: 60 });
    const lines = r.stdout.split('\n');
    const end = lines.findIndex((l) => l.startsWith('问题里'));
    expect(end).toBeGreaterThan(1);
    for (const l of lines.slice(1, end)) expect(l.startsWith('  ')).toBe(true);
    expect(lines.slice(0, end).join('').replace(/\s+/g, '')).toBe(
      '理解为:职工在职·三级医疗机构·门诊(未说明,按门诊)·2000.00元·目录外(自费)300.00元·个人账户500.00元·未理解:"看了3次"',
    );
  });

  it('yes: the answer without it, 600 all deductible, exit 0', async () => {
    scriptAnswers([true]);
    const r = await runYibao(['ask', '在职 一级医院 看了3次 花了600元', '--date', '2024-06-01', '--format', 'say'], terminal);
    expect(r.code).toBe(0);
    // 600: 500 to the deductible, (600 − 500) × 80% = 80
    expect(r.stdout).toContain('剩下的100元按80%报销,统筹基金支付80元。');
  });

  it('the desk, in a pasted block: that answer is refused without asking (the next line would answer), and the next question is answered', async () => {
    const s = scriptAnswers([]);
    const stdin = new PassThrough();
    const done = runYibao(['ask', '--date', '2024-06-01'], { ...terminal, stdin });
    stdin.end('在职 一级医院 看了3次 花了600元\n在职 一级医院 1200元 之前已经报过300\n');
    const r = await done;
    expect(r.code).toBe(0);
    expect(s.asked()).toEqual([]);
    expect(r.stderr).toContain('yibao: 问题里这部分没有理解:"看了3次"。');
    expect(r.stdout).toContain('理解为:职工 在职 · 一级医疗机构 · 门诊(未说明,按门诊) · 1200.00 元 · 今年统筹已报 300.00 元');
    expect(r.stdout).toContain('统筹基金支付 960.00 元'); // the 500 met (the fund paid this year): 1200 × 80%
  });
});

describe('ask at a terminal: 起付线已经付满了 with the status not said', () => {
  it('the wizard asks the status; the deductible met is then that status\'s (retired: 400), said, and 1200 × 85% = 1020', async () => {
    const s = scriptAnswers(['retired', '', '']);
    const r = await runYibao(['ask', '职工 一级医院 1200元 起付线已经付满了', '--date', '2024-06-01', '--format', 'say'], terminal);
    expect(r.code, r.stderr).toBe(0);
    expect(s.asked()[0]!.kind).toBe('choice');
    expect(r.stdout).toContain('理解为:职工 ? · 一级医疗机构 · 门诊(未说明,按门诊) · 1200.00 元 · 起付线已付满(按政策的起付线)');
    expect(r.stdout).toContain('起付线已付满:按这笔的起付线 400.00 元算。');
    expect(r.stdout).toContain('今年的起付线400元之前已经付满了。这1200元按85%报销,统筹基金支付1020元。');
  });
});
