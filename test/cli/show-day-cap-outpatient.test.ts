// policy show under a facility_day_cap: bed-days (床日数, counted from a stay's admission and
// discharge dates) concern stays only. Round-6 trial 岚汐 第十四条 「在社区卫生服务站、村卫生室就诊的，
// 每人每日统筹基金支付不超过20元」 (an outpatient cap a day) was shown with 「床日数…:未知」 beneath it and
// listed among the unknowns. Fixtures: small2/fengzhu.yaml (outpatient 村卫生室 20元/日), stay5/qiwan.yaml
// (乡镇卫生院 150元/床日, a stay).
import { describe, expect, it } from 'vitest';
import { yibao } from './calc-helpers.js';

describe('policy show: bed-days only under a stay’s cap a day', () => {
  it('an outpatient cap a day: the days from --days or one, no bed-days line, no unknown', async () => {
    const out = await yibao(['policy', 'show', 'test/fixtures/small2/fengzhu.yaml']);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('在下列机构就诊,统筹基金每日支付限额(--days 给出天数,未给时按 1 天计):');
    expect(out.stdout).toContain('村卫生室每日最多:20 元');
    expect(out.stdout).not.toContain('床日');
  });

  it('a stay’s cap a bed-day keeps its bed-days line (unknown here)', async () => {
    const out = await yibao(['policy', 'show', 'test/fixtures/stay5/qiwan.yaml']);
    expect(out.stdout).toContain('住院未给时按入院、出院日期计床日');
    expect(out.stdout).toContain('床日数(未给 --days 时由入院、出院日期计算):未知');
  });
});
