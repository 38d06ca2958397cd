// `--set <path>=<value>` for the model-2 values a policy leaves unknown, by the path calc's exit 3
// names: one case per kind (a group's value, a later-admission schedule, a multiple, a band's ratio,
// a disease group's value), each first exit 3 naming the path, then answered with the value given
// (said as assumed by the user), and a value the file could not hold there refused (exit 2, naming
// the path). The policies are fixtures with one value made unknown; every figure is worked by hand
// from the clause quoted.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { replaceOnce } from '../policy/helpers.js';
import { yibao } from './calc-helpers.js';
import { readCsv, tempFile } from '../batch/helpers.js';

const written: string[] = [];
afterAll(() => written.forEach((f) => rmSync(f, { force: true })));

/** A copy of a fixture with one value replaced, beside it (its sources resolve the same). */
function variant(file: string, from: string, to: string): string {
  const out = file.replace(/\.yaml$/, '-set-unknown.yaml');
  writeFileSync(out, replaceOnce(readFileSync(file, 'utf8'), from, to));
  written.push(out);
  return out;
}

const UNKNOWN = '{ value: null, note: { zh: 测试用：视为原文未写。, en: "for the test: taken as not stated." } }';

async function json(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}
const users = (j: { warnings: { kind: string; path?: string }[] }) => j.warnings.filter((w) => w.kind === 'user').map((w) => w.path);

/** Exit 3 naming `path`; with --set path=good the figures; with --set path=bad exit 2 naming it. */
async function settable(args: string[], path: string, good: string, bad: string) {
  const unknown = await yibao(args);
  expect(unknown.code, unknown.stderr).toBe(3);
  expect(unknown.stderr).toContain(path);
  const refused = await yibao([...args, '--set', `${path}=${bad}`]);
  expect(refused.code, refused.stderr).toBe(2);
  expect(refused.stderr).toContain(path);
  const j = await json([...args, '--set', `${path}=${good}`]);
  expect(users(j)).toContain(path);
  expect(j.claim.set).toEqual([`${path}=${good}`]);
  return j.result;
}

