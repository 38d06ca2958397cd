// Policy model 2, the ratio uplifts of the round-3 trial rulebooks (test/fixtures/ratio3/, quotes
// verbatim from /work/trial3/*/rulebook.txt): several age uplifts on one benefit with an upper
// bound (苇川 二（三）2 未满18周岁 +6, 年满65周岁 +3; 鹤汀 二（四） 未满18周岁 +5, no day named),
// a facility paid at its rated level with points on top (鹤汀 一（一）3, 二（五） 中医医院 +3,
// 二（六） 民营 −5), and the 95% ceiling after 二（四）（五） (二（七）). Every expected number is
// worked by hand from the clause quoted beside it; HT-02, HT-03, HT-11, HT-14, WC-03, WC-04 and
// WC-12 are the trial's claims (their fen from /work/trial3/*/claims.json, also hand-worked).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { RawClaim } from '../../src/claim/index.js';
import { PolicyError, type Explanation } from '../../src/engine/types.js';
import type { Policy } from '../../src/policy/schema.js';
import { yibao } from '../cli/calc-helpers.js';
import { explainAtFacility } from '../helpers/claim.js';

const HETING = 'test/fixtures/ratio3/heting.yaml';
const WEICHUAN = 'test/fixtures/ratio3/weichuan.yaml';
const heting = (await loadPolicyFile(HETING)).policy;
const weichuan = (await loadPolicyFile(WEICHUAN)).policy;

const run = explainAtFacility;

function stops(policy: Policy, raw: RawClaim): PolicyError {
  try {
    run(policy, raw);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    return e as PolicyError;
  }
  throw new Error('expected a PolicyError');
}

const ratioText = (e: Explanation) => e.steps.find((s) => s.key === 'ratio')!;
const readings = (e: Explanation) => e.warnings.filter((w) => w.kind === 'reading').map((w) => w.path);

/** A variant of a fixture policy, changed by `edit` on its first version's inpatient rules. */
function variant(policy: Policy, scheme: 'employee' | 'resident', edit: (rules: Record<string, unknown>) => void): Policy {
  const p = structuredClone(policy);
  edit(p.versions[0]!.benefits.inpatient![scheme]! as unknown as Record<string, unknown>);
  return p;
}

describe('苇川 二（三）2: two age uplifts on one benefit (未满18周岁 +6; 年满65周岁 +3; 年龄以入院之日计算)', () => {
  const wc = (more: RawClaim): RawClaim => ({ date: '2026-03-02', scheme: 'resident', benefit: 'inpatient', ...more });

  it('WC-03: aged 9 at a 二级: 78% + 6 = 84%', () => {
    // 乙类 2000.00 × 6% + 1000.00 × 12% = 240.00; pooled 12000.00 − 800.00 − 240.00 = 10960.00;
    // 起付 500.00; 10460.00 × 84% = 8786.40
    const e = run(weichuan, wc({ age: '9', tier: '二级医院', amount: '12000', out_of_scope: '800', class_b_drugs: '2000', class_b_items: '1000' }));
    expect(e.result.fundBeforeCap).toBe(878640);
    expect(e.result.fundPays).toBe(878640);
    expect(e.result.ratio).toBe(8400);
    expect(ratioText(e).explain.zh).toContain('未满18周岁提高 6 个百分点');
    expect(ratioText(e).source!.quotes).toContain('未满18周岁的参保居民（以下简称未成年人），各级医疗机构支付比例分别提高6个百分点');
  });

  it('WC-04 (ratio part): aged 67 at a 三级: 62% + 3 = 65% (the 100 yuan 起付 left of 1500 given with --set)', async () => {
    // 乙类 5000.00 × 6% + 2000.00 × 12% = 540.00; pooled 40000.00 − 2000.00 − 540.00 = 37460.00;
    // 起付 100.00 (二（一）3, another structure: given here); 37360.00 × 65% = 24284.00
    const out = await yibao(['calc', '--policy', WEICHUAN, '--date', '2026-08-17', '--scheme', 'resident', '--age', '67', '--benefit', 'inpatient', '--tier', '三级医院', '--amount', '40000', '--out-of-scope', '2000', '--class-b-drugs', '5000', '--class-b-items', '2000', '--set', 'inpatient.resident.deductible.3=100', '--json']);
    expect(out.code, out.stderr).toBe(0);
    const j = JSON.parse(out.stdout);
    expect(j.result.fund_before_cap).toBe('24284.00');
    expect(j.result.ratio).toBe('0.65');
  });

  it('WC-12 (fund part): aged 80 at a 社区卫生服务中心 (一级, no 起付): 90% + 3 = 93%', () => {
    // 乙类 60.00 + 60.00 = 120.00; pooled 6000.00 − 300.00 − 120.00 = 5580.00 × 93% = 5189.40
    const e = run(weichuan, wc({ date: '2026-01-26', age: '80', tier: '社区卫生服务中心', amount: '6000', out_of_scope: '300', class_b_drugs: '1000', class_b_items: '500' }));
    expect(e.result.fundBeforeCap).toBe(518940);
  });

  it('the bounds: 17 is under 18 (84%), 18 is not (78%); 64 is not 65 (78%), 65 is (81%)', () => {
    const at = (age: string) => run(weichuan, wc({ age, tier: '2', amount: '10500' })).result.ratio;
    expect([at('17'), at('18'), at('64'), at('65')]).toEqual([8400, 7800, 7800, 8100]);
  });

  it('age taken on admission: 17 on admission and 18 on discharge is 84%, decided (no unknown, no reading)', () => {
    // 10500.00 − 起付 500.00 = 10000.00 × 84% = 8400.00
    const e = run(weichuan, wc({ birth_date: '2008-03-05', discharge_date: '2026-03-09', tier: '2', amount: '10500' }));
    expect(e.result.fundBeforeCap).toBe(840000);
    expect(readings(e)).toEqual([]);
  });
});

