// 澄岫 第十条 (round-4 trial rulebook, test/fixtures/layer4/sources/chengxiu-2024-9.txt), worked by hand:
// 「职工医保参保人员一个自然年度内住院和门诊慢特病统筹范围费用扣除起付标准和统筹基金支付后的个人负担部分，
//  累计超过1.5万元以上的部分，由职工大额医疗费用补助支付，在职人员80%、退休人员85%，年度最高支付30万元」:
// base burden with one ratio above the threshold (no bands) keyed by status: second_layer.employee.ratio:
// { active, retired }; or the same as one band whose ratio is keyed (segments[0].ratio: { active, retired }).
// 四（三）「医疗费用扣除目录外费用和乙类先行自付费用后的部分，为统筹范围费用」: counts first_pay false,
// deductible false, above_cap true (what the cap cut is 统筹范围费用 the fund did not pay).
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { CX, batchRows, calc, codes, pick, run, variant } from './layer4-helpers.js';

// a retiree's 三级 stay: 乙类 4120 × 10% = 412.00; in pooling 26292 − 412 = 25880; 起付 1100 × 80% = 880;
// (25880 − 880) × (85% + 3) = 22000.00, but the 20万 cap has 200000 − 181000 = 19000 left: fund 19000.00.
// burden = copay 25000 − 22000 = 3000 + cap cut 3000 = 6000 (not the 880, not the 412): 14000 → 20000;
// 大额 (20000 − 15000) × 85% = 4250.00; cash 26292 − 19000 − 4250 = 3042.00
const RETIREE = calc(CX, '--date', '2025-05-01', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '3', '--admission', '1', '--amount', '26292', '--class-b-drugs', '4120', '--ytd-fund', '181000', '--ytd-burden', '14000');
// an active employee's: 乙类 4400 × 10% = 440; in pooling 26100; 起付 1100; 25000 × 85% = 21250.00;
// burden 3750: 14000 → 17750; 大额 2750 × 80% = 2200.00; cash 26540 − 21250 − 2200 = 3090.00
const ACTIVE = calc(CX, '--date', '2025-05-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '3', '--admission', '1', '--amount', '26540', '--class-b-drugs', '4400', '--ytd-burden', '14000');
const FIELDS = ['first_pay', 'deductible_applied', 'fund_pays', 'burden_added', 'ytd_burden_after', 'second_layer_pays', 'cash_due'];

const RATIO = `        ratio:
          active: { value: 0.8, source: cx, quote: 在职人员80%、退休人员85% }
          retired: { value: 0.85, source: cx, quote: 在职人员80%、退休人员85% }
`;
/** The same rule as one band whose ratio is keyed by status. */
const ONE_BAND = `        segments:
          - ratio:
              active: { value: 0.8, source: cx, quote: 在职人员80%、退休人员85% }
              retired: { value: 0.85, source: cx, quote: 在职人员80%、退休人员85% }
`;
const swap = (args: string[], from: string, to: string) => args.map((a) => (a === from ? to : a));

describe('第十条: a burden above 1.5万 at one ratio by status (second_layer.employee.ratio: { active, retired })', () => {
  it('a retiree, 14000 → 20000: (20000 − 15000) × 85% = 4250.00 (the 880 起付 and the 412 乙类 not in the burden)', async () => {
    const j = await run(RETIREE);
    expect(pick(j, ...FIELDS)).toEqual(['412.00', '880.00', '19000.00', '6000.00', '20000.00', '4250.00', '3042.00']);
    expect(pick(j, 'fund_before_cap', 'ytd_second_after', 'second_layer')).toEqual(['22000.00', '4250.00', 'large_amount']);
    expect(j.warnings.filter((w: { kind: string }) => w.kind === 'reading')).toEqual([]);
  });
  it('an active employee, 14000 → 17750: 2750 × 80% = 2200.00', async () => {
    expect(pick(await run(ACTIVE), ...FIELDS)).toEqual(['440.00', '1100.00', '21250.00', '3750.00', '17750.00', '2200.00', '3090.00']);
  });
  it('the year below the threshold: 0 → 3000 (fund 22000.00, nothing cut), 大额 0', async () => {
    const j = await run(RETIREE.slice(0, -4));
    expect(pick(j, 'fund_pays', 'burden_added', 'second_layer_pays', 'cash_due')).toEqual(['22000.00', '3000.00', '0.00', '4292.00']);
  });
  it('the layer’s 30万 cap: 298000 paid before leaves 2000.00', async () => {
    const j = await run([...RETIREE, '--ytd-second', '298000']);
    // cash 26292 − 19000 − 2000 = 5292.00
    expect(pick(j, 'second_layer_pays', 'cash_due', 'ytd_second_after')).toEqual(['2000.00', '5292.00', '300000.00']);
  });
  it('the breakdown names the one share and cites the status’s clause; say reads the layer', async () => {
    const text = (await yibao(RETIREE)).stdout;
    expect(text).toContain('本年累计 14000.00 → 20000.00 元;超过起付标准(15000.00 元)的部分按 85% 支付 4250.00 元');
    expect(text).toContain('“在职人员80%、退休人员85%”');
    expect(text).not.toContain('分段支付 4250.00');
    const en = (await yibao([...RETIREE, '--lang', 'en'])).stdout;
    expect(en).toContain('is paid at 85%: 4250.00');
    const say = (await yibao([...RETIREE, '--format', 'say'])).stdout;
    expect(say).toContain('职工大额医疗费用补助再支付');
  });
  it('written as one band with its ratio keyed by status: the same numbers', async () => {
    const p = variant([RATIO, ONE_BAND]);
    expect(pick(await run(swap(RETIREE, CX, p)), ...FIELDS)).toEqual(['412.00', '880.00', '19000.00', '6000.00', '20000.00', '4250.00', '3042.00']);
    expect(pick(await run(swap(ACTIVE, CX, p)), ...FIELDS)).toEqual(['440.00', '1100.00', '21250.00', '3750.00', '17750.00', '2200.00', '3090.00']);
    expect((await yibao(swap(RETIREE, CX, p))).stdout).toContain('“在职人员80%、退休人员85%”');
  });
  it('bands with a keyed ratio: the retiree’s 85% up to 5万, 90% above', async () => {
    // (the fixture's own text has no such band: 六's 5万 edge and 90% stand in) 48000 → 54000:
    // (50000 − 48000) × 85% + (54000 − 50000) × 90% = 1700.00 + 3600.00 = 5300.00
    const p = variant([
      RATIO,
      `        segments:
          - up_to: { value: 50000, source: cx, quote: 一次住院统筹范围费用5万元（含）以下的部分 }
            ratio:
              active: { value: 0.8, source: cx, quote: 在职人员80%、退休人员85% }
              retired: { value: 0.85, source: cx, quote: 在职人员80%、退休人员85% }
          - ratio: { value: 0.9, source: cx, quote: 超过5万元的部分，不分医疗机构级别均为90% }
`,
    ]);
    const j = await run(swap(swap(RETIREE, CX, p), '14000', '48000'));
    expect(pick(j, 'ytd_burden_after', 'second_layer_pays')).toEqual(['54000.00', '5300.00']);
    expect(pick(await run(swap(RETIREE, CX, p)), 'second_layer_pays')).toEqual(['4250.00']);
    const text = (await yibao(swap(swap(RETIREE, CX, p), '14000', '48000'))).stdout;
    expect(text).toContain('分段支付 5300.00 元');
  });
  it('policy show: the share by status, each with its quote (zh, en)', async () => {
    const zh = (await yibao(['policy', 'show', CX])).stdout;
    expect(zh).toMatch(/起付标准以上的部分按一个比例支付\(不分段\)\(退休\)[^\n]*85%/);
    expect(zh).toMatch(/起付标准以上的部分按一个比例支付\(不分段\)\(在职\)[^\n]*80%/);
    const en = (await yibao(['policy', 'show', CX, '--lang', 'en'])).stdout;
    expect(en).toMatch(/one share of the burden above the threshold \(no bands\) \(retired\)[^\n]*85%/);
    const banded = (await yibao(['policy', 'show', variant([RATIO, ONE_BAND])])).stdout;
    expect(banded).toMatch(/15,000 元以上的部分\(退休\)[^\n]*85%/);
  });
  it('policy init: the skeleton says where a burden’s one ratio and a ratio by status go', async () => {
    const out = await yibao(['policy', 'init', 'newcity']);
    expect(out.stdout).toContain('burden 不分段(起付标准以上一个比例)时写这里并删除 segments');
    expect(out.stdout).toContain('ratio 或某段的 ratio 写 { active: {…}, retired: {…} }');
  });
});

describe('validate', () => {
  it('burden with neither segments nor ratio, or with both, is refused; a grade key on the employees’ layer too', async () => {
    const neither = await yibao(['policy', 'validate', variant([RATIO, ''])]);
    expect(neither.code).toBe(2);
    expect(neither.stderr + neither.stdout).toContain('segments(分段)或 ratio');
    const both = await yibao(['policy', 'validate', variant([RATIO, RATIO + ONE_BAND])]);
    expect(both.code).toBe(2);
    expect(both.stderr + both.stdout).toContain('segments 和 ratio 只能写一个');
    const grade = await yibao(['policy', 'validate', variant([RATIO, ONE_BAND.replace('active', 'grade_1').replace('retired', 'grade_2')])]);
    expect(grade.code).toBe(2);
    expect(grade.stderr + grade.stdout).toContain('缴费档次(grade_N)只用于居民');
  });
});

describe('a status’s ratio left unknown stops only the claims it can change', () => {
  const open = () => variant(['retired: { value: 0.85, source: cx, quote: 在职人员80%、退休人员85% }', 'retired: { value: null, note: { zh: 原文未写明。, en: Not stated. } }']);
  it('a retiree above the threshold: exit 3 naming second_layer.employee.ratio.retired; --set supplies it (4250.00, user_value)', async () => {
    const p = open();
    const out = await yibao(swap(RETIREE, CX, p));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('second_layer.employee.ratio.retired');
    const set = await run([...swap(RETIREE, CX, p), '--set', 'second_layer.employee.ratio.retired=0.85']);
    expect(set.result.second_layer_pays).toBe('4250.00');
    expect(codes(set)).toContain('user_value');
  });
  it('a retiree whose year stays below 1.5万 is answered; an active employee is answered (2200.00)', async () => {
    const p = open();
    expect(pick(await run(swap(RETIREE, CX, p).slice(0, -4)), 'second_layer_pays')).toEqual(['0.00']);
    expect(pick(await run(swap(ACTIVE, CX, p)), 'second_layer_pays')).toEqual(['2200.00']);
  });
});

describe('batch carries the burden per person', () => {
  it('two 三级 stays of 100880 for a retiree: 9456.00 each; the second crosses 1.5万: (18912 − 15000) × 85% = 3325.20', async () => {
    // 起付 880; bands on the total: (50000 − 880) × 88% = 43225.60 + 50880 × (90% + 3) = 47318.40 → 90544.00;
    // burden 100000 − 90544 = 9456.00 a stay
    const rows = await batchRows(CX, 'person_id,date,scheme,status,benefit,tier,amount\nr1,2025-03-01,employee,retired,inpatient,3,100880\nr1,2025-06-01,employee,retired,inpatient,3,100880\n');
    expect(rows.map((r) => [r.fund_pays, r.ytd_burden_after, r.second_layer_pays])).toEqual([
      ['90544.00', '9456.00', '0.00'],
      ['90544.00', '18912.00', '3325.20'],
    ]);
  });
});
