// The second layer's ratio by employee status and cap by resident grade (trial 3, /work/trial3):
// 鹤汀 六「由大额医疗费用补助支付，在职人员支付90%，退休人员支付95%，年度最高支付40万元」 (HT-08),
// 苇川 六「支付比例在职人员85%、退休人员90%」 (WC-05), 鹤汀 五（三）「大病保险年度最高支付限额：一档缴费人员
// 30万元，二档缴费人员40万元」 (HT-05). Expected numbers are worked by hand in the comments.
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { HT_IP, WC, calc, codes, pick, run, variant } from './limits3-helpers.js';

const HT08 = calc(HT_IP, '--date', '2026-09-01', '--discharge-date', '2026-09-19', '--scheme', 'employee', '--status', 'retired', '--age', '72', '--benefit', 'inpatient', '--tier', '3', '--admission', '2', '--amount', '30000', '--class-b-drugs', '4000', '--ytd-fund', '290000', '--account', '2000');
const HT05 = calc(HT_IP, '--date', '2026-11-03', '--discharge-date', '2026-11-25', '--scheme', 'resident', '--grade', '一档', '--age', '55', '--assistance', '低保对象', '--benefit', 'inpatient', '--tier', '3', '--admission', '3', '--amount', '50000', '--out-of-scope', '3000', '--class-b-drugs', '5000', '--class-b-items', '2000', '--ytd-fund', '252000', '--ytd-burden', '416000', '--ytd-second', '295175', '--ytd-assistance-deductible', '2100', '--ytd-assistance', '20000');

describe('大额 ratio by status (second_layer.employee.ratio: { active, retired })', () => {
  it('HT-08: retiree, the computed excess 15069.00 × 95% = 14315.55; account 2000, cash 3684.45', async () => {
    // 乙类 4000 × 10% = 400; pool 29600; 起付 (1000 − 100) × 50% = 450; (29600 − 450) × 86% = 25069.00;
    // cap 300000 − 290000 = 10000; 大额 (25069 − 10000) × 95% = 14315.55; cash 30000 − 10000 − 14315.55 − 2000 = 3684.45
    const j = await run(HT08);
    expect(pick(j, 'deductible', 'fund_before_cap', 'fund_pays', 'second_layer_pays', 'account_pays', 'cash_due')).toEqual(['450.00', '25069.00', '10000.00', '14315.55', '2000.00', '3684.45']);
    expect(j.result.second_layer).toBe('large_amount');
  });
  it('the same stay of an active employee: 90% (82%, deductible 1000 × 50% = 500)', async () => {
    // (29600 − 500) × 82% = 23862.00; excess 13862.00 × 90% = 12475.80
    const j = await run(HT08.map((a) => (a === 'retired' ? 'active' : a)));
    expect(pick(j, 'fund_before_cap', 'fund_pays', 'second_layer_pays')).toEqual(['23862.00', '10000.00', '12475.80']);
  });
  it('WC-05 (苇川): retiree 90% of 33663.40 = 30297.06', async () => {
    const j = await run(calc(WC, '--date', '2026-10-12', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '3', '--admission', '2', '--amount', '50000', '--class-b-drugs', '4000', '--ytd-fund', '270000', '--ytd-deductible', '700'));
    expect(j.result.second_layer_pays).toBe('30297.06');
  });
  it('the breakdown cites the status’s own clause', async () => {
    const text = (await yibao(HT08)).stdout;
    expect(text).toContain('15069.00 × 95% = 14315.55');
    expect(text).toContain('“退休人员支付95%”');
    expect(text).not.toContain('“在职人员支付90%”');
  });
});

