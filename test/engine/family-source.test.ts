// The family step cites the policy's family circle (family.relations source and quote), and the
// account step cites family.order when the policy quotes it (Hanzhong: own account first).
// Expected quotes are those of policies/suizhou.yaml and policies/hanzhong.yaml.
import { describe, expect, test } from 'vitest';
import { explain } from '../../src/engine/index.js';
import { parseOverride } from '../../src/claim/index.js';
import { claimOf } from '../helpers/claim.js';
import { policy } from '../helpers/policy.js';

const sets = (...texts: string[]) =>
  texts.map((t) => {
    const r = parseOverride(t);
    if (!r.ok) throw new Error(r.message.en);
    return r.override;
  });

describe('sources of the account and family steps', () => {
  test('Suizhou 2024: the family step quotes the family circle; the account step has no source (order not stated)', async () => {
    const e = explain(claimOf({ scheme: 'employee', status: 'active', tier: '1', amount: '1000', account: '10', family: '500', relation: 'spouse' }), await policy('suizhou'));
    const family = e.steps.find((s) => s.key === 'family')!;
    expect(family.source).toMatchObject({ publisher: '随州日报', date: '2024', quote: '扩大至近亲属(配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女)' });
    expect(e.steps.find((s) => s.key === 'account')!.source).toBeUndefined();
  });

  test('a refused relation still cites the circle that leaves it out (Hanzhong: spouse, parents, children)', async () => {
    const e = explain(
      claimOf({ scheme: 'resident', tier: '1', amount: '400', family: '500', relation: 'sibling' }, '2024-03-01', 'hanzhong'),
      await policy('hanzhong'),
      sets('outpatient.resident.deductible=0', 'outpatient.resident.ratio=0.5'),
    );
    const family = e.steps.find((s) => s.key === 'family')!;
    expect(family.amount).toBe(0);
    expect(family.source!.quote).toContain('职工参保人员可授权其配偶、父母、子女使用本人医保个人账户');
  });

  test('Hanzhong: the account step quotes the order (own account first); the family step adds it to the circle', async () => {
    const e = explain(
      claimOf({ scheme: 'employee', status: 'active', tier: '1', amount: '1000', account: '10', family: '500', relation: 'spouse' }, '2024-03-01', 'hanzhong'),
      await policy('hanzhong'),
      sets('outpatient.employee.deductible=0', 'outpatient.employee.ratio=0.5'),
    );
    const order = '须先用本人的个人账户历年结余资金支付,用完本人历年结余资金后,可按规定使用家庭共济资金支付';
    expect(e.steps.find((s) => s.key === 'account')!.source).toMatchObject({ date: '2023-02-10', quote: order });
    const family = e.steps.find((s) => s.key === 'family')!.source!;
    // two separate passages: the circle, then the order
    expect(family.quotes).toHaveLength(2);
    expect(family.quotes[0]!.startsWith('职工参保人员可授权其配偶、父母、子女使用本人医保个人账户')).toBe(true);
    expect(family.quotes[1]).toBe(order);
  });
});