describe('鹤汀 二（四）: 未满18周岁 +5, the day not named (HT-14 undecided)', () => {
  const ht14: RawClaim = { date: '2026-06-28', discharge_date: '2026-07-08', birth_date: '2008-07-03', scheme: 'resident', grade: '二档', benefit: 'inpatient', tier: '二级医院', admission: '1', amount: '6000', out_of_scope: '200', class_b_drugs: '500' };

  it('HT-14: 17 on admission, 18 on discharge: exit 3 naming age_bonus.age_on, with both numbers', () => {
    // 乙类 500.00 × 10% = 50.00; pooled 5750.00; 起付 500.00; 5250.00 × (70 + 5 二档 + 5) 80% = 4200.00,
    // or × 75% = 3937.50
    const e = stops(heting, ht14);
    expect(e.code).toBe('unknown_parameter');
    expect(e.messages.zh).toContain('inpatient.resident.age_bonus.age_on');
    expect(e.messages.zh).toContain('年龄按入院之日计算:统筹基金支付 4200.00 元');
    expect(e.messages.zh).toContain('年龄按出院之日计算:统筹基金支付 3937.50 元');
    expect(e.messages.en).toContain('4200.00');
  });

  it('HT-14 as a reading (age on admission): 4200.00, the reading said on this claim, not on a 9-year-old', () => {
    const read = variant(heting, 'resident', (r) => {
      (r.age_bonus as { age_on: unknown }).age_on = { value: 'admission', reading: { zh: '按入院之日计算年龄', en: 'the age on admission' } };
    });
    const e = run(read, ht14);
    expect(e.result.fundBeforeCap).toBe(420000);
    expect(e.result.cashDue).toBe(180000);
    expect(readings(e)).toContain('inpatient.resident.age_bonus.age_on');
    const nine = run(read, { ...ht14, birth_date: '2017-01-01' });
    expect(readings(nine)).toEqual([]);
  });

  it('a patient 17 on both days is decided without the day: 80%; 18 on both: 75%', () => {
    expect(run(heting, { ...ht14, birth_date: '2009-01-01' }).result.fundBeforeCap).toBe(420000);
    expect(run(heting, { ...ht14, birth_date: '2008-01-01' }).result.fundBeforeCap).toBe(393750);
  });

  it('a birth date without the discharge day, where the stay could cross 18: exit 2 asking for it', () => {
    const { discharge_date: _, ...noDischarge } = ht14;
    const e = stops(heting, noDischarge);
    expect(e.code).toBe('needs_input');
    expect(e.messages.en).toContain('--discharge-date');
    // 18 on admission is 18 on discharge: decided
    expect(run(heting, { ...noDischarge, birth_date: '2008-01-01' }).result.fundBeforeCap).toBe(393750);
  });
});

