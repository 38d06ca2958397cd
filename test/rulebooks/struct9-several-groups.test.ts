// A patient in two assistance groups (round-9 trial, fiction): 朔原 二（三） 「同一人同时具有两种以上特殊群体身份的，按待遇
// 就高原则享受，不重复享受」 → several_groups: highest (version level), and --assistance taking several groups
// (低保对象,重度残疾人; batch cell 低保对象、重度残疾人; ask 又是低保户又是重度残疾人). Fixture test/fixtures/sy8/shuoyuan.yaml.
// Worked by hand: resident 一档, 三级, first stay, 40000.00, no 乙类 or 目录外, nothing before this year.
// - as 低保对象: 起付 900 × 50% = 450.00 (五（三）); 55% + 5 = 60%: 39550 × 60% = 23730.00. 大病 (八（一）（二）（三）):
//   burden 40000 − 23730 = 16270.00 over the halved threshold 7500 at 60% + 5 = 65%: 8770 × 65% = 5700.50.
//   救助 (十（二）2): 16270 − 5700.50 = 10569.50, less the 500 threshold: 10069.50 × 75% = 7552.125 → 7552.13.
//   Together 23730 + 5700.50 + 7552.13 = 36982.63; cash 3017.37.
// - as 重度残疾人: no inpatient tilt: 39100 × 55% = 21505.00; 大病 burden 18495.00 over 15000 × 70% = 10500 at 60%:
//   7995 × 60% = 4797.00; 救助 (十（二）4): 18495 − 4797 = 13698, less 1500: 12198 × 60% = 7318.80.
//   Together 21505 + 4797 + 7318.80 = 33620.80; cash 6379.20.
// 就高: 低保对象 (36982.63 > 33620.80), never the 低保 tilts with the 重度残疾 ones together.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { batchRows, codes, pick, run } from './limits3-helpers.js';
import { readQuestion } from '../../src/ask/parse.js';

const SY = 'test/fixtures/sy8/shuoyuan.yaml';
const stay = (policy: string, groups: string, ...more: string[]) =>
  ['calc', '--policy', policy, '--date', '2026-05-10', '--scheme', 'resident', '--grade', '1', '--age', '50', '--benefit', 'inpatient', '--tier', '3', '--amount', '40000', '--admission', '1', '--assistance', groups, ...more];
const money = (j: { result: Record<string, unknown> }) => pick(j, 'deductible', 'fund_pays', 'second_layer_pays', 'assistance_pays', 'cash_due');
const DIBAO = ['450.00', '23730.00', '5700.50', '7552.13', '3017.37'];
const DISABLED = ['900.00', '21505.00', '4797.00', '7318.80', '6379.20'];

const RULE = `    several_groups:
      value: highest
      source: sy
      quote: 同一人同时具有两种以上特殊群体身份的，按待遇就高原则享受，不重复享受。
`;
function syVariant(to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'yibao-groups-'));
  cpSync('test/fixtures/sy8/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(SY, 'utf8');
  expect(text).toContain(RULE);
  const file = join(dir, 'shuoyuan.yaml');
  writeFileSync(file, text.replace(RULE, to));
  return file;
}

describe('朔原 二（三）: several groups, 按待遇就高原则享受，不重复享受', () => {
  it('each group alone, by hand', async () => {
    expect(money(await run(stay(SY, '低保对象')))).toEqual(DIBAO);
    expect(money(await run(stay(SY, '重度残疾人')))).toEqual(DISABLED);
  });

  it('both, in either order: the 低保对象 answer (36982.63 > 33620.80), said, both totals in JSON', async () => {
    for (const groups of ['低保对象,重度残疾人', '重度残疾人、低保对象']) {
      const j = await run(stay(SY, groups));
      expect(money(j)).toEqual(DIBAO);
      expect(j.claim.assistance).toBe('低保对象');
      expect(new Set(j.claim.assistance_groups)).toEqual(new Set(['低保对象', '重度残疾人']));
      expect(j.result.several_groups.used).toBe('低保对象');
      expect(Object.fromEntries(j.result.several_groups.each.map((x: { group: string; pays: string }) => [x.group, x.pays]))).toEqual({ 低保对象: '36982.63', 重度残疾人: '33620.80' });
      const w = j.warnings.find((x: { code: string }) => x.code === 'several_groups');
      expect([w.kind, w.path]).toEqual(['note', 'several_groups']);
      expect(w.message.zh ?? w.message).toContain('按“低保对象”计算');
    }
  });

  it('the rule unknown: exit 3 with each group’s answer and the way to settle it; --set several_groups=highest settles it', async () => {
    const file = syVariant('    several_groups: { value: null, note: { zh: 测试：多重身份怎样享受未说明。, en: "test: not said" } }\n');
    const out = await yibao(stay(file, '低保对象,重度残疾人'));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('按“低保对象”:统筹基金支付 23730.00 元');
    expect(out.stderr).toContain('按“重度残疾人”:统筹基金支付 21505.00 元');
    expect(out.stderr).toContain('--set several_groups=highest');
    const set = await run(stay(file, '低保对象,重度残疾人', '--set', 'several_groups=highest'));
    expect(money(set)).toEqual(DIBAO);
  });

  it('a policy without the rule: exit 3 saying it has none', async () => {
    const out = await yibao(stay(syVariant(''), '低保对象,重度残疾人'));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('政策没有规定');
  });

  it('a claim the groups cannot change is answered, even with the rule unknown (普通门诊 一级 100 × 60% = 60.00)', async () => {
    const file = syVariant('    several_groups: { value: null, note: { zh: 测试：未说明。, en: "test: not said" } }\n');
    const j = await run(['calc', '--policy', file, '--date', '2026-05-10', '--scheme', 'resident', '--grade', '1', '--age', '50', '--benefit', 'outpatient', '--tier', '1', '--amount', '100', '--assistance', '低保对象,重度残疾人']);
    expect(pick(j, 'fund_pays', 'cash_due')).toEqual(['60.00', '40.00']);
    expect(j.result.several_groups.how).toBe('same');
    expect(codes(j)).toContain('several_groups');
  });

  it('batch: the cell 低保对象、重度残疾人', async () => {
    // two people, the same words: the second row too is settled by the rule (never as the first group named)
    const row = (p: string) => `${p},2026-05-10,居民,一档,50,住院,三级,40000,重度残疾人、低保对象\n`;
    const rows = await batchRows(SY, `人员编号,就诊日期,参保类型,缴费档次,年龄,待遇类型,医院级别,总费用,救助类别\n${row('P')}${row('Q')}`);
    for (const r of rows) {
      expect([r.fund_pays, r.second_layer_pays, r.assistance_pays, r.cash_due]).toEqual(DIBAO.slice(1));
      expect(r.warnings).toContain('several_groups');
    }
  });

  it('ask reads both groups from a caller’s words', () => {
    const q = readQuestion('居民一档 三级医院住院花了40000元 她又是低保户又是重度残疾人', new Set(['assistance', 'grade']), { diseases: [], groups: ['特困人员', '低保对象', '返贫致贫人口', '重度残疾人'] });
    expect(q.kind === 'claim' && q.claim.raw.assistance).toBe('低保对象,重度残疾人');
  });
});
