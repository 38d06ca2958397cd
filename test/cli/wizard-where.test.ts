// The wizard asks 省内市外 / 省外 only where the filing kind chosen is keyed by it (柘川 第二十二条,
// test/fixtures/filing5/zhechuan.yaml, fiction): temporary filing asks it, long-term filing (one
// rule) does not. Figures by hand: retiree 三级 90%, 起付 1000 × 80% = 800, 乙类药品 4000 × 5% = 200,
// 50000 − 3000 − 200 − 800 = 46000; 省内市外 −10: × 80% = 36800.00; filed (local): × 90% = 41400.00.
import { describe, expect, it, vi } from 'vitest';
import { runYibao } from '../helpers/cli.js';
import { scriptAnswers } from './wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('./wizard-script.js')).promptsMock);

const terminal = { stdinTTY: true, stdoutTTY: true, env: { NO_COLOR: '1' } };
const ZC = ['calc', '--policy', 'test/fixtures/filing5/zhechuan.yaml', '--date', '2026-05-06', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--amount', '50000', '--out-of-scope', '3000', '--class-b-drugs', '4000', '--class-b-items', '0', '--admission', '1', '--format', 'json'];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (stdout: string): any => JSON.parse(stdout.slice(stdout.indexOf('{'), stdout.lastIndexOf('}') + 1));
const WHERE_Q = '外地是在省内(本市以外),还是省外?';

describe('wizard: where the care was, for a keyed filing kind', () => {
  it('level 三级 (the claim is incomplete, so the wizard runs), temporary → asked; 省内市外: 36800.00', async () => {
    const s = scriptAnswers(['3', 'temporary', 'in_province', '', '']);
    const r = await runYibao(ZC, terminal);
    expect(r.code, r.stderr).toBe(0);
    expect(s.asked().map((q) => q.message)).toContain(WHERE_Q);
    const out = json(r.stdout);
    expect([out.claim.where, out.result.fund_pays]).toEqual(['in_province', '36800.00']);
  });

  it('filed (one rule for both sides) → not asked: 41400.00', async () => {
    const s = scriptAnswers(['3', 'filed', '', '']);
    const r = await runYibao(ZC, terminal);
    expect(s.asked().map((q) => q.message)).not.toContain(WHERE_Q);
    expect(json(r.stdout).result.fund_pays).toBe('41400.00');
  });

  it('第二十四条 (filing.emergency): 急诊抢救 offered; the kind may be keyed, so 省内/省外 is asked; the kinds differ: exit 3', async () => {
    const s = scriptAnswers(['3', 'emergency', 'in_province', '', '']);
    const r = await runYibao(ZC, terminal);
    const filing = s.asked().find((q) => q.message === '是在本地看病,还是在外地?');
    expect(filing?.choices).toContain('emergency');
    expect(s.asked().map((q) => q.message)).toContain(WHERE_Q);
    expect(r.code).toBe(3);
  });
});