describe('鹤汀 一（一）3, 二（五）（六）: a facility at its rated level, with points on top', () => {
  const ht = (more: RawClaim): RawClaim => ({ benefit: 'inpatient', admission: '1', ...more });

  it('HT-02: retiree, second stay at a 二级民营医院: 起付 (600 − 100) × 50%, ratio 86 + 4 − 5 = 85%', () => {
    // 乙类 2000.00 × 10% = 200.00; pooled 14300.00; 起付 500.00 × 50% = 250.00; 14050.00 × 85% = 11942.50
    const e = run(heting, ht({ date: '2026-05-11', scheme: 'employee', status: 'retired', tier: '二级民营医院', admission: '2', amount: '15000', out_of_scope: '500', class_b_drugs: '2000', ytd_fund: '8000' }));
    expect(e.claim.tier).toBe('2');
    expect(e.result.deductibleApplied).toBe(25000);
    expect(e.result.fundPays).toBe(1194250);
    expect(e.result.cashDue).toBe(305750);
    expect(ratioText(e).explain.zh).toContain('民营医院降低 5 个百分点');
    expect(ratioText(e).source!.quotes).toContain('在民营定点医疗机构住院的，住院支付比例在同级医疗机构标准基础上降低5个百分点');
  });

  it('HT-03: resident 一档 aged 9 at a 二级中医医院: 70 + 5 + 3 = 78%, under the 95% ceiling', () => {
    // 乙类 100.00 + 60.00 = 160.00; pooled 7540.00; 起付 500.00; 7040.00 × 78% = 5491.20
    const raw = ht({ date: '2026-04-02', scheme: 'resident', grade: '一档', age: '9', tier: '二级中医医院', amount: '8000', out_of_scope: '300', class_b_drugs: '1000', class_b_items: '500' });
    const e = run(heting, raw);
    expect(e.result.fundPays).toBe(549120);
    expect(e.result.cashDue).toBe(250880);
    expect(ratioText(e).explain.zh).toContain('中医医院提高 3 个百分点');
    expect(ratioText(e).explain.zh).not.toContain('最高不超过');
    // 含民族医医院: the alias is the same kind
    expect(run(heting, { ...raw, tier: '二级民族医医院' }).result.fundPays).toBe(549120);
  });

  it('HT-11: a 三级中西医结合医院 is not named by 二（五）: unknown points, exit 3 naming them', () => {
    const raw = ht({ date: '2026-06-08', scheme: 'employee', status: 'active', tier: '三级中西医结合医院', amount: '10000', class_b_drugs: '1000' });
    const e = stops(heting, raw);
    expect(e.code).toBe('unknown_parameter');
    expect(e.messages.zh).toContain('inpatient.employee.facility_bonus.中西医结合医院');
    // written as a reading (counts as a 中医医院): 8900.00 × 85% = 7565.00, said as a reading on it
    const read = variant(heting, 'employee', (r) => {
      (r.facility_bonus as Record<string, unknown>).中西医结合医院 = { value: 0.03, source: 'ht', quote: '住院支付比例在同级医疗机构标准基础上提高3个百分点', reading: { zh: '中西医结合医院按中医医院计', en: 'counted as a 中医医院' } };
    });
    const hit = run(read, raw);
    expect(hit.result.fundPays).toBe(756500);
    expect(readings(hit)).toContain('inpatient.employee.facility_bonus.中西医结合医院');
    // a plain 三级 stay gets neither the points nor the reading: 8900.00 × 82% = 7298.00
    const plain = run(read, { ...raw, tier: '三级' });
    expect(plain.result.fundPays).toBe(729800);
    expect(readings(plain)).toEqual([]);
  });

  it('a facility word the policy does not list is refused, never read as its level (三级肿瘤医院)', () => {
    const e = stops(heting, ht({ date: '2026-06-08', scheme: 'employee', status: 'active', tier: '三级肿瘤医院', amount: '10000' }));
    expect(e.code).toBe('needs_input');
    expect(e.messages.zh).toContain('<级别>中医医院');
  });

  it('a rated facility named without its level asks for it (exit 2)', () => {
    const e = stops(heting, ht({ date: '2026-06-08', scheme: 'employee', status: 'active', tier: '中医医院', amount: '10000' }));
    expect(e.code).toBe('needs_input');
    expect(e.messages.zh).toContain('二级中医医院');
  });
});

