// A stay's deductible changed by the kind of facility (facility_deductible), worked by hand from the
// texts (fiction, test/fixtures/fac4/sources/):
// 澄岫 第五条: 职工 一级300、二级700、三级1100; 退休 80%; 第二次及以后 50%, 不低于150元; （四）「在中医医疗机构住院的，
//   起付标准降低100元；在非公立医疗机构住院的，起付标准按同级医疗机构标准的120%执行」; （六） 累计2000元.
//   Encoded: 中医 −100 with `at` unknown (level's standard or the deductible charged: tried both ways),
//   非公立 ×1.2 `at: standard` (同级医疗机构标准), their order unknown. 第六条: 在职 二级 88%, 一级 92%; 退休 +3.
// 棠溪 第四条「在中医医院（含中西医结合医院）住院的，住院起付标准在本细则规定标准的基础上降低100元」, encoded
//   `at: standard` as a reading; 第十五条 居民 二级500、一级200, 第二次60%、第三次及以后40%, 不低于100元; 第十六条 居民 二级75%.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { facilityAdjusted } from '../../src/engine/steps/facility-deductible.js';

const CX = 'test/fixtures/fac4/chengxiu.yaml';
const TX = 'test/fixtures/fac4/tangxi.yaml';
const stay = (file: string) => ['calc', '--policy', file, '--date', '2025-05-01', '--benefit', 'inpatient', '--amount', '10000'];
const CX_ACTIVE = [...stay(CX), '--scheme', 'employee', '--status', 'active'];
const CX_RETIRED = [...stay(CX), '--scheme', 'employee', '--status', 'retired'];
const TX_RESIDENT = [...stay(TX), '--scheme', 'resident'];

async function result(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}
async function unknown(args: string[]) {
  const out = await yibao(args);
  expect(out.code, out.stdout).toBe(3);
  return out.stderr + out.stdout;
}

describe('the step: a minus never below 0, a times rounded, in the order given', () => {
  it('(700 − 100) × 1.2 = 720, 700 × 1.2 − 100 = 740; 50 − 100 stops at 0', () => {
    const ops = [{ op: 'minus', amount: 10000 }, { op: 'times', amount: 12000 }] as const;
    expect(facilityAdjusted(70000, ops, true, { mode: 'half_up', unit: '0.01' } as never)).toBe(72000);
    expect(facilityAdjusted(70000, ops, false, { mode: 'half_up', unit: '0.01' } as never)).toBe(74000);
    expect(facilityAdjusted(5000, [{ op: 'minus', amount: 10000 }], true, { mode: 'half_up', unit: '0.01' } as never)).toBe(0);
  });
});

