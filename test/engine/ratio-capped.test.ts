// A retiree uplift that would take the ratio above 100% (here through --set): the ratio is
// capped at 100%, and both the ratio step and a warning say so, in zh and en.
import { describe, expect, test } from 'vitest';
import { explain } from '../../src/engine/index.js';
import { parseOverride } from '../../src/claim/index.js';
import { claimOf } from '../helpers/claim.js';
import { policy } from '../helpers/policy.js';

function set(text: string) {
  const r = parseOverride(text);
  if (!r.ok) throw new Error(r.message.en);
  return r.override;
}

describe('ratio capped at 100%', () => {
  // Suizhou retiree, tier 1: deductible 400 (退休人员400元), retiree uplift 5 points; ratio set to 98%.
  // 98% + 5 points = 103% → 100%; (1000 − 400) × 100% = 600.00 (uncapped it would be 618.00).
  test('the fund pays 600.00 and the ratio step says 103% was capped at 100%', async () => {
    const e = explain(claimOf({ scheme: 'employee', status: 'retired', tier: '1', amount: '1000' }), await policy('suizhou'), [set('outpatient.employee.ratio=0.98')]);
    expect(e.result.ratio).toBe(10000);
    expect(e.result.fundPays).toBe(60000);
    const ratio = e.steps.find((s) => s.key === 'ratio')!;
    expect(ratio.explain.zh).toBe('报销比例 98%,退休人员提高 5 个百分点,合计 103%,以 100% 为限,按 100% 计;起付线以上的 600.00 元 × 100% = 600.00 元。' +
      // the 98% is a --set and the uplift a reading: both said after the rule (audit-11)
      '(此数值由用户 --set 假定。)(其中有对原文的理解,见下方“请注意”。)');
    expect(ratio.explain.en).toContain('is 98%, plus 5 points for retirees: 103%, capped at 100%; 600.00 above the deductible × 100% = 600.00.');
  });

  test('a ratio_capped warning, in both languages', async () => {
    const e = explain(claimOf({ scheme: 'employee', status: 'retired', tier: '1', amount: '1000' }), await policy('suizhou'), [set('outpatient.employee.ratio=0.98')]);
    const w = e.warnings.find((x) => x.code === 'ratio_capped');
    expect(w).toEqual({
      code: 'ratio_capped',
      kind: 'assumed',
      short: { zh: '退休人员提高后的比例超过100%,按100%算', en: 'the retiree uplift would take the ratio above 100%, so 100% is used' },
      path: 'outpatient.employee.ratio',
      message: {
        zh: '报销比例 98% 加退休人员提高的 5 个百分点为 103%,超过 100%;按 100% 计算(基金支付不超过费用本身)。',
        en: 'The ratio 98% plus 5 points for retirees is 103%, above 100%; 100% is used (the fund never pays more than the cost).',
      },
    });
  });

  test('no cap, no warning: 95% + 5 points is exactly 100%', async () => {
    const e = explain(claimOf({ scheme: 'employee', status: 'retired', tier: '1', amount: '1000' }), await policy('suizhou'), [set('outpatient.employee.ratio=0.95')]);
    expect(e.result.ratio).toBe(10000);
    expect(e.warnings.map((w) => w.code)).not.toContain('ratio_capped');
    expect(e.steps.find((s) => s.key === 'ratio')!.explain.zh).toContain('退休人员提高 5 个百分点,为 100%;');
  });
});
