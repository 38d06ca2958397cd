// Caps of 普通门诊 (trial 3, /work/trial3): the cap of one visit, visit_cap — 鹤汀 四（二）2「每次就诊统筹基金最高
// 支付40元」 (HT-09); the yearly cap by age, age_cap — 鹤汀 四（一）3「年度支付限额在职人员2000元；退休人员3000元，
// 其中年满70周岁的退休人员4000元，年满80周岁的退休人员5000元」 (HT-10; HT-13 undecided: no day named for the
// age) and 苇川 四（二）「年度支付限额400元，未成年人500元」. Expected numbers are worked by hand in the comments.
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { HT_OP, WC, batchRows, calc, codes, pick, run, variant } from './limits3-helpers.js';

const HT09 = calc(HT_OP, '--date', '2026-02-24', '--scheme', 'resident', '--grade', '二档', '--age', '34', '--benefit', 'outpatient', '--tier', '社区卫生服务中心', '--amount', '150', '--out-of-scope', '10', '--class-b-drugs', '40', '--ytd-fund', '200', '--family', '500', '--relation', 'spouse');
const HT10 = calc(HT_OP, '--date', '2026-09-15', '--scheme', 'employee', '--status', 'retired', '--birth-date', '1943-04-12', '--benefit', 'outpatient', '--tier', '2', '--amount', '600', '--out-of-scope', '50', '--class-b-drugs', '200', '--class-b-items', '100', '--ytd-deductible', '300', '--ytd-fund', '4800', '--account', '1000');
const HT13 = calc(HT_OP, '--date', '2026-05-10', '--scheme', 'employee', '--status', 'retired', '--birth-date', '1956-08-20', '--benefit', 'outpatient', '--tier', '社区卫生服务中心', '--amount', '500', '--ytd-deductible', '300', '--ytd-fund', '2900');

describe('鹤汀 四（二）2: the cap of one visit (visit_cap)', () => {
  it('HT-09: 138.00 × 60% = 82.80, at most 40 a visit: fund 40.00 (fund_before_cap 82.80); the spouse’s account pays 110.00', async () => {
    // 乙类 40 × 5% = 2; pool 150 − 10 − 2 = 138; 一级 60%: 82.80; 二档 room 600 − 200 = 400 not binding; visit 40.
    // family (支付范围与本人相同, 目录外 too): 150 − 40 = 110, cash 0
    const j = await run(HT09);
    expect(pick(j, 'first_pay', 'fund_before_cap', 'fund_pays', 'family_pays', 'cash_due')).toEqual(['2.00', '82.80', '40.00', '110.00', '0.00']);
  });
  it('a visit under it is paid in full: 50 × 60% = 30.00', async () => {
    const j = await run(calc(HT_OP, '--date', '2026-02-24', '--scheme', 'resident', '--grade', '二档', '--benefit', 'outpatient', '--tier', '1', '--amount', '50'));
    expect(pick(j, 'fund_before_cap', 'fund_pays')).toEqual(['30.00', '30.00']);
  });
  it('the yearly limit still binds: 一档 with 380 paid, 20 left: 20.00', async () => {
    const j = await run(HT09.map((a) => (a === '二档' ? '一档' : a === '200' ? '380' : a)));
    expect(j.result.fund_pays).toBe('20.00');
  });
  it('the breakdown says and quotes it; say says why 40 and not 82.80 (zh, en)', async () => {
    const text = (await yibao(HT09)).stdout;
    expect(text).toContain('每次就诊统筹基金最多支付 40.00 元');
    expect(text).toContain('“每次就诊统筹基金最高支付40元”');
    const zh = (await yibao([...HT09, '--format', 'say'])).stdout;
    expect(zh).toContain('本来能报82元8角');
    expect(zh).toContain('每次就诊统筹基金最多支付40元');
    const en = (await yibao([...HT09, '--format', 'say', '--lang', 'en'])).stdout;
    expect(en).toContain('a visit');
  });
  it('batch: each row is one visit, 40 each, the year’s fund carried (200 → 240 → 280 of 600)', async () => {
    const rows = await batchRows(HT_OP, 'person_id,date,scheme,grade,benefit,tier,amount,ytd_fund\nq,2026-02-24,resident,二档,outpatient,1,150,200\nq,2026-03-24,resident,二档,outpatient,1,150,\n');
    expect(rows.map((r) => [r.fund_pays, r.ytd_fund_after])).toEqual([['40.00', '240.00'], ['40.00', '280.00']]);
  });
  it('policy show (zh, en); policy init; an unknown visit cap is exit 3 naming it', async () => {
    expect((await yibao(['policy', 'show', HT_OP])).stdout).toMatch(/每次就诊统筹基金最多支付[^\n]*40 元/);
    expect((await yibao(['policy', 'show', HT_OP, '--lang', 'en'])).stdout).toMatch(/the fund pays at most a visit[^\n]*40/);
    const { skeletonPolicy } = await import('../../src/cli/policy/init.js');
    expect(skeletonPolicy('qingsong', '../schema/policy.schema.json')).toContain('# visit_cap: { value: 40');
    const p = await variant(HT_OP, 'visit_cap: { value: 40, source: ht, quote: 每次就诊统筹基金最高支付40元 }', 'visit_cap: { value: null, note: { zh: 原文未写明。, en: Not stated. } }');
    const out = await yibao(HT09.map((a) => (a === HT_OP ? p : a)));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('--set outpatient.resident.visit_cap=');
    // supplied: 40 again, said as the user's
    const set = await run([...HT09.map((a) => (a === HT_OP ? p : a)), '--set', 'outpatient.resident.visit_cap=40']);
    expect(set.result.fund_pays).toBe('40.00');
    expect(codes(set)).toContain('user_value');
  });
});

