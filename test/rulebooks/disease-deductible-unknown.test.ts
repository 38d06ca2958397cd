// A chronic disease's own deductible left unknown (`disease_limits.diseases[].deductible: { value:
// null, note }`), round-6 trial 岚汐 LX-10 (test/fixtures/lanxi6, fiction): 第十条 「门诊慢特病实行年度起付标准，
// …居民医保300元…恶性肿瘤门诊放化疗、尿毒症透析治疗、器官移植术后抗排异治疗等重特大疾病不设起付标准」 — is 血友病
// (第十二条 血友病30000元) one of them? Worked by hand: resident, 三级 60% (第十一条), 8000.00 with 乙类药品
// 2000.00 × 10% (第五条) = 200.00 first; 7800.00 in pooling. With the 起付: (7800 − 300) × 60% = 4500.00, cash
// 8000 − 4500 = 3500.00. Without: 7800 × 60% = 4680.00, cash 3320.00. The limit 30000 is not reached.
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const FILE = 'test/fixtures/lanxi6/lanxi.yaml';
const LX10 = ['calc', '--policy', FILE, '--date', '2025-03-12', '--scheme', 'resident', '--benefit', 'chronic', '--tier', '3', '--amount', '8000', '--class-b-drugs', '2000', '--disease', '血友病'];

async function result(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}

describe('a disease’s own deductible left unknown (岚汐 第十条, 血友病)', () => {
  it('LX-10: exit 3 naming the 起付 (not a 限额), with both answers and the --set that settles it', async () => {
    const out = await yibao(LX10);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('门诊慢特病病种起付标准(血友病)(chronic.disease_limits.血友病.deductible');
    expect(out.stderr).not.toContain('病种限额');
    expect(out.stderr).toContain('收取门诊慢特病起付标准:统筹基金支付 4500.00 元,个人现金 3500.00 元');
    expect(out.stderr).toContain('不设起付标准:统筹基金支付 4680.00 元,个人现金 3320.00 元');
    expect(out.stderr).toContain('--set chronic.disease_limits.血友病.deductible=<元>');
    const en = await yibao([...LX10, '--lang', 'en']);
    expect(en.stderr).toContain('deductible of a disease (血友病)');
    expect(en.stderr).toContain("with the benefit's deductible: the fund pays 4500.00, cash 3500.00; without a deductible: the fund pays 4680.00, cash 3320.00");
  });

  it('JSON: the error carries both answers too', async () => {
    const out = await yibao([...LX10, '--json']);
    expect(out.code).toBe(3);
    const e = JSON.parse(out.stdout).error;
    expect(e.code).toBe('unknown_parameter');
    expect(e.message).toContain('4500.00');
    expect(e.message).toContain('4680.00');
  });

  it('--set gives it (0: none; 300: the benefit’s), said as the user’s', async () => {
    const none = await result([...LX10, '--set', 'chronic.disease_limits.血友病.deductible=0']);
    expect([none.result.fund_pays, none.result.cash_due]).toEqual(['4680.00', '3320.00']);
    expect(none.warnings.map((w: { code?: string; kind: string }) => w.code ?? w.kind)).toContain('user_value');
    const some = await result([...LX10, '--set', 'chronic.disease_limits.血友病.deductible=300']);
    expect([some.result.fund_pays, some.result.cash_due]).toEqual(['4500.00', '3500.00']);
  });

  it('a claim both agree on is answered: the year’s 300 already met, 7800 × 60% = 4680.00', async () => {
    const r = await result([...LX10, '--ytd-deductible', '300', '--ytd-fund', '100']);
    expect([r.result.fund_pays, r.result.cash_due]).toEqual(['4680.00', '3320.00']);
    const text = await yibao([...LX10, '--ytd-deductible', '300', '--ytd-fund', '100']);
    expect(text.stdout).toContain('本次由个人自付的起付线部分为 0.00 元');
  });

  it('another disease is not touched: 高血压 1000.00 at 三级, (1000 − 300) × 60% = 420.00', async () => {
    const r = await result([...LX10.slice(0, -6), '--amount', '1000', '--disease', '高血压']);
    expect([r.result.fund_pays, r.result.cash_due]).toEqual(['420.00', '580.00']);
  });
});
