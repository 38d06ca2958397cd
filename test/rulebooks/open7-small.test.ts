// Round-7 trial, small ones (fixtures test/fixtures/open7/: the newcomers' 鹤屿 and 汀澜 files):
// - a note on a stated deductible_year_cap (鹤屿 第六条（四）「一个年度内参保人员个人负担的起付标准累计…居民医保不超过1200元」,
//   noted: whether the 门诊慢特病 起付 counts is not stated) is said where the year's total is in play (a deductible charged
//   before this year, or the total cut this one), not on every stay (docs/policies.md: only where it changes numbers).
//   Resident 二级, 20000: a first stay 500, (20000 − 500) × 80% = 15600.00, no note; a 2nd stay with 950 charged before:
//   500 × 50% = 250 (950 + 250 = 1200, not cut), (20000 − 250) × 80% = 15800.00, the note said.
// - a family refusal by a closed list (汀澜 第二十一条「配偶、父母、子女」; TL-14 配偶的父母) is in JSON warnings too:
//   chronic 二级 60%, 乙类 150 × 10% = 15; 385 × 60% = 231.00; the patient owes 169.00, the account pays 0: cash 169.00.
// - the --set message of a chronic limit no longer doubles 门诊慢特病 (TL-08: 职工医保门诊慢特病本人年度支付限额):
//   (1200 + 1600) × 70% = 1960 given; 1700 used, 260 left: fund 260.00 (538 × 90% = 484.20 cut), account 150, cash 190.00.
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { calc, pick, run } from './limits3-helpers.js';

const HY = 'test/fixtures/open7/heyu.yaml';
const TL = 'test/fixtures/open7/tinglan.yaml';
const stay = (...extra: string[]) => calc(HY, '--date', '2025-06-03', '--discharge-date', '2025-06-12', '--scheme', 'resident', '--age', '52', '--benefit', 'inpatient', '--tier', '2', '--amount', '20000', ...extra);
const notes = (j: { warnings: { code: string; path?: string }[] }) => j.warnings.filter((w) => w.code === 'policy_note').map((w) => w.path);

describe('a note on deductible_year_cap: said where the year total is in play', () => {
  it('a first stay: 15600.00, no note', async () => {
    const j = await run(stay('--admission', '1'));
    expect(pick(j, 'deductible_applied', 'fund_pays')).toEqual(['500.00', '15600.00']);
    expect(notes(j)).not.toContain('inpatient.resident.deductible_year_cap');
  });
  it('a 2nd stay with 950 charged before: 250, 15800.00, the note said', async () => {
    const j = await run(stay('--admission', '2', '--ytd-deductible', '950'));
    expect(pick(j, 'deductible_applied', 'fund_pays')).toEqual(['250.00', '15800.00']);
    expect(notes(j)).toContain('inpatient.resident.deductible_year_cap');
  });
});

describe('a family refusal by a closed list is a JSON warning (汀澜 TL-14)', () => {
  const tl14 = calc(TL, '--date', '2025-08-21', '--scheme', 'resident', '--benefit', 'chronic', '--tier', '2', '--age', '68', '--amount', '400', '--class-b-drugs', '150', '--diseases', '高血压', '--disease', '高血压', '--ytd-fund', '500', '--ytd-benefit-fund', '500', '--ytd-burden', '400', '--family', '5000', '--relation', 'parent_in_law');
  it('family 0.00, cash 169.00, a policy_note on family.relations naming 配偶的父母', async () => {
    const j = await run(tl14);
    expect(pick(j, 'fund_pays', 'family_pays', 'cash_due')).toEqual(['231.00', '0.00', '169.00']);
    const w = j.warnings.find((x: { path?: string }) => x.path === 'family.relations');
    expect(w?.code).toBe('policy_note');
    expect(w?.message.zh ?? w?.message).toContain('配偶的父母');
  });
  it('say gives the refusal once', async () => {
    const out = await yibao([...tl14, '--format', 'say']);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout.split('家庭共济').length - 1).toBe(1);
    expect(out.stdout).toContain('家庭共济这次用不上:政策的共济范围不含岳父母或公婆。');
  });
});

describe('the --set message of a chronic limit says 门诊慢特病 once (汀澜 TL-08)', () => {
  it('1960 given: fund 260.00, cash 190.00; 职工医保门诊慢特病本人年度支付限额', async () => {
    const args = calc(TL, '--date', '2025-09-16', '--scheme', 'employee', '--status', 'retired', '--benefit', 'chronic', '--tier', '2', '--age', '66', '--amount', '600', '--out-of-scope', '50', '--class-b-drugs', '200', '--diseases', '高血压,糖尿病', '--disease', '糖尿病', '--ytd-fund', '1700', '--ytd-benefit-fund', '1700', '--account', '150', '--set', 'chronic.employee.disease_limit=1960');
    const j = await run(args);
    expect(pick(j, 'fund_pays', 'account_pays', 'cash_due')).toEqual(['260.00', '150.00', '190.00']);
    const text = (await yibao(args)).stdout;
    expect(text).toContain('职工医保门诊慢特病本人年度支付限额 = 1960.00 元 由用户通过 --set');
    expect(text).not.toContain('门诊慢特病门诊慢特病');
  });
});
