// An unknown value of the second layer (大病 / 大额) or of 医疗救助 stops only the claims it can
// change: where the layer (or assistance) cannot pay on this claim whatever the value — the fund
// stayed below its cap, the burden below the threshold, the claim has no part in that band — the
// claim is answered and nothing is said; where it can, exit 3 naming the value's path.
// 苇川 六 「支付比例在职人员85%、退休人员90%」 is written unknown in the fixture (as a bureau would
// before it could key it by status); the trial claims are /work/trial3/weichuan/claims.json.
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { pick, run } from './small2-helpers.js';
import { WC_FILE, variant } from './layers3-helpers.js';

const WC = ['calc', '--policy', WC_FILE];
// WC-02: retiree at a 乡镇卫生院 (一级, no 起付): 乙类 1500 × 6% = 90; (8000 − 200 − 90) × 95% = 7324.50
const WC02 = [...WC, '--date', '2026-02-11', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '乡镇卫生院', '--admission', '1', '--amount', '8000', '--out-of-scope', '200', '--class-b-drugs', '1500', '--account', '1000'];
// WC-05: retiree 三级, 2nd stay, 270000 of the 280000 cap used: (50000 − 240 − 700) × 89% = 43663.40; fund 10000
const WC05 = [...WC, '--date', '2026-10-12', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '3', '--admission', '2', '--amount', '50000', '--class-b-drugs', '4000', '--ytd-fund', '270000', '--account', '2000'];
// WC-04: resident 67, 三级, 低保边缘; 起付 100 (the 1500 ceiling, given with --set); burden 90000 → 103716
const WC04 = [...WC, '--date', '2026-08-17', '--scheme', 'resident', '--age', '67', '--assistance', '低保边缘家庭成员', '--benefit', 'inpatient', '--tier', '3', '--admission', '3', '--amount', '40000', '--out-of-scope', '2000', '--class-b-drugs', '5000', '--class-b-items', '2000', '--ytd-fund', '60000', '--ytd-burden', '90000', '--ytd-second', '45800', '--ytd-assistance-deductible', '500', '--set', 'inpatient.resident.deductible.3=100'];

describe('大额 ratio unknown (苇川 六, by status, not keyed in this file)', () => {
  it('WC-02: far below the cap, 大额 pays 0 whatever its ratio: answered, nothing said of it', async () => {
    const j = await run(WC02);
    expect(pick(j, 'fund_pays', 'second_layer_pays', 'account_pays', 'cash_due')).toEqual(['7324.50', '0.00', '675.50', '0.00']);
    expect(JSON.stringify(j.warnings)).not.toContain('second_layer');
  });

  it('WC-06: a disease limit cut the fund, not the annual cap: 大额 0, answered', async () => {
    // 乙类 800 × 6% = 48; (1500 − 50 − 48) × 85% = 1191.70; two diseases: 1200 + 800 = 2000, 1200 used: fund 800
    const j = await run([...WC, '--date', '2026-09-14', '--scheme', 'employee', '--status', 'retired', '--benefit', 'chronic', '--tier', '2', '--disease', '糖尿病', '--diseases', '高血压,糖尿病', '--amount', '1500', '--out-of-scope', '50', '--class-b-drugs', '800', '--ytd-fund', '1200', '--ytd-benefit-fund', '1200', '--account', '500']);
    expect(pick(j, 'fund_before_cap', 'fund_pays', 'second_layer_pays', 'account_pays', 'cash_due')).toEqual(['1191.70', '800.00', '0.00', '500.00', '200.00']);
  });

  it('WC-05: the cap cut 33663.40, so 大额 can pay: exit 3 naming second_layer.employee.ratio with its note (zh and en)', async () => {
    const zh = await yibao(WC05);
    expect(zh.code).toBe(3);
    expect(zh.stderr).toContain('second_layer.employee.ratio');
    expect(zh.stderr).toContain('在职人员85%、退休人员90%');
    const en = await yibao([...WC05, '--lang', 'en']);
    expect(en.code).toBe(3);
    expect(en.stderr).toContain('second_layer.employee.ratio');
  });

  it('the text breakdown of WC-02 does not show a made-up ratio', async () => {
    const out = await yibao(WC02);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).not.toMatch(/大额医疗费用补助[^\n]*× 0%/);
    expect(out.stdout).not.toMatch(/大额医疗费用补助[^\n]*× 100%/);
  });

  it('policy show says the ratio is unknown, not that every employee claim cannot be answered', async () => {
    const out = await yibao(['policy', 'show', WC_FILE]);
    expect(out.stdout).not.toMatch(/住院·职工[^\n]*无法计算/);
  });
});

