// The hotline desk keeps the caller (issue 18, item 6), in-process, with the wizard's prompts
// scripted (test/cli/wizard-script.ts). Suizhou 2024 employee outpatient, from
// policies/suizhou.yaml: deductible 500 active / 400 retired; tier 1 80%, tier 2 70%, tier 3
// 60%, retirees 5 points more; cap 1300 / 1600. Worked by hand:
// - retired, tier 2, 1000: (1000 − 400) × 75% = 450; at tier 3: 600 × 65% = 390;
// - active, tier 3, 1000: (1000 − 500) × 60% = 300; 2000: 1500 × 60% = 900;
// - the same retiree's second tier-2 visit of 1000, 400 met and 450 paid: 1000 × 75% = 750.
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { fakeIo, runYibao } from '../helpers/cli.js';
import { runCli } from '../../src/cli/run.js';
import { scriptAnswers } from '../cli/wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('../cli/wizard-script.js')).promptsMock);

const terminal = { stdinTTY: true, stdoutTTY: true, env: { NO_COLOR: '1' } };

/** A block pasted into the desk at once. */
async function desk(lines: string[]) {
  const stdin = new PassThrough();
  const done = runYibao(['ask', '--date', '2024-06-01'], { ...terminal, stdin });
  stdin.end(lines.map((l) => `${l}\n`).join(''));
  return done;
}

const PROMPT = /\n(?:\[[^\]\n]*\] )?问题> /g;

/** Questions typed one at a time, each after the desk has answered the last (a new prompt shown). */
async function typed(lines: string[], args: string[] = []) {
  const d = liveDesk(args);
  const prompts = () => d.output().stdout.match(PROMPT)?.length ?? 0;
  for (const [i, line] of lines.entries()) {
    await until(() => prompts() > i);
    d.stdin.write(`${line}\n`);
  }
  await until(() => prompts() > lines.length);
  d.stdin.end();
  const code = await d.done;
  return { code, ...d.output() };
}

/** The desk's answers, one per question: the text between one prompt and the next. */
const answers = (stdout: string) => stdout.split(PROMPT).slice(1);

