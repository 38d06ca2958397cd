// 晴澜 (newcomer trial, round 2; test/fixtures/chronic2/sources/qinglan-2025-63.txt), worked by hand:
// Q1 三（一）「第三次及以后住院的，按30%收取；按比例计算后低于100元的，按100元收取」 (deductible_floor);
// Q2 四（一）「特殊病种为恶性肿瘤门诊放化疗、慢性肾功能衰竭门诊透析、器官移植术后抗排异治疗，不设起付标准，不设单病种
//    支付限额…支付比例职工医保90%，居民医保75%」 beside 四（二） 慢性病种 (yearly 起付 400/300) (disease_limits.groups);
// Q3 四（三）「…其余每个病种按其限额的50%增加，年度支付限额合计不超过4000元」 (highest_plus_share with sum_max);
// F10 a disease the policy does not list: exit 2, the message lists the policy's diseases.
// QL-03, QL-11, QL-12: the trial's hand-worked claims (/work/trial2/qinglan/claims.json).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const QINGLAN = ['calc', '--policy', 'test/fixtures/chronic2/qinglan.yaml'];

async function result(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}
const codes = (j: { warnings: { code: string }[] }) => j.warnings.map((w) => w.code);

// QL-03: resident 一档 aged 70, third admission at a 社区卫生服务中心 (一级), 4000 with 1000 乙类 drugs
const QL03 = [...QINGLAN, '--date', '2026-09-14', '--discharge-date', '2026-09-20', '--scheme', 'resident', '--grade', '一档', '--age', '70', '--benefit', 'inpatient', '--tier', '社区卫生服务中心', '--admission', '3', '--amount', '4000', '--class-b-drugs', '1000', '--ytd-fund', '12000', '--ytd-burden', '6000', '--ytd-second', '0'];
// QL-11: retiree, 恶性肿瘤门诊放化疗 at a 三级 hospital, 20000 with 8000 乙类 drugs; 19000 大额 burden so far
const QL11 = [...QINGLAN, '--date', '2026-09-02', '--scheme', 'employee', '--status', 'retired', '--age', '63', '--benefit', 'chronic', '--tier', '3', '--diseases', '恶性肿瘤门诊放化疗', '--disease', '恶性肿瘤门诊放化疗', '--amount', '20000', '--class-b-drugs', '8000', '--ytd-fund', '50000', '--ytd-benefit-fund', '50000', '--ytd-burden', '19000', '--ytd-second', '0', '--account', '500'];
// QL-12: active employee, four chronic diseases, 冠心病 treated at 二级, 1200 with 200 乙类 drugs; 起付 250 of 400 met; 3700 of the limit used
const QL12 = [...QINGLAN, '--date', '2026-06-18', '--scheme', 'employee', '--status', 'active', '--age', '60', '--benefit', 'chronic', '--tier', '2', '--diseases', '高血压,糖尿病,冠心病,慢性阻塞性肺疾病', '--disease', '冠心病', '--amount', '1200', '--class-b-drugs', '200', '--ytd-fund', '3700', '--ytd-deductible', '250', '--ytd-benefit-fund', '3700', '--ytd-burden', '3000', '--ytd-second', '0', '--account', '400', '--family', '2000', '--relation', 'spouse'];

describe('Q1 a floor under the later-admission share (三（一）)', () => {
  it('QL-03: 200 × 30% = 60, below 100: 起付 100; (3900 − 100) × 95% = 3610; cash 390; 大病 burden 290', async () => {
    const j = await result(QL03);
    expect([j.result.deductible_applied, j.result.fund_pays, j.result.cash_due, j.result.burden_added]).toEqual(['100.00', '3610.00', '390.00', '290.00']);
    const text = (await yibao(QL03)).stdout;
    expect(text).toContain('按比例计算后低于100元的，按100元收取');
  });

  it('a second admission at 二级 (500 × 50% = 250, above the floor) is not raised: (10000 − 250) × 80% = 7800', async () => {
    const j = await result([...QINGLAN, '--date', '2026-05-01', '--scheme', 'resident', '--grade', '一档', '--age', '40', '--benefit', 'inpatient', '--tier', '2', '--admission', '2', '--amount', '10000']);
    expect([j.result.deductible_applied, j.result.fund_pays]).toEqual(['250.00', '7800.00']);
    expect((await yibao([...QINGLAN, '--date', '2026-05-01', '--scheme', 'resident', '--grade', '一档', '--age', '40', '--benefit', 'inpatient', '--tier', '2', '--admission', '2', '--amount', '10000'])).stdout).not.toContain('按100元收取');
  });
});

