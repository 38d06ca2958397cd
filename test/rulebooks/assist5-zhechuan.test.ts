// 柘川 (test/fixtures/assist5/zhechuan.yaml, fiction written for these tests from the clauses a newcomer
// met in the held-out rulebook): 第十九条 「未成年人、持有一至二级残疾证的重度残疾人，医疗救助比例在第十八条基础上
// 提高10个百分点，年度救助限额提高2万元，比例最高不超过100%」 (assistance.uplift; silent on a person meeting
// both grounds: several unknown); 第十六条 大病保险 for 返贫致贫人口, a group 第十八条's assistance does not
// name (a second-layer group only); 第十一条 「门诊慢特病起付标准与住院起付标准合并计算…不足的补足差额」
// (deductible_shared). Every number below is worked by hand from the fixture's source text.
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { pick, run } from './small2-helpers.js';
import { batchRows } from './layer4-helpers.js';

const ZC = 'test/fixtures/assist5/zhechuan.yaml';
const stay = (...more: string[]) => ['calc', '--policy', ZC, '--date', '2025-03-01', '--scheme', 'resident', '--benefit', 'inpatient', ...more];
const chronic = (...more: string[]) => ['calc', '--policy', ZC, '--date', '2025-06-01', '--scheme', 'resident', '--benefit', 'chronic', '--grade', '1', '--tier', '2', ...more];

/** A copy of the fixture with `from` replaced by `to`, beside its sources. */
function variant(from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'assist5-'));
  cpSync('test/fixtures/assist5/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(ZC, 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, 'zhechuan.yaml'), text.replace(from, to));
  return join(dir, 'zhechuan.yaml');
}

// (a) 低保边缘家庭成员, 8 years old, 二档, 三级, 30000.00 of which 2000.00 目录外; 乙类 3000 + 1000 at 12% = 480.00.
// In scope 28000.00; pooled 27520.00; 起付 800.00 (第八条); 60% + 5 (二档, 第九条) = 65%: 26720.00 × 65% = 17368.00.
// 大病 burden (含起付, 不含乙类先行自付) 9352.00 + 800.00 = 10152.00 < 15000: 0. 救助 base 10152.00 + 480.00 (第十八条
// 含乙类先行自付) = 10632.00; 起付 3000.00 → 7632.00 × (60% + 10) = 5342.40; cash 30000 − 17368 − 5342.40 = 7289.60.
const CHILD = stay('--grade', '2', '--tier', '3', '--amount', '30000', '--out-of-scope', '2000', '--class-b-drugs', '3000', '--class-b-items', '1000', '--assistance', '低保边缘');

