// A readmission rule conditioned on the same facility (round-9 trial, fiction): 朔原 三（一） 「参保人员出院后15日内因同一疾病在
// 同一定点医疗机构再次住院的，视为一次住院，不再收取起付标准」 → readmission.same_facility: true, and the claim input
// --previous-same-facility yes|no (batch previous_same_facility / 是否同一医院). Not said: each way is tried; the same numbers
// are answered (said as assumed), different ones exit 3 with both. Fixture test/fixtures/sy8/shuoyuan.yaml.
// Worked by hand: an active employee, 二级 (起付 600, band 1 88%), 12000.00 with no 乙类, the year's 2000 ceiling not
// reached (600 charged before), admitted 2026-03-25:
// - the same stay (no 起付): 12000 × 88% = 10560.00, cash 1440.00;
// - a new stay (起付 600): 11400 × 88% = 10032.00, cash 1968.00 (SY-11's two readings: 1056000 / 1003200 fen).
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { batchRows, calc, codes, pick, run } from './limits3-helpers.js';
import { HY } from './stay7-helpers.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { rulebookNeeds } from '../../src/cli/wizard/rulebook-needs.js';
import { readQuestion } from '../../src/ask/parse.js';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const SY = 'test/fixtures/sy8/shuoyuan.yaml';
const stay = (previous: string, ...more: string[]) =>
  calc(SY, '--date', '2026-03-25', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '2', '--amount', '12000', '--admission', '2', '--ytd-fund', '8000', '--previous-discharge', previous, ...more);
const money = (j: { result: Record<string, unknown> }) => pick(j, 'deductible_applied', 'fund_pays', 'cash_due');

function syVariant(from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'yibao-sy-'));
  cpSync('test/fixtures/sy8/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(SY, 'utf8');
  expect(text).toContain(from);
  const file = join(dir, 'shuoyuan.yaml');
  writeFileSync(file, text.replace(from, to));
  return file;
}