describe('Q2 special diseases with their own deductible, ratio and no limit (四（一）)', () => {
  it('QL-11: no 起付, 90%: 19200 × 90% = 17280; 大额 (2720 → 21720) 1720 × 80% = 1376; account 500, cash 844', async () => {
    const j = await result(QL11);
    expect([j.result.first_pay, j.result.deductible_applied, j.result.fund_before_cap, j.result.fund_pays, j.result.second_layer_pays, j.result.account_pays, j.result.cash_due]).toEqual([
      '800.00',
      '0.00',
      '17280.00',
      '17280.00',
      '1376.00',
      '500.00',
      '844.00',
    ]);
    expect(j.result.disease_limit).toBeNull();
    const text = (await yibao(QL11)).stdout;
    expect(text).toContain('不设起付标准');
    expect(text).toContain('支付比例职工医保90%');
    const en = (await yibao([...QL11, '--lang', 'en'])).stdout;
    expect(en).toContain('特殊病种');
  });

  it('a resident 二档 on dialysis (an alias): 75% of 10000 = 7500, no 起付 though none was met', async () => {
    const j = await result([...QINGLAN, '--date', '2026-03-03', '--scheme', 'resident', '--grade', '二档', '--benefit', 'chronic', '--tier', '2', '--disease', '透析', '--amount', '10000']);
    expect([j.result.deductible_applied, j.result.fund_pays, j.result.cash_due]).toEqual(['0.00', '7500.00', '2500.00']);
  });

  it('糖尿病 beside 恶性肿瘤: the special disease adds nothing to the limit: 1000 × 70% = 700; 1600 − 1000 used = 600', async () => {
    const j = await result([...QINGLAN, '--date', '2026-08-08', '--scheme', 'resident', '--grade', '一档', '--benefit', 'chronic', '--tier', '2', '--diseases', '糖尿病,恶性肿瘤门诊放化疗', '--disease', '糖尿病', '--amount', '1000', '--ytd-deductible', '300', '--ytd-disease-fund', '糖尿病=1000', '--ytd-disease-fund', '恶性肿瘤门诊放化疗=20000']);
    expect([j.result.disease_limit, j.result.fund_pays]).toEqual(['1600.00', '600.00']);
  });

  it('a fund payment this year may be a special disease’s (no 起付): 起付 250 met is taken as given, not a conflict; nothing inferred where unsaid', async () => {
    const j = await result(QL12);
    expect(codes(j)).not.toContain('ytd_as_given');
    const unsaid = await result([...QINGLAN, '--date', '2026-06-18', '--scheme', 'employee', '--status', 'active', '--benefit', 'chronic', '--tier', '2', '--disease', '高血压', '--amount', '1000', '--ytd-fund', '3000', '--ytd-benefit-fund', '3000', '--ytd-disease-fund', '恶性肿瘤门诊放化疗=3000']);
    // the 3000 was paid for 恶性肿瘤 (no 起付, no limit): it shows no 起付 met; 400 charged in full: (1000 − 400) × 85% = 510, within 1200
    expect([unsaid.result.deductible_applied, unsaid.result.fund_pays]).toEqual(['400.00', '510.00']);
  });
});

describe('Q3 highest plus half of the others, at most 4000 (四（三）)', () => {
  it('QL-12: 2400 + 50% × (1200 + 1600 + 2000) = 4800 → 4000, 3700 used: 300; 起付 150 due; (1180 − 150) × 85% = 875.50 → 300; account 400, spouse 500', async () => {
    const j = await result(QL12);
    expect([j.result.deductible_applied, j.result.fund_before_cap, j.result.disease_limit, j.result.fund_pays, j.result.account_pays, j.result.family_pays, j.result.cash_due]).toEqual([
      '150.00',
      '875.50',
      '4000.00',
      '300.00',
      '400.00',
      '500.00',
      '0.00',
    ]);
    expect((await yibao(QL12)).stdout).toContain('年度支付限额合计不超过4000元');
  });
});

