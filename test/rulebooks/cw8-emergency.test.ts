// Outpatient emergency care at a level the benefit does not pay (round-8 trial, fiction): 澄湾 四（二） 「居民医保不设起付
// 标准，支付比例一级医疗机构60%、二级50%，三级医疗机构不予支付；因急诊在三级医疗机构就诊的，按二级医疗机构比例支付。每人每日
// 统筹基金支付不超过50元，年度支付限额600元」 → emergency_ratio_as: { "3": { value: "2" } } on outpatient.resident, and the
// claim input --emergency yes|no (batch column emergency / 急诊; --filing emergency stays care outside the city).
// Fixture test/fixtures/cw8/chengwan.yaml. Every value is worked by hand from the text before running.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { rulebookNeeds } from '../../src/cli/wizard/rulebook-needs.js';
import { readQuestion } from '../../src/ask/parse.js';

const CW = 'test/fixtures/cw8/chengwan.yaml';
const visit = (tier: string, amount: string, ...more: string[]) => ['calc', '--policy', CW, '--date', '2026-05-01', '--scheme', 'resident', '--benefit', 'outpatient', '--tier', tier, '--amount', amount, ...more];

async function json(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}
const codes = (j: { warnings: { code: string }[] }) => j.warnings.map((w) => w.code);

