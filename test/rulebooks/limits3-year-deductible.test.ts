// 苇川 二（一）3 (trial 3, /work/trial3/weichuan): a yearly total of per-stay deductibles, deductible_year_cap:
// 「一个年度内参保人员多次住院的，累计收取的住院起付标准，职工医保不超过1600元，居民医保不超过1500元。本次住院
// 应收取的起付标准超过年度剩余额度的，按剩余额度收取；累计达到上述额度后，本年度内再次住院不再收取起付标准。」
// What earlier stays were charged is --ytd-deductible (the trial's ytd.inpatient_deductible_met_fen; batch
// carries it per person). And 二（一）1「在一级及以下医疗机构住院的，不设起付标准」: a stated 0.
// Every expected number is worked by hand in the comments (the trial's claims.json gives the same).
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { WC, batchRows, calc, codes, pick, run, variant } from './limits3-helpers.js';

const WC01 = calc(WC, '--date', '2026-04-08', '--scheme', 'employee', '--status', 'active', '--age', '52', '--benefit', 'inpatient', '--tier', '3', '--admission', '2', '--amount', '60000', '--out-of-scope', '3000', '--class-b-drugs', '10000', '--class-b-items', '5000', '--ytd-fund', '8000', '--ytd-deductible', '1000', '--account', '20000');
const WC04 = calc(WC, '--date', '2026-08-17', '--discharge-date', '2026-09-03', '--scheme', 'resident', '--age', '67', '--assistance', '低保边缘家庭成员', '--benefit', 'inpatient', '--tier', '3', '--admission', '3', '--amount', '40000', '--out-of-scope', '2000', '--class-b-drugs', '5000', '--class-b-items', '2000', '--ytd-fund', '60000', '--ytd-deductible', '1400', '--ytd-burden', '90000', '--ytd-second', '45800', '--ytd-assistance-deductible', '500');
const WC05 = calc(WC, '--date', '2026-10-12', '--discharge-date', '2026-11-02', '--scheme', 'employee', '--status', 'retired', '--age', '68', '--benefit', 'inpatient', '--tier', '3', '--admission', '2', '--amount', '50000', '--class-b-drugs', '4000', '--ytd-fund', '270000', '--ytd-deductible', '700', '--account', '2000');
const WC10 = calc(WC, '--date', '2026-07-20', '--scheme', 'resident', '--age', '45', '--assistance', '返贫致贫人口', '--benefit', 'inpatient', '--tier', '2', '--filing', 'unfiled', '--admission', '2', '--amount', '25000', '--out-of-scope', '1000', '--class-b-drugs', '3000', '--ytd-fund', '20000', '--ytd-deductible', '1000', '--ytd-burden', '4000', '--ytd-assistance-deductible', '600', '--ytd-assistance', '58000');
const WC15 = calc(WC, '--date', '2026-11-02', '--scheme', 'resident', '--age', '55', '--assistance', '低保对象', '--benefit', 'inpatient', '--tier', '3', '--admission', '2', '--amount', '100000', '--out-of-scope', '5000', '--class-b-drugs', '10000', '--class-b-items', '5000', '--ytd-fund', '100000', '--ytd-deductible', '900', '--ytd-burden', '190000', '--ytd-second', '131475', '--ytd-assistance-deductible', '600', '--ytd-assistance', '20000');