describe('澄岫 第五条（四）: 中医医疗机构 −100 (where: unknown), 非公立 ×120% of the level’s standard', () => {
  it('二级中医医院, active, first stay: 700 − 100 = 600 at either step; (10000 − 600) × 88% = 8272.00; JSON, text and say name it', async () => {
    const args = [...CX_ACTIVE, '--tier', '二级中医医院', '--admission', '1'];
    const j = await result(args);
    expect([j.result.deductible_applied, j.result.fund_pays]).toEqual(['600.00', '8272.00']);
    expect(j.result.deductible_facility).toMatchObject([{ facility: '中医医疗机构', minus: '100.00' }]);
    const text = (await yibao(args)).stdout;
    expect(text).toContain('在中医医疗机构住院降低 100.00 元');
    expect(text).toContain('“在中医医疗机构住院的，起付标准降低100元”');
    expect((await yibao([...args, '--format', 'say'])).stdout).toContain('在中医医疗机构住院,起付线降低100元。这次的起付线是600元。');
  });

  it('a retiree there: (700 − 100) × 80% = 480 or 700 × 80% − 100 = 460: exit 3 naming the step, with both funds (9520 × 91% = 8663.20, 9540 × 91% = 8681.40)', async () => {
    const out = await unknown([...CX_RETIRED, '--tier', '二级中医医院', '--admission', '1']);
    expect(out).toContain('inpatient.employee.facility_deductible.中医医疗机构.at');
    expect(out).toContain('8663.20');
    expect(out).toContain('8681.40');
  });

  it('--set …中医医疗机构.at=standard answers it: 480, 8663.20, marked as the user’s', async () => {
    const j = await result([...CX_RETIRED, '--tier', '二级中医医院', '--admission', '1', '--set', 'inpatient.employee.facility_deductible.中医医疗机构.at=standard']);
    expect([j.result.deductible_applied, j.result.fund_pays]).toEqual(['480.00', '8663.20']);
    expect(j.warnings.map((w: { code: string }) => w.code)).toContain('user_value');
  });

  it('a later stay at 一级中医医院: (300 − 100) × 50% = 100 raised to 150, or 300 × 50% − 100 = 50: exit 3 (9850 × 92% = 9062.00 / 9950 × 92% = 9154.00)', async () => {
    const out = await unknown([...CX_ACTIVE, '--tier', '一级中医医院', '--admission', '2']);
    expect(out).toContain('9062.00');
    expect(out).toContain('9154.00');
  });

  it('二级民营医院: 700 × 120% = 840, (10000 − 840) × 88% = 8060.80; second stay 840 × 50% = 420, 8430.40', async () => {
    const first = await result([...CX_ACTIVE, '--tier', '二级民营医院', '--admission', '1']);
    expect([first.result.deductible_applied, first.result.fund_pays]).toEqual(['840.00', '8060.80']);
    expect(first.result.deductible_facility).toEqual([{ facility: '非公立医疗机构', at: 'standard', times: '1.2' }]);
    const second = await result([...CX_ACTIVE, '--tier', '二级民营医院', '--admission', '2']);
    expect([second.result.deductible_applied, second.result.fund_pays]).toEqual(['420.00', '8430.40']);
  });

  it('the yearly total last: a third stay with 1800 charged before, 420 cut to the 200 left: (10000 − 200) × 88% = 8624.00', async () => {
    const j = await result([...CX_ACTIVE, '--tier', '二级民营医院', '--admission', '3', '--ytd-deductible', '1800']);
    expect([j.result.deductible_applied, j.result.fund_pays]).toEqual(['200.00', '8624.00']);
  });

  it('a private 中医 hospital (--tier 二级民营中医医院, kinds of both): step and order unknown: exit 3; the step given, the order still open: 720 / 740', async () => {
    const args = [...CX_ACTIVE, '--tier', '二级民营中医医院', '--admission', '1'];
    expect(await unknown(args)).toContain('facility_deductible');
    const atStandard = [...args, '--set', 'inpatient.employee.facility_deductible.中医医疗机构.at=standard'];
    const out = await unknown(atStandard);
    expect(out).toContain('inpatient.employee.facility_deductible_order');
    // (700 − 100) × 1.2 = 720: 9280 × 88% = 8166.40; 700 × 1.2 − 100 = 740: 9260 × 88% = 8148.80
    expect(out).toContain('8166.40');
    expect(out).toContain('8148.80');
    const j = await result([...atStandard, '--set', 'inpatient.employee.facility_deductible_order=minus_first']);
    expect([j.result.deductible_applied, j.result.fund_pays]).toEqual(['720.00', '8166.40']);
    expect(j.result.deductible_facility.map((x: { facility: string }) => x.facility)).toEqual(['中医医疗机构', '非公立医疗机构']);
  });

  it('the −100 on the deductible charged: 840 − 100 = 740 whatever the order: answered, 8148.80', async () => {
    const j = await result([...CX_ACTIVE, '--tier', '二级民营中医医院', '--admission', '1', '--set', 'inpatient.employee.facility_deductible.中医医疗机构.at=charged']);
    expect([j.result.deductible_applied, j.result.fund_pays]).toEqual(['740.00', '8148.80']);
  });

  it('a stay at a plain 二级 hospital is as without the structure: 700, (10000 − 700) × 88% = 8184.00, deductible_facility null', async () => {
    const j = await result([...CX_ACTIVE, '--tier', '2', '--admission', '1']);
    expect([j.result.deductible_applied, j.result.fund_pays, j.result.deductible_facility]).toEqual(['700.00', '8184.00', null]);
  });
});