describe('assistance.uplift (柘川 第十九条)', () => {
  it('(a) a child of 8, 低保边缘: 70% → 5342.40 of assistance, cash 7289.60; JSON assistance_uplift; the inferred 未满18周岁 said', async () => {
    const j = await run([...CHILD, '--age', '8']);
    expect(pick(j, 'first_pay', 'deductible_applied', 'fund_pays', 'second_layer_pays', 'assistance_pays', 'cash_due', 'ytd_assistance_deductible_after')).toEqual(['480.00', '800.00', '17368.00', '0.00', '5342.40', '7289.60', '3000.00']);
    expect(j.result.assistance_uplift).toEqual({ grounds: ['未成年人'], ratio_plus: '0.10', cap_plus: '20000.00', ratio: '0.70' });
    expect(j.warnings.map((w: { path?: string }) => w.path)).toContain('assistance.uplift.grounds.未成年人.below_age');
    const text = await yibao([...CHILD, '--age', '8']);
    expect(text.stdout).toContain('未成年人:救助比例 60%提高 10 个百分点为 70%,年度救助限额提高 20000.00 元');
    expect(text.stdout).toContain('医疗救助比例在第十八条基础上提高10个百分点');
    const say = await yibao([...CHILD, '--age', '8', '--format', 'say']);
    expect(say.stdout).toContain('按未成年人的规定,救助比例提高到70%,医疗救助再支付5342元4角');
  });

  it('age_on left unknown: 17 on admission, 18 on discharge is exit 3 with both answers (70%: cash 7289.60; 60%: 8052.80); one day in the band answered', async () => {
    const open = variant('        age_on: { value: admission, source: zc, quote: 参保人员年龄按入院之日或门诊就诊之日计算 }\n', '        age_on: { value: null, note: { zh: 变体:未说明年龄按哪天计算。, en: "variant: the day is not said." } }\n');
    // born 2007-03-10: 17 on 2025-03-01, 18 on 2025-03-15
    const out = await yibao([...CHILD.map((a) => a.replace('test/fixtures/assist5/zhechuan.yaml', open)), '--birth-date', '2007-03-10', '--discharge-date', '2025-03-15']);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('assistance.uplift.age_on');
    expect(out.stderr).toContain('个人现金 7289.60 元');
    expect(out.stderr).toContain('个人现金 8052.80 元');
    // discharged 03-05, still 17: both days in the band, 5342.40
    const j = await run([...CHILD.map((a) => a.replace('test/fixtures/assist5/zhechuan.yaml', open)), '--birth-date', '2007-03-10', '--discharge-date', '2025-03-05']);
    expect(pick(j, 'assistance_pays')).toEqual(['5342.40']);
  });

  it('a ground\'s grades left unknown: exit 3 names the path and its --set, which --disability claims then take (1,2: grade 2 met, 70% → 5342.40; 一级 only: 60% → 4579.20)', async () => {
    const open = variant('            disability: { value: ["1", "2"], source: zc, quote: 持有一至二级残疾证的重度残疾人 }\n', '            disability: { value: null, note: { zh: 变体:未写等级。, en: "variant: no grades." } }\n');
    const adult = [...CHILD.map((a) => a.replace('test/fixtures/assist5/zhechuan.yaml', open)), '--age', '30', '--disability', '2'];
    const out = await yibao(adult);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('--set assistance.uplift.grounds.重度残疾人.disability=');
    const set = await run([...adult, '--set', 'assistance.uplift.grounds.重度残疾人.disability=1,2']);
    expect(pick(set, 'assistance_pays')).toEqual(['5342.40']);
    expect(set.warnings.map((w: { code: string }) => w.code)).toContain('user_value');
    expect(pick(await run([...adult, '--set', 'assistance.uplift.grounds.重度残疾人.disability=一级']), 'assistance_pays')).toEqual(['4579.20']);
    expect((await yibao([...adult, '--set', 'assistance.uplift.grounds.重度残疾人.disability=5'])).code).toBe(2);
  });

  it('an adult of 18 (未满18周岁 is 17 and under): 60% → 4579.20, no uplift in JSON', async () => {
    const j = await run([...CHILD, '--age', '18']);
    expect(pick(j, 'assistance_pays', 'cash_due')).toEqual(['4579.20', '8052.80']); // 7632.00 × 60%
    expect(j.result.assistance_uplift).toBeUndefined();
  });

  it('the age is needed only where assistance pays: without it exit 2 asking --age; a base below the 3000.00 threshold is answered', async () => {
    const out = await yibao([...CHILD]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--age');
    // 二档 一级 2000.00: 起付 200, 90% → 1620.00; base 180 + 200 = 380.00 < 3000: 0, whatever the age
    const small = await run(stay('--grade', '2', '--tier', '1', '--amount', '2000', '--assistance', '低保边缘'));
    expect(pick(small, 'fund_pays', 'assistance_pays', 'cash_due')).toEqual(['1620.00', '0.00', '380.00']);
  });

  // (b) 低保对象, 15, 二级残疾, 一档 二级 20000.00: 起付 500, 70% → 13650.00; 大病 burden 5850 + 500 = 6350.00 < 7500 (减半): 0;
  // 救助 (6350.00 − 1000.00) = 5350.00 at 80% + 10 = 90% (once) → 4815.00, cash 1535.00; or + 10 + 10 = 100% (per ground) → 5350.00, cash 1000.00.
  const TEEN = stay('--grade', '1', '--tier', '2', '--amount', '20000', '--assistance', '低保对象', '--age', '15', '--disability', '二级');

  it('(b) a disabled 15-year-old: the text is silent on both grounds (several unknown): exit 3 with both answers', async () => {
    const out = await yibao(TEEN);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('assistance.uplift.several');
    expect(out.stderr).toContain('个人现金 1535.00 元');
    expect(out.stderr).toContain('个人现金 1000.00 元');
  });

  it('(b) --set assistance.uplift.several picks one: once 90% → 4815.00; per_ground 100% (the ceiling) → 5350.00', async () => {
    const once = await run([...TEEN, '--set', 'assistance.uplift.several=once']);
    expect(pick(once, 'assistance_pays', 'cash_due')).toEqual(['4815.00', '1535.00']);
    const each = await run([...TEEN, '--set', 'assistance.uplift.several=per_ground']);
    expect(pick(each, 'assistance_pays', 'cash_due')).toEqual(['5350.00', '1000.00']);
    expect(each.result.assistance_uplift).toEqual({ grounds: ['未成年人', '重度残疾人'], ratio_plus: '0.20', cap_plus: '40000.00', ratio: '1.00' });
    expect(each.warnings.map((w: { code: string }) => w.code)).toContain('user_value');
  });

  it('a reading of several is used and said only where the grounds meet; one ground alone is answered with none said', async () => {
    const read = variant(
      "        several:\n          value: null\n",
      "        several:\n          value: per_ground\n          reading: { zh: 同时符合两项的分别提高。, en: each ground adds. }\n          reading_short: { zh: 两项分别提高, en: each ground adds }\n",
    );
    const both = await run(['calc', '--policy', read, ...TEEN.slice(3)]);
    expect(pick(both, 'assistance_pays')).toEqual(['5350.00']);
    expect(both.warnings.map((w: { path?: string }) => w.path)).toContain('assistance.uplift.several');
    // an adult with 一级残疾: 90% → 4815.00; an adult with 三级残疾 (not 一至二级): 80% → 4280.00
    const adult = stay('--grade', '1', '--tier', '2', '--amount', '20000', '--assistance', '低保对象', '--age', '40');
    const one = await run([...adult, '--disability', '一级']);
    expect(pick(one, 'assistance_pays')).toEqual(['4815.00']);
    expect(one.result.assistance_uplift.grounds).toEqual(['重度残疾人']);
    const three = await run([...adult, '--disability', '3']);
    expect(pick(three, 'assistance_pays')).toEqual(['4280.00']);
    expect((await yibao([...adult, '--disability', '五级'])).code).toBe(2);
  });

  it('batch: 残疾等级 and 年龄 columns; a row meeting both grounds is a row error naming several', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assist5-'));
    const file = join(dir, 'c.csv');
    writeFileSync(file, '人员编号,就诊日期,参保类型,待遇类型,缴费档次,医院级别,总费用,救助类别,年龄,残疾等级\nE,2025-03-01,居民,住院,一档,二级,20000,低保对象,40,二级\nT,2025-03-01,居民,住院,一档,二级,20000,低保对象,15,二级\n');
    const out = await yibao(['batch', '--policy', ZC, file, '--output-format', 'jsonl']);
    expect(out.code).toBe(1);
    const [e, t] = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(e.assistance_pays).toBe('4815.00');
    expect(t.row_status).toBe('error');
    expect(t.error).toContain('assistance.uplift.several');
  });

  it('ask reads the grade of a disability certificate from the caller\'s words (一级残疾), where the policy has the uplift', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assist5-'));
    cpSync('test/fixtures/assist5', dir, { recursive: true });
    const out = await yibao(['ask', '--policy-dir', dir, '--date', '2025-03-01', '柘川 居民 一档 二级医院 住院 20000元 低保 40岁 一级残疾 能报多少']);
    expect(out.stdout).toContain('一级残疾');
    expect(out.stdout).toContain('重度残疾人:救助比例 80%提高 10 个百分点为 90%');
  });

  it('policy show explains the uplift; validate refuses a ground with neither an age nor grades', async () => {
    const show = await yibao(['policy', 'show', ZC]);
    expect(show.stdout).toContain('按个人情况提高救助(各类救助对象)');
    expect(show.stdout).toContain('重度残疾人:残疾等级(--disability):一级、二级');
    expect(show.stdout).toContain('同时符合几项条件的:未知');
    const bad = variant('            disability: { value: ["1", "2"], source: zc, quote: 持有一至二级残疾证的重度残疾人 }\n', '            note: { zh: 无, en: none }\n');
    const v = await yibao(['policy', 'validate', bad]);
    expect(v.code).toBe(2);
    expect(v.stderr + v.stdout).toContain('below_age(年龄)或 disability(残疾等级)之一');
  });
});

