// status_from: the day retiree treatment starts, from the day retirement was processed (岚汐 第十五条
// 「年度内由在职转为退休的，自办理退休手续的次月1日起执行退休人员待遇」), with --retirement-processed (batch column
// retirement_processed, 办理退休手续日期; the wizard and ask where the policy has it). Worked by hand on
// test/fixtures/status6/lanxi.yaml (status_from: next_month_first):
// - LX-12 with the processed day 2025-05-20 instead of --status-since: the start is 2025-06-01 (the 1st of the next
//   month), so the 450 of 起付 met while active carries: 500 − 450 = 50; (900 − 30 − 50) × 70% = 574.00, cash 126.00;
//   said as status_from with the clause.
// - processed 2025-08-20, a visit on 2025-08-25 called 退休: the start 2025-09-01 is after the visit: settled as active, said.
// - processed 2024-12-20: the start 2025-01-01 is not within 2025: no change this year, the retiree's 500 in full:
//   with 450 met (as a retiree all year) 50 left, the same 574.00, and status_since 2025-01-01 echoed.
// - status_from left out: processed 2025-08-20 and a visit on 2025-08-25: that day (within) or 09-01 (after) differ:
//   exit 3 naming status_from with both days; processed 2025-05-20 (both within the year): answered, 574.00.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { yibao } from '../cli/calc-helpers.js';
import { calc, codes, pick, run } from './limits3-helpers.js';

const LX = 'test/fixtures/status6/lanxi.yaml';
const visit = (policy: string, date: string, extra: string[]) =>
  calc(policy, '--date', date, '--scheme', 'employee', '--status', 'retired', '--benefit', 'outpatient', '--tier', '3', '--amount', '900', '--class-b-items', '200', '--ytd-deductible', '450', '--account', '200', ...extra);