describe('苇川 二（一）3: the yearly total of per-stay deductibles (deductible_year_cap)', () => {
  it('WC-01: 三级 active 1000, but 1000 of the 1600 was charged on the first stay: 600 (the fixture has no 转诊 ratio: only the deductible is asserted)', async () => {
    const j = await run(WC01);
    // 1600 − 1000 = 600 < 1000
    expect(pick(j, 'deductible', 'deductible_applied', 'ytd_deductible_after')).toEqual(['600.00', '600.00', '1600.00']);
  });
  it('WC-04: resident 三级 900, 1400 of 1500 used: 100; then 65% (62 + 3, aged 67) of 37360, 大病 and 救助 as the trial works them', async () => {
    const j = await run(WC04);
    // 乙类 5000 × 6% + 2000 × 12% = 540; pool 40000 − 2000 − 540 = 37460; 起付 min(900, 1500 − 1400) = 100;
    // 37360 × 65% = 24284.00; burden 37460 − 100 − 24284 + 540 + 100 = 13716 (90000 → 103716):
    // 10000 × 65% + 3716 × 70% = 6500 + 2601.20 = 9101.20; 救助 (13716 − 9101.20 − 1500) × 65% = 2024.62;
    // cash 40000 − 24284 − 9101.20 − 2024.62 = 4590.18
    expect(pick(j, 'first_pay', 'deductible', 'fund_pays', 'second_layer_pays', 'assistance_pays', 'cash_due')).toEqual(['540.00', '100.00', '24284.00', '9101.20', '2024.62', '4590.18']);
  });
  it('WC-05: retiree 三级 700, 700 of 1600 used: 700 in full (the total does not bind); 89% then the 28万 cap and 大额 90%', async () => {
    const j = await run(WC05);
    // pool 50000 − 240 = 49760; (49760 − 700) × 89% = 43663.40; cap 280000 − 270000 = 10000; 大额 33663.40 × 90% = 30297.06;
    // account 2000; cash 50000 − 10000 − 30297.06 − 2000 = 7702.94
    expect(pick(j, 'deductible', 'fund_before_cap', 'fund_pays', 'second_layer_pays', 'account_pays', 'cash_due')).toEqual(['700.00', '43663.40', '10000.00', '30297.06', '2000.00', '7702.94']);
    expect(codes(j)).not.toContain('ytd_deductible_assumed');
  });
  it('WC-10: 未备案 charges the 三级 standard 900, but only 500 of the resident 1500 is left: 500 (the fixture has no ×70% ratio: the deductible only)', async () => {
    expect((await run(WC10)).result.deductible).toBe('500.00');
  });
  it('WC-15: 900, 600 left of 1500: 600; 62% of 93200 = 57784.00', async () => {
    // 乙类 600 + 600 = 1200; pool 100000 − 5000 − 1200 = 93800; (93800 − 600) × 62% = 57784.00
    expect(pick(await run(WC15), 'deductible', 'fund_pays')).toEqual(['600.00', '57784.00']);
  });
  it('the total reached: no deductible on a later stay (不再收取起付标准); a stay within it is charged in full', async () => {
    const reached = await run(WC05.map((a) => (a === '700' ? '1600' : a)));
    // 1600 − 1600 = 0: (49760 − 0) × 89% = 44286.40, cap 10000 left
    expect(pick(reached, 'deductible', 'fund_before_cap')).toEqual(['0.00', '44286.40']);
    const first = await run(WC01.map((a) => (a === '1000' ? '0' : a)));
    expect(first.result.deductible).toBe('1000.00');
  });
  it('二（一）1 不设起付标准: a 一级 stay (and a 乡镇卫生院, 一级 by 一（一）2) is charged nothing, as stated (no inferred or reading label)', async () => {
    const j = await run(calc(WC, '--date', '2026-03-01', '--scheme', 'resident', '--age', '40', '--benefit', 'inpatient', '--tier', '乡镇卫生院', '--amount', '3000'));
    // 3000 × 90% = 2700
    expect(pick(j, 'deductible', 'fund_pays')).toEqual(['0.00', '2700.00']);
    expect(j.warnings.filter((w: { kind: string }) => w.kind === 'reading' || w.kind === 'inferred')).toEqual([]);
  });
  it('a later stay without --ytd-deductible: none charged before is assumed, and said (ytd_deductible_assumed); a first stay says nothing', async () => {
    const j = await run(WC01.filter((a, i, all) => a !== '--ytd-deductible' && all[i - 1] !== '--ytd-deductible'));
    expect(j.result.deductible).toBe('1000.00');
    expect(codes(j)).toContain('ytd_deductible_assumed');
    const first = await run(calc(WC, '--date', '2026-04-08', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '3', '--amount', '6000'));
    expect(codes(first)).not.toContain('ytd_deductible_assumed');
  });
  it('the breakdown quotes 二（一）3 with the arithmetic; say reads it (zh, en)', async () => {
    const text = (await yibao(WC01)).stdout;
    expect(text).toContain('累计收取的住院起付标准，职工医保不超过1600元');
    expect(text).toContain('此前已收取 1000.00 元,本次应收 1000.00 元按剩余额度 600.00 元收取');
    const zh = (await yibao([...WC01, '--format', 'say'])).stdout;
    expect(zh).toContain('起付线一年累计有上限');
    expect(zh).toContain('这次只收剩下的600元');
    const en = (await yibao([...WC01, '--format', 'say', '--lang', 'en'])).stdout;
    expect(en).toContain('Only the');
  });
  it('batch carries the deductibles charged per person: 1000, then 600 (1600 reached), then 0, 0; another person starts again', async () => {
    const rows = await batchRows(
      WC,
      'person_id,date,scheme,status,benefit,tier,amount\n' +
        'p1,2026-03-01,employee,active,inpatient,3,10000\np2,2026-03-02,employee,active,inpatient,2,10000\np1,2026-05-01,employee,active,inpatient,3,10000\n' +
        'p1,2026-07-01,employee,active,inpatient,2,10000\np1,2026-09-01,employee,active,inpatient,3,10000\n',
    );
    expect(rows.map((r) => r.deductible_applied)).toEqual(['1000.00', '600.00', '600.00', '0.00', '0.00']);
    // p1: (10000 − 1000) × 85% = 7650.00; p2 二级: (10000 − 600) × 88% = 8272.00; p1's second stay
    // (10000 − 600) × 85% = 7990.00, third 二级 10000 × 88% = 8800.00, fourth 10000 × 85% = 8500.00
    expect(rows.map((r) => r.fund_pays)).toEqual(['7650.00', '8272.00', '7990.00', '8800.00', '8500.00']);
    expect(rows.map((r) => r.warnings)).toEqual([null, null, null, null, null]);
  });
  it('policy show says it (zh, en); policy init has the commented key', async () => {
    const zh = (await yibao(['policy', 'show', WC])).stdout;
    expect(zh).toMatch(/本年各次住院累计收取的起付线最多[^\n]*1,600 元/);
    const en = (await yibao(['policy', 'show', WC, '--lang', 'en'])).stdout;
    expect(en).toMatch(/deductibles for stays add up to at most[^\n]*1,500/);
    const { skeletonPolicy } = await import('../../src/cli/policy/init.js');
    expect(skeletonPolicy('qingsong', '../schema/policy.schema.json')).toContain('# deductible_year_cap: { value: 1600');
  });
  it('validate: it needs deductible_period admission; its number needs its quote', async () => {
    const yearly = await variant(WC, 'deductible_period: &perstay { value: admission, source: wc, quote: 在二级、三级医疗机构住院的，起付标准按次收取 }', 'deductible_period: &perstay { value: year, source: wc, quote: 一个年度内参保人员多次住院的 }');
    const out = await yibao(['policy', 'validate', yearly]);
    expect(out.code).toBe(2);
    expect(out.stderr + out.stdout).toContain('deductible_period: admission');
    const unquoted = await variant(WC, 'deductible_year_cap: { value: 1600, source: wc, quote: 累计收取的住院起付标准，职工医保不超过1600元 }', 'deductible_year_cap: { value: 1600 }');
    expect((await yibao(['policy', 'validate', unquoted])).code).toBe(2);
  });
  it('unknown total (value null + note): exit 3 naming it on a stay with deductibles charged before; a first stay is answered', async () => {
    const p = await variant(WC, 'deductible_year_cap: { value: 1600, source: wc, quote: 累计收取的住院起付标准，职工医保不超过1600元 }', 'deductible_year_cap: { value: null, note: { zh: 原文未写明。, en: Not stated. } }');
    const later = await yibao(WC01.map((a) => (a === WC ? p : a)));
    expect(later.code).toBe(3);
    expect(later.stderr).toContain('--set inpatient.employee.deductible_year_cap=');
    const set = await run([...WC01.map((a) => (a === WC ? p : a)), '--set', 'inpatient.employee.deductible_year_cap=1600']);
    expect(set.result.deductible).toBe('600.00');
    const first = await yibao([...WC01.map((a) => (a === WC ? p : a)).map((a) => (a === '1000' ? '0' : a)), '--json']);
    expect(first.code, first.stderr).toBe(0);
  });
});

describe('--ytd-deductible where stays are charged each on their own (FINDINGS3 weichuan 13: it was ignored silently)', () => {
  it('白鹭 (按次, no yearly total): an ignored_input note on ytd_deductible, the deductible unchanged; 苇川 (a yearly total) uses it and says nothing of the kind', async () => {
    const bailu = await run(['calc', '--policy', 'examples/rulebooks/bailu.yaml', '--date', '2025-06-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '3', '--admission', '1', '--amount', '10000', '--ytd-deductible', '800']);
    const notes = bailu.warnings.filter((w: { code: string; path?: string }) => w.code === 'ignored_input').map((w: { path?: string }) => w.path);
    expect(notes).toContain('ytd_deductible');
    const wc = await run(WC01);
    expect(wc.warnings.filter((w: { code: string; path?: string }) => w.code === 'ignored_input' && w.path === 'ytd_deductible')).toEqual([]);
  });
});