describe('the desk keeps the caller', () => {
  it('a what-if, another, a third; the next caller; a second visit that carries the year', async () => {
    const r = await typed(['我退休了在二级医院看门诊花了1000', '那三级医院呢', '如果是在职呢', '要是花了2000呢', '下一位', '我退休了在二级医院看门诊花了1000', '他后来又去二级医院看了一次 花了1000']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const a = answers(r.stdout);
    expect(a[0]).toContain('统筹基金支付 450.00 元 · 现金支付 550.00 元');
    expect(a[1]).toContain('接上一笔:三级医疗机构\n');
    expect(a[1]).toContain('统筹基金支付 390.00 元 · 现金支付 610.00 元');
    expect(a[2]).toContain('接上一笔:在职\n');
    expect(a[2]).toContain('统筹基金支付 300.00 元');
    expect(a[3]).toContain('接上一笔:2000.00 元\n');
    expect(a[3]).toContain('统筹基金支付 900.00 元');
    expect(a[4]).toContain('(下一位来电)');
    expect(a[5]).not.toContain('接');
    expect(a[5]).toContain('统筹基金支付 450.00 元');
    expect(a[6]).toContain('接着算同一个人今年的普通门诊:起付线已付400元,统筹基金已报销450元(含上面算过的),这一笔从这里接着算。');
    expect(a[6]).toContain('理解为:职工 退休 · 二级医疗机构 · 门诊 · 1000.00 元 · 起付线已付 400.00 元 · 今年统筹已报 450.00 元');
    expect(a[6]).toContain('统筹基金支付 750.00 元 · 现金支付 250.00 元');
  });

  it('a what-if does not change the person\'s year: the next visit carries the real visit\'s (450 paid, so 750)', async () => {
    const r = await typed(['我退休了在二级医院看门诊花了1000', '那三级医院呢', '他又去二级医院看了一次 花了1000']);
    const a = answers(r.stdout);
    expect(r.stdout).not.toContain('今年已报 390]');
    expect(a[2]).toContain('统筹基金已报销450元');
    expect(a[2]).toContain('统筹基金支付 750.00 元');
  });

  it('the prompt shows whose claim is in play, and none after the next caller', async () => {
    const r = await typed(['我退休了在二级医院看门诊花了1000', '他又去二级医院看了一次 花了1000', '', '家庭共济怎么办理']);
    expect(r.stdout).toContain('\n[职工 退休 · 今年已报 450] 问题> ');
    expect(r.stdout).toContain('\n[职工 退休 · 今年已报 1200] 问题> ');
    // after the empty line: the bare prompt again
    expect(r.stdout.split('(下一位来电)\n')[1]).toMatch(/^\n问题> /);
  });

  it('a claim is answered short: the say script and the key numbers; 详细 gives the whole breakdown', async () => {
    const r = await typed(['我退休了在二级医院看门诊花了1000', '详细']);
    const [short, detail] = answers(r.stdout);
    expect(short).toContain('剩下的600元按75%报销,统筹基金支付450元。');
    expect(short).toContain('(输入“详细”或“为什么”看完整算法和依据)');
    expect(short).not.toContain('来源');
    expect(detail).toContain('统筹基金支付      450.00 元');
    expect(detail).toContain('来源: 随州日报 2024');
  });

  it('with --format json, stdout holds only the explanations; what the desk says of a what-if goes to stderr', async () => {
    const stdin = new PassThrough();
    const done = runYibao(['ask', '--date', '2024-06-01', '--format', 'json'], { ...terminal, stdin });
    stdin.end('我退休了在二级医院看门诊花了1000\n那三级医院呢\n');
    const r = await done;
    expect(r.stderr).toContain('接上一笔:三级医疗机构');
    expect(r.stdout).not.toContain('接上一笔');
    const funds = [...r.stdout.matchAll(/"fund_pays": "([\d.]+)"/g)].map((m) => m[1]);
    expect(funds).toEqual(['450.00', '390.00']);
  });

  it('为什么 with no claim in play is a question for the FAQ', async () => {
    const r = await desk(['为什么']);
    expect(answers(r.stdout)[0]).not.toContain('统筹基金支付');
  });

  it('"退出" leaves, exit 0, and what follows is not read', async () => {
    const r = await desk(['退出', '家庭共济怎么办理']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('suizhou-q4');
  });
});

/** Runs the desk over a stdin the test keeps writing to; `output` shows what it printed so far. */
function liveDesk(args: string[] = []) {
  const stdin = new PassThrough();
  const { io, output } = fakeIo({ ...terminal, stdin });
  const done = runCli(['ask', '--date', '2024-06-01', ...args], io);
  return { stdin, io, output, done };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
};

describe('the wizard inside the desk', () => {
  it('asks what a typed claim is missing, answers, and returns to the desk (no 再算一笔?)', async () => {
    const s = scriptAnswers(['2', '']);
    const d = liveDesk();
    d.stdin.write('退休 门诊 1000\n');
    await until(() => d.output().stdout.includes('[职工 退休'));
    d.stdin.end('那三级医院呢\n');
    expect(await d.done).toBe(0);
    expect(s.asked().map((q) => q.message)).toEqual(['看病的医院是几级?(医院等级:看收费票据,医院门口的牌子上也写着)', '还有别的情况要算进去吗?(目录外全自费、今年已报销过、个人账户、家庭共济)']);
    const out = d.output().stdout;
    // no flags at the desk: the intro does not offer them
    expect(out).toContain('计算随州市普通门诊报销,就诊日期 2024-06-01。直接按 Enter 使用默认答案,Ctrl-C 退出。');
    expect(out).toContain('统筹基金支付 450.00 元');
    expect(out).toContain('接上一笔:三级医疗机构');
    expect(out).toContain('统筹基金支付 390.00 元');
  });

  it('a claim complete but for a rulebook input (白鹭 resident: the grade) asks just that, then answers', async () => {
    // 三（一）: 居民二级 起付 600; 三（三）: 二档二级 72%: (20000 − 600) × 72% = 13968.00
    const s = scriptAnswers(['2']);
    const d = liveDesk(['--policy-dir', 'examples/rulebooks', '--city', 'bailu', '--date', '2025-06-01']);
    d.stdin.write('居民 二级医院 住院 花了2万\n');
    await until(() => d.output().stdout.includes('[居民'));
    d.stdin.end();
    expect(await d.done).toBe(0);
    expect(s.asked().map((q) => q.message)).toEqual(['您交的是居民医保的哪一档?(看缴费凭证;不清楚可问村、社区或医保窗口)']);
    expect(d.output().stdout).toContain('统筹基金支付 13968.00 元');
    expect(d.output().stderr).toBe('');
  });
});

describe('a block pasted into the desk stays questions (issue 20 #3)', () => {
  it('a claim that would open the wizard says what is missing; the lines after it are answered as questions', async () => {
    const s = scriptAnswers([]);
    const r = await desk(['退休 门诊 1000', '2', '家庭共济怎么办理']);
    expect(s.asked()).toEqual([]);
    expect(r.stderr).toContain('yibao: 这一问还缺:医疗机构级别。粘贴的多行问题不打开问答向导;请把缺的部分补进问题,单独再问一次。');
    expect(r.stdout).toContain('[随州市 suizhou-q4]');
  });

  it('every pasted question gets its answer, none asked of the wizard (60 here; 3,000 through the built CLI: see the report)', async () => {
    scriptAnswers([]);
    const block = ['退休 二级医院 门诊 1000元', '退休 门诊 1000', '那三级医院呢'];
    const lines = Array.from({ length: 60 }, (_, i) => block[i % 3]!);
    const r = await desk(lines);
    expect(r.code).toBe(0);
    // every question gets its 理解为 line: 20 complete claims, 20 missing the tier, 20 what-ifs
    expect(r.stdout.match(/理解为:/g)).toHaveLength(60);
    expect(r.stdout.match(/接上一笔:三级医疗机构/g)).toHaveLength(20);
    expect(r.stderr.match(/这一问还缺:医疗机构级别/g)).toHaveLength(20);
  }, 60_000);
});

describe('a desk line is capped (issue 20 #13)', () => {
  it('a 300,000-character line is refused with a message; the next question is answered', async () => {
    const r = await desk(['家'.repeat(300_000), '家庭共济怎么办理']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('yibao: 问题太长(达到1000个字符),没有回答;请分开问。');
    expect(r.stdout).toContain('[随州市 suizhou-q4]');
    expect(r.stdout).not.toContain('家'.repeat(1001));
  });
});

/**
 * Policy model 2 at the desk (issue 19): a what-if names one of the rulebook's inputs and the claim
 * in play is answered again with just that changed. Worked by hand from the texts in
 * /work/shared/rulebooks/ (examples/rulebooks/*.yaml):
 * - 白鹭 职工在职 二级 住院 20000: 起付 800 (三（一）); 在职二级 85% on the 统筹 total up to 30,000
 *   (三（二）): (20000 − 800) × 85% = 16320.00;
 *   what-ifs build on each other, as at the desk the claim in play is the last one answered:
 *   第三次住院: 起付 800 × 30% = 240, (20000 − 240) × 85% = 16796.00;
 *   then 在外地没备案 (八（三）): 起付 as 三级 1200 × 30% = 360, 85 − 20 = 65%: (20000 − 360) × 65% = 12766.00;
 *   then 乙类药品3000 (二（二）8%): 先行自付 240, the 统筹 total 19760, (19760 − 360) × 65% = 12610.00;
 * - 白鹭 居民 一档 二级 住院 20000: 起付 600, 一档二级 65%: (20000 − 600) × 65% = 12610.00;
 *   低保对象 (七): 政策范围内个人负担 600 + 19400 × 35% = 600 + 6790 = 7390, × 70% = 5173.00
 *   (大病保险 counts 6790 only, below its 9000 = 18000 × 50% threshold: 0); cash 20000 − 12610 − 5173 = 2217;
 *   then 二档 (三（三）二级 72%): (20000 − 600) × 72% = 13968.00;
 * - 云岭 职工在职 65岁 二级 住院 20000: 起付 500 (二), 87% on what is left (三.1): 19500 × 87% = 16965.00;
 *   72岁 (三.3, 年满70周岁 +2 points): 19500 × 89% = 17355.00.
 */
describe('a what-if on a rulebook input (policy model 2)', () => {
  const BAILU = ['--policy-dir', 'examples/rulebooks', '--city', 'bailu', '--date', '2025-06-01'];
  const YUNLING = ['--policy-dir', 'examples/rulebooks', '--city', 'yunling', '--date', '2025-06-01'];

  it('白鹭 employee stay: 那第三次住院呢, 在外地没备案呢, 乙类药品3000呢 each change that input only', async () => {
    const r = await typed(['职工在职 二级医院 住院 花了2万', '那第三次住院呢', '在外地没备案呢', '乙类药品3000呢'], BAILU);
    expect(r.stderr).toBe('');
    const a = answers(r.stdout);
    expect(a[0]).toContain('统筹基金支付 16320.00 元');
    expect(a[1]).toContain('接上一笔:本年第3次住院\n');
    expect(a[1]).toContain('统筹基金支付 16796.00 元');
    expect(a[2]).toContain('接上一笔:异地未备案\n');
    expect(a[2]).toContain('统筹基金支付 12766.00 元');
    expect(a[3]).toContain('接上一笔:乙类药品 3000.00 元\n');
    expect(a[3]).toContain('统筹基金支付 12610.00 元');
  });

  it('白鹭 resident stay: 如果是低保对象呢 adds 医疗救助; 那二档呢 changes the grade', async () => {
    const r = await typed(['居民 一档 二级医院 住院 花了2万', '如果是低保对象呢', '那二档呢'], BAILU);
    expect(r.stderr).toBe('');
    const a = answers(r.stdout);
    expect(a[0]).toContain('统筹基金支付 12610.00 元');
    expect(a[1]).toContain('接上一笔:医疗救助对象 低保对象\n');
    expect(a[1]).toContain('统筹基金支付 12610.00 元');
    expect(a[1]).toContain('医疗救助再支付5173元');
    expect(a[1]).toContain('现金支付 2217.00 元');
    expect(a[2]).toContain('接上一笔:二档\n');
    expect(a[2]).toContain('统筹基金支付 13968.00 元');
  });

  it('云岭 employee stay: 要是72岁呢 adds the age uplift', async () => {
    const r = await typed(['职工在职 65岁 二级医院 住院 花了2万', '要是72岁呢'], YUNLING);
    expect(r.stderr).toBe('');
    const a = answers(r.stdout);
    expect(a[0]).toContain('统筹基金支付 16965.00 元');
    expect(a[1]).toContain('接上一笔:72岁\n');
    expect(a[1]).toContain('统筹基金支付 17355.00 元');
  });
});
