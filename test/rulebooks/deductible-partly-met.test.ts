// 雁汐 三.1 (test/fixtures/trial/sources/yanxi-2024-112.txt): 「住院起付标准按自然年度计算。职工医保在职人员
// 一级医疗机构300元、二级700元、三级1100元，退休人员按在职人员标准的50%执行…年度内再次住院，所住医疗机构起付
// 标准高于此前已住医疗机构起付标准的，补足差额，不高于的不再收取。」 The clause compares standards; it is silent
// where an earlier stay's bill met only part of its 起付 (YX-04: 500.00 of 二级's 700.00). The policy says what
// the tool does then with `deductible_partly_met` (here a reading: the rest of this level's standard), and
// the reading is said on exactly the claims whose numbers depend on it: a yearly deductible met in part
// (the amount met is no full standard of any level for this person) and something left to charge.
// Ratios (三.3, band 1): active 一级 92%, 二级 88%, 三级 85%; retirees +4 points. All bills 甲类, local.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/policy/load.js';
import { explain } from '../../src/engine/explain.js';
import type { Claim } from '../../src/engine/types.js';
import { refusal } from '../helpers/refusal.js';
import { issuesOf, replaceOnce } from '../policy/helpers.js';
import { yibao } from '../cli/calc-helpers.js';
import { readCsv, tempFile } from '../batch/helpers.js';

const POLICY = 'test/fixtures/trial/yanxi.yaml';
const PATH = 'inpatient.employee.deductible_partly_met';
const { policy } = await loadPolicyFile(POLICY);

const claim = (c: Partial<Claim>): Claim =>
  ({ city: 'yanxi', date: '2025-07-07', dischargeDate: '2025-07-15', scheme: 'employee', status: 'active', benefit: 'inpatient', tier: '2', amount: 1000000, outOfScope: 0, ytdDeductible: 0, ytdFund: 0, account: 0, family: 0, age: 45, admission: 2, ...c }) as Claim;

const readings = (e: ReturnType<typeof explain>) => e.warnings.filter((w) => w.kind === 'reading').map((w) => w.path);

