// Newcomer trial 2 (枫渚, test/fixtures/small2/sources/fengzhu-2026-2.txt): the clauses the format
// could not hold, worked by hand from the text; the FZ-* figures are the trial's hand-worked claims
// (/work/trial2/fengzhu/claims.json).
// F1 一（二）「乙类药品个人先行自付比例，在职职工和城乡居民为10%，退休人员为5%」;
// F4 七（一）「特困人员按100%救助，不设年度救助限额」;
// F5 二（二）「年满75周岁（以入院之日计算）的退休人员再提高2个百分点」;
// F9 an assistance group's cap left unknown names `.cap` and its note.
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

import { FZ, pick, run } from './small2-helpers.js';

const FZ01 = [...FZ, '--date', '2026-03-16', '--scheme', 'employee', '--status', 'active', '--age', '45', '--benefit', 'inpatient', '--tier', '3', '--amount', '50000', '--out-of-scope', '2000', '--class-b-drugs', '4000', '--class-b-items', '3000', '--admission', '1'];
const FZ02 = [...FZ, '--date', '2026-04-20', '--scheme', 'employee', '--status', 'retired', '--age', '77', '--benefit', 'inpatient', '--tier', '2', '--amount', '25000', '--class-b-drugs', '2000', '--admission', '2', '--ytd-fund', '10000'];
const FZ03 = [...FZ, '--date', '2026-10-09', '--scheme', 'employee', '--status', 'retired', '--age', '74', '--benefit', 'inpatient', '--tier', '社区卫生服务中心', '--amount', '3000', '--class-b-drugs', '1000', '--admission', '3', '--ytd-fund', '30000'];
const FZ14 = [...FZ, '--date', '2026-12-10', '--scheme', 'employee', '--status', 'retired', '--age', '71', '--benefit', 'outpatient', '--tier', '3', '--amount', '1000', '--class-b-drugs', '1000', '--ytd-deductible', '500', '--ytd-fund', '3900'];

describe('F1: first_pay keyed by scheme and status (一（二）)', () => {
  it('FZ-01 active: drugs 4000 × 10% + items 3000 × 10% = 700; (47300 − 1300) × 84% = 38640', async () => {
    expect(pick(await run(FZ01), 'first_pay', 'fund_pays')).toEqual(['700.00', '38640.00']);
  });
  it('FZ-02 retired: drugs 2000 × 5% = 100; 起付 800 × 60% × 50% = 240; 24660 × 93% = 22933.80', async () => {
    expect(pick(await run(FZ02), 'first_pay', 'deductible_applied', 'fund_pays')).toEqual(['100.00', '240.00', '22933.80']);
  });
  it('FZ-14 retired outpatient: 1000 × 5% = 50; 950 × 65% = 617.50, 4000 − 3900 leaves 100', async () => {
    expect(pick(await run(FZ14), 'first_pay', 'fund_pays')).toEqual(['50.00', '100.00']);
  });
  it('FZ-08 retired chronic, cap used up: 3000 × 5% = 150; fund 0; 大额 9850 × 90% = 8865; own account 1135', async () => {
    const j = await run([...FZ, '--date', '2026-09-28', '--scheme', 'employee', '--status', 'retired', '--age', '69', '--benefit', 'chronic', '--tier', '3', '--disease', '恶性肿瘤门诊治疗', '--amount', '10000', '--class-b-drugs', '3000', '--ytd-fund', '300000', '--ytd-disease-fund', '恶性肿瘤门诊治疗=40000', '--ytd-second', '30000', '--account', '2000']);
    expect(pick(j, 'first_pay', 'fund_pays', 'second_layer_pays', 'account_pays', 'cash_due')).toEqual(['150.00', '0.00', '8865.00', '1135.00', '0.00']);
  });
  it('the breakdown quotes the retirees’ share; policy show lists both statuses (zh, en)', async () => {
    expect((await yibao(FZ02)).stdout).toContain('退休人员为5%');
    const zh = (await yibao(['policy', 'show', 'test/fixtures/small2/fengzhu.yaml'])).stdout;
    expect(zh).toMatch(/乙类药品个人先行自付\(职工医保在职\)[^\n]*10%/);
    expect(zh).toMatch(/乙类药品个人先行自付\(职工医保退休\)[^\n]*5%/);
    const en = (await yibao(['policy', 'show', 'test/fixtures/small2/fengzhu.yaml', '--lang', 'en'])).stdout;
    expect(en).toMatch(/class-B drugs, paid first \(employees, retired\)[^\n]*5%/);
  });
  it('validate accepts it', async () => {
    expect((await yibao(['policy', 'validate', 'test/fixtures/small2/fengzhu.yaml'])).code).toBe(0);
  });
});

