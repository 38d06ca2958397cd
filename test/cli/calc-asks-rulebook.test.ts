// `calc` at a terminal with every flag but one the policy in use needs (contract: "When stdin and
// stdout are terminals and the claim is incomplete, it asks for what is missing"): it asks that
// one thing with the wizard's own question (rulebook-questions.ts) and answers; nothing else is
// asked (the end of input after the answer would cancel, exit 130). Not at a terminal it is the
// usage error it was (exit 2). The real prompts run here, over streams that say they are a
// terminal, with TERM=dumb (plain numbered lists, term-dumb.test.ts). Worked by hand from
// /work/shared/rulebooks/ (examples/rulebooks/*.yaml):
// - 白鹭 居民 二档 住院 二级 20000: 起付 600 (三（一）); 二档二级 72% (三（三）): (20000 − 600) × 72% = 13968.00;
// - 白鹭 职工在职 门诊慢特病 一级 2000, 糖尿病: the year's 起付 300 (四（一）); 在职一级 85% (四（二）):
//   (2000 − 300) × 85% = 1445.00, within 糖尿病's 1800 (四（三）);
// - 云岭 职工退休 住院 二级 20000, 72岁: 起付 500 × 70% = 350 (二); 退休二级 91% + 2 (三.1, 三.3):
//   (20000 − 350) × 93% = 18274.50.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runYibao } from '../helpers/cli.js';

const DIR = ['--policy-dir', 'examples/rulebooks', '--date', '2025-06-01'];

/** A stdin that is a terminal, raw mode and all (setRawMode does nothing here). */
function ttyIn(): PassThrough {
  return Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
}

async function atTerminal(args: string[], typed: string) {
  const stdin = ttyIn();
  const done = runYibao(['calc', ...DIR, ...args], { stdin, stdinTTY: true, stdoutTTY: true, env: { TERM: 'dumb', NO_COLOR: '1' } });
  stdin.end(typed);
  return done;
}

const RESIDENT = ['--city', 'bailu', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '2', '--amount', '20000'];
const CHRONIC = ['--city', 'bailu', '--scheme', 'employee', '--status', 'active', '--benefit', 'chronic', '--tier', '1', '--amount', '2000'];
const AGED = ['--city', 'yunling', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '2', '--amount', '20000'];

describe('calc at a terminal asks only the rulebook input that is missing', () => {
  it('白鹭 resident without --grade: the grade question (一档, 二档), then the answer: 13968.00', async () => {
    const r = await atTerminal(RESIDENT, '2\n');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('? 您交的是居民医保的哪一档?');
    expect(r.stdout).toContain('  1. 一档\n  2. 二档\n');
    // the only question: no stay, 乙类, filing or assistance question, no "another claim?"
    expect(r.stdout.match(/^\? /gmu)).toHaveLength(2); // the question and its 请输入序号 line
    expect(r.stdout).toMatch(/统筹基金支付 +13,968\.00 元/);
  });

  it('白鹭 chronic claim without --disease: the disease (and whether there are others), then 1445.00', async () => {
    // 2 = 糖尿病; Enter = no other disease
    const r = await atTerminal(CHRONIC, '2\n\n');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('? 这次看的是哪一种门诊慢特病?');
    expect(r.stdout).toContain('? 还认定了别的慢特病吗?');
    expect(r.stdout).not.toContain('乙类');
    expect(r.stdout).toMatch(/统筹基金支付 +1,445\.00 元/);
  });

  it('云岭 retiree without --age: the age question, then 18274.50', async () => {
    const r = await atTerminal(AGED, '72\n');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('? 看病的人多大年龄?');
    expect(r.stdout).toMatch(/统筹基金支付 +18,274\.50 元/);
  });

  it('--json at a terminal: asked the same; stdout ends with the explanation', async () => {
    const r = await atTerminal([...RESIDENT, '--json'], '2\n');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout.slice(r.stdout.indexOf('\n{') + 1));
    expect(json.claim.grade).toBe('2');
    expect(json.result.fund_pays).toBe('13968.00');
  });

  it('not at a terminal it is still the usage error naming --grade (exit 2), nothing asked', async () => {
    const r = await runYibao(['calc', ...DIR, ...RESIDENT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--grade');
    expect(r.stdout).toBe('');
  });

  it('a disease the policy does not name is the usage error it was, not a question', async () => {
    const r = await atTerminal([...CHRONIC, '--disease', '感冒'], '');
    expect(r.code).toBe(2);
    expect(r.stdout).not.toContain('? ');
  });
});
