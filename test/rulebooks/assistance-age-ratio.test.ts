// 医疗救助 ratio by age or disability for one group (assistance.uplift grounds with min_age, groups and
// ratio): 岚汐 第十八条（二） as test/fixtures/bands8/lanxi.yaml writes it (fiction) 「低保对象年度救助起付标准800元，
// 超过部分救助70%，其中年满70周岁的低保对象、一二级残疾人救助比例为80%，年度救助限额8万元」, the day the age is taken
// left unknown (第十八条 does not say). Every number below is worked by hand from the fixture's text.
//
// The stay (all claims): resident, 二级, 2025-03-01, 20000.00 in scope, first admission.
//   起付 500.00 (第六条（一）). Aged 65 or over: 75% + 3 = 78% (第七条（二）, ≤ 90%): 19500.00 × 78% = 15210.00;
//   the burden 20000.00 − 15210.00 = 4790.00 (起付 included, 第十八条). Aged 40: 75%: 19500.00 × 75% = 14625.00, burden 5375.00.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { yibao } from '../cli/calc-helpers.js';
import { pick, run } from './small2-helpers.js';

const LX = 'test/fixtures/bands8/lanxi.yaml';
const stay = (...more: string[]) => ['calc', '--policy', LX, '--date', '2025-03-01', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '2', '--amount', '20000', ...more];

/** A copy of the fixture with `from` replaced by `to`, beside its sources. */
function variant(from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bands8-aid-'));
  cpSync('test/fixtures/bands8/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(LX, 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, 'lanxi.yaml'), text.replace(from, to));
  return join(dir, 'lanxi.yaml');
}

describe('assistance.uplift: 其中年满70周岁的低保对象、一二级残疾人救助比例为80%', () => {
  it('a 低保对象 aged 72: (4790.00 − 800.00) × 80% = 3192.00; cash 20000.00 − 15210.00 − 3192.00 = 1598.00', async () => {
    const j = await run(stay('--assistance', '低保对象', '--age', '72'));
    expect(pick(j, 'fund_pays', 'assistance_pays', 'cash_due')).toEqual(['15210.00', '3192.00', '1598.00']);
    expect(j.result.assistance_uplift).toEqual({ grounds: ['年满70周岁'], ratio_plus: '0.00', cap_plus: '0.00', ratio: '0.80', ratio_set: '0.80' });
    const text = await yibao(stay('--assistance', '低保对象', '--age', '72'));
    expect(text.stdout).toContain('年满70周岁:救助比例 70%按规定为 80%');
    expect(text.stdout).toContain('其中年满70周岁的低保对象、一二级残疾人救助比例为80%');
    const say = await yibao(stay('--assistance', '低保对象', '--age', '72', '--format', 'say'));
    expect(say.stdout).toContain('按年满70周岁的规定,救助比例为80%,医疗救助再支付3192元');
  });

  it('aged 69 (年满70周岁 not met): (4790.00 − 800.00) × 70% = 2793.00; cash 20000.00 − 15210.00 − 2793.00 = 1997.00', async () => {
    const j = await run(stay('--assistance', '低保对象', '--age', '69'));
    expect(pick(j, 'assistance_pays', 'cash_due')).toEqual(['2793.00', '1997.00']);
    expect(j.result.assistance_uplift).toBeUndefined();
  });

  it('a 低保对象 aged 40, disability grade 2: (5375.00 − 800.00) × 80% = 3660.00; cash 20000.00 − 14625.00 − 3660.00 = 1715.00; the reading of 一二级残疾人 said', async () => {
    const j = await run(stay('--assistance', '低保对象', '--age', '40', '--disability', '2'));
    expect(pick(j, 'fund_pays', 'assistance_pays', 'cash_due')).toEqual(['14625.00', '3660.00', '1715.00']);
    expect(j.warnings.map((w: { path?: string }) => w.path)).toContain('assistance.uplift.grounds.一二级残疾人.disability');
    // grade 3 is neither: (5375.00 − 800.00) × 70% = 3202.50
    expect(pick(await run(stay('--assistance', '低保对象', '--age', '40', '--disability', '3')), 'assistance_pays')).toEqual(['3202.50']);
  });

  it('aged 72 and grade 1: both grounds set 80% (several: once) — 3192.00 as at 72 alone', async () => {
    const j = await run(stay('--assistance', '低保对象', '--age', '72', '--disability', '1'));
    expect(pick(j, 'assistance_pays', 'cash_due')).toEqual(['3192.00', '1598.00']);
    expect(j.result.assistance_uplift.grounds).toEqual(['年满70周岁', '一二级残疾人']);
  });

  it('the grounds are for 低保对象 only: a 防止返贫监测对象 aged 72 keeps 60%: (4790.00 − 2500.00) × 60% = 1374.00, cash 3416.00', async () => {
    const j = await run(stay('--assistance', '防止返贫监测对象', '--age', '72'));
    expect(pick(j, 'assistance_pays', 'cash_due')).toEqual(['1374.00', '3416.00']);
    expect(j.result.assistance_uplift).toBeUndefined();
  });

  it('the day unknown: born 1955-03-10, 69 on admission and 70 on discharge (2025-03-15) is exit 3 with both answers; --set picks one', async () => {
    const args = stay('--assistance', '低保对象', '--birth-date', '1955-03-10', '--discharge-date', '2025-03-15');
    const out = await yibao(args);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('assistance.uplift.age_on');
    expect(out.stderr).toContain('个人现金 1997.00 元(医疗救助已支付 2793.00 元)');
    expect(out.stderr).toContain('个人现金 1598.00 元(医疗救助已支付 3192.00 元)');
    expect(pick(await run([...args, '--set', 'assistance.uplift.age_on=discharge']), 'assistance_pays')).toEqual(['3192.00']);
    // discharged 2025-03-05, still 69 both days: 2793.00, answered
    expect(pick(await run(stay('--assistance', '低保对象', '--birth-date', '1955-03-10', '--discharge-date', '2025-03-05')), 'assistance_pays')).toEqual(['2793.00']);
  });

  it('--set assistance.uplift.grounds.年满70周岁.min_age=75: 72 is no longer in: 2793.00', async () => {
    const j = await run(stay('--assistance', '低保对象', '--age', '72', '--set', 'assistance.uplift.grounds.年满70周岁.min_age=75'));
    expect(pick(j, 'assistance_pays')).toEqual(['2793.00']);
  });

  it('validate: a ground naming a group assistance does not have, and ratio beside ratio_plus, are refused', async () => {
    const bad = variant('            groups: [低保对象]\n            ratio: { value: 0.8, source: lx, quote: 其中年满70周岁的低保对象、一二级残疾人救助比例为80% }\n          一二级残疾人:', '            groups: [低保户]\n            ratio: { value: 0.8, source: lx, quote: 其中年满70周岁的低保对象、一二级残疾人救助比例为80% }\n            ratio_plus: { value: 0.1, source: lx, quote: 救助比例为80% }\n          一二级残疾人:');
    const out = await yibao(['policy', 'validate', bad]);
    expect(out.code).toBe(2);
    expect(out.stderr + out.stdout).toContain('“低保户”不是 assistance.groups 中的救助对象');
    expect(out.stderr + out.stdout).toContain('不能既写 ratio');
  });

  it('policy show says the ground, its group and the ratio it sets', async () => {
    const out = await yibao(['policy', 'show', LX]);
    expect(out.stdout).toContain('年满70周岁:只适用于:低保对象');
    expect(out.stdout).toContain('年满70周岁:年满(周岁,--age / --birth-date)');
    expect(out.stdout).toContain('本项救助比例为');
  });
});