describe('鹤汀 二（七）: 按本条第（四）项、第（五）项提高后的住院支付比例，最高不超过95%', () => {
  const grade2 = (tier: string, more: RawClaim = {}): RawClaim => ({ date: '2026-04-02', scheme: 'resident', grade: '二档', age: '9', benefit: 'inpatient', admission: '1', tier, amount: '10200', ...more });

  it('二档 aged 9 at a 一级中医医院: 85 + 5 (二档) + 5 (age) = 95, + 3 held to 95%', () => {
    // 起付 200.00; 10000.00 × 95% = 9500.00
    const e = run(heting, grade2('一级中医医院'));
    expect(e.result.ratio).toBe(9500);
    expect(e.result.fundBeforeCap).toBe(950000);
    expect(ratioText(e).explain.zh).toContain('提高后最高不超过 95%');
  });

  it('a cut is no uplift: 二档 aged 9 at a 一级民营医院: 95% (held), then − 5 = 90%', () => {
    expect(run(heting, grade2('一级民营医院')).result.ratio).toBe(9000);
  });

  it('the grade uplift alone is not held (二（三） is not named): 二档 aged 30 at a 一级: 90%', () => {
    expect(run(heting, grade2('1', { age: '30' })).result.ratio).toBe(9000);
  });

  it('after.facility unknown: exit 3 where it changes the claim (both numbers), answered where it does not', () => {
    const open = variant(heting, 'resident', (r) => {
      (r.uplift_ceiling as { after: Record<string, unknown> }).after.facility = { value: null, note: { zh: '未说明', en: 'not stated' } };
    });
    // 一级中医医院: 95% held, or 98%: 10000.00 × 98% = 9800.00
    const e = stops(open, grade2('一级中医医院'));
    expect(e.messages.zh).toContain('uplift_ceiling.after.facility');
    expect(e.messages.zh).toContain('9500.00');
    expect(e.messages.zh).toContain('9800.00');
    // 三级中医医院, 一档: 55 + 5 + 3 = 63%, far below: 起付 900.00; 9300.00 × 63% = 5859.00
    expect(run(open, grade2('三级中医医院', { grade: '一档' })).result.fundBeforeCap).toBe(585900);
  });
});

