// 朔原 八（一）「1.5万元以上至5万元（含）的部分支付60%…二档参保人员各段支付比例提高5个百分点」 as the second
// layer's grade_bonus; 八（二）「重度残疾人的大病保险起付标准降低30%」 as threshold_share 0.7, stated (the quote
// check reads 降低30% as a share of 0.7); and the newcomer's file (test/fixtures/sy8/shuoyuan-newcomer.yaml,
// as written in trial 8: 二档 bands and 0.7 inferred) whose inferred layer values are now said on the
// claims that use them. Every number by hand:
//   二档 三级 62% (五（二）), 重度残疾人 not in 五（三）: 起付 900 in full; (60000 − 900) × 62% = 36642.00;
//   burden 60000 − 36642 = 23358.00 (含起付标准); 大病 threshold 15000 × 70% = 10500.00 (八（三） the first
//   band from it, edges unchanged); (23358 − 10500) × (60 + 5)% = 12858 × 0.65 = 8357.70;
//   救助 重度残疾人 起付 1500, 60%: (23358 − 8357.70 − 1500) × 60% = 13500.30 × 0.6 = 8100.18;
//   cash 60000 − 36642 − 8357.70 − 8100.18 = 6900.12.
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { RawClaim } from '../../src/claim/index.js';
import type { Explanation } from '../../src/engine/types.js';
import { quoteStatesNumber } from '../../src/policy/quote-number.js';
import { yibao } from '../cli/calc-helpers.js';
import { explainAtFacility as run } from '../helpers/claim.js';

const SY = 'test/fixtures/sy8/shuoyuan.yaml';
const NC = 'test/fixtures/sy8/shuoyuan-newcomer.yaml';
const sy = (await loadPolicyFile(SY)).policy;
const nc = (await loadPolicyFile(NC)).policy;
const stay = (more: RawClaim): RawClaim => ({ date: '2026-03-02', scheme: 'resident', benefit: 'inpatient', tier: '3', amount: '60000', admission: '1', assistance: '重度残疾人', ...more });
const layerText = (e: Explanation) => e.steps.find((s) => s.key === 'second_layer')!;
const inferred = (e: Explanation) => e.warnings.filter((w) => w.code === 'inferred_value').map((w) => w.path);

describe('朔原 八（一）: 二档 every band + 5 points (second_layer.resident.grade_bonus)', () => {
  it('二档 重度残疾人, 三级 60000: 大病 12858.00 × 65% = 8357.70, said with the clause', () => {
    const e = run(sy, stay({ grade: '2' }));
    expect(e.result.fundPays).toBe(3664200);
    expect(e.result.secondLayerPays).toBe(835770);
    expect(e.result.assistancePays).toBe(810018);
    expect(e.result.cashDue).toBe(690012);
    expect(layerText(e).explain.zh).toContain('二档各段提高 5 个百分点');
    expect(layerText(e).source!.quotes).toContain('二档参保人员各段支付比例提高5个百分点');
    expect(layerText(e).source!.quotes).toContain('重度残疾人的大病保险起付标准降低30%');
  });

  it('一档: no uplift, 60%: (60000 − 900) × 55% = 32505.00; (27495 − 10500) × 60% = 10197.00', () => {
    const e = run(sy, stay({ grade: '1' }));
    expect(e.result.fundPays).toBe(3250500);
    expect(e.result.secondLayerPays).toBe(1019700);
    expect(layerText(e).explain.zh).not.toContain('提高');
  });

  it('--set second_layer.resident.grade_bonus.grade_2=0.1: 12858 × 70% = 9000.60', async () => {
    const out = await yibao(['calc', '--policy', SY, '--date', '2026-03-02', '--scheme', 'resident', '--grade', '2', '--benefit', 'inpatient', '--tier', '3', '--amount', '60000', '--admission', '1', '--assistance', '重度残疾人', '--set', 'second_layer.resident.grade_bonus.grade_2=0.1', '--json']);
    expect(out.code, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout).result.second_layer_pays).toBe('9000.60');
  });

  it('降低30% states a share of 0.7 (as 降低50% states 0.5); not 0.75, and 个百分点 is no share', () => {
    expect(quoteStatesNumber('重度残疾人的大病保险起付标准降低30%', 0.7, 'ratio')).toBe(true);
    expect(quoteStatesNumber('起付标准降低３０％', 0.7, 'ratio')).toBe(true);
    expect(quoteStatesNumber('重度残疾人的大病保险起付标准降低30%', 0.75, 'ratio')).toBe(false);
    expect(quoteStatesNumber('支付比例降低5个百分点', 0.95, 'ratio')).toBe(false);
  });
});

describe('the newcomer’s file: inferred second-layer values said where used', () => {
  it('the same claim, the same numbers; 0.7 and band 1’s 65% said as inferred, bands 2 and 3 (not reached) not', () => {
    const e = run(nc, stay({ grade: '2' }));
    expect(e.result.secondLayerPays).toBe(835770);
    const said = inferred(e);
    expect(said).toContain('second_layer.resident.groups.重度残疾人.threshold_share');
    expect(said).toContain('second_layer.resident.segments.0.ratio.grade_2');
    expect(said).not.toContain('second_layer.resident.segments.1.ratio.grade_2');
    expect(said).not.toContain('second_layer.resident.segments.2.ratio.grade_2');
  });

  it('a claim the layer pays nothing (burden below the threshold): the threshold it was counted against said, no band’s ratio', () => {
    // 10000 at 三级: (10000 − 900) × 62% = 5642.00, burden 4358.00 < 10500
    const e = run(nc, stay({ grade: '2', amount: '10000' }));
    expect(e.result.secondLayerPays).toBe(0);
    expect(inferred(e).filter((p) => p?.startsWith('second_layer'))).toEqual(['second_layer.resident.groups.重度残疾人.threshold_share']);
  });
});