describe('F5: an age uplift for some statuses only (二（二）)', () => {
  it('FZ-03 retired aged 74: 92% + 3 = 95%, no +2: 2950 × 95% = 2802.50', async () => {
    expect(pick(await run(FZ03), 'first_pay', 'deductible_applied', 'fund_pays')).toEqual(['50.00', '0.00', '2802.50']);
  });
  it('an active employee aged 77 gets no +2: (25000 − 800) × 88% = 21296 (not 90%: 21780)', async () => {
    const j = await run([...FZ, '--date', '2026-04-20', '--scheme', 'employee', '--status', 'active', '--age', '77', '--benefit', 'inpatient', '--tier', '2', '--amount', '25000', '--admission', '1']);
    expect(j.result.fund_pays).toBe('21296.00');
  });
  it('an active employee needs no age: no exit 3 asking for it', async () => {
    const j = await run([...FZ, '--date', '2026-04-20', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '2', '--amount', '25000', '--admission', '1']);
    expect(j.result.fund_pays).toBe('21296.00');
  });
  it('validate refuses statuses on residents, and a status key on the residents’ first pay', async () => {
    const { mkdtempSync, writeFileSync, readFileSync, cpSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'small2-'));
    cpSync('test/fixtures/small2/sources', join(dir, 'sources'), { recursive: true });
    const base = readFileSync('test/fixtures/small2/fengzhu.yaml', 'utf8');
    const resident = base.replace('          cap: { value: 200000, source: fz, quote: 居民医保20万元 }\n          cap_shared: *shared\n          filing: *filing', '          cap: { value: 200000, source: fz, quote: 居民医保20万元 }\n          cap_shared: *shared\n          filing: *filing\n          age_bonus:\n            min_age: { value: 75, source: fz, quote: 年满75周岁（以入院之日计算）的退休人员再提高2个百分点 }\n            value: { value: 0.02, source: fz, quote: 年满75周岁（以入院之日计算）的退休人员再提高2个百分点 }\n            age_on: { value: admission, source: fz, quote: 年满75周岁（以入院之日计算） }\n            statuses: [retired]');
    expect(resident).not.toBe(base);
    writeFileSync(join(dir, 'a.yaml'), resident);
    const a = await yibao(['policy', 'validate', join(dir, 'a.yaml'), '--lang', 'en']);
    expect(a.code).toBe(2);
    expect(a.stderr + a.stdout).toContain('statuses (active/retired) is for employees only');
    const fp = base.replace('    resident: { value: 0.1, source: fz, quote: 乙类药品个人先行自付比例，在职职工和城乡居民为10% }', '    resident: { active: { value: 0.1, source: fz, quote: 在职职工和城乡居民为10% }, retired: { value: 0.05, source: fz, quote: 退休人员为5% } }');
    expect(fp).not.toBe(base);
    writeFileSync(join(dir, 'b.yaml'), fp);
    expect((await yibao(['policy', 'validate', join(dir, 'b.yaml')])).code).toBe(2);
  });
  it('policy show says whom it applies to', async () => {
    expect((await yibao(['policy', 'show', 'test/fixtures/small2/fengzhu.yaml'])).stdout).toContain('仅适用于:退休人员');
    expect((await yibao(['policy', 'show', 'test/fixtures/small2/fengzhu.yaml', '--lang', 'en'])).stdout).toContain('applies only to: retired');
  });
});

describe('F4: an assistance group with no yearly cap (七（一）)', () => {
  // FZ-06: 特困 resident aged 80, 三级, 150000 with 10000 目录外 and 20000 乙类 drugs
  const FZ06 = [...FZ, '--date', '2026-07-06', '--scheme', 'resident', '--age', '80', '--benefit', 'inpatient', '--tier', '3', '--amount', '150000', '--out-of-scope', '10000', '--class-b-drugs', '20000', '--admission', '1', '--assistance', '特困人员'];
  it('FZ-06: fund 93040; 大病 (46960 − 7000) × 70% = 27972; 救助 100% of 46960 − 27972 = 18988; cash 10000', async () => {
    expect(pick(await run(FZ06), 'fund_pays', 'second_layer_pays', 'assistance_pays', 'cash_due')).toEqual(['93040.00', '27972.00', '18988.00', '10000.00']);
  });
  it('whatever was paid this year: 1,000,000 of assistance already paid still leaves 18988', async () => {
    expect((await run([...FZ06, '--ytd-assistance', '1000000'])).result.assistance_pays).toBe('18988.00');
  });
  it('the breakdown and policy show say there is no cap, with its clause', async () => {
    expect((await yibao(FZ06)).stdout).toContain('不设年度救助限额');
    const zh = (await yibao(['policy', 'show', 'test/fixtures/small2/fengzhu.yaml'])).stdout;
    expect(zh).toContain('年度救助限额:不设');
    const en = (await yibao(['policy', 'show', 'test/fixtures/small2/fengzhu.yaml', '--lang', 'en'])).stdout;
    expect(en).toContain('yearly cap: none');
  });
});

