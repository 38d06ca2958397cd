// The wizard asks whether a stay was referred only at a level unreferred_cut reaches (槐阳 第四条, fiction,
// test/fixtures/struct9b/huaiyang.yaml: 「参保居民未经转诊自行到三级医疗机构住院的，支付比例降低10个百分点，急诊、抢救除外」),
// with no default, then 是否急诊 for an unreferred stay only. Figures by hand: 三级 起付 800, 60%; 二级 起付 400, 75%;
// 10000: unreferred (10000 − 800) × 50% = 4600.00; referred 9200 × 60% = 5520.00; 二级 9600 × 75% = 7200.00.
import { describe, expect, it, vi } from 'vitest';
import { runYibao } from '../helpers/cli.js';
import { scriptAnswers } from './wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('./wizard-script.js')).promptsMock);

const terminal = { stdinTTY: true, stdoutTTY: true, env: { NO_COLOR: '1' } };
const HY = ['calc', '--policy', 'test/fixtures/struct9b/huaiyang.yaml', '--date', '2026-03-01', '--scheme', 'resident', '--benefit', 'inpatient', '--amount', '10000', '--format', 'json'];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (stdout: string): any => JSON.parse(stdout.slice(stdout.indexOf('{'), stdout.lastIndexOf('}') + 1));
const REFERRED_Q = '这次是经转诊来住院(就诊)的吗?(本政策规定未经转诊自行到这一级医疗机构就医的,报销比例降低)';
const EMERGENCY_Q = '这次是急诊、抢救吗?(本政策规定未经转诊的比例降低,急诊、抢救另有规定)';

describe('wizard: referred or not, where unreferred_cut reaches the level', () => {
  it('三级, not referred, not an emergency: both asked; 4600.00', async () => {
    const s = scriptAnswers(['3', 'no', 'no', '', '', '']);
    const r = await runYibao(HY, terminal);
    expect(r.code, r.stderr).toBe(0);
    const asked = s.asked().map((q) => q.message);
    expect(asked).toContain(REFERRED_Q);
    expect(asked).toContain(EMERGENCY_Q);
    expect(json(r.stdout).result.fund_pays).toBe('4600.00');
  });

  it('三级, referred: 急诊 not asked; 5520.00', async () => {
    const s = scriptAnswers(['3', 'yes', '', '', '']);
    const r = await runYibao(HY, terminal);
    expect(r.code, r.stderr).toBe(0);
    expect(s.asked().map((q) => q.message)).not.toContain(EMERGENCY_Q);
    expect(json(r.stdout).result.fund_pays).toBe('5520.00');
  });

  it('二级: neither asked; 7200.00', async () => {
    const s = scriptAnswers(['2', '', '', '']);
    const r = await runYibao(HY, terminal);
    expect(r.code, r.stderr).toBe(0);
    expect(s.asked().map((q) => q.message)).not.toContain(REFERRED_Q);
    expect(json(r.stdout).result.fund_pays).toBe('7200.00');
  });
});
