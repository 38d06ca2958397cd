// newborn_deductible_share (round-7 trial 鹤屿, fiction: test/fixtures/stay7/heyu.yaml, 第六条（五）
// 「新生儿出生当年（自然年度）住院不设起付标准」; no structure held it, so the newcomer's HY-11 was charged the 900 起付).
// Worked by hand from the text:
// - HY-11, resident, referred 省内市外 to a 三级, admitted 2025-03-09, born 2025-03-02: 45000, 目录外 1500, 乙类药品
//   4000 × 10% = 400.00 + 乙类项目 2000 × 15% = 300.00 = 700.00; in pooling 45000 − 1500 − 700 = 42800.00; no 起付;
//   三级 65% − 5 (第二十一条) = 60%: 25680.00; 大病 burden 42800 − 25680 = 17120.00 + 乙类 700.00 = 17820.00,
//   (17820 − 15000) × 60% = 1692.00; cash 45000 − 25680 − 1692 = 17628.00.
// - the same stay, born 2024-12-30 (not the claim's year): 起付 900; 41900 × 60% = 25140.00; burden 16760.00 + 700.00 =
//   17460.00, 2460.00 × 60% = 1476.00; cash 45000 − 25140 − 1476 = 18384.00.
// - an active employee, 二级, first stay, 20000 with 乙类药品 2000 (160.00), no birth date: 起付 600; 19240 × 88% =
//   16931.20; cash 3068.80; an employee is no newborn, so nothing is said (a resident with neither date nor age is told).
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { batchRows, calc, codes, pick, run } from './limits3-helpers.js';
import { HY, heyuVariant } from './stay7-helpers.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { rulebookNeeds } from '../../src/cli/wizard/rulebook-needs.js';

const RULE = '          newborn_deductible_share: &newborn { value: 0, source: heyu-2024-9, quote: 新生儿出生当年（自然年度）住院不设起付标准 }\n';
// 第九条's age uplift of residents (age asked of every resident stay): left out, a resident may give neither birth date nor age
const AGE_RULE = `          age_bonus:
            min_age: { value: 75, source: heyu-2024-9, quote: 年满75周岁的居民医保参保人员（年龄按入院之日计算），住院支付比例提高3个百分点 }
            value: { value: 0.03, source: heyu-2024-9, quote: 住院支付比例提高3个百分点 }
            age_on: { value: admission, source: heyu-2024-9, quote: 年龄按入院之日计算 }
`;
const AGE_HELD = '              age: { value: true, source: heyu-2024-9, quote: 住院支付比例提高3个百分点，提高后支付比例最高不超过90% }\n';
const HY11 = (policy: string, extra: string[]) =>
  calc(policy, '--date', '2025-03-09', '--discharge-date', '2025-04-02', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '3', '--admission', '1', '--filing', 'referral', '--where', 'in_province', '--amount', '45000', '--out-of-scope', '1500', '--class-b-drugs', '4000', '--class-b-items', '2000', ...extra);
const EMPLOYEE = (policy: string, extra: string[] = []) =>
  calc(policy, '--date', '2025-04-23', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '2', '--admission', '1', '--amount', '20000', '--class-b-drugs', '2000', ...extra);