describe('鹤汀 四（一）3 / 苇川 四（二）: the yearly cap by age (age_cap)', () => {
  it('HT-10: born 1943-04-12, 80+ on any day of 2026: limit 5000, 200 left of it: fund 200.00, own account 400.00', async () => {
    // 乙类 200 × 5% + 100 × 8% = 18; pool 600 − 50 − 18 = 532; 起付 300 met; 二级 70 + 10 = 80%: 425.60;
    // 5000 − 4800 = 200; account (目录外 too) 600 − 200 = 400, cash 0
    const j = await run(HT10);
    expect(pick(j, 'fund_before_cap', 'cap', 'fund_pays', 'account_pays', 'cash_due')).toEqual(['425.60', '5000.00', '200.00', '400.00', '0.00']);
    expect(codes(j)).not.toContain('reading');
  });
  it('HT-13: turns 70 on 2026-08-20, visit 2026-05-10, and the text names no day: exit 3 naming age_cap.age_on with both answers', async () => {
    // 一级 80 + 10 = 90%: 500 × 90% = 450.00. Visit day (69): 3000 − 2900 = 100 → fund 100.00, cash 400.00;
    // the age reached in 2026 (70): 4000 − 2900 = 1100 → 450.00, cash 50.00
    const out = await yibao(HT13);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('outpatient.employee.age_cap.age_on');
    expect(out.stderr).toContain('统筹基金支付 100.00 元,个人现金 400.00 元');
    expect(out.stderr).toContain('统筹基金支付 450.00 元,个人现金 50.00 元');
    // what is known: not the general 3000 (the cap is what is in question)
    expect(out.stderr).not.toContain('每年最多报销3000元');
  });
  it('HT-13 under each reading: the visit day gives 100.00 / 400.00, the age reached in the year 450.00 / 50.00, said as a reading', async () => {
    const read = (on: string) =>
      variant(
        HT_OP,
        `            age_on:
              value: null
              note:`,
        `            age_on:
              value: ${on}
              reading: { zh: 读作${on}。, en: read as ${on}. }
              note:`,
      );
    const under = async (policy: string) => run(HT13.map((a) => (a === HT_OP ? policy : a)));
    const visit = await under(await read('visit'));
    expect(pick(visit, 'fund_pays', 'cash_due')).toEqual(['100.00', '400.00']);
    expect(codes(visit)).toContain('reading');
    const yearEndPolicy = await read('year_end');
    const yearEnd = await under(yearEndPolicy);
    expect(pick(yearEnd, 'cap', 'fund_pays', 'cash_due')).toEqual(['4000.00', '450.00', '50.00']);
    expect(codes(yearEnd)).toContain('reading');
    // a retiree of 83 under the same reading: every day agrees, no reading said
    const old = await run(HT10.map((a) => (a === HT_OP ? yearEndPolicy : a)));
    expect(codes(old)).not.toContain('reading');
  });
  it('HT-13 with --set outpatient.employee.age_cap.age_on=year_end: 450.00, marked as the user’s (user_value)', async () => {
    const j = await run([...HT13, '--set', 'outpatient.employee.age_cap.age_on=year_end']);
    expect(pick(j, 'cap', 'fund_pays', 'cash_due')).toEqual(['4000.00', '450.00', '50.00']);
    expect(codes(j)).toContain('user_value');
    const bad = await yibao([...HT13, '--set', 'outpatient.employee.age_cap.age_on=birthday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('year_end');
  });
  it('an 83-year-old with --age only: every day gives 5000, answered; a 69-year-old with --age only cannot be settled: exit 3 asking for --birth-date', async () => {
    const j = await run(HT10.map((a) => (a === '--birth-date' ? '--age' : a === '1943-04-12' ? '83' : a)));
    expect(j.result.fund_pays).toBe('200.00');
    const out = await yibao(HT13.map((a) => (a === '--birth-date' ? '--age' : a === '1956-08-20' ? '69' : a)));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('--birth-date');
  });
  it('a 50-year-old retiree: 3000; an active employee: 2000, no age asked; a small claim under every cap needs no age', async () => {
    // 500 × 90% = 450; 3000 − 2900 = 100
    expect((await run(HT13.map((a) => (a === '1956-08-20' ? '1976-01-01' : a)))).result.fund_pays).toBe('100.00');
    // active: 600 met, 一级 80%: 400; 2000 − 1900 = 100
    const active = await run(calc(HT_OP, '--date', '2026-05-10', '--scheme', 'employee', '--status', 'active', '--benefit', 'outpatient', '--tier', '1', '--amount', '500', '--ytd-deductible', '600', '--ytd-fund', '1900'));
    expect(pick(active, 'fund_before_cap', 'fund_pays', 'cap')).toEqual(['400.00', '100.00', '2000.00']);
    // retiree, no age: 100 × 90% = 90 fits the least room (3000 − 0)
    const small = await run(calc(HT_OP, '--date', '2026-05-10', '--scheme', 'employee', '--status', 'retired', '--benefit', 'outpatient', '--tier', '1', '--amount', '100', '--ytd-deductible', '300', '--ytd-fund', '0'));
    expect(small.result.fund_pays).toBe('90.00');
    const big = await yibao(HT13.filter((a, i, all) => a !== '--birth-date' && all[i - 1] !== '--birth-date'));
    expect(big.code).toBe(2);
    expect(big.stderr).toContain('--birth-date');
  });
  it('the breakdown names the age step and quotes it', async () => {
    const text = (await yibao(HT10)).stdout;
    expect(text).toContain('年满80周岁,年度支付限额按 5000.00 元');
    expect(text).toContain('“年满80周岁的退休人员5000元”');
  });
  it('苇川 未成年人: under 18 the limit is 500, else 400 (age on the visit day, a reading said only where the day matters)', async () => {
    // 一级 60%: 100 × 60% = 60; a 10-year-old with 400 paid: 500 − 400 = 100 → 60.00; an adult: 400 − 400 = 0
    const minor = calc(WC, '--date', '2026-06-01', '--scheme', 'resident', '--birth-date', '2016-01-01', '--benefit', 'outpatient', '--tier', '1', '--amount', '100', '--ytd-fund', '400');
    const j = await run(minor);
    expect(pick(j, 'cap', 'fund_pays')).toEqual(['500.00', '60.00']);
    expect(codes(j)).not.toContain('reading');
    expect((await run(minor.map((a) => (a === '2016-01-01' ? '1990-01-01' : a)))).result.fund_pays).toBe('0.00');
    // 17 on the visit day, 18 on 2026-09-01: the visit day's 500 is used, and the reading is said
    const turning = await run(minor.map((a) => (a === '2016-01-01' ? '2008-09-01' : a)));
    expect(turning.result.fund_pays).toBe('60.00');
    expect(codes(turning)).toContain('reading');
  });
  it('batch: a birth_date column per row', async () => {
    const rows = await batchRows(WC, 'date,scheme,benefit,tier,amount,ytd_fund,birth_date\n2026-06-01,resident,outpatient,1,100,400,2016-01-01\n2026-06-01,resident,outpatient,1,100,400,1990-01-01\n');
    expect(rows.map((r) => r.fund_pays)).toEqual(['60.00', '0.00']);
  });
  it('policy show (zh, en) and its unknown day; policy init; validate refuses a step with both ages or none', async () => {
    const zh = (await yibao(['policy', 'show', HT_OP])).stdout;
    expect(zh).toMatch(/年满80周岁[^\n]*5,000 元/);
    expect(zh).toMatch(/年龄按哪天计:未知/);
    expect((await yibao(['policy', 'show', WC, '--lang', 'en'])).stdout).toMatch(/under 18[^\n]*500/);
    const { skeletonPolicy } = await import('../../src/cli/policy/init.js');
    expect(skeletonPolicy('qingsong', '../schema/policy.schema.json')).toContain('# age_cap:');
    const both = await variant(HT_OP, '- min_age: { value: 70, source: ht, quote: 其中年满70周岁的退休人员4000元 }', '- min_age: { value: 70, source: ht, quote: 其中年满70周岁的退休人员4000元 }\n                below_age: { value: 70, source: ht, quote: 其中年满70周岁的退休人员4000元 }');
    const out = await yibao(['policy', 'validate', both]);
    expect(out.code).toBe(2);
    expect(out.stderr + out.stdout).toContain('below_age');
  });
});

describe('the wizard and ask: the age is asked where a yearly cap depends on it', () => {
  it('鹤汀 retirees’ outpatient needs the age, active employees’ does not; 苇川 residents’ does', async () => {
    const { loadPolicyFile } = await import('../../src/policy/load.js');
    const { rulebookNeeds } = await import('../../src/cli/wizard/rulebook-needs.js');
    const { policy: ht } = await loadPolicyFile(HT_OP);
    const { policy: wc } = await loadPolicyFile(WC);
    const on = '2026-05-10';
    expect(rulebookNeeds(ht, { date: on, benefit: 'outpatient', scheme: 'employee', status: 'retired' })).toContain('age');
    expect(rulebookNeeds(ht, { date: on, benefit: 'outpatient', scheme: 'employee', status: 'active' })).not.toContain('age');
    expect(rulebookNeeds(wc, { date: on, benefit: 'outpatient', scheme: 'resident' })).toContain('age');
  });
});