describe('三.1 补足差额 after a stay that met only part of its 起付 (deductible_partly_met)', () => {
  it('YX-04: 500.00 of 二级 700.00 met, a second 二级 stay of 10000.00: 起付 200.00, (10000.00 − 200.00) × 88% = 8624.00, with the reading', () => {
    const e = explain(claim({ ytdDeductible: 50000 }), policy);
    expect([e.result.deductibleApplied, e.result.fundPays, e.result.cashDue]).toEqual([20000, 862400, 137600]);
    expect(readings(e)).toEqual([PATH]);
  });

  it('a 三级 stay after 500.00 met: 1100.00 − 500.00 = 600.00, 9400.00 × 85% = 7990.00, with the reading', () => {
    const e = explain(claim({ tier: '3', ytdDeductible: 50000 }), policy);
    expect([e.result.deductibleApplied, e.result.fundPays]).toEqual([60000, 799000]);
    expect(readings(e)).toEqual([PATH]);
  });

  it('一级 300.00 met in full, a 二级 stay: 700.00 − 300.00 = 400.00, 9600.00 × 88% = 8448.00, no reading (both readings agree)', () => {
    const e = explain(claim({ ytdDeductible: 30000 }), policy);
    expect([e.result.deductibleApplied, e.result.fundPays]).toEqual([40000, 844800]);
    expect(readings(e)).toEqual([]);
  });

  it('nothing left to charge (700.00 met; or 800.00 met, part of 三级 1100.00, before a 二级 stay): 10000.00 × 88% = 8800.00, no reading', () => {
    for (const met of [70000, 80000]) {
      const e = explain(claim({ ytdDeductible: met }), policy);
      expect([e.result.deductibleApplied, e.result.fundPays]).toEqual([0, 880000]);
      expect(readings(e)).toEqual([]);
    }
  });

  it('retirees (50%: 150.00 / 350.00 / 550.00): 150.00 met is 一级 in full, a 二级 stay pays 200.00, 9800.00 × 92% = 9016.00, no reading; 200.00 met is part of a standard: 150.00, 9850.00 × 92% = 9062.00, with the reading', () => {
    const full = explain(claim({ status: 'retired', age: 65, ytdDeductible: 15000 }), policy);
    expect([full.result.deductibleApplied, full.result.fundPays]).toEqual([20000, 901600]);
    expect(readings(full)).toEqual([]);
    const part = explain(claim({ status: 'retired', age: 65, ytdDeductible: 20000 }), policy);
    expect([part.result.deductibleApplied, part.result.fundPays]).toEqual([15000, 906200]);
    expect(readings(part)).toEqual([PATH]);
  });

  it('unknown (value: null + note): YX-04 is exit 3 naming it; a claim it does not change is answered', async () => {
    const text = readFileSync(POLICY, 'utf8');
    const start = text.indexOf('          deductible_partly_met: &partly');
    const end = text.indexOf('          group_deductible_share: &groups');
    const unknown = `${text.slice(0, start)}          deductible_partly_met: &partly { value: null, note: { zh: 三.1 未说明起付线只付了一部分时如何补足。, en: "三.1 is silent on a deductible met in part." } }\n${text.slice(end)}`;
    const file = 'test/fixtures/trial/yanxi-partly-unknown.yaml';
    writeFileSync(file, unknown);
    try {
      const { policy: p } = await loadPolicyFile(file);
      const e = refusal(() => explain(claim({ ytdDeductible: 50000 }), p));
      expect(e.exitCode).toBe(3);
      expect(e.messages.zh).toContain(PATH);
      expect(explain(claim({ ytdDeductible: 30000 }), p).result.fundPays).toBe(844800);
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('validate: it needs a yearly deductible (deductible_period: year)', () => {
    const text = replaceOnce(readFileSync(POLICY, 'utf8'), 'deductible_period: &yearly { value: year,', 'deductible_period: &yearly { value: admission,');
    expect(issuesOf(text, POLICY).map((i) => i.message).join('\n')).toContain('deductible_partly_met goes with a yearly deductible');
  });
});

describe('the reading in every front end, on YX-04 only', () => {
  const YX04 = ['calc', '--policy', POLICY, '--date', '2025-07-07', '--discharge-date', '2025-07-15', '--scheme', 'employee', '--status', 'active', '--age', '45', '--benefit', 'inpatient', '--tier', '2', '--admission', '2', '--amount', '10000', '--ytd-deductible', '500'];

  it('text: the reading under the breakdown', async () => {
    const out = await yibao(YX04);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('本工具理解为：本次住院级别的起付标准减去本年已付的部分');
    expect(out.stdout).toContain('8624.00');
  });

  it('JSON: a warning of kind reading on deductible_partly_met; a full 一级 standard met gets none', async () => {
    const j = JSON.parse((await yibao([...YX04, '--json'])).stdout);
    expect(j.result.fund_pays).toBe('8624.00');
    expect(j.warnings.filter((w: { kind: string }) => w.kind === 'reading').map((w: { path: string }) => w.path)).toEqual([PATH]);
    const full = JSON.parse((await yibao([...YX04.slice(0, -1), '300', '--json'])).stdout);
    expect(full.result.fund_pays).toBe('8448.00');
    expect(full.warnings.filter((w: { kind: string }) => w.kind === 'reading')).toEqual([]);
  });

  it('say: the reading read out in its short form', async () => {
    const out = await yibao([...YX04, '--format', 'say']);
    expect(out.stdout).toContain('此前只付了部分起付线,本次按本级标准补足其余部分,这是对原文的理解');
  });

  it('batch: carried from a first stay below its 起付, the second stay carries the reading; a full 一级 standard carried does not', async () => {
    const csv = [
      'person_id,date,scheme,status,benefit,tier,amount,age',
      // P: a 二级 stay of 500.00, all of it 起付 (500.00 of 700.00 met), fund 0
      'P,2025-03-02,employee,active,inpatient,2,500,45',
      // P: YX-04, 200.00 left: 8624.00, the reading
      'P,2025-07-07,employee,active,inpatient,2,10000,45',
      // Q: 一级 5000.00: 起付 300.00, 4700.00 × 92% = 4324.00
      'Q,2025-03-02,employee,active,inpatient,1,5000,45',
      // Q: 二级 10000.00: 400.00 more, 9600.00 × 88% = 8448.00, no reading
      'Q,2025-07-07,employee,active,inpatient,2,10000,45',
    ].join('\n');
    const out = await yibao(['batch', tempFile(csv), '--policy', POLICY]);
    const rows = readCsv(out.stdout);
    expect(rows.map((r) => [r.deductible_applied, r.fund_pays])).toEqual([
      ['500.00', '0.00'],
      ['200.00', '8624.00'],
      ['300.00', '4324.00'],
      ['400.00', '8448.00'],
    ]);
    expect(rows.map((r) => (r.warnings ?? '').split(';').includes('reading'))).toEqual([false, true, false, false]);
  });
});
