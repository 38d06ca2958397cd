// 朔原 十（五）「未按规定办理异地就医备案的，救助比例降低10个百分点。」 as assistance.filing_cut.unfiled
// (test/fixtures/sy8/shuoyuan.yaml, quotes verbatim from /work/trial8/shuoyuan/rulebook.txt). Every
// expected number is worked by hand: 五（一）起付 一级200、二级500 (五（三） 特困、低保 50%), 五（二）
// 比例 一档二级70%、二档一级92% (五（三） +5, ≤95%), 十一（三） filing cuts, 十（二） 救助 特困 0 起付 90%,
// 低保 500 起付 75%; 八 大病 threshold 1.5万 × 50% = 7500 for these groups (not reached here).
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { RawClaim } from '../../src/claim/index.js';
import type { Explanation } from '../../src/engine/types.js';
import { yibao } from '../cli/calc-helpers.js';
import { explainAtFacility as run } from '../helpers/claim.js';

const SY = 'test/fixtures/sy8/shuoyuan.yaml';
const sy = (await loadPolicyFile(SY)).policy;
// 十一（四） leaves the order of the filing's −20 and the group's +5 open (filing_cut_first: null); these
// cases take it as the uplift and ceiling first (false), as --set would
const syAfter = structuredClone(sy);
(syAfter.versions[0]!.benefits.inpatient!.resident!.uplift_ceiling as { filing_cut_first: unknown }).filing_cut_first = { value: false };
const AFTER = ['--set', 'inpatient.resident.uplift_ceiling.filing_cut_first=false'];
const stay = (more: RawClaim): RawClaim => ({ date: '2026-03-02', scheme: 'resident', benefit: 'inpatient', admission: '1', ...more });
const aidText = (e: Explanation) => e.steps.find((s) => s.key === 'assistance')!;

describe('朔原 十（五）: 救助比例降低10个百分点 for care elsewhere not filed', () => {
  it('特困人员, 二档, 一级, not filed, out of province: 救助 90% − 10 = 80%', () => {
    // fund: 起付 100.00; 92 + 5 = 97 → 95, − 20 (省外未备案) = 75%: 9900.00 × 75% = 7425.00
    // burden 10000.00 − 7425.00 = 2575.00 (< 大病 7500); 救助 2575.00 × 80% = 2060.00; cash 515.00
    const e = run(syAfter, stay({ grade: '2', tier: '1', amount: '10000', assistance: '特困人员', filing: 'unfiled', where: 'out_of_province' }));
    expect(e.result.fundPays).toBe(742500);
    expect(e.result.assistancePays).toBe(206000);
    expect(e.result.cashDue).toBe(51500);
    const t = aidText(e);
    expect(t.explain.zh).toContain('异地就医未备案:救助比例 90% 降低 10 个百分点为 80%');
    expect(t.source!.quotes).toContain('未按规定办理异地就医备案的，救助比例降低10个百分点。');
  });

  it('低保对象, 一档, 二级, not filed, in the province: 救助 75% − 10 = 65%', () => {
    // fund: 起付 500 × 50% = 250.00; 70 + 5 − 10 = 65%: 19750.00 × 65% = 12837.50; burden 7162.50 (< 7500)
    // 救助: (7162.50 − 500.00) × 65% = 6662.50 × 0.65 = 4330.625 → 4330.63; cash 20000 − 12837.50 − 4330.63 = 2831.87
    const e = run(sy, stay({ grade: '1', tier: '2', amount: '20000', assistance: '低保对象', filing: 'unfiled', where: 'in_province' }));
    expect(e.result.fundPays).toBe(1283750);
    expect(e.result.assistancePays).toBe(433063);
    expect(e.result.cashDue).toBe(283187);
  });

  it('the same claim local: no cut (75%)', () => {
    // fund 19750.00 × 75% = 14812.50; burden 5187.50; 救助 (5187.50 − 500.00) × 75% = 3515.625 → 3515.63
    const e = run(sy, stay({ grade: '1', tier: '2', amount: '20000', assistance: '低保对象' }));
    expect(e.result.assistancePays).toBe(351563);
    expect(aidText(e).explain.zh).not.toContain('降低');
  });

  it('emergency care counts as filed (十一（三）2 视同已备案，按异地转诊人员待遇执行): no assistance cut', () => {
    // fund: 转诊 省外 −5: 70 + 5 − 5 = 70%: 19750.00 × 70% = 13825.00; burden 6175.00
    // 救助 (6175.00 − 500.00) × 75% = 4256.25
    const e = run(sy, stay({ grade: '1', tier: '2', amount: '20000', assistance: '低保对象', filing: 'emergency', where: 'out_of_province' }));
    expect(e.result.fundPays).toBe(1382500);
    expect(e.result.assistancePays).toBe(425625);
  });

  it('JSON, say and --set assistance.filing_cut.unfiled', async () => {
    const args = ['calc', '--policy', SY, '--date', '2026-03-02', '--scheme', 'resident', '--grade', '2', '--benefit', 'inpatient', '--tier', '1', '--amount', '10000', '--admission', '1', '--assistance', '特困人员', '--filing', 'unfiled', '--where', 'out_of_province', ...AFTER];
    const j = JSON.parse((await yibao([...args, '--json'])).stdout);
    expect(j.result.assistance_filing_cut).toEqual({ filing: 'unfiled', points: '0.10', ratio: '0.80' });
    const say = await yibao([...args, '--format', 'say']);
    expect(say.stdout).toContain('救助比例降低到80%');
    // set to 20 points: 救助 2575.00 × 70% = 1802.50
    const set = JSON.parse((await yibao([...args, '--set', 'assistance.filing_cut.unfiled=0.2', '--json'])).stdout);
    expect(set.result.assistance_pays).toBe('1802.50');
  });

  it('policy show lists the cut', async () => {
    const out = await yibao(['policy', 'show', SY]);
    expect(out.stdout).toContain('异地就医按备案情况降低救助比例');
  });
});