describe('the front ends and the checks', () => {
  it('calc JSON and batch: the tier column takes 二级中医医院; an unlisted facility word is a row error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ratio3-'));
    const csv = join(dir, 'claims.csv');
    writeFileSync(
      csv,
      [
        'date,scheme,status,grade,age,benefit,tier,admission,amount,out_of_scope,class_b_drugs,class_b_items',
        '2026-05-11,employee,retired,,68,inpatient,二级民营医院,2,15000,500,2000,0',
        '2026-04-02,resident,,一档,9,inpatient,二级中医医院,1,8000,300,1000,500',
        '2026-06-08,employee,active,,52,inpatient,三级肿瘤医院,1,10000,0,1000,0',
      ].join('\n'),
    );
    const out = await yibao(['batch', '--policy', HETING, csv, '--output-format', 'jsonl']);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.fund_pays ?? r.result?.fund_pays ?? null)).toEqual(['11942.50', '5491.20', null]);
    expect(JSON.stringify(rows[2])).toContain('三级肿瘤医院');
  });

  it('validate: an age uplift without a bound, bounds the wrong way round, points for an unlisted facility', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(WEICHUAN, 'utf8')
      .replace("            - below_age: { value: 18, source: wc, quote: 未满18周岁的参保居民（以下简称未成年人），各级医疗机构支付比例分别提高6个百分点 }\n", '            - min_age: { value: 18, source: wc, quote: 未满18周岁的参保居民 }\n              below_age: { value: 18, source: wc, quote: 未满18周岁的参保居民 }\n')
      .replace('            - min_age: { value: 65, source: wc, quote: 年满65周岁的参保居民，各级医疗机构支付比例分别提高3个百分点 }\n', '            - age_on: { value: admission, source: wc, quote: 年龄以入院之日计算 }\n')
      .replace(/(\n\s+value: \{ value: 0\.03[^\n]*\n)\s+age_on: [^\n]*\n/, '$1')
      .replace('          cap: { value: 220000', '          facility_bonus:\n            中医医院: { value: 0.03, source: wc, quote: 提高6个百分点 }\n          uplift_ceiling:\n            value: 0.95\n            source: wc\n            quote: 最高不超过80%\n            after:\n              facility: { value: true, source: wc, quote: 最高不超过80% }\n          cap: { value: 220000');
    const dir = mkdtempSync(join(tmpdir(), 'ratio3-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, text);
    const out = await yibao(['policy', 'validate', file, '--lang', 'en']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('below_age (18) must be above min_age (18)');
    expect(out.stderr).toContain('an age uplift needs min_age');
    expect(out.stderr).toContain('"中医医院" is not a name in facilities');
  });

  it('policy show: the age bands, the rated facilities and their points, the ceiling after a facility uplift (zh and en)', async () => {
    const zh = await yibao(['policy', 'show', HETING]);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('按年龄提高比例(未满18周岁)');
    expect(zh.stdout).toContain('中医医院(又称 民族医医院、中医院):按其评定级别执行');
    expect(zh.stdout).toContain('中医医院提高');
    expect(zh.stdout).toContain('民营医院降低');
    expect(zh.stdout).toContain('按机构类型提高后');
    const en = await yibao(['policy', 'show', WEICHUAN, '--lang', 'en']);
    expect(en.stdout).toContain('Uplift by age (under 18)');
    expect(en.stdout).toContain('Uplift by age (from age 65)');
  });

  it('policy init: the skeleton shows below_age, the list form, a rated facility and the facility points', async () => {
    const { skeletonPolicy } = await import('../../src/cli/policy/init.js');
    const text = skeletonPolicy('qingsong', '../schema/policy.schema.json');
    expect(text).toContain('# below_age: { value: 18');
    expect(text).toContain('# 中医医院: { counts_as: rated');
    expect(text).toContain('# facility_bonus: { 中医医院:');
    expect(text).toContain('# facility_cut: { 民营医院:');
  });

  it('--set supplies what the text leaves open, by the path its exit 3 names (a user value)', async () => {
    // HT-11 with the 中医 points given: 8900.00 × 85% = 7565.00
    const ht11 = ['calc', '--policy', HETING, '--date', '2026-06-08', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '三级中西医结合医院', '--admission', '1', '--amount', '10000', '--class-b-drugs', '1000', '--json'];
    const stop = await yibao(ht11.slice(0, -1));
    expect(stop.code).toBe(3);
    expect(stop.stderr).toContain('--set inpatient.employee.facility_bonus.中西医结合医院=');
    const set = await yibao([...ht11, '--set', 'inpatient.employee.facility_bonus.中西医结合医院=0.03']);
    expect(set.code, set.stderr).toBe(0);
    expect(JSON.parse(set.stdout).result.fund_pays).toBe('7565.00');
    // HT-14 with the day given (discharge: 18, no uplift): 5250.00 × 75% = 3937.50
    const ht14 = ['calc', '--policy', HETING, '--date', '2026-06-28', '--discharge-date', '2026-07-08', '--birth-date', '2008-07-03', '--scheme', 'resident', '--grade', '二档', '--benefit', 'inpatient', '--tier', '二级医院', '--admission', '1', '--amount', '6000', '--out-of-scope', '200', '--class-b-drugs', '500', '--json'];
    const day = await yibao([...ht14, '--set', 'inpatient.resident.age_bonus.age_on=discharge']);
    expect(day.code, day.stderr).toBe(0);
    expect(JSON.parse(day.stdout).result.fund_pays).toBe('3937.50');
    // an entry of a list by its index: 苇川's 65+ uplift given as 5 points, aged 70 at a 二级: 78 + 5 = 83%
    const list = await yibao(['calc', '--policy', WEICHUAN, '--date', '2026-03-02', '--scheme', 'resident', '--age', '70', '--benefit', 'inpatient', '--tier', '2', '--amount', '10500', '--set', 'inpatient.resident.age_bonus.1.value=0.05', '--json']);
    expect(JSON.parse(list.stdout).result.ratio).toBe('0.83');
  });
});