describe('a second-layer group assistance does not name (柘川 第十六条 返贫致贫人口)', () => {
  // 一档 二级 40000.00: 起付 500, (39500) × 70% = 27650.00; burden 11850 + 500 = 12350.00; the group's threshold
  // 15000 × 50% = 7500: (12350 − 7500) × (60% + 5) = 3152.50; no assistance (第十八条 does not list it), said; cash 9197.50.
  it('the layer pays 3152.50 at the group\'s halved threshold and +5 points; assistance 0 with the note', async () => {
    const j = await run(stay('--grade', '1', '--tier', '2', '--amount', '40000', '--assistance', '返贫致贫人口'));
    expect(pick(j, 'fund_pays', 'second_layer_pays', 'assistance_pays', 'cash_due')).toEqual(['27650.00', '3152.50', '0.00', '9197.50']);
    expect(j.warnings.map((w: { code: string }) => w.code)).toContain('policy_note');
    // the general rule for no group: 12350 < 15000, nothing
    const none = await run(stay('--grade', '1', '--tier', '2', '--amount', '40000'));
    expect(pick(none, 'second_layer_pays', 'cash_due')).toEqual(['0.00', '12350.00']);
  });
});

describe('open_groups beside a layer whose groups assistance does not all name (a variant whose list ends in 等)', () => {
  const OPEN = (v: string) =>
    variant(
      '          返贫致贫人口: *layergroup\n',
      `          返贫致贫人口: *layergroup\n        open_groups:\n${v}          source: zc\n          quote: 特困人员、低保对象和返贫致贫人口\n`,
    );
  const big = (file: string, group: string) => ['calc', '--policy', file, '--date', '2025-03-01', '--scheme', 'resident', '--benefit', 'inpatient', '--grade', '1', '--tier', '2', '--amount', '40000', '--assistance', group];

  it('unknown: an unnamed group is exit 3 naming second_layer.resident.open_groups where the layer pays differently (3152.50 vs 0)', async () => {
    const file = OPEN('          value: null\n          note: { zh: 假设名单以“等”结尾, en: a list ending in 等 }\n');
    const out = await yibao(big(file, '防返贫监测对象'));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('second_layer.resident.open_groups');
  });

  it('as_group 返贫致贫人口 with a reading: 3152.50 from the layer, the reading said, assistance 0', async () => {
    const file = OPEN('          value: as_group\n          group: 返贫致贫人口\n          reading: { zh: 未列出的按返贫致贫人口计算, en: counted as 返贫致贫人口 }\n          reading_short: { zh: 按返贫致贫人口算, en: as 返贫致贫人口 }\n');
    const j = await run(big(file, '防返贫监测对象'));
    expect(pick(j, 'second_layer_pays', 'assistance_pays', 'cash_due')).toEqual(['3152.50', '0.00', '9197.50']);
    expect(j.warnings.map((w: { path?: string }) => w.path)).toContain('second_layer.resident.open_groups');
  });
});

