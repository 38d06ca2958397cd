// The own account where 医疗救助 counts 目录外 in its base (assistance.base.out_of_scope) and the account
// may pay in-scope costs only (account_scope.own: in_scope): 雁汐 (test/fixtures/trial/yanxi.yaml,
// sources/yanxi-2024-112.txt) with 十.1 narrowed to 政策范围内 for the test. The contract's slip order
// takes 目录外 out first (in_scope), then settles the in-scope cost through the fund, the second layer
// and assistance; 目录外 joins only assistance's base. So assistance pays its ratio on each part, the
// in-scope part first (the year's threshold comes off it first, the cap is used by it first), and the
// in-scope cost left after the layers is the in-scope part less assistance's in-scope share: that is
// what an in-scope-only account may pay. Figures by hand (YX-09: 二档 二级 75%, 特困 90%, no 起付 for
// 特困/低保 三.2; 低保 threshold 1500, 75%; 大病 threshold 6000 not reached by 4250.00).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/policy/load.js';
import { explain } from '../../src/engine/explain.js';
import type { Claim } from '../../src/engine/types.js';
import { replaceOnce } from '../policy/helpers.js';

const FILE = 'test/fixtures/trial/yanxi-account-in-scope.yaml';
const text = replaceOnce(
  replaceOnce(
    readFileSync('test/fixtures/trial/yanxi.yaml', 'utf8'),
    'own: { value: all, source: yanxi-2024-112, quote: 职工医保个人账户可以支付本人在定点医药机构发生的个人负担医疗费用（含目录外费用） }',
    'own: { value: in_scope, source: yanxi-2024-112, quote: 职工医保个人账户可以支付本人在定点医药机构发生的个人负担医疗费用 }',
  ),
  'family: { value: all, source: yanxi-2024-112, quote: 职工医保个人账户可以支付其配偶、父母、子女在定点医药机构发生的个人负担医疗费用（含目录外费用） }',
  'family: { value: in_scope, source: yanxi-2024-112, quote: 职工医保个人账户可以支付其配偶、父母、子女在定点医药机构发生的个人负担医疗费用 }',
);
writeFileSync(FILE, text);
afterAll(() => rmSync(FILE, { force: true }));
const { policy } = await loadPolicyFile(FILE);
const { policy: asWritten } = await loadPolicyFile('test/fixtures/trial/yanxi.yaml');

// YX-09: resident 二档 二级, 20000.00 of which 3000.00 目录外, no 乙类
const yx09 = (c: Partial<Claim>): Claim =>
  ({ city: 'yanxi', date: '2025-04-14', dischargeDate: '2025-04-25', scheme: 'resident', grade: '2', age: 55, benefit: 'inpatient', tier: '2', admission: 1, amount: 2000000, outOfScope: 300000, ytdDeductible: 0, ytdFund: 0, account: 0, family: 0, assistance: '特困人员', ...c }) as Claim;

const layers = (c: Claim, p = policy) => {
  const r = explain(c, p).result;
  return [r.fundPays, r.secondLayerPays, r.assistancePays, r.accountPays, r.cashDue];
};

describe('an in-scope-only account after assistance that counts 目录外', () => {
  it('YX-09 特困: fund 17000.00 × 75% = 12750.00; 救助 (4250.00 + 3000.00) × 90% = 6525.00, of which 4250.00 × 90% = 3825.00 in scope: the account pays 4250.00 − 3825.00 = 425.00, cash the 目录外 left, 3000.00 − 2700.00 = 300.00', () => {
    expect(layers(yx09({ account: 100000 }))).toEqual([1275000, 0, 652500, 42500, 30000]);
  });

  it('the same claim where the account may pay 目录外 too (十.1 as written): 725.00 from the account, no cash', () => {
    expect(layers(yx09({ account: 100000 }), asWritten)).toEqual([1275000, 0, 652500, 72500, 0]);
  });

  it('低保 (threshold 1500.00 off the in-scope part first): 救助 (7250.00 − 1500.00) × 75% = 4312.50, in scope (4250.00 − 1500.00) × 75% = 2062.50; in scope left 2187.50: an account of 3000.00 pays 2187.50, cash 3000.00 × 25% = 750.00', () => {
    expect(layers(yx09({ assistance: '低保对象', account: 300000 }))).toEqual([1275000, 0, 431250, 218750, 75000]);
  });

  it('特困 with 99000.00 of the 100000.00 cap used: 救助 1000.00, all of it in scope (used first): the account pays 4250.00 − 1000.00 = 3250.00, cash the whole 目录外 3000.00', () => {
    expect(layers(yx09({ account: 500000, ytdAssistance: 9900000 }))).toEqual([1275000, 0, 100000, 325000, 300000]);
  });
});