describe('澄湾 四（二）: an emergency visit at a 三级 facility is paid at the 二级 ratio', () => {
  it('an emergency at 三级: 80 × 50% = 40.00 (below the 50 a day), cash 40.00', async () => {
    const j = await json(visit('3', '80', '--emergency', 'yes'));
    expect([j.result.ratio, j.result.fund_pays, j.result.cash_due, j.result.emergency_ratio_as]).toEqual(['0.50', '40.00', '40.00', '2']);
    expect(j.claim.emergency).toBe(true);
    expect(codes(j)).not.toContain('emergency_assumed');
  });

  it('not an emergency: 三级 不予支付, 80 × 0% = 0.00; not said: the same, and said (emergency_assumed)', async () => {
    const no = await json(visit('3', '80', '--emergency', 'no'));
    expect([no.result.fund_pays, no.result.cash_due]).toEqual(['0.00', '80.00']);
    expect(no.result.emergency_ratio_as).toBeUndefined();
    expect(codes(no)).not.toContain('emergency_assumed');
    const unsaid = await json(visit('3', '80'));
    expect(unsaid.result.fund_pays).toBe('0.00');
    expect(codes(unsaid)).toContain('emergency_assumed');
  });

  it('the day cap still holds at the visit’s own level: 300 × 50% = 150, at most 50 a day → 50.00', async () => {
    const j = await json(visit('3', '300', '--emergency', '急诊'));
    expect([j.result.fund_before_cap, j.result.fund_pays]).toEqual(['150.00', '50.00']);
  });

  it('no rule at 二级, none for employees: --emergency changes nothing there', async () => {
    // resident 二级 80 × 50% = 40.00 either way
    const two = await json(visit('2', '80', '--emergency', 'yes'));
    expect([two.result.fund_pays, two.result.emergency_ratio_as]).toEqual(['40.00', undefined]);
    expect(codes(two)).not.toContain('emergency_assumed');
    // employee 三级, the 700 deductible met: 1000 × 60% = 600.00
    const emp = await json(['calc', '--policy', CW, '--date', '2026-05-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'outpatient', '--tier', '3', '--amount', '1000', '--ytd-deductible', '700', '--emergency', 'yes']);
    expect(emp.result.fund_pays).toBe('600.00');
  });

  it('the breakdown names the rule with its clause; say says it', async () => {
    const text = (await yibao(visit('3', '80', '--emergency', 'yes'))).stdout;
    expect(text).toContain('报销比例 50%(因急诊在三级医疗机构就诊,按二级医疗机构比例):80.00 × 50% = 40.00 元。');
    expect(text).toContain('“因急诊在三级医疗机构就诊的，按二级医疗机构比例支付”');
    expect(text).toContain('“支付比例一级医疗机构60%、二级50%”');
    const say = (await yibao([...visit('3', '80', '--emergency', 'yes'), '--format', 'say'])).stdout;
    expect(say).toContain('您这次是急诊,在三级医疗机构就诊按二级医疗机构的比例报销。');
  });

  it('unknown level: an emergency visit is exit 3 naming it, others answered; --set gives it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw8-'));
    const file = join(dir, 'cw.yaml');
    writeFileSync(file, readFileSync(CW, 'utf8').replace(/"3": \{ value: "2", source: cw, quote: [^}]+\}/, '"3": { value: null, note: { zh: 测试：急诊按哪一级未说明。, en: "test: not said" } }'));
    const at = (more: string[]) => ['calc', '--policy', file, '--date', '2026-05-01', '--scheme', 'resident', '--benefit', 'outpatient', '--tier', '3', '--amount', '80', ...more];
    const out = await yibao(at(['--emergency', 'yes']));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('outpatient.resident.emergency_ratio_as.3');
    expect((await json(at(['--emergency', 'no']))).result.fund_pays).toBe('0.00');
    // --set …=1: the 一级 ratio, 80 × 60% = 48.00
    const set = await json(at(['--emergency', 'yes', '--set', 'outpatient.resident.emergency_ratio_as.3=1']));
    expect(set.result.fund_pays).toBe('48.00');
    expect(codes(set)).toContain('user_value');
  });

  it('batch reads 急诊 (是/否/blank) per row; the year’s 600 carries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw8-'));
    const csv = join(dir, 'visits.csv');
    writeFileSync(csv, '人员编号,就诊日期,参保类型,待遇类型,医院级别,总费用,急诊\nA,2026-03-01,居民医保,门诊,三级,80,是\nA,2026-03-02,居民医保,门诊,三级,80,否\nA,2026-03-03,居民医保,门诊,三级,80,\n');
    const out = await yibao(['batch', csv, '--policy', CW, '--output-format', 'jsonl']);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.stderr).toContain('急诊 → emergency');
    // 40.00, then 三级 不予支付 twice; the year's fund 40.00 after each
    expect(rows.map((r) => [r.fund_pays, r.ytd_fund_after])).toEqual([['40.00', '40.00'], ['0.00', '40.00'], ['0.00', '40.00']]);
    expect(rows[2].warnings).toContain('emergency_assumed');
  });

  it('validate, show; the wizard asks it at 三级 only; ask reads 急诊 / 非急诊 (not 异地急诊抢救)', async () => {
    const show = (await yibao(['policy', 'show', CW])).stdout;
    expect(show).toContain('因急诊在三级医疗机构就诊(--emergency yes):按二级医疗机构比例支付');
    const dir = mkdtempSync(join(tmpdir(), 'cw8-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, readFileSync(CW, 'utf8').replace('"3": { value: "2", source: cw, quote: 因急诊', '"3": { value: "3", source: cw, quote: 因急诊'));
    const v = await yibao(['policy', 'validate', bad]);
    expect(v.code).toBe(2);
    const { policy } = await loadPolicyFile(CW);
    const claim = { date: '2026-05-01', benefit: 'outpatient', scheme: 'resident' } as const;
    expect(rulebookNeeds(policy, { ...claim, tier: '3' })).toContain('emergency');
    expect(rulebookNeeds(policy, { ...claim, tier: '2' })).not.toContain('emergency');
    const read = (q: string) => {
      const r = readQuestion(q, new Set(['emergency', 'filing']));
      return r.kind === 'claim' ? r.claim.raw : undefined;
    };
    expect(read('居民 三级医院 门诊 急诊 80元')?.emergency).toBe('yes');
    expect(read('居民 三级医院 看门诊 非急诊 80元')?.emergency).toBe('no');
    expect(read('在外地急诊抢救 住院 三级 2万')).toMatchObject({ filing: 'emergency' });
    expect(read('在外地急诊抢救 住院 三级 2万')?.emergency).toBeUndefined();
  });
});
