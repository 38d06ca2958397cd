// `say` and the JSON result name the yearly cap of family mutual aid (family_year_cap) where it is in play,
// and the uplift ceilings that held (uplift_ceiling, one or a list) where the text breakdown names them
// (fronts8). Values worked by hand from the fixtures' texts:
// - 汀澜 (test/fixtures/limits7/tinglan.yaml) 第二十一条 「通过家庭共济支付的金额，每个自然年度累计不超过5000元」, TL-13:
//   resident 二级 普通门诊 300, 目录外 20: (300 − 20) × 50% = 140.00; owed 300 − 140 = 160.00.
//   per holder, the account paid 4900: 5000 − 4900 = 100 left < 160: family 100.00 (the cap holds), cash 60.00.
//   per holder, paid 1000: 4000 left ≥ 160: family 160.00, cash 0.00, the cap in play but not holding.
//   per not said, nothing paid before, balance 80: 300 × 50% = 150; the balance holds (80), cash 70.00: the cap only named.
// - 汀澜 (test/fixtures/open7/tinglan.yaml) TL-12, 一级民营医院, 66: 88% + 3 = 91% held to 90% (第七条（三）), − 5 = 85%:
//   7380 × 85% = 6273.00. Cut first: 83% + 3 = 86%, under 90%: the ceiling does not hold.
// - 岚汐 (test/fixtures/trial6/lanxi.yaml), two ceilings: aged 70 at a 一级中医医院, age first: 88 + 3 = 91 → 90 (the age
//   ceiling holds), + 3 = 93% ≤ 95% (the 中医 ceiling does not): 9860 × 93% = 9169.80.
import { describe, expect, it } from 'vitest';
import { yibao } from './calc-helpers.js';

const TL = 'test/fixtures/limits7/tinglan.yaml';
const TL13 = (paid: string, per: string) => ['calc', '--policy', TL, '--date', '2025-11-11', '--scheme', 'resident', '--benefit', 'outpatient', '--tier', '2', '--amount', '300', '--out-of-scope', '20', '--ytd-fund', '100', '--family', '8000', '--relation', 'child', '--ytd-family-paid', paid, '--ytd-family-received', '0', '--set', `family_year_cap.per=${per}`];

async function out(args: string[]) {
  const r = await yibao(args);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}
const result = async (args: string[]) => JSON.parse(await out([...args, '--json'])).result;

describe('family_year_cap in say and JSON', () => {
  it('the cap holds (per holder, 4900 paid): 100 of 160; said with what was paid and what is left', async () => {
    const r = await result(TL13('4900', 'holder'));
    expect([r.family_pays, r.cash_due]).toEqual(['100.00', '60.00']);
    expect(r.family_year_cap).toEqual({ cap: '5000.00', per: 'holder', paid_before: '4900.00', left: '100.00', limited: true });
    expect(await out([...TL13('4900', 'holder'), '--format', 'say'])).toContain('家庭共济每年累计最多5000元,今年这个账户已经共济出去4900元,这次只能用剩下的100元。家庭共济账户付100元,您再付现金60元。');
    expect(await out([...TL13('4900', 'holder'), '--format', 'say', '--lang', 'en'])).toContain('Family mutual aid is capped at 5,000 yuan a year; the account has already paid 4,900 yuan this year, so it can pay only 100 yuan this time.');
  });

  it('in play, not holding (per holder, 1000 paid): 160 paid, 4000 left said', async () => {
    const r = await result(TL13('1000', 'holder'));
    expect([r.family_pays, r.cash_due]).toEqual(['160.00', '0.00']);
    expect(r.family_year_cap).toEqual({ cap: '5000.00', per: 'holder', paid_before: '1000.00', left: '4000.00', limited: false });
    expect(await out([...TL13('1000', 'holder'), '--format', 'say'])).toContain('家庭共济每年累计最多5000元,今年还剩4000元。');
  });

  it('whose year not said, the claim the same either way: the cap named, nothing said of whose year', async () => {
    const args = ['calc', '--policy', TL, '--date', '2025-11-11', '--scheme', 'resident', '--benefit', 'outpatient', '--tier', '2', '--amount', '300', '--family', '80', '--relation', 'child'];
    const r = await result(args);
    expect([r.fund_pays, r.family_pays, r.cash_due]).toEqual(['150.00', '80.00', '70.00']);
    expect(r.family_year_cap).toEqual({ cap: '5000.00', per: null, paid_before: null, left: null, limited: false });
    expect(await out([...args, '--format', 'say'])).toContain('家庭共济每年累计最多5000元。家庭共济账户付80元');
  });

  it('no family account: no family_year_cap in JSON, nothing said', async () => {
    const args = ['calc', '--policy', TL, '--date', '2025-11-11', '--scheme', 'resident', '--benefit', 'outpatient', '--tier', '2', '--amount', '300'];
    expect((await result(args)).family_year_cap).toBeUndefined();
    expect(await out([...args, '--format', 'say'])).not.toContain('家庭共济每年');
  });
});

describe('uplift ceilings that held, in say and JSON', () => {
  const TL12 = (first: string, tier = '一级民营医院') => ['calc', '--policy', 'test/fixtures/open7/tinglan.yaml', '--date', '2025-02-19', '--discharge-date', '2025-02-27', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', tier, '--admission', '1', '--age', '66', '--amount', '8000', '--out-of-scope', '300', '--class-b-items', '1000', '--set', `inpatient.resident.uplift_ceiling.facility_cut_first=${first}`];

  it('TL-12, the ceiling first: 91% held to 90%, then − 5: 6273.00; named', async () => {
    const r = await result(TL12('false'));
    expect([r.ratio, r.fund_pays]).toEqual(['0.85', '6273.00']);
    expect(r.uplift_ceilings).toEqual([{ max: '0.90', uplifts: ['age'], path: 'inpatient.resident.uplift_ceiling' }]);
    expect(await out([...TL12('false'), '--format', 'say'])).toContain('报销比例提高后最高不超过90%。');
    expect(await out([...TL12('false'), '--format', 'say', '--lang', 'en'])).toContain('After the uplift, the ratio is at most 90%.');
  });

  it('TL-12, the cut first: 86%, under the ceiling: not named', async () => {
    const r = await result(TL12('true'));
    expect(r.ratio).toBe('0.86');
    expect(r.uplift_ceilings).toBeUndefined();
    expect(await out([...TL12('true'), '--format', 'say'])).not.toContain('最高不超过');
  });

  it('岚汐, two ceilings, age first: the age ceiling held (90%), the 中医 one not: named with its uplift', async () => {
    const args = ['calc', '--policy', 'test/fixtures/trial6/lanxi.yaml', '--date', '2025-03-01', '--scheme', 'resident', '--benefit', 'inpatient', '--age', '70', '--tier', '一级中医医院', '--amount', '10000', '--set', 'facilities.中医医院.levels=1,2,3', '--set', 'inpatient.resident.uplift_order=age,facility'];
    const r = await result(args);
    expect(r.fund_pays).toBe('9169.80');
    expect(r.uplift_ceilings).toEqual([{ max: '0.90', uplifts: ['age'], path: 'inpatient.resident.uplift_ceiling.0' }]);
    expect(await out([...args, '--format', 'say'])).toContain('报销比例按年龄提高后最高不超过90%。');
    expect(await out([...args, '--format', 'say', '--lang', 'en'])).toContain('After the age uplift, the ratio is at most 90%.');
  });
});