describe('--set supplies a model-2 value a policy leaves unknown, by the path exit 3 names', () => {
  it('a group value: 枫渚 七（一） 低保 cap unknown; --set assistance.groups.低保对象.cap=3500 with 3000 paid: 救助 902.00 (FZ-04) held to 500.00', async () => {
    const args = ['calc', '--policy', 'test/fixtures/small2/fengzhu-cap-unknown.yaml', '--date', '2026-03-12', '--discharge-date', '2026-03-20', '--scheme', 'resident', '--age', '59', '--benefit', 'inpatient', '--tier', '乡镇卫生院', '--admission', '1', '--amount', '12000', '--class-b-drugs', '2000', '--assistance', '低保对象', '--ytd-fund', '5000', '--ytd-burden', '6000', '--ytd-assistance', '3000'];
    const r = await settable(args, 'assistance.groups.低保对象.cap', '3500', '-5');
    expect([r.fund_pays, r.second_layer_pays, r.assistance_pays]).toEqual(['10575.00', '297.50', '500.00']);
  });

  it('a later-admission schedule: 青鸥 retirees’ schedule unknown; =0.5,0 gives 500.00 × 50% = 250.00, (30000.00 − 250.00) × (85% + 5) = 26775.00; =none the full 500.00, 26550.00', async () => {
    const file = variant(
      'test/fixtures/deductible/qingou-employee.yaml',
      readFileSync('test/fixtures/deductible/qingou-employee.yaml', 'utf8').match(/            retired:\n              - from: 2[\s\S]*?(?=          group_deductible_share)/)![0],
      `            retired: ${UNKNOWN}\n`,
    );
    const args = ['calc', '--policy', file, '--date', '2025-06-03', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '3', '--amount', '30000', '--admission', '2'];
    const r = await settable(args, 'inpatient.employee.deductible_schedule.retired', '0.5,0', '1.5,0');
    expect([r.deductible_applied, r.fund_pays]).toEqual(['250.00', '26775.00']);
    const none = await json([...args, '--set', 'inpatient.employee.deductible_schedule.retired=none']);
    expect([none.result.deductible_applied, none.result.fund_pays]).toEqual(['500.00', '26550.00']);
  });

  it('a multiple: 青鸥 九（四） unfiled 2倍 unknown; =3 gives 二级 600.00 × 3 = 1800.00, (5000.00 − 1800.00) × (88% − 20) = 2176.00', async () => {
    const file = variant('test/fixtures/deductible/qingou-employee.yaml', 'deductible_times: { value: 2, source: qingou-2024-9, quote: 起付标准按本市同级医疗机构标准的2倍收取 }', `deductible_times: ${UNKNOWN}`);
    const args = ['calc', '--policy', file, '--date', '2025-06-03', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '2', '--amount', '5000', '--admission', '1', '--filing', 'unfiled'];
    const r = await settable(args, 'inpatient.employee.filing.unfiled.deductible_times', '3', '0');
    expect([r.deductible_applied, r.fund_pays]).toEqual(['1800.00', '2176.00']);
  });

  it('a band ratio: 枫渚 二（三） 三级 above 1万 unknown; =0.7 gives 起付 1000.00, (10000.00 − 1000.00) × 60% + 10000.00 × 70% = 12400.00', async () => {
    const file = variant('test/fixtures/small2/fengzhu.yaml', '"3": { value: 0.68, source: fz, quote: 超过1万元的部分，一级医疗机构90%、二级80%、三级68% }', `"3": ${UNKNOWN}`);
    const args = ['calc', '--policy', file, '--date', '2026-05-06', '--discharge-date', '2026-05-20', '--scheme', 'resident', '--age', '45', '--benefit', 'inpatient', '--tier', '3', '--amount', '20000', '--admission', '1'];
    const r = await settable(args, 'inpatient.resident.bands.1.ratio.3', '0.7', '1.2');
    expect([r.deductible_applied, r.fund_pays]).toEqual(['1000.00', '12400.00']);
  });

  it('a disease group’s value: 晴澜 四（一） 特殊病种 employees’ 90% unknown; =0.85 gives 10000.00 × 85% = 8500.00 (no 起付)', async () => {
    const text = readFileSync('test/fixtures/chronic2/qinglan.yaml', 'utf8');
    const line = text.split('\n').find((l) => l.includes('employee: { value: 0.9') && l.includes('职工医保90%'))!;
    const file = variant('test/fixtures/chronic2/qinglan.yaml', line, `${line.slice(0, line.indexOf('employee:'))}employee: ${UNKNOWN}`);
    const args = ['calc', '--policy', file, '--date', '2026-09-02', '--scheme', 'employee', '--status', 'active', '--age', '50', '--benefit', 'chronic', '--tier', '3', '--disease', '恶性肿瘤门诊放化疗', '--amount', '10000'];
    const r = await settable(args, 'chronic.disease_limits.groups.特殊病种.ratio.employee', '0.85', '85');
    expect([r.deductible_applied, r.fund_pays]).toEqual(['0.00', '8500.00']);
  });

  it('a choice: 枫渚 二（三） bands base unknown (FZ-05); the exit 3 names --set inpatient.resident.bands.base=total|after_deductible; =after_deductible gives the claims’ segment_after_deductible figures: fund 23204.00, 大病 2877.60, cash 13918.40', async () => {
    const args = ['calc', '--policy', 'test/fixtures/trial/fengzhu.yaml', '--date', '2026-05-06', '--discharge-date', '2026-05-29', '--scheme', 'resident', '--age', '45', '--benefit', 'inpatient', '--tier', '3', '--admission', '1', '--amount', '40000', '--out-of-scope', '3000', '--class-b-drugs', '5000', '--class-b-items', '2000', '--ytd-burden', '5000'];
    const unknown = await yibao(args);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('--set inpatient.resident.bands.base=total|after_deductible');
    const r = await settable(args, 'inpatient.resident.bands.base', 'after_deductible', 'half');
    expect([r.fund_pays, r.second_layer_pays, r.cash_due]).toEqual(['23204.00', '2877.60', '13918.40']);
  });

  it('batch takes the same --set: the 低保 row’s 救助 held to 3500.00 − 3000.00 = 500.00 and marked user_value; the row without a group computes as before', async () => {
    const csv = [
      'person_id,date,scheme,benefit,tier,amount,class_b_drugs,assistance,age,admission,ytd_fund,ytd_burden,ytd_assistance',
      'A,2026-03-12,resident,inpatient,乡镇卫生院,12000,2000,低保对象,59,1,5000,6000,3000',
      // no group: 起付 100 (一级), (12000 − 200 − 100) × 90% = 10530.00
      'B,2026-03-12,resident,inpatient,乡镇卫生院,12000,2000,,59,1,0,0,0',
    ].join('\n');
    const file = tempFile(csv);
    const plain = await yibao(['batch', file, '--policy', 'test/fixtures/small2/fengzhu-cap-unknown.yaml']);
    expect(readCsv(plain.stdout).map((r) => r.row_status)).toEqual(['error', 'ok']);
    const out = await yibao(['batch', file, '--policy', 'test/fixtures/small2/fengzhu-cap-unknown.yaml', '--set', 'assistance.groups.低保对象.cap=3500']);
    const rows = readCsv(out.stdout);
    expect(rows.map((r) => [r.row_status, r.fund_pays, r.assistance_pays])).toEqual([
      ['ok', '10575.00', '500.00'],
      ['ok', '10530.00', '0.00'],
    ]);
    expect(rows[0]!.warnings!.split(';')).toContain('user_value');
  });

  it('a path the policy does not hold is exit 2 naming it; a path of no kind is refused as before', async () => {
    const out = await yibao(['calc', '--policy', 'test/fixtures/small2/fengzhu.yaml', '--date', '2026-05-06', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '3', '--amount', '1000', '--set', 'assistance.groups.孤儿.cap=100']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('assistance.groups.孤儿.cap');
    expect((await yibao(['calc', '--set', 'outpatient.employee.colour=1'])).code).toBe(2);
  });
});