describe('F10 a disease the policy does not list', () => {
  it('exit 2, and the message lists the policy’s diseases (special ones too), zh and en', async () => {
    const args = [...QINGLAN, '--date', '2026-06-18', '--scheme', 'employee', '--status', 'active', '--benefit', 'chronic', '--tier', '2', '--disease', '肺癌', '--amount', '1000'];
    const zh = await yibao(args);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('肺癌');
    expect(zh.stderr).toContain('高血压');
    expect(zh.stderr).toContain('恶性肿瘤门诊放化疗');
    const en = await yibao([...args, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("is not one of the policy's chronic diseases");
    expect(en.stderr).toContain('慢性肾功能衰竭门诊透析');
  });
});

/** A copy of the fixture with `from` replaced by `to` (with its source text); its path. */
function changed(from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'chronic2-'));
  cpSync('test/fixtures/chronic2/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync('test/fixtures/chronic2/qinglan.yaml', 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, 'qinglan.yaml'), text.replace(from, to));
  return join(dir, 'qinglan.yaml');
}

/** The fixture with `from` replaced by `to`, validated; its output in both languages. */
async function validate(from: string, to: string) {
  const file = changed(from, to);
  const zh = await yibao(['policy', 'validate', file]);
  const en = await yibao(['policy', 'validate', file, '--lang', 'en']);
  return { code: zh.code, zh: zh.stdout + zh.stderr, en: en.stdout + en.stderr };
}

describe('policy validate, show and init for the three structures', () => {
  it('the fixture is valid; a disease without limit outside a no_limit group, and an undefined group, are refused (zh, en)', async () => {
    expect((await yibao(['policy', 'validate', 'test/fixtures/chronic2/qinglan.yaml'])).code).toBe(0);
    const noLimit = await validate('              no_limit: { value: true, source: qinglan-2025-63, quote: 不设单病种支付限额 }\n', '');
    expect(noLimit.code).toBe(2);
    expect(noLimit.zh).toContain('需要 limit');
    expect(noLimit.en).toContain('needs limit');
    const group = await validate('{ name: 恶性肿瘤门诊放化疗, group: 特殊病种 }', '{ name: 恶性肿瘤门诊放化疗, group: 特殊病 }');
    expect(group.code).toBe(2);
    expect(group.zh).toContain('“特殊病”不是 disease_limits.groups 中的病种组');
    expect(group.en).toContain('is not a group of disease_limits.groups');
  });

  it('a floor without a schedule, and a ratio without its quote, are refused', async () => {
    const floor = await validate('          deductible_schedule: *later\n', '');
    expect(floor.code).toBe(2);
    expect(floor.zh).toContain('deductible_floor 只用于 deductible_schedule');
    const ratio = await validate('employee: { value: 0.9, source: qinglan-2025-63, quote: 支付比例职工医保90%，居民医保75% }', 'employee: { value: 0.9, source: qinglan-2025-63 }');
    expect(ratio.code).toBe(2);
  });

  it('policy show says the group, the floor and the ceiling in plain words (zh, en)', async () => {
    const zh = (await yibao(['policy', 'show', 'test/fixtures/chronic2/qinglan.yaml'])).stdout;
    expect(zh).toContain('病种组“特殊病种”');
    expect(zh).toContain('不设病种限额');
    expect(zh).toContain('按比例计算后的起付线最低');
    expect(zh).toContain('合计最多 4,000 元');
    const en = (await yibao(['policy', 'show', 'test/fixtures/chronic2/qinglan.yaml', '--lang', 'en'])).stdout;
    expect(en).toContain('Disease group "特殊病种"');
    expect(en).toContain('the reduced deductible at least');
    expect(en).toContain('at most');
  });

  it('policy init names the floor, the groups and the ceiling of highest_plus_share', async () => {
    const out = (await yibao(['policy', 'init', 'qingsong'])).stdout;
    expect(out).toContain('deductible_floor');
    expect(out).toContain('group: 特殊病种');
    expect(out).toContain('highest_plus_share,写 share,合计有上限写 sum_max');
  });
});

describe('special diseases in a batch and unknown group values', () => {
  it('one person: 恶性肿瘤 10000 × 90% = 9000 (no 起付); then 高血压: 起付 400 charged in full, (1000 − 400) × 85% = 510; then 1000 × 85% = 850, limit 1200 − 510 = 690 (the 9000 not in the limit)', async () => {
    const out = await yibao(['batch', 'test/fixtures/chronic2/special-then-ordinary.csv', '--policy', 'test/fixtures/chronic2/qinglan.yaml']);
    expect(out.code, out.stderr).toBe(0);
    const rows = out.stdout.trim().split('\n').slice(1);
    const header = out.stdout.trim().split('\n')[0]!.split(',');
    const col = (row: string, name: string) => row.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''))[header.indexOf(name)];
    expect(rows.map((r) => [col(r, 'deductible_applied'), col(r, 'fund_pays')])).toEqual([
      ['0.00', '9000.00'],
      ['400.00', '510.00'],
      ['0.00', '690.00'],
    ]);
  });

  it('a group ratio left unknown stops only that group’s claims (exit 3, naming it); 高血压 is still answered', async () => {
    const file = changed(
      'resident: { value: 0.75, source: qinglan-2025-63, quote: 支付比例职工医保90%，居民医保75% }',
      'resident: { value: null, note: { zh: 原文未写居民比例, en: not stated for residents } }',
    );
    const base = ['calc', '--policy', file, '--date', '2026-03-03', '--scheme', 'resident', '--grade', '二档', '--benefit', 'chronic', '--tier', '2', '--amount', '1000'];
    const out = await yibao([...base, '--disease', '透析']);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('chronic.disease_limits.groups.特殊病种.ratio.resident');
    // 高血压: resident 二档 60%, 起付 300: (1000 − 300) × 60% = 420
    const ok = await result([...base, '--disease', '高血压']);
    expect(ok.result.fund_pays).toBe('420.00');
  });
});

