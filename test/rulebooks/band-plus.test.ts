// 段上加段 (bands.<i>.plus): 岚汐 第七条（一） (test/fixtures/bands8/lanxi.yaml, fiction) 「纳入统筹支付范围的费用超过起付标准的部分，
// 5万元（含）以内的，在职人员一级医疗机构支付92%、二级88%、三级85%，退休人员一级95%、二级92%、三级89%；超过5万元的部分，在相应比例
// 基础上提高3个百分点，最高不超过95%」, beside 第八条（一） (中医医院: 起付 70%, 比例提高3个百分点，最高不超过95%). 相应比例 (the
// first band as stated, or as raised at a 中医医院) is left unknown (plus.of: null). The 5万 is read on the amount after
// the deductible (a reading). Every number below is worked by hand from the fixture's text.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { yibao } from '../cli/calc-helpers.js';
import { pick, run } from './small2-helpers.js';

const LX = 'test/fixtures/bands8/lanxi.yaml';
const stay = (...more: string[]) => ['calc', '--policy', LX, '--date', '2025-03-01', '--scheme', 'employee', '--benefit', 'inpatient', '--amount', '100000', ...more];

/** A copy of the fixture with `from` replaced by `to`, beside its sources. */
function variant(from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bands8-plus-'));
  cpSync('test/fixtures/bands8/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(LX, 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, 'lanxi.yaml'), text.replace(from, to));
  return join(dir, 'lanxi.yaml');
}

describe('段上加段: 超过5万元的部分，在相应比例基础上提高3个百分点，最高不超过95%', () => {
  it('在职 二级: 起付 700.00; 50000.00 × 88% = 44000.00; (99300.00 − 50000.00) × (88% + 3 = 91%) = 44863.00; fund 88863.00, cash 11137.00', async () => {
    const j = await run(stay('--status', 'active', '--tier', '2'));
    expect(pick(j, 'deductible_applied', 'fund_pays', 'cash_due')).toEqual(['700.00', '88863.00', '11137.00']);
    expect(j.result.bands.map((b: { ratio: string; pays: string }) => [b.ratio, b.pays])).toEqual([['0.88', '44000.00'], ['0.91', '44863.00']]);
    const text = await yibao(stay('--status', 'active', '--tier', '2'));
    expect(text.stdout).toContain('50000.00 以上(上一段比例 88% 提高 3 个百分点 = 91%):49300.00 × 91% = 44863.00');
    expect(text.stdout).toContain('“超过5万元的部分，在相应比例基础上提高3个百分点”');
  });

  it('退休 一级: 起付 200.00 (inferred); 50000.00 × 95% = 47500.00; 95% + 3 = 98%, at most 95%: 49800.00 × 95% = 47310.00; fund 94810.00, cash 5190.00', async () => {
    const args = stay('--status', 'retired', '--tier', '1');
    expect(pick(await run(args), 'fund_pays', 'cash_due')).toEqual(['94810.00', '5190.00']);
    const text = await yibao(args);
    expect(text.stdout).toContain('上一段比例 95% 提高 3 个百分点 = 98%,最高不超过 95%:95%');
    expect(text.stdout).toContain('“在相应比例基础上提高3个百分点，最高不超过95%”');
  });

  it('退休 二级中医医院, 相应比例 unknown but both readings agree: 起付 600.00 × 70% = 420.00; 92% + 3 (中医) = 95%: 47500.00; the second band 95% either way: 49580.00 × 95% = 47101.00; fund 94601.00, cash 5399.00', async () => {
    const j = await run(stay('--status', 'retired', '--tier', '二级中医医院'));
    expect(pick(j, 'deductible_applied', 'fund_pays', 'cash_due')).toEqual(['420.00', '94601.00', '5399.00']);
    const text = await yibao(stay('--status', 'retired', '--tier', '二级中医医院'));
    expect(text.stdout).toContain('“相应比例”原文未说明是原定的还是提高后的,两种理解本次结果相同');
  });

  it('where the readings differ (--set the 中医 ceiling to 97%): exit 3 naming bands.1.plus.of with both answers; --set picks one', async () => {
    const base = stay('--status', 'retired', '--tier', '二级中医医院', '--set', 'inpatient.employee.uplift_ceiling=0.97');
    // uplifted: (92% + 3 中医 = 95%) + 3 = 98% → 95% (the band's most): 49580.00 × 95% = 47101.00; fund 47500.00 + 47101.00 = 94601.00, cash 5399.00
    // stated: 92% + 3 = 95% (≤ 95%), + 3 中医 = 98% → 97% (the ceiling set): 49580.00 × 97% = 48092.60; fund 95592.60, cash 4407.40
    const out = await yibao(base);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('inpatient.employee.bands.1.plus.of');
    expect(out.stderr).toContain('统筹基金支付 94601.00 元,个人现金 5399.00 元');
    expect(out.stderr).toContain('统筹基金支付 95592.60 元,个人现金 4407.40 元');
    expect(pick(await run([...base, '--set', 'inpatient.employee.bands.1.plus.of=stated']), 'fund_pays')).toEqual(['95592.60']);
    expect(pick(await run([...base, '--set', 'inpatient.employee.bands.1.plus.of=uplifted']), 'fund_pays')).toEqual(['94601.00']);
    const text = await yibao([...base, '--set', 'inpatient.employee.bands.1.plus.of=stated']);
    expect(text.stdout).toContain('上一段原定比例 92% 提高 3 个百分点 = 95%;本次 97%');
  });

  it('--set the points: 在职 二级, 88% + 5 = 93%: 49300.00 × 93% = 45849.00; fund 44000.00 + 45849.00 = 89849.00', async () => {
    expect(pick(await run(stay('--status', 'active', '--tier', '2', '--set', 'inpatient.employee.bands.1.plus=0.05')), 'fund_pays')).toEqual(['89849.00']);
  });

  it('a stay below 5万 after the deductible never reaches the plus band: 在职 三级 30000.00: (30000.00 − 1200.00) × 85% = 24480.00', async () => {
    expect(pick(await run(['calc', '--policy', LX, '--date', '2025-03-01', '--scheme', 'employee', '--benefit', 'inpatient', '--amount', '30000', '--status', 'active', '--tier', '3']), 'fund_pays')).toEqual(['24480.00']);
  });

  it('a retiree bonus beside ratios given for retirees (variant: 退休人员相应提高5个百分点 added): neither band takes it again; 退休 一级 stays 95% and 95%: fund 94810.00', async () => {
    // the first band's ratio is keyed `retired` (95%), so the bonus is not added to it; the plus band is 95% + 3 = 98% → 95%
    // from that retired ratio, so it is not added there either (it would make 95% + 5 = 100%: 47500.00 + 49800.00 = 97300.00)
    const cap = '          # 第九条\n          cap: { value: 250000, source: lx, quote: 统筹基金年度最高支付限额职工医保25万元 }\n';
    const bonus = variant(cap, `          retiree_bonus: { value: 0.05, source: lx, quote: 退休人员相应提高5个百分点 }\n${cap}`);
    expect(pick(await run(['calc', '--policy', bonus, '--date', '2025-03-01', '--scheme', 'employee', '--benefit', 'inpatient', '--amount', '100000', '--status', 'retired', '--tier', '1']), 'fund_pays')).toEqual(['94810.00']);
  });

  it('validate: plus on the first band, and ratio beside plus, are refused', async () => {
    const ratio = '                ratio:\n                  active:\n                    "1": { value: 0.92';
    const first = variant(ratio, '                plus: { value: 0.03, source: lx, quote: 在相应比例基础上提高3个百分点 }\n' + ratio);
    const out = await yibao(['policy', 'validate', first]);
    expect(out.code).toBe(2);
    expect(out.stderr + out.stdout).toContain('第一段没有“上一段”');
    expect(out.stderr + out.stdout).toContain('与 plus 同写的 ratio 只能按单列标准的机构');
  });

  it('policy show: the band as the band before plus 3 points, at most 95%, 相应比例 unknown', async () => {
    const out = await yibao(['policy', 'show', LX]);
    expect(out.stdout).toContain('50,000 元以上的部分:在上一段比例基础上提高:3 个百分点');
    expect(out.stdout).toContain('提高后最高:95%');
    expect(out.stdout).toContain('“相应比例”指:未知');
  });
});