describe('deductible_shared (柘川 第十一条: 门诊慢特病起付标准与住院起付标准合并计算)', () => {
  // 门诊慢特病 600 a year, 60%; a 一级 stay charged 200 earlier: 600 − 200 = 400 charged; (1000 − 400) × 60% = 360.00
  it('calc: --ytd-deductible is the total met across inpatient and 门诊慢特病: 200 met → 400.00 charged, fund 360.00; 800 met → 0', async () => {
    const j = await run(chronic('--amount', '1000', '--ytd-deductible', '200'));
    expect(pick(j, 'deductible_applied', 'fund_pays', 'cash_due')).toEqual(['400.00', '360.00', '640.00']);
    const met = await run(chronic('--amount', '1000', '--ytd-deductible', '800'));
    expect(pick(met, 'deductible_applied', 'fund_pays')).toEqual(['0.00', '600.00']);
  });

  it('batch adds what each benefit charged per person and year: a 一级 stay (200) then 门诊慢特病 (400, then 0); a 三级 stay (800) then 0; 门诊慢特病 first (600), a stay (200, per stay), then 0', async () => {
    const rows = await batchRows(
      ZC,
      'person_id,date,scheme,benefit,grade,tier,amount\nA,2025-02-01,resident,inpatient,1,1,3000\nA,2025-03-01,resident,chronic,1,2,1000\nA,2025-04-01,resident,chronic,1,2,1000\nB,2025-02-01,resident,inpatient,1,3,5000\nB,2025-03-01,resident,chronic,1,2,1000\nC,2025-03-01,resident,chronic,1,2,1000\nC,2025-03-05,resident,inpatient,1,1,3000\nC,2025-04-01,resident,chronic,1,2,1000\nA,2026-01-10,resident,chronic,1,2,1000\n',
    );
    expect(rows.map((r) => r.deductible_applied)).toEqual(['200.00', '400.00', '0.00', '800.00', '0.00', '600.00', '200.00', '0.00', '600.00']);
    expect(rows.map((r) => r.fund_pays)).toEqual(['2380.00', '360.00', '600.00', '2520.00', '600.00', '240.00', '2380.00', '600.00', '240.00']);
  });

  it('policy show names it; validate refuses it on a per-admission deductible', async () => {
    const show = await yibao(['policy', 'show', ZC]);
    expect(show.stdout).toContain('起付标准合并计算:住院、门诊慢特病');
    const bad = variant('          deductible_period: { value: year, source: zc, quote: 居民医保门诊慢特病起付标准为每年600元 }', '          deductible_period: { value: admission, source: zc, quote: 居民医保门诊慢特病起付标准为每年600元 }');
    const v = await yibao(['policy', 'validate', bad]);
    expect(v.code).toBe(2);
    expect(v.stderr + v.stdout).toContain('deductible_shared');
  });
});