function withoutStatusFrom(): string {
  const dir = mkdtempSync(join(tmpdir(), 'status6-'));
  cpSync('test/fixtures/status6/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(LX, 'utf8');
  const line = '    status_from: { value: next_month_first, source: lanxi-2024-7, quote: 自办理退休手续的次月1日起执行退休人员待遇 }\n';
  expect(text).toContain(line);
  writeFileSync(join(dir, 'lanxi.yaml'), text.replace(line, ''));
  return join(dir, 'lanxi.yaml');
}

describe('status_from and --retirement-processed (岚汐 第十五条)', () => {
  it('validate and show: 自办理退休手续的次月1日起 with its clause', async () => {
    expect((await yibao(['policy', 'validate', LX])).code).toBe(0);
    expect((await yibao(['policy', 'show', LX])).stdout).toContain('退休人员待遇起始日:自办理退休手续的次月1日起');
  });
  it('LX-12 by the processed day 2025-05-20: start 2025-06-01, 574.00, cash 126.00, said with the clause', async () => {
    const j = await run(visit(LX, '2025-09-03', ['--retirement-processed', '2025-05-20']));
    expect(j.claim.status_since).toBe('2025-06-01');
    expect(j.claim.retirement_processed).toBe('2025-05-20');
    expect(pick(j, 'deductible_applied', 'fund_pays', 'cash_due')).toEqual(['50.00', '574.00', '126.00']);
    const w = j.warnings.find((x: { code: string }) => x.code === 'status_from');
    expect(w.kind).toBe('note');
    expect(w.message).toContain('退休人员待遇自 2025-06-01 起执行');
    expect(w.message).toContain('自办理退休手续的次月1日起执行退休人员待遇');
    const text = await yibao(visit(LX, '2025-09-03', ['--retirement-processed', '2025-05-20']));
    expect(text.stdout).toContain('退休人员待遇自 2025-06-01 起执行');
    const say = await yibao([...visit(LX, '2025-09-03', ['--retirement-processed', '2025-05-20']), '--format', 'say']);
    expect(say.stdout).toContain('2025年6月1日起按退休人员待遇');
  });
  // active 三级: 起付 800, 450 met, 350 left; 乙类 200 × 15% = 30; (900 − 30 − 350) × 60% = 312.00; account 200, cash 388.00
  it('processed 2025-08-20, a visit on 08-25 the caller calls 退休: retiree treatment only from 09-01, settled as active (312.00) and said', async () => {
    const j = await run(visit(LX, '2025-08-25', ['--retirement-processed', '2025-08-20']));
    expect(j.claim.status).toBe('active');
    expect(pick(j, 'deductible_applied', 'fund_pays', 'account_pays', 'cash_due')).toEqual(['350.00', '312.00', '200.00', '388.00']);
    const w = j.warnings.find((x: { code: string }) => x.code === 'status_from');
    expect(w.message).toContain('退休人员待遇自 2025-09-01 起执行(办理退休手续 2025-08-20),就诊日期 2025-08-25 在此之前:本次按在职人员计算');
  });
  it('an 在职 visit after retiree treatment began is settled as a retiree (574.00), said', async () => {
    const active = visit(LX, '2025-09-03', ['--retirement-processed', '2025-05-20']).map((a) => (a === 'retired' ? 'active' : a));
    const j = await run(active);
    expect([j.claim.status, j.claim.status_since]).toEqual(['retired', '2025-06-01']);
    expect(pick(j, 'fund_pays')).toEqual(['574.00']);
    expect(j.warnings.find((x: { code: string }) => x.code === 'status_from').message).toContain('已在此之后:本次按退休人员计算');
  });
  it('processed 2024-12-20: the start 2025-01-01 is no change within 2025', async () => {
    const j = await run(visit(LX, '2025-09-03', ['--retirement-processed', '2024-12-20']));
    expect(j.claim.status_since).toBe('2025-01-01');
    expect(pick(j, 'fund_pays')).toEqual(['574.00']);
  });
  it('--status-since that disagrees with the worked-out start: exit 2', async () => {
    const out = await yibao(visit(LX, '2025-09-03', ['--retirement-processed', '2025-05-20', '--status-since', '2025-05-20']));
    expect(out.code).toBe(2);
  });
  it('status_from left out: exit 3 with both days where they differ; answered where they agree; --set decides', async () => {
    const none = withoutStatusFrom();
    const out = await yibao(visit(none, '2025-08-25', ['--retirement-processed', '2025-08-20']));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('status_from');
    expect(out.stderr).toContain('2025-09-01');
    const j = await run(visit(none, '2025-09-03', ['--retirement-processed', '2025-05-20']));
    expect(pick(j, 'fund_pays')).toEqual(['574.00']);
    expect(codes(j)).not.toContain('status_from');
    const set = await yibao(visit(none, '2025-08-25', ['--retirement-processed', '2025-08-20', '--set', 'status_from=processed_day']));
    expect(set.code, set.stderr).toBe(0);
  });
  it('batch: the 办理退休手续日期 column, one row per person', async () => {
    const csv = ['人员编号,就诊日期,参保类型,人员状态,待遇类型,医院级别,总费用,乙类诊疗项目费用,本年已累计起付线,个人账户余额,办理退休手续日期', 'p1,2025-09-03,职工,退休,门诊,3,900,200,450,200,2025-05-20', 'p2,2025-08-25,职工,退休,门诊,3,900,200,450,200,2025-08-20'].join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'status6-'));
    writeFileSync(join(dir, 'c.csv'), csv);
    const out = await yibao(['batch', '--policy', LX, join(dir, 'c.csv'), '--output-format', 'jsonl']);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].fund_pays).toBe('574.00');
    expect(lines[0].warnings).toContain('status_from');
    // p2: the visit before 09-01 is an active employee's: 312.00 (as above), said
    expect([lines[1].row_status, lines[1].fund_pays]).toEqual(['ok', '312.00']);
    expect(lines[1].warnings).toContain('status_from');
  });
  it('ask: 今年5月20日办的退休手续 is the processed day where the policy has status_from: 574.00', async () => {
    const out = await yibao(['ask', '--policy-dir', 'test/fixtures/status6', '--city', 'lanxi', '--date', '2025-09-03', '职工 退休 今年5月20日办的退休手续 三级医院 门诊 900元 乙类诊疗项目200元 今年已付起付线450 账户200', '--format', 'json']);
    expect(out.code, out.stderr).toBe(0);
    const j = JSON.parse(out.stdout);
    expect([j.claim.retirement_processed, j.claim.status_since, j.result.fund_pays]).toEqual(['2025-05-20', '2025-06-01', '574.00']);
  });
});
