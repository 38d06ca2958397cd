// 朔原 五（三）「特困人员、低保对象、返贫致贫人口住院的，起付标准降低50%，支付比例提高5个百分点。
// 居民医保住院支付比例最高不超过95%。」 (test/fixtures/sy8/shuoyuan.yaml, quotes verbatim from
// /work/trial8/shuoyuan/rulebook.txt): the ratio half as group_bonus, held by uplift_ceiling.after.group;
// a filing cut (十一（三）4 未办理备案 省外降低20个百分点) after the uplift and its ceiling. Every
// expected number is worked by hand from the clauses quoted beside it (五（一）起付 一级200、二级500、
// 三级900; 五（二）比例 一档 85/70/55%, 二档 92/76/62%).
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { RawClaim } from '../../src/claim/index.js';
import type { Explanation } from '../../src/engine/types.js';
import { yibao } from '../cli/calc-helpers.js';
import { explainAtFacility as run } from '../helpers/claim.js';

const SY = 'test/fixtures/sy8/shuoyuan.yaml';
const sy = (await loadPolicyFile(SY)).policy;
const stay = (more: RawClaim): RawClaim => ({ date: '2026-03-02', scheme: 'resident', benefit: 'inpatient', admission: '1', ...more });
const ratioText = (e: Explanation) => e.steps.find((s) => s.key === 'ratio')!;

describe('朔原 五（三）: an assistance group’s inpatient ratio +5 points, at most 95%', () => {
  it('特困人员, 二档, 乡镇卫生院 (一级): 92% + 5 = 97%, held at 95%', () => {
    // 起付 200 × 50% = 100.00; (10000.00 − 100.00) × 95% = 9405.00
    const e = run(sy, stay({ grade: '2', tier: '乡镇卫生院', amount: '10000', assistance: '特困人员' }));
    expect(e.result.deductibleApplied).toBe(10000);
    expect(e.result.ratio).toBe(9500);
    expect(e.result.fundPays).toBe(940500);
    const t = ratioText(e);
    expect(t.explain.zh).toContain('特困人员提高 5 个百分点');
    expect(t.explain.zh).toContain('提高后最高不超过 95%');
    expect(t.source!.quotes).toContain('特困人员、低保对象、返贫致贫人口住院的，起付标准降低50%，支付比例提高5个百分点');
    expect(t.source!.quotes).toContain('居民医保住院支付比例最高不超过95%');
  });

  it('低保对象, 一档, 二级: 70% + 5 = 75% (below the ceiling)', () => {
    // 起付 500 × 50% = 250.00; (20000.00 − 250.00) × 75% = 14812.50
    const e = run(sy, stay({ grade: '1', tier: '2', amount: '20000', assistance: '低保对象' }));
    expect(e.result.ratio).toBe(7500);
    expect(e.result.fundPays).toBe(1481250);
    expect(ratioText(e).explain.zh).not.toContain('最高不超过');
  });

  it('返贫致贫人口, 二档, 三级: 62% + 5 = 67%', () => {
    // 起付 900 × 50% = 450.00; (30000.00 − 450.00) × 67% = 29550.00 × 0.67 = 19798.50
    const e = run(sy, stay({ grade: '2', tier: '3', amount: '30000', assistance: '返贫致贫人口' }));
    expect(e.result.ratio).toBe(6700);
    expect(e.result.fundPays).toBe(1979850);
  });

  it('重度残疾人 is not in 五（三）’s list (no 等): no uplift, full 起付', () => {
    // 起付 200 (一级, in full); (10000.00 − 200.00) × 92% = 9016.00
    const e = run(sy, stay({ grade: '2', tier: '1', amount: '10000', assistance: '重度残疾人' }));
    expect(e.result.ratio).toBe(9200);
    expect(e.result.fundPays).toBe(901600);
    expect(ratioText(e).explain.zh).not.toContain('提高');
  });

  it('no group: as before (92%)', () => {
    // (10000.00 − 200.00) × 92% = 9016.00
    const e = run(sy, stay({ grade: '2', tier: '1', amount: '10000' }));
    expect(e.result.fundPays).toBe(901600);
  });

  it('特困人员 out of province, not filed: the order of the −20 and the uplift not said (十一（四）): exit 3 with both answers', async () => {
    // 十一（三） 起付按本市同级 200 × 50% = 100.00. uplift and ceiling first: 92 + 5 = 97 → 95, − 20 = 75%:
    // 9900.00 × 75% = 7425.00; cut first: 92 − 20 = 72, + 5 = 77%: 9900.00 × 77% = 7623.00
    const args = ['calc', '--policy', SY, '--date', '2026-03-02', '--scheme', 'resident', '--grade', '2', '--benefit', 'inpatient', '--tier', '1', '--amount', '10000', '--admission', '1', '--assistance', '特困人员', '--filing', 'unfiled', '--where', 'out_of_province'];
    const out = await yibao(args);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('inpatient.resident.uplift_ceiling.filing_cut_first');
    expect(out.stderr).toContain('统筹基金支付 7425.00 元');
    expect(out.stderr).toContain('统筹基金支付 7623.00 元');
    const after = JSON.parse((await yibao([...args, '--set', 'inpatient.resident.uplift_ceiling.filing_cut_first=false', '--json'])).stdout);
    expect([after.result.ratio, after.result.fund_pays]).toEqual(['0.75', '7425.00']);
    const first = JSON.parse((await yibao([...args, '--set', 'inpatient.resident.uplift_ceiling.filing_cut_first=true', '--json'])).stdout);
    expect([first.result.ratio, first.result.fund_pays]).toEqual(['0.77', '7623.00']);
  });

  it('低保对象 not filed in the province: 70 + 5 − 10 = 65% either way (no ceiling reached): answered', () => {
    // 起付 500 × 50% = 250.00; (20000.00 − 250.00) × 65% = 12837.50
    const e = run(sy, stay({ grade: '1', tier: '2', amount: '20000', assistance: '低保对象', filing: 'unfiled', where: 'in_province' }));
    expect(e.result.ratio).toBe(6500);
    expect(e.result.fundPays).toBe(1283750);
    expect(ratioText(e).explain.zh).toContain('降低 10 个百分点');
  });

  it('calc --json and --set inpatient.resident.group_bonus.低保对象', async () => {
    // 一档 二级 70% + 10 (set) = 80%; (20000.00 − 250.00) × 80% = 15800.00
    const out = await yibao(['calc', '--policy', SY, '--date', '2026-03-02', '--scheme', 'resident', '--grade', '1', '--benefit', 'inpatient', '--tier', '2', '--amount', '20000', '--admission', '1', '--assistance', '低保对象', '--set', 'inpatient.resident.group_bonus.低保对象=0.1', '--json']);
    expect(out.code, out.stderr).toBe(0);
    const j = JSON.parse(out.stdout);
    expect(j.result.ratio).toBe('0.80');
    expect(j.result.fund_before_cap).toBe('15800.00');
  });

  it('policy show lists the groups’ uplift and the ceiling after it', async () => {
    const out = await yibao(['policy', 'show', SY]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('下列救助对象比例提高');
    expect(out.stdout).toContain('救助对象提高后');
  });
});