describe('a reading on a group value is shown on that group’s claims only', () => {
  it('a reading on 特殊病种 ratio.resident: said on a 透析 claim, not on a 高血压 claim', async () => {
    const file = changed(
      'resident: { value: 0.75, source: qinglan-2025-63, quote: 支付比例职工医保90%，居民医保75% }',
      'resident: { value: 0.75, source: qinglan-2025-63, quote: 支付比例职工医保90%，居民医保75%, reading: { zh: 居民不分档次按75%, en: residents of every grade at 75% } }',
    );
    const base = ['calc', '--policy', file, '--date', '2026-03-03', '--scheme', 'resident', '--grade', '二档', '--benefit', 'chronic', '--tier', '2', '--amount', '1000'];
    const special = await result([...base, '--disease', '透析']);
    expect(special.result.fund_pays).toBe('750.00');
    expect(JSON.stringify(special.warnings)).toContain('居民不分档次按75%');
    const ordinary = await result([...base, '--disease', '高血压']);
    expect(JSON.stringify(ordinary.warnings)).not.toContain('居民不分档次按75%');
  });
});

describe('a floor left unknown', () => {
  it('a lowered deductible is exit 3 naming deductible_floor; a first admission (not lowered) is answered: (4000 − 200) × 92% = 3496', async () => {
    const file = changed(
      'deductible_floor: &floor { value: 100, source: qinglan-2025-63, quote: 按比例计算后低于100元的，按100元收取 }',
      'deductible_floor: &floor { value: null, note: { zh: 下限未写明, en: the floor is not stated } }',
    );
    const base = ['calc', '--policy', file, '--date', '2026-09-14', '--scheme', 'resident', '--grade', '一档', '--age', '40', '--benefit', 'inpatient', '--tier', '1', '--amount', '4000'];
    const third = await yibao([...base, '--admission', '3']);
    expect(third.code).toBe(3);
    expect(third.stderr).toContain('inpatient.resident.deductible_floor');
    const first = await result([...base, '--admission', '1']);
    expect([first.result.deductible_applied, first.result.fund_pays]).toEqual(['200.00', '3496.00']);
  });
});