describe('newborn_deductible_share (鹤屿 第六条（五）)', () => {
  it('HY-11, born in the claim year: no 起付; fund 25680.00, 大病 1692.00, cash 17628.00, said with the clause', async () => {
    const j = await run(HY11(HY, ['--birth-date', '2025-03-02']));
    expect(pick(j, 'deductible', 'deductible_applied', 'fund_pays', 'second_layer_pays', 'cash_due')).toEqual(['0.00', '0.00', '25680.00', '1692.00', '17628.00']);
    const text = (await yibao(HY11(HY, ['--birth-date', '2025-03-02']))).stdout;
    expect(text).toContain('新生儿出生当年(2025-03-02 出生)住院不收起付线');
    expect(text).toContain('“新生儿出生当年（自然年度）住院不设起付标准”');
  });
  it('born the year before: 起付 900; fund 25140.00, 大病 1476.00, cash 18384.00', async () => {
    expect(pick(await run(HY11(HY, ['--birth-date', '2024-12-30'])), 'deductible_applied', 'fund_pays', 'second_layer_pays', 'cash_due')).toEqual(['900.00', '25140.00', '1476.00', '18384.00']);
  });
  it('an age of 0 alone cannot tell: exit 2 asking for --birth-date', async () => {
    const out = await yibao(HY11(HY, ['--age', '0']));
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--birth-date');
  });
  it('an employee with no birth date: not a newborn (an employee is none), and nothing said; an age of 1 or more says nothing', async () => {
    const j = await run(EMPLOYEE(HY));
    expect(pick(j, 'deductible_applied', 'fund_pays', 'cash_due')).toEqual(['600.00', '16931.20', '3068.80']);
    expect(codes(j)).not.toContain('newborn_assumed');
    expect(codes(await run(EMPLOYEE(HY, ['--age', '40'])))).not.toContain('newborn_assumed');
  });
  it('a resident with neither birth date nor age (a variant with no age rule): charged, said as an assumption', async () => {
    // resident 二级, first stay, 10000: 起付 500, (10000 − 500) × 80% = 7600.00, cash 2400.00
    const noAge = heyuVariant(AGE_RULE, '', [AGE_HELD, '']);
    const resident = (policy: string, extra: string[] = []) => calc(policy, '--date', '2025-04-23', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '2', '--admission', '1', '--amount', '10000', ...extra);
    expect((await yibao(resident(noAge))).stderr).toBe('');
    const j = await run(resident(noAge));
    expect(pick(j, 'deductible_applied', 'fund_pays', 'cash_due')).toEqual(['500.00', '7600.00', '2400.00']);
    expect(codes(j)).toContain('newborn_assumed');
    // a share of 1 (a newborn pays the same): nothing to say
    const same = heyuVariant(RULE, '          newborn_deductible_share: &newborn { value: 1, source: heyu-2024-9, quote: 新生儿出生当年（自然年度）住院起付标准按100%收取 }\n', [AGE_RULE, ''], [AGE_HELD, '']);
    expect(codes(await run(resident(same)))).not.toContain('newborn_assumed');
  });
  it('unknown: exit 3 on a newborn only; --set gives it; left out: charged as before', async () => {
    const open = heyuVariant(RULE, '          newborn_deductible_share: &newborn { value: null, note: { zh: 变体:未写。, en: "variant: not written." } }\n');
    const out = await yibao(HY11(open, ['--birth-date', '2025-03-02']));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('inpatient.resident.newborn_deductible_share');
    expect(pick(await run(HY11(open, ['--birth-date', '2024-12-30'])), 'deductible_applied')).toEqual(['900.00']);
    const set = await run(HY11(open, ['--birth-date', '2025-03-02', '--set', 'inpatient.resident.newborn_deductible_share=0.5']));
    // 900 × 50% = 450.00; 42350 × 60% = 25410.00
    expect(pick(set, 'deductible_applied', 'fund_pays')).toEqual(['450.00', '25410.00']);
    // left out: a newborn pays the 900 as before, and nothing is said
    const none = heyuVariant(RULE, '', ['          newborn_deductible_share: *newborn\n', '']);
    expect(pick(await run(HY11(none, ['--birth-date', '2025-03-02'])), 'deductible_applied', 'fund_pays')).toEqual(['900.00', '25140.00']);
    expect(codes(await run(EMPLOYEE(none)))).not.toContain('newborn_assumed');
  });
  it('validate, show, init; the wizard asks the birth date where the age is not asked anyway', async () => {
    expect((await yibao(['policy', 'validate', HY])).code).toBe(0);
    expect((await yibao(['policy', 'show', HY])).stdout).toContain('出生当年的新生儿起付线(按起付线的比例,--birth-date;未给出生日期按不是新生儿算):0%');
    expect((await yibao(['policy', 'init', 'x'])).stdout).toContain('newborn_deductible_share');
    const { policy } = await loadPolicyFile(HY);
    // an employee is no newborn: not asked
    expect(rulebookNeeds(policy, { date: '2025-04-23', benefit: 'inpatient', scheme: 'employee' })).not.toContain('newborn');
    // the resident's age (第九条 年满75周岁) is asked anyway, and a date of birth answers both
    const resident = rulebookNeeds(policy, { date: '2025-04-23', benefit: 'inpatient', scheme: 'resident' });
    expect(resident).toContain('age');
    expect(resident).not.toContain('newborn');
  });
  it('batch reads birth_date per row', async () => {
    const csv = 'date,scheme,benefit,tier,admission,filing,where,amount,out_of_scope,class_b_drugs,class_b_items,birth_date\n2025-03-09,resident,inpatient,3,1,referral,in_province,45000,1500,4000,2000,2025-03-02\n2025-03-09,resident,inpatient,3,1,referral,in_province,45000,1500,4000,2000,2024-12-30\n';
    const rows = await batchRows(HY, csv);
    expect(rows.map((r) => [r.deductible_applied, r.fund_pays, r.second_layer_pays, r.cash_due])).toEqual([
      ['0.00', '25680.00', '1692.00', '17628.00'],
      ['900.00', '25140.00', '1476.00', '18384.00'],
    ]);
  });
});