const BAND4_UNKNOWN: [string, string][] = [['ratio: { value: 0.75, inferred: true, reasoning: { zh: 依此类推：70%提高5个百分点。, en: "依此类推: 70% plus 5 points." }, source: wc, quote: 依此类推 }', 'ratio: { value: null, note: { zh: 依此类推，未写明。, en: Not written out. } }']];

describe('大病 values unknown: only the claims with a part where the value is used', () => {
  it('the 75% band unknown: WC-04 (90000 → 103716) has no part in it and is answered as by hand', async () => {
    const file = variant(WC_FILE, BAND4_UNKNOWN);
    // 10000 × 65% + 3716 × 70% = 9101.20; 救助 (13716 − 9101.20 − 1500) × 65% = 2024.62
    const j = await run(['calc', '--policy', file, ...WC04.slice(3)]);
    expect(pick(j, 'fund_pays', 'second_layer_pays', 'assistance_pays', 'cash_due')).toEqual(['24284.00', '9101.20', '2024.62', '4590.18']);
  });

  it('the 75% band unknown: a burden crossing 150000 is exit 3 naming segments.3.ratio', async () => {
    const file = variant(WC_FILE, BAND4_UNKNOWN);
    const out = await yibao(['calc', '--policy', file, ...WC04.slice(3, -2), '--ytd-burden', '140000']);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('second_layer.resident.segments.3.ratio');
  });

  it('the 大病 cap unknown: a burden below the threshold is answered; above it, exit 3 naming the cap', async () => {
    const file = variant(WC_FILE, [['cap: { value: 400000, source: wc, quote: 年度最高支付40万元 }', 'cap: { value: null, note: { zh: 未写明。, en: Not stated. } }']]);
    // WC-03 without the minors' uplift: resident 9, 二级: 乙类 120 + 120 = 240; (12000 − 800 − 240 − 500) × 78% = 8158.80
    const below = ['calc', '--policy', file, '--date', '2026-03-02', '--scheme', 'resident', '--age', '40', '--benefit', 'inpatient', '--tier', '2', '--admission', '1', '--amount', '12000', '--out-of-scope', '800', '--class-b-drugs', '2000', '--class-b-items', '1000'];
    expect(pick(await run(below), 'fund_pays', 'second_layer_pays')).toEqual(['8158.80', '0.00']);
    const above = await yibao([...below, '--ytd-burden', '20000']);
    expect(above.code).toBe(3);
    expect(above.stderr).toContain('second_layer.resident.cap');
  });

  it('a group’s ratio_plus unknown: a 特困 claim below the halved threshold is answered', async () => {
    const file = variant(WC_FILE, [['ratio_plus: { value: 0.05, source: wc, quote: 各段支付比例分别提高5个百分点 }', 'ratio_plus: { value: null, note: { zh: 未写明。, en: Not stated. } }']]);
    // 特困, 乡镇卫生院 (一级, no 起付): (1000 − 0) × 90% = 900; burden 100, far below 8500; 救助 100% of 100 = 100
    const claim = ['calc', '--policy', file, '--date', '2026-03-02', '--scheme', 'resident', '--age', '40', '--assistance', '特困人员', '--benefit', 'inpatient', '--tier', '1', '--admission', '1', '--amount', '1000'];
    expect(pick(await run(claim), 'fund_pays', 'second_layer_pays', 'assistance_pays', 'cash_due')).toEqual(['900.00', '0.00', '100.00', '0.00']);
    const above = await yibao([...claim, '--ytd-burden', '9000']);
    expect(above.code).toBe(3);
    expect(above.stderr).toContain('second_layer.resident.groups.特困人员.ratio_plus');
  });
});

