// Several chronic diseases (L1), an unknown rule for them naming the --set that supplies the
// patient's limit (L6), and a chronic benefit with disease limits and no overall cap (L2).
// Worked by hand from the trial rulebooks (test/fixtures/layers/sources/):
// 青鸥 四（三） 「同时患有两种病种的，按限额最高的病种计算，另加另一病种限额的50%，各病种费用合并使用」;
// 雁汐 四.3 「年度支付限额按各病种限额累加计算，累加后最高不超过5000元，各病种合并使用。恶性肿瘤门诊放化疗
// 年度支付限额8万元，单独计算，不参与累加」; 四.4 「门诊慢特病统筹基金支付额不占用住院统筹基金年度最高支付限额」.
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const QINGOU = ['calc', '--policy', 'test/fixtures/layers/qingou.yaml'];
const YANXI = ['calc', '--policy', 'test/fixtures/layers/yanxi.yaml'];

async function result(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}

// QO-11: active employee, 二级, 糖尿病 and 冠心病, 1200 with 400 乙类 drugs, 2500 of the chronic limit used
const QO11 = [...QINGOU, '--date', '2025-09-09', '--scheme', 'employee', '--status', 'active', '--benefit', 'chronic', '--tier', '2', '--amount', '1200', '--class-b-drugs', '400', '--diseases', '糖尿病,冠心病', '--disease', '冠心病', '--ytd-fund', '2500', '--ytd-benefit-fund', '2500', '--account', '2000'];
// QO-13: resident 二档, 二级, three diseases; 起付 200 met; 3500 of the limit used
const QO13 = [...QINGOU, '--date', '2025-11-11', '--scheme', 'resident', '--grade', '二档', '--benefit', 'chronic', '--tier', '2', '--amount', '2000', '--diseases', '高血压,糖尿病,慢性心力衰竭', '--disease', '慢性心力衰竭', '--ytd-fund', '3500', '--ytd-deductible', '200', '--ytd-benefit-fund', '3500'];
// YX-11: active employee, 三级, 高血压 and 冠心病, 800 with 200 乙类 drugs; the inpatient cap (200000) already reached
const YX11 = [...YANXI, '--date', '2025-12-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'chronic', '--tier', '3', '--amount', '800', '--class-b-drugs', '200', '--diseases', '高血压,冠心病', '--disease', '高血压', '--ytd-fund', '200000', '--ytd-benefit-fund', '3000', '--account', '100'];
// YX-12: resident 一档, 一级 (乡镇卫生院), three diseases, 4600 used
const YX12 = [...YANXI, '--date', '2025-10-27', '--scheme', 'resident', '--grade', '一档', '--benefit', 'chronic', '--tier', '1', '--amount', '1000', '--diseases', '高血压,糖尿病,脑卒中后遗症', '--disease', '脑卒中后遗症', '--ytd-benefit-fund', '4600'];

describe('highest plus a share of the other (青鸥 四（三）)', () => {
  it('QO-11: 1180 × 85% = 1003; limit 2000 + 50% × 1600 = 2800, 2500 used: fund 300; account 900, cash 0', async () => {
    const j = await result(QO11);
    expect([j.result.fund_pays, j.result.account_pays, j.result.cash_due]).toEqual(['300.00', '900.00', '0.00']);
    const text = (await yibao(QO11)).stdout;
    expect(text).toContain('2800.00');
    expect(text).toContain('另加另一病种限额的50%');
  });

  it('QO-13: three diseases, the rule is stated for two: exit 3 naming the rule and the --set that supplies the limit', async () => {
    const out = await yibao(QO13);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('chronic.disease_limits.several');
    expect(out.stderr).toContain('--set chronic.resident.disease_limit=');
    const en = await yibao([...QO13, '--lang', 'en']);
    expect(en.stderr).toContain('--set chronic.resident.disease_limit=');
  });

  it('QO-13 with the limit supplied: 2000 × 65% = 1300; 4400 − 3500 = 900 (the reading add_half_of_each_other), said as a user value', async () => {
    const j = await result([...QO13, '--set', 'chronic.resident.disease_limit=4400']);
    expect([j.result.fund_pays, j.result.cash_due]).toEqual(['900.00', '1100.00']);
    expect(j.warnings.map((w: { code: string }) => w.code)).toContain('user_value');
    const three = await result([...QO13, '--set', 'chronic.resident.disease_limit=3800']);
    expect(three.result.fund_pays).toBe('300.00');
  });
});

describe('limits added with a ceiling, one disease apart (雁汐 四.3), no overall chronic cap (四.4)', () => {
  it('YX-11: 780 × 80% = 624; 1000 + 2400 = 3400, 3000 used: 400; the inpatient cap reached does not stop it; no unknown cap', async () => {
    const j = await result(YX11);
    expect([j.result.fund_pays, j.result.account_pays, j.result.cash_due]).toEqual(['400.00', '100.00', '300.00']);
    expect(j.warnings.map((w: { code: string }) => w.code)).not.toContain('unknown_cap');
  });

  it('YX-12: 1000 × 70% = 700; 1000 + 2000 + 3000 = 6000, at most 5000; 4600 used: 400', async () => {
    const j = await result(YX12);
    expect([j.result.fund_pays, j.result.cash_due]).toEqual(['400.00', '600.00']);
    expect((await yibao(YX12)).stdout).toContain('累加后最高不超过5000元');
  });

  const CANCER = [...YANXI, '--date', '2025-10-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'chronic', '--tier', '3', '--diseases', '高血压,糖尿病,恶性肿瘤门诊放化疗', '--ytd-disease-fund', '恶性肿瘤门诊放化疗=75000', '--ytd-disease-fund', '高血压=900', '--ytd-disease-fund', '糖尿病=1500'];

  it('恶性肿瘤 on its own: 10000 × 80% = 8000; its own 80000, 75000 of it used: 5000 (the others’ payments not counted)', async () => {
    const j = await result([...CANCER, '--disease', '恶性肿瘤门诊放化疗', '--amount', '10000']);
    expect(j.result.fund_pays).toBe('5000.00');
  });

  it('高血压 beside 恶性肿瘤: 1000 × 80% = 800; 1000 + 2000 = 3000 (恶性肿瘤 not added), 900 + 1500 used: 600', async () => {
    const j = await result([...CANCER, '--disease', '高血压', '--amount', '1000']);
    expect(j.result.fund_pays).toBe('600.00');
  });
});

describe('policy show', () => {
  it('says each rule in words, no --set for a chronic cap the text does not have', async () => {
    const yx = (await yibao(['policy', 'show', 'test/fixtures/layers/yanxi.yaml'])).stdout;
    expect(yx).toContain('各病种限额累加,累加后最多 5,000 元');
    expect(yx).toContain('单独计算,不参与累加');
    expect(yx).not.toContain('chronic.employee.cap');
    expect(yx).not.toContain('chronic.resident.cap');
    const qo = (await yibao(['policy', 'show', 'test/fixtures/layers/qingou.yaml', '--lang', 'en'])).stdout;
    expect(qo).toContain('the highest limit plus 50% of each other disease’s limit');
    expect(qo).toContain('stated for 2 diseases');
  });
});