describe('朔原 三（一）: 在同一定点医疗机构再次住院的, 视为一次住院', () => {
  it('5 days after, at the same facility: no 起付, 10560.00 / 1440.00', async () => {
    const j = await run(stay('2026-03-20', '--ytd-deductible', '600', '--previous-same-facility', 'yes'));
    expect(money(j)).toEqual(['0.00', '10560.00', '1440.00']);
    expect(j.claim.previous_same_facility).toBe(true);
    expect(codes(j)).not.toContain('previous_facility_assumed');
  });

  it('5 days after, at another facility: a new stay, 起付 600, 10032.00 / 1968.00, said in the deductible step', async () => {
    const j = await run(stay('2026-03-20', '--ytd-deductible', '600', '--previous-same-facility', '其他医院'));
    expect(money(j)).toEqual(['600.00', '10032.00', '1968.00']);
    const text = (await yibao(stay('2026-03-20', '--ytd-deductible', '600', '--previous-same-facility', 'no'))).stdout;
    expect(text).toContain('在出院后 15 日内,但上次住院不在同一定点医疗机构,按新的一次住院收取');
  });

  it('not said, and the answers differ: exit 3 with both and --previous-same-facility', async () => {
    const out = await yibao(stay('2026-03-20', '--ytd-deductible', '600'));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('上次住院在同一家医疗机构:统筹基金支付 10560.00 元,个人现金 1440.00 元');
    expect(out.stderr).toContain('上次住院在其他医疗机构:统筹基金支付 10032.00 元,个人现金 1968.00 元');
    expect(out.stderr).toContain('--previous-same-facility yes|no');
  });

  it('not said, and both pay the same (the year’s 2000 of 起付 already charged): answered, said as assumed', async () => {
    // 起付 0 either way (四（一） 在职人员达到2000元后不再收取): 12000 × 88% = 10560.00
    const j = await run(stay('2026-03-20', '--ytd-deductible', '2000'));
    expect(money(j)).toEqual(['0.00', '10560.00', '1440.00']);
    const w = j.warnings.find((x: { code: string }) => x.code === 'previous_facility_assumed');
    expect([w.kind, w.path]).toEqual(['assumed', 'inpatient.employee.readmission.same_facility']);
  });

  it('more than 15 days after: a new stay whatever the facility, nothing asked (30 days: 10032.00)', async () => {
    expect(money(await run(stay('2026-02-23', '--ytd-deductible', '600')))).toEqual(['600.00', '10032.00', '1968.00']);
  });

  it('SY-11 (day 15, the same facility): still exit 3 on the 15th day; at another facility the day does not matter: 10032.00', async () => {
    const same = await yibao(stay('2026-03-10', '--ytd-deductible', '600', '--previous-same-facility', 'yes'));
    expect(same.code).toBe(3);
    expect(same.stderr).toContain('inpatient.employee.readmission.last_day');
    expect(money(await run(stay('2026-03-10', '--ytd-deductible', '600', '--previous-same-facility', 'no')))).toEqual(['600.00', '10032.00', '1968.00']);
  });

  it('a rule without the condition (鹤屿 第六条（三）) takes a readmission elsewhere as the same stay: HY-15 day 14, 17459.20', async () => {
    // 鹤屿 HY-15: 20000 with 乙类药品 2000 × 8% = 160.00; 19840 × 88% = 17459.20 (readmission.test.ts)
    const j = await run(calc(HY, '--date', '2025-04-23', '--scheme', 'employee', '--status', 'active', '--age', '61', '--benefit', 'inpatient', '--tier', '2', '--admission', '2', '--amount', '20000', '--class-b-drugs', '2000', '--ytd-fund', '15000', '--ytd-deductible', '600', '--previous-discharge', '2025-04-09', '--previous-same-facility', 'no'));
    expect(pick(j, 'fund_pays', 'cash_due')).toEqual(['17459.20', '2540.80']);
  });

  it('the condition left unknown: a readmission elsewhere is exit 3 naming it; --set settles it', async () => {
    const file = syVariant(
      '            same_facility: { value: true, source: sy, quote: 因同一疾病在同一定点医疗机构再次住院的 }\n',
      '            same_facility: { value: null, note: { zh: 测试：是否限同一机构未说明。, en: "test: not said" } }\n',
    );
    const args = (more: string[]) => ['calc', '--policy', file, ...stay('2026-03-20', '--ytd-deductible', '600', '--previous-same-facility', 'no', ...more).slice(3)];
    const out = await yibao(args([]));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('inpatient.employee.readmission.same_facility');
    for (const fund of ['10560.00', '10032.00']) expect(out.stderr).toContain(fund);
    expect(money(await run(args(['--set', 'inpatient.employee.readmission.same_facility=true'])))).toEqual(['600.00', '10032.00', '1968.00']);
    expect(money(await run(args(['--set', 'inpatient.employee.readmission.same_facility=false'])))).toEqual(['0.00', '10560.00', '1440.00']);
    // at the same facility the condition cannot change anything: answered
    expect(money(await run(['calc', '--policy', file, ...stay('2026-03-20', '--ytd-deductible', '600', '--previous-same-facility', 'yes').slice(3)]))).toEqual(['0.00', '10560.00', '1440.00']);
  });

  it('batch: the column 是否同一医院 after a stay of the person (discharged 03-10, readmitted 03-20, day 10)', async () => {
    // stay 1: 10000 at 二级, 起付 600: 9400 × 88% = 8272.00; stay 2: 12000, 是: the same stay, 12000 × 88% = 10560.00;
    // 否: a new stay, 600 (1200 of 2000 charged so far): 11400 × 88% = 10032.00; blank: a row error naming the column
    const head = '人员编号,就诊日期,出院日期,参保类型,人员状态,待遇类型,医院级别,总费用,是否同一医院\n';
    const first = 'P,2026-03-01,2026-03-10,职工,在职,住院,二级,10000,\n';
    const rows = await batchRows(SY, `${head}${first}P,2026-03-20,2026-03-28,职工,在职,住院,二级,12000,是\n`);
    expect(rows.map((r) => [r.deductible_applied, r.fund_pays])).toEqual([['600.00', '8272.00'], ['0.00', '10560.00']]);
    const elsewhere = await batchRows(SY, `${head}${first}P,2026-03-20,2026-03-28,职工,在职,住院,二级,12000,否\n`);
    expect(elsewhere.map((r) => [r.deductible_applied, r.fund_pays])).toEqual([['600.00', '8272.00'], ['600.00', '10032.00']]);
    const dir = mkdtempSync(join(tmpdir(), 'yibao-sf-'));
    const blank = join(dir, 'blank.csv');
    writeFileSync(blank, `${head}${first}P,2026-03-20,2026-03-28,职工,在职,住院,二级,12000,\n`);
    const out = await yibao(['batch', blank, '--policy', SY, '--output-format', 'jsonl']);
    expect(out.code).toBe(1);
    const second = JSON.parse(out.stdout.trim().split('\n')[1]!);
    expect([second.row_status, second.error.startsWith('是否同一医院:')]).toEqual(['error', true]);
  });

  it('the wizard asks it where the rule has the condition; ask reads 同一家医院 / 换了一家医院', async () => {
    const { policy } = await loadPolicyFile(SY);
    expect(rulebookNeeds(policy, { date: '2026-03-25', scheme: 'employee', benefit: 'inpatient' })).toContain('same_facility');
    const { policy: hy } = await loadPolicyFile(HY);
    expect(rulebookNeeds(hy, { date: '2025-04-23', scheme: 'employee', benefit: 'inpatient' })).not.toContain('same_facility');
    const needs = new Set(['readmission', 'same_facility']);
    const same = readQuestion('职工在职 二级医院住院 花了12000元 还是在同一家医院住的院', needs);
    expect(same.kind === 'claim' && same.claim.raw.previous_same_facility).toBe('yes');
    const other = readQuestion('职工在职 二级医院住院 花了12000元 这次换了一家医院', needs);
    expect(other.kind === 'claim' && other.claim.raw.previous_same_facility).toBe('no');
  });
});
