// The spoken script mentions a ratio capped at 100% (Suizhou retiree, ratio set to 98%, +5 points).
import { expect, it } from 'vitest';
import { yibao } from './calc-helpers.js';

it('say: the uplift above 100% is read out, with the assumed ratio', async () => {
  const r = await yibao(['calc', '--date', '2024-06-01', '--scheme', 'employee', '--status', 'retired', '--tier', '1', '--amount', '1000', '--set', 'outpatient.employee.ratio=0.98', '--format', 'say']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('请注意,报销比例是按假定的数字算的;退休人员提高后的比例超过100%,按100%算,结果仅供参考。');
});
