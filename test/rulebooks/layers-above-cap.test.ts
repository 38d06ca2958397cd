// 大额 `base: above_cap` with a ratio: 青鸥 七 「按本细则计算应由统筹基金支付、但超过统筹基金年度
// 最高支付限额的金额，由大额医疗费用补助支付90%，年度最高支付40万元」. The ratio is applied to the
// computed excess (it used to be ignored: 100% paid). Without a ratio (白鹭: 「超出年度最高支付限额
// 的金额，由大额医疗费用补助支付」) the whole excess is paid, as before.
// Trial claim QO-05 (/work/trial/qingou/claims.json), worked by hand there and below.
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const QINGOU = ['calc', '--policy', 'test/fixtures/layers/qingou.yaml'];
// QO-05: active employee, 三级, third admission (no 起付), 60000, 230000 of the 250000 cap used
const QO05 = [...QINGOU, '--date', '2025-11-03', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '3', '--amount', '60000', '--admission', '3', '--ytd-fund', '230000'];

describe('大额 above the cap at a ratio (青鸥 七)', () => {
  it('QO-05: computed 40000 × 85% + 20000 × 90% = 52000; cap leaves 20000; 大额 (52000 − 20000) × 90% = 28800; cash 11200', async () => {
    const out = await yibao([...QO05, '--json']);
    expect(out.code, out.stderr).toBe(0);
    const r = JSON.parse(out.stdout).result;
    expect([r.fund_pays, r.second_layer_pays, r.cash_due, r.second_layer]).toEqual(['20000.00', '28800.00', '11200.00', 'large_amount']);
  });

  it('the layer cap: 400000 − 390000 already paid leaves 10000 of the 28800', async () => {
    const r = JSON.parse((await yibao([...QO05, '--ytd-second', '390000', '--json'])).stdout).result;
    expect([r.second_layer_pays, r.cash_due]).toEqual(['10000.00', '30000.00']);
  });

  it('the text breakdown shows the excess, the 90% and the clause', async () => {
    const out = await yibao(QO05);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('32000.00 × 90% = 28800.00');
    expect(out.stdout).toContain('由大额医疗费用补助支付90%');
    const en = await yibao([...QO05, '--lang', 'en']);
    expect(en.stdout).toContain('32000.00 × 90% = 28800.00');
  });

  it('say reads what the layer pays', async () => {
    const out = await yibao([...QO05, '--format', 'say']);
    expect(out.stdout).toContain('大额医疗费用补助再支付28800元。');
  });

  it('白鹭 (no ratio): the whole excess is paid, as before', async () => {
    // BL: active employee 三级, 4th admission (no 起付); bands on the total: 30000 × 80% + 70000 × 90% = 87000;
    // cap 180000 − 150000 = 30000; 大额 87000 − 30000 = 57000
    const out = await yibao(['calc', '--policy', 'examples/rulebooks/bailu.yaml', '--date', '2025-06-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '3', '--amount', '100000', '--admission', '4', '--ytd-fund', '150000', '--json']);
    expect(out.code, out.stderr).toBe(0);
    const r = JSON.parse(out.stdout).result;
    expect([r.fund_pays, r.second_layer_pays]).toEqual(['30000.00', '57000.00']);
  });
});

describe('policy show: the share of the excess', () => {
  it('says the 90% with its quote; 白鹭 without a ratio says all of the excess', async () => {
    const qo = await yibao(['policy', 'show', 'test/fixtures/layers/qingou.yaml']);
    expect(qo.stdout).toMatch(/支付比例:.*90%/);
    expect(qo.stdout).toContain('由大额医疗费用补助支付90%');
    const bl = await yibao(['policy', 'show', 'examples/rulebooks/bailu.yaml', '--lang', 'en']);
    expect(bl.stdout).toContain('share paid: all of the excess (no ratio given)');
  });
});