describe('医疗救助 values unknown', () => {
  const NULL = 'ratio: { value: null, note: { zh: 未写明。, en: Not stated. } }';
  it('低保 ratio unknown: a base below the 600 threshold is answered (救助 0); above it, exit 3 naming the ratio', async () => {
    const file = variant(WC_FILE, [['ratio: { value: 0.8, source: wc, quote: 低保对象年度救助起付标准600元，救助比例80% }', NULL]]);
    // 低保, 一级: (1000) × 90% = 900; burden 100; 救助 base 100 < 600: 0
    const claim = ['calc', '--policy', file, '--date', '2026-03-02', '--scheme', 'resident', '--age', '40', '--assistance', '低保对象', '--benefit', 'inpatient', '--tier', '1', '--admission', '1', '--amount', '1000'];
    expect(pick(await run(claim), 'fund_pays', 'assistance_pays', 'cash_due')).toEqual(['900.00', '0.00', '100.00']);
    const met = await yibao([...claim, '--ytd-assistance-deductible', '600']);
    expect(met.code).toBe(3);
    expect(met.stderr).toContain('assistance.groups.低保对象.ratio');
  });

  it('低保 cap unknown: a claim it pays nothing is answered; one it pays is exit 3 naming the cap', async () => {
    const file = variant(WC_FILE, [['cap: { value: 60000, source: wc, quote: 救助比例80%，年度救助限额6万元 }', 'cap: { value: null, note: { zh: 未写明。, en: Not stated. } }']]);
    const claim = ['calc', '--policy', file, '--date', '2026-03-02', '--scheme', 'resident', '--age', '40', '--assistance', '低保对象', '--benefit', 'inpatient', '--tier', '1', '--admission', '1', '--amount', '1000'];
    expect(pick(await run(claim), 'assistance_pays')).toEqual(['0.00']);
    const met = await yibao([...claim, '--ytd-assistance-deductible', '600']);
    expect(met.code).toBe(3);
    expect(met.stderr).toContain('assistance.groups.低保对象.cap');
  });
});

describe('policy show: an unknown layer value stops only the claims it can change', () => {
  it('says so beside the layer (zh and en)', async () => {
    const zh = await yibao(['policy', 'show', WC_FILE]);
    expect(zh.stdout).toContain('未知的数值只影响用得到它的案例');
    const en = await yibao(['policy', 'show', WC_FILE, '--lang', 'en']);
    expect(en.stdout).toContain('An unknown value stops only the claims it can change');
  });
});

describe('batch: a row the unknown cannot change is answered, one it can is an error row, in order', () => {
  it('WC-02 then WC-05 as two rows', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'layers3-'));
    const csv = join(dir, 'rows.csv');
    writeFileSync(csv, 'person_id,date,scheme,status,benefit,tier,admission,amount,out_of_scope,class_b_drugs,ytd_fund\nA,2026-02-11,employee,retired,inpatient,乡镇卫生院,1,8000,200,1500,0\nB,2026-10-12,employee,retired,inpatient,3,2,50000,0,4000,270000\n');
    const out = await yibao(['batch', csv, '--policy', WC_FILE, '--output-format', 'jsonl']);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.person_id)).toEqual(['A', 'B']);
    expect(rows[0].fund_pays).toBe('7324.50');
    expect(rows[1].row_status).toBe('error');
    expect(JSON.stringify(rows[1])).toContain('second_layer.employee.ratio');
  });
});