describe('F9: an assistance group’s unknown cap names `.cap` and its note', () => {
  // FZ-04 shape: 低保 resident at a 乡镇卫生院 (一级), with the 低保 cap left unknown in this variant
  const FZ04 = ['calc', '--policy', 'test/fixtures/small2/fengzhu-cap-unknown.yaml', '--date', '2026-03-12', '--scheme', 'resident', '--age', '59', '--benefit', 'inpatient', '--tier', '乡镇卫生院', '--amount', '12000', '--class-b-drugs', '2000', '--admission', '1', '--assistance', '低保对象'];
  it('exit 3 with the key and the note (zh, en)', async () => {
    const zh = await yibao(FZ04);
    expect(zh.code).toBe(3);
    expect(zh.stderr).toContain('assistance.groups.低保对象.cap');
    expect(zh.stderr).toContain('低保对象的年度救助限额视为原文未写');
    const en = await yibao([...FZ04, '--lang', 'en']);
    expect(en.stderr).toContain('assistance.groups.低保对象.cap');
    expect(en.stderr).toContain('the 低保 yearly cap taken as not stated');
  });
  it('an unknown threshold is exit 3 naming .threshold (never taken as none)', async () => {
    const { mkdtempSync, writeFileSync, readFileSync, cpSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'small2-'));
    cpSync('test/fixtures/small2/sources', join(dir, 'sources'), { recursive: true });
    const base = readFileSync('test/fixtures/small2/fengzhu.yaml', 'utf8');
    const text = base.replace('          ratio: { value: 0.8, source: fz, quote: 低保对象按80%救助 }', '          threshold: { value: null, note: { zh: 测试用：起付标准未写。, en: "for the test: threshold not stated." } }\n          ratio: { value: 0.8, source: fz, quote: 低保对象按80%救助 }');
    expect(text).not.toBe(base);
    writeFileSync(join(dir, 'p.yaml'), text);
    const out = await yibao([...FZ04.map((a) => (a === 'test/fixtures/small2/fengzhu-cap-unknown.yaml' ? join(dir, 'p.yaml') : a))]);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('assistance.groups.低保对象.threshold');
    expect(out.stderr).toContain('测试用：起付标准未写');
  });
});

describe('policy init shows where each goes', () => {
  it('the skeleton mentions status-keyed first pay, age_bonus.statuses and an assistance no_cap, and still validates', async () => {
    const { skeletonPolicy } = await import('../../src/cli/policy/init.js');
    const { parsePolicyText } = await import('../../src/policy/parse.js');
    const text = skeletonPolicy('qingsong', '../schema/policy.schema.json');
    expect(text).toContain('employee: { active: {…}, retired: {…} }');
    expect(text).toContain('# statuses: [retired]');
    expect(text).toContain('no_cap: { value: true, source, quote }');
    expect(() => parsePolicyText(text, 'qingsong.yaml')).not.toThrow();
  });
});

describe('F8: a facts key not in the pattern: the message shows the pattern', () => {
  it('exit 2 with ^[a-z0-9_]+$ and its words (zh, en)', async () => {
    const zh = await yibao(['policy', 'validate', 'test/fixtures/small2/fengzhu-bad-fact.yaml']);
    expect(zh.code).toBe(2);
    expect(zh.stderr + zh.stdout).toContain('^[a-z0-9_]+$');
    expect(zh.stderr + zh.stdout).toContain('只能用小写字母、数字和下划线');
    const en = await yibao(['policy', 'validate', 'test/fixtures/small2/fengzhu-bad-fact.yaml', '--lang', 'en']);
    expect(en.stderr + en.stdout).toContain('lower-case letters, digits and _ only');
  });
});

