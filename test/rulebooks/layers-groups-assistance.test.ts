// The second layer's group changes with their own threshold, bands and cap (L4), 医疗救助 on a
// burden that includes 目录外 (L5), and 雁汐's 大额 on its own burden in two bands. Worked by hand
// from the trial rulebooks (test/fixtures/layers/sources/), the trial claims' hand-worked numbers:
// 雁汐 六.2 「特困人员、低保对象大病保险起付标准降至6000元，起付标准以上至5万元（含）的部分支付70%，
// 5万元以上至10万元（含）的部分支付80%，10万元以上的部分支付90%，年度最高支付40万元」;
// 青鸥 六（三） 「特困人员、低保对象的大病保险起付标准降低50%，各段支付比例分别提高5个百分点，不设年度最高支付限额」;
// 雁汐 八 「经基本医疗保险、大病保险支付后的个人负担医疗费用」 (no 政策范围内: 目录外 counted, as a reading);
// 青鸥 八 「政策范围内个人负担费用（含起付标准，不含乙类先行自付费用和目录外费用）」;
// 雁汐 七 「…累计超过8000元的，由大额医疗费用补助分段支付：8000元以上至5万元（含）的部分支付80%，5万元以上的部分支付90%」.
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const QINGOU = ['calc', '--policy', 'test/fixtures/layers/qingou.yaml'];
const YANXI = ['calc', '--policy', 'test/fixtures/layers/yanxi.yaml'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function run(args: string[]): Promise<any> {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}
const codes = (j: { warnings: { code: string; path?: string }[] }) => j.warnings.map((w) => `${w.code}@${w.path ?? ''}`);

// YX-08: 特困 resident 一档, 三级, 60000 with 5000 乙类 drugs, first stay
const YX08 = [...YANXI, '--date', '2025-02-24', '--scheme', 'resident', '--grade', '一档', '--age', '60', '--benefit', 'inpatient', '--tier', '3', '--amount', '60000', '--class-b-drugs', '5000', '--admission', '1', '--assistance', '特困人员'];
// QO-08: 特困 resident 一档, 二级, 30000 with 2000 乙类 drugs (居民 10%: the fixture has the employees' 5%: no 乙类 here)
const QO08 = [...QINGOU, '--date', '2025-03-05', '--scheme', 'resident', '--grade', '一档', '--benefit', 'inpatient', '--tier', '2', '--amount', '30000', '--admission', '1', '--assistance', '特困人员'];

describe('a group’s own threshold, bands and cap (雁汐 六.2)', () => {
  it('YX-08: 59500 × 52% = 30940; burden 500 + 28560 = 29060; from 6000: 23060 × 70% = 16142; 救助 (29060 − 16142) × 90% = 11626.20; cash 1291.80', async () => {
    const j = await run(YX08);
    expect([j.result.fund_pays, j.result.second_layer_pays, j.result.assistance_pays, j.result.cash_due]).toEqual(['30940.00', '16142.00', '11626.20', '1291.80']);
  });

  it('its own cap 400000: with 390000 paid, 10000 (the general 300000 would leave 0); 救助 (29060 − 10000) × 90% = 17154', async () => {
    const j = await run([...YX08, '--ytd-second', '390000']);
    expect([j.result.second_layer_pays, j.result.assistance_pays, j.result.cash_due]).toEqual(['10000.00', '17154.00', '1906.00']);
  });

  it('the text breakdown names the group’s threshold and cap with their clause', async () => {
    const text = (await yibao(YX08)).stdout;
    expect(text).toContain('大病保险起付标准降至6000元');
    expect(text).toContain('特困人员');
  });
});

describe('a group with no cap (青鸥 六（三）「不设年度最高支付限额」)', () => {
  it('QO-08 without 乙类: 30000 × 70% = 21000; burden 9000; threshold 7500: 1500 × 65% = 975, whatever was paid this year', async () => {
    const j = await run(QO08);
    expect(j.result.second_layer_pays).toBe('975.00');
    const past = await run([...QO08, '--ytd-second', '400000']);
    expect(past.result.second_layer_pays).toBe('975.00');
    // 救助 100%: 9000 − 975 = 8025; cash 0
    expect([past.result.assistance_pays, past.result.cash_due]).toEqual(['8025.00', '0.00']);
  });

  it('the general cap still holds for others: a resident with no group at 400000 paid gets 0', async () => {
    // burden 9000 + 5000 before = 14000 < 15000 would pay 0 anyway: 30000 before, 39000 after: (39000 − 30000) × 60% = 5400 without the cap
    const open = await run([...QINGOU, '--date', '2025-03-05', '--scheme', 'resident', '--grade', '一档', '--benefit', 'inpatient', '--tier', '2', '--amount', '30000', '--admission', '3', '--ytd-burden', '30000']);
    expect(open.result.second_layer_pays).toBe('5400.00');
    const capped = await run([...QINGOU, '--date', '2025-03-05', '--scheme', 'resident', '--grade', '一档', '--benefit', 'inpatient', '--tier', '2', '--amount', '30000', '--admission', '3', '--ytd-burden', '30000', '--ytd-second', '400000']);
    expect(capped.result.second_layer_pays).toBe('0.00');
  });

  it('policy show says the group’s own rules', async () => {
    const qo = (await yibao(['policy', 'show', 'test/fixtures/layers/qingou.yaml'])).stdout;
    expect(qo).toContain('年度最高支付:不设');
    const yx = (await yibao(['policy', 'show', 'test/fixtures/layers/yanxi.yaml', '--lang', 'en'])).stdout;
    expect(yx).toContain('own threshold');
    expect(yx).toContain('own yearly cap');
  });
});

describe('医疗救助 on the whole personal burden, 目录外 included (雁汐 八, a reading)', () => {
  // YX-09: 特困 resident 二档, 二级, 20000 with 3000 目录外
  const YX09 = [...YANXI, '--date', '2025-04-14', '--scheme', 'resident', '--grade', '二档', '--age', '55', '--benefit', 'inpatient', '--tier', '2', '--amount', '20000', '--out-of-scope', '3000', '--admission', '1', '--assistance', '特困人员'];
  it('YX-09: 17000 × 75% = 12750; 大病 0 (4250 < 6000); 救助 (4250 + 3000) × 90% = 6525; cash 725; the reading is shown', async () => {
    const j = await run(YX09);
    expect([j.result.fund_pays, j.result.second_layer_pays, j.result.assistance_pays, j.result.cash_due]).toEqual(['12750.00', '0.00', '6525.00', '725.00']);
    expect(codes(j)).toContain('reading@assistance.base.out_of_scope');
  });

  it('YX-10: 低保 一级, 8000 with 1000 目录外 and 2000 乙类 items; 6700 × 82% = 5494; base 1000 + 300 + 1206 = 2506, 500 of the 1500 threshold left: 2006 × 75% = 1504.50', async () => {
    const j = await run([...YANXI, '--date', '2025-09-22', '--scheme', 'resident', '--grade', '一档', '--age', '62', '--benefit', 'inpatient', '--tier', '1', '--amount', '8000', '--out-of-scope', '1000', '--class-b-items', '2000', '--admission', '2', '--ytd-fund', '3000', '--ytd-burden', '1000', '--ytd-assistance-deductible', '1000', '--assistance', '低保对象']);
    expect([j.result.fund_pays, j.result.assistance_pays, j.result.cash_due]).toEqual(['5494.00', '1504.50', '1001.50']);
  });

  it('YX-08 has no 目录外: the reading is not shown on it', async () => {
    expect(codes(await run(YX08))).not.toContain('reading@assistance.base.out_of_scope');
  });

  it('青鸥 八 states 目录外 out: QO-09 低保 二档 三级, 20000 with 1500 目录外 and 2000 乙类 items at the employees’ 8% (fixture)', async () => {
    // 起付 800 × 50% = 400; 乙类 160; into pooling 18340; (18340 − 400) × 64% = 11481.60; copay 6458.40;
    // 大病 burden 400 + 6458.40 = 6858.40 < 7500: 0; 救助 base 6858.40 (目录外 and 乙类 out), 400 of 1000 left: 6458.40 × 80% = 5166.72
    const j = await run([...QINGOU, '--date', '2025-08-04', '--scheme', 'resident', '--grade', '二档', '--benefit', 'inpatient', '--tier', '3', '--amount', '20000', '--out-of-scope', '1500', '--class-b-items', '2000', '--admission', '1', '--ytd-assistance-deductible', '600', '--assistance', '低保对象']);
    expect([j.result.fund_pays, j.result.second_layer_pays, j.result.assistance_pays]).toEqual(['11481.60', '0.00', '5166.72']);
  });
});

describe('雁汐 七: 大额 on its own burden, from 8000, in two bands', () => {
  it('YX-01: 139100 into pooling, 起付 1100: 30000 × 85% + 70000 × 89% + 38000 × 95% = 123900; burden 14100: 6100 × 80% = 4880; cash 21220', async () => {
    const j = await run([...YANXI, '--date', '2025-01-20', '--scheme', 'employee', '--status', 'active', '--age', '50', '--benefit', 'inpatient', '--tier', '3', '--amount', '150000', '--out-of-scope', '8000', '--class-b-drugs', '20000', '--class-b-items', '6000', '--admission', '1']);
    expect([j.result.fund_pays, j.result.second_layer_pays, j.result.cash_due, j.result.ytd_burden_after]).toEqual(['123900.00', '4880.00', '21220.00', '14100.00']);
  });

  it('YX-03: retiree 二级, 起付 met; 24700 × 92% = 22724; burden 1976, 3000 → 4976 < 8000: 0', async () => {
    const j = await run([...YANXI, '--date', '2025-06-16', '--scheme', 'employee', '--status', 'retired', '--age', '68', '--benefit', 'inpatient', '--tier', '2', '--amount', '25000', '--class-b-items', '2000', '--admission', '2', '--ytd-deductible', '350', '--ytd-fund', '8000', '--ytd-burden', '3000']);
    expect([j.result.fund_pays, j.result.second_layer_pays, j.result.cash_due, j.result.ytd_burden_after]).toEqual(['22724.00', '0.00', '2276.00', '4976.00']);
  });

  it('across the 5万 edge: copay 4500 + 7700 = 12200 on 45000 before: 5000 × 80% + 7200 × 90% = 10480', async () => {
    const j = await run([...YANXI, '--date', '2025-07-01', '--scheme', 'employee', '--status', 'active', '--age', '50', '--benefit', 'inpatient', '--tier', '3', '--amount', '100000', '--ytd-deductible', '1100', '--ytd-fund', '50000', '--ytd-burden', '45000']);
    expect([j.result.fund_pays, j.result.second_layer_pays]).toEqual(['87800.00', '10480.00']);
  });
});

describe('the text breakdown of 救助 with 目录外', () => {
  it('YX-09 says the 3000 目录外 is in the base', async () => {
    const out = await yibao([...YANXI, '--date', '2025-04-14', '--scheme', 'resident', '--grade', '二档', '--age', '55', '--benefit', 'inpatient', '--tier', '2', '--amount', '20000', '--out-of-scope', '3000', '--admission', '1', '--assistance', '特困人员']);
    expect(out.stdout).toContain('含目录外费用 3000.00 元');
    expect(out.stdout).toMatch(/这是对原文的(理解|解读)|解读/);
  });
});