describe('大病 cap by grade (second_layer.resident.cap: { grade_1, grade_2 })', () => {
  it('HT-05: 一档, the 30万 cap has 4825.00 left: 大病 4825.00, then 救助 80% = 33740.00, cash 11435.00', async () => {
    // 乙类 500 + 240 = 740; pool 46260; 起付 900 × 50% = 450; 45810 × 55% = 25195.50, but the 25.2万 cap is used: fund 0.
    // burden 450 + 20614.50 + 25195.50 = 46260 (乙类 not counted), 416000 → 462260, all above 10万: 70% + 5 (低保) = 75%
    // → 34695.00; cap 300000 − 295175 = 4825.00. 救助 (46260 + 740 − 4825) = 42175 × 80% = 33740.00 (within 40000 left).
    const j = await run(HT05);
    expect(pick(j, 'fund_pays', 'second_layer_pays', 'assistance_pays', 'cash_due', 'burden_added')).toEqual(['0.00', '4825.00', '33740.00', '11435.00', '46260.00']);
  });
  it('the same stay of a 二档 resident: the 40万 cap leaves 104825.00, 大病 pays the whole 34695.00', async () => {
    // 二档 ratio 55 + 5 = 60%: 45810 × 60% = 27486.00, fund 0; burden 450 + 18324 + 27486 = 46260 → 75% = 34695.00 ≤ 104825;
    // 救助 (18324 + 27486 + 450 + 740 − 34695) = 12305 × 80% = 9844.00; cash 50000 − 34695 − 9844 = 5461.00
    const j = await run(HT05.map((a) => (a === '一档' ? '二档' : a)));
    expect(pick(j, 'fund_before_cap', 'second_layer_pays', 'assistance_pays', 'cash_due')).toEqual(['27486.00', '34695.00', '9844.00', '5461.00']);
  });
  it('no grade: exit 2 asking for --grade', async () => {
    const out = await yibao(HT05.filter((a, i, all) => a !== '--grade' && all[i - 1] !== '--grade'));
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--grade');
  });
  it('policy show: one line per status and per grade, each with its quote (zh, en)', async () => {
    const zh = (await yibao(['policy', 'show', HT_IP])).stdout;
    expect(zh).toMatch(/年度最高支付\(一档\)[^\n]*300,000 元/);
    expect(zh).toMatch(/年度最高支付\(二档\)[^\n]*400,000 元/);
    expect(zh).toMatch(/支付比例\(退休\)[^\n]*95%/);
    const en = (await yibao(['policy', 'show', HT_IP, '--lang', 'en'])).stdout;
    expect(en).toMatch(/yearly cap \(grade 2\)[^\n]*400,000/);
  });
  it('validate: a grade not in grades, or a status on the residents’ layer, is refused', async () => {
    const bad = await variant(HT_IP, 'grade_2: { value: 400000, source: ht, quote: 二档缴费人员40万元 }', 'grade_3: { value: 400000, source: ht, quote: 二档缴费人员40万元 }');
    const out = await yibao(['policy', 'validate', bad]);
    expect(out.code).toBe(2);
    expect(out.stderr + out.stdout).toContain('grade_3');
    const status = await variant(HT_IP, `grade_1: { value: 300000, source: ht, quote: 一档缴费人员30万元 }
          grade_2: { value: 400000, source: ht, quote: 二档缴费人员40万元 }`, `active: { value: 300000, source: ht, quote: 一档缴费人员30万元 }
          retired: { value: 400000, source: ht, quote: 二档缴费人员40万元 }`);
    const out2 = await yibao(['policy', 'validate', status]);
    expect(out2.code).toBe(2);
    expect(out2.stderr + out2.stdout).toContain('active');
  });
});

describe('a layer ratio or cap the text leaves unknown stops only the claims the layer would pay (FINDINGS3: it stopped every claim)', () => {
  const unknownRetired = () =>
    variant(HT_IP, "retired: { value: 0.95, source: ht, quote: 退休人员支付95% }", 'retired: { value: null, note: { zh: 原文未写明。, en: Not stated. } }');
  it('the retirees’ 大额 ratio unknown: HT-08 (above the cap) is exit 3 naming it; a retiree far below the cap is answered', async () => {
    const p = await unknownRetired();
    const above = await yibao(HT08.map((a) => (a === HT_IP ? p : a)));
    expect(above.code).toBe(3);
    expect(above.stderr).toContain('second_layer.employee.ratio.retired');
    // supplied with --set: 15069.00 × 95% = 14315.55 again, said as the user's
    const set = await run([...HT08.map((a) => (a === HT_IP ? p : a)), '--set', 'second_layer.employee.ratio.retired=0.95']);
    expect(set.result.second_layer_pays).toBe('14315.55');
    expect(codes(set)).toContain('user_value');
    // ytd 0: (29600 − 450) × 86% = 25069.00, far below 300000: no 大额
    const below = await run(HT08.map((a) => (a === HT_IP ? p : a === '290000' ? '0' : a)));
    expect(pick(below, 'fund_pays', 'second_layer_pays')).toEqual(['25069.00', '0.00']);
  });
  it('the 一档 大病 cap unknown: a claim the layer pays is exit 3; a claim below the 2.1万 threshold is answered', async () => {
    const p = await variant(HT_IP, 'grade_1: { value: 300000, source: ht, quote: 一档缴费人员30万元 }', 'grade_1: { value: null, note: { zh: 原文未写明。, en: Not stated. } }');
    const paid = await yibao(HT05.map((a) => (a === HT_IP ? p : a)));
    expect(paid.code).toBe(3);
    expect(paid.stderr).toContain('second_layer.resident.cap.grade_1');
    const set = await run([...HT05.map((a) => (a === HT_IP ? p : a)), '--set', 'second_layer.resident.cap.grade_1=300000']);
    expect(set.result.second_layer_pays).toBe('4825.00');
    // a first 三级 stay of 10000, nothing before: burden (10000 − 900) × 45% + 900 = 4995 < the 21000 threshold: 大病 pays nothing
    const small = await run(calc(p, '--date', '2026-03-01', '--scheme', 'resident', '--grade', '一档', '--benefit', 'inpatient', '--tier', '3', '--amount', '10000'));
    // (10000 − 900) × 55% = 5005.00
    expect(pick(small, 'fund_pays', 'second_layer_pays')).toEqual(['5005.00', '0.00']);
  });
});