describe('棠溪 第四条: 中医医院 −100 on the standard, as a reading', () => {
  it('二级中医医院 employee first stay: 700 − 100 = 600; 9400 × 88% = 8272.00, no reading (both steps agree)', async () => {
    const j = await result([...stay(TX), '--scheme', 'employee', '--status', 'active', '--tier', '二级中医医院', '--admission', '1']);
    expect([j.result.deductible_applied, j.result.fund_pays]).toEqual(['600.00', '8272.00']);
    expect(j.warnings.map((w: { code: string }) => w.code)).not.toContain('reading');
  });

  it('a resident’s second stay at 二级中西医结合医院 (an alias): (500 − 100) × 60% = 240, 9760 × 75% = 7320.00, the reading said (the other step: 200)', async () => {
    const args = [...TX_RESIDENT, '--tier', '二级中西医结合医院', '--admission', '2'];
    const j = await result(args);
    expect([j.result.deductible_applied, j.result.fund_pays]).toEqual(['240.00', '7320.00']);
    expect(j.warnings.find((w: { code: string; path?: string }) => w.code === 'reading')?.path).toBe('inpatient.resident.facility_deductible.中医医院.at');
    expect((await yibao([...args, '--format', 'say'])).stdout).toContain('中医医院先在级别标准上降低100元再按次数比例收取,这是对原文的理解');
  });

  it('a resident’s first stay: 500 − 100 = 400 either way, 9600 × 75% = 7200.00, nothing said', async () => {
    const j = await result([...TX_RESIDENT, '--tier', '二级中医医院', '--admission', '1']);
    expect([j.result.deductible_applied, j.result.fund_pays]).toEqual(['400.00', '7200.00']);
    expect(j.warnings.map((w: { code: string }) => w.code)).not.toContain('reading');
  });

  it('a third stay at 一级中医医院: (200 − 100) × 40% = 40 raised to the floor 100 (never above the full 100); 1000, 10 days: (1000 − 100) × 90% = 810.00', async () => {
    const j = await result(['calc', '--policy', TX, '--date', '2025-05-01', '--benefit', 'inpatient', '--amount', '1000', '--scheme', 'resident', '--tier', '一级中医医院', '--admission', '3', '--days', '10']);
    expect([j.result.deductible_applied, j.result.fund_pays]).toEqual(['100.00', '810.00']);
  });

  it('batch: the tier column takes 二级中医医院; each row its own deductible', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fac-ded-'));
    writeFileSync(join(dir, 'in.csv'), '人员编号,就诊日期,参保类型,医院级别,待遇类型,总费用,住院次数\nB,2025-02-01,居民,二级中医医院,住院,10000,1\nB,2025-06-01,居民,二级中医医院,住院,10000,2\n');
    const out = await yibao(['batch', join(dir, 'in.csv'), '--policy', TX, '--out', join(dir, 'out.csv')]);
    expect(out.code, out.stderr).toBe(0);
    const rows = readFileSync(join(dir, 'out.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
    const col = (name: string) => rows[0]!.indexOf(name);
    expect(rows.slice(1).map((r) => [r[col('deductible_applied')], r[col('fund_pays')]])).toEqual([
      ['400.00', '7200.00'],
      ['240.00', '7320.00'],
    ]);
  });
});

describe('policy show and validate', () => {
  it('show says each change, where it applies and the order left open', async () => {
    const out = (await yibao(['policy', 'show', CX])).stdout;
    expect(out).toContain('在下列机构住院,起付线另有调整:');
    expect(out).toContain('中医医疗机构降低:100 元');
    expect(out).toContain('非公立医疗机构按标准的:120%');
    expect(out).toContain('同属两类机构时的先后:未知');
    expect(out).toContain('同属中医医疗机构、非公立医疗机构');
  });

  async function validate(from: string, to: string) {
    const dir = mkdtempSync(join(tmpdir(), 'fac-ded-'));
    cpSync('test/fixtures/fac4/sources', join(dir, 'sources'), { recursive: true });
    const text = readFileSync(CX, 'utf8');
    expect(text).toContain(from);
    writeFileSync(join(dir, 'chengxiu.yaml'), text.replace(from, to));
    const out = await yibao(['policy', 'validate', join(dir, 'chengxiu.yaml'), '--lang', 'en']);
    return { code: out.code, text: out.stdout + out.stderr };
  }

  it('refuses minus and times together, a key that is no facility, a kind that is no facility, and a yearly deductible', async () => {
    const both = await validate('              minus: { value: 100, source: cx, quote: 在中医医疗机构住院的，起付标准降低100元 }\n', '              minus: { value: 100, source: cx, quote: 在中医医疗机构住院的，起付标准降低100元 }\n              times: { value: 1.2, source: cx, quote: 起付标准按同级医疗机构标准的120%执行 }\n');
    expect(both.code).toBe(2);
    expect(both.text).toContain('give minus (降低…元), times (按…%) or lower_level (按低一级医疗机构标准), one of them');
    const key = await validate('          facility_deductible:\n            中医医疗机构:', '          facility_deductible:\n            肿瘤医院:');
    expect(key.text).toContain('"肿瘤医院" is not a name in facilities');
    const kind = await validate('kinds: [中医医疗机构, 非公立医疗机构]', 'kinds: [中医医疗机构, 肿瘤医院]');
    expect(kind.text).toContain('"肿瘤医院" is not another name in facilities');
    const yearly = await validate('          deductible_period: { value: admission, source: cx, quote: 住院起付标准按次计算 }\n          retiree_deductible_share', '          deductible_period: { value: year, source: cx, quote: 住院起付标准按次计算 }\n          retiree_deductible_share');
    expect(yearly.text).toContain('facility_deductible needs deductible_period: admission');
  });
});

describe('a facility of two kinds takes both kinds’ ratio points (鹤汀 二（五）+3, 二（六）−5; test/fixtures/ratio3/heting.yaml)', () => {
  it('retiree, second stay: 二级中医医院 86 + 4 + 3 = 93%, 二级民营医院 86 + 4 − 5 = 85%, 二级民营中医医院 86 + 4 + 3 − 5 = 88%', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fac-kinds-'));
    cpSync('test/fixtures/ratio3/sources', join(dir, 'sources'), { recursive: true });
    const text = readFileSync('test/fixtures/ratio3/heting.yaml', 'utf8').replace(
      'facilities:\n',
      'facilities:\n  民营中医医院:\n    counts_as: rated\n    kinds: [中医医院, 民营医院]\n    source: ht\n    quote: 民营定点医疗机构按其评定级别确定待遇标准\n',
    );
    writeFileSync(join(dir, 'heting.yaml'), text);
    const ratio = async (tier: string) =>
      (await result(['calc', '--policy', join(dir, 'heting.yaml'), '--date', '2026-05-11', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', tier, '--admission', '2', '--amount', '15000'])).result.ratio;
    expect([await ratio('二级中医医院'), await ratio('二级民营医院'), await ratio('二级民营中医医院')]).toEqual(['0.93', '0.85', '0.88']);
  });
});
