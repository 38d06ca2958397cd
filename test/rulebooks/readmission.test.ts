// readmission (round-7 trial 鹤屿, fiction: test/fixtures/stay7/heyu.yaml, 第六条（三） 「参保人员出院后15日内因同一疾病
// 再次入院的，视同一次住院，不再收取起付标准」; no structure or input held it, so the newcomer charged HY-15 as a second stay).
// Worked by hand from the text, HY-15: active, 二级, admitted 2025-04-23, 20000 with 乙类药品 2000 (× 8% = 160.00),
// in pooling 19840.00, 88%; the year's 1500 ceiling (600 charged before) does not bind.
// - discharged 04-08: 04-23 is day 15, and 「15日内」 does not say whether day 15 is in (last_day unknown): exit 3
//   with both: in, no 起付: 19840 × 88% = 17459.20, cash 2540.80; out, second stay 600 × 50% = 300.00:
//   19540 × 88% = 17195.20, cash 2804.80.
// - discharged 04-09 (day 14): the same stay: 17459.20 / 2540.80. Discharged 04-07 (day 16): 17195.20 / 2804.80.
// - batch, one person: stay 1 (2025-03-02 to 04-08, 二级, 10000, no 乙类: 起付 600; 9400 × 88% = 8272.00), stay 2
//   admitted 04-20 (day 12: the same stay, no 起付, not a new admission: 20000 × 88% = 17600.00), stay 3 admitted
//   06-01 (day 32 after 04-30): the second admission of the year, 600 × 50% = 300.00: 9700 × 88% = 8536.00.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { yibao } from '../cli/calc-helpers.js';
import { batchRows, calc, codes, pick, run } from './limits3-helpers.js';
import { HY, heyuVariant } from './stay7-helpers.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { rulebookNeeds } from '../../src/cli/wizard/rulebook-needs.js';

const HY15 = (policy: string, previous: string, extra: string[] = []) =>
  calc(policy, '--date', '2025-04-23', '--scheme', 'employee', '--status', 'active', '--age', '61', '--benefit', 'inpatient', '--tier', '2', '--admission', '2', '--amount', '20000', '--class-b-drugs', '2000', '--ytd-fund', '15000', '--ytd-deductible', '600', '--previous-discharge', previous, ...extra);
const UNKNOWN_DAY = `            last_day:
              value: null
              note: { zh: 第六条（三）“出院后15日内”未说明出院后第15天再次入院是否在“15日内”。, en: "Art. 6 (3) 'within 15 days after discharge' does not say whether a readmission on day 15 is within." }
`;

describe('readmission (鹤屿 第六条（三）)', () => {
  it('HY-15, day 15 exactly, last_day unknown: exit 3 with both results', async () => {
    const out = await yibao(HY15(HY, '2025-04-08'));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('inpatient.employee.readmission.last_day');
    expect(out.stderr).toContain('统筹基金支付 17459.20 元,个人现金 2540.80 元');
    expect(out.stderr).toContain('统筹基金支付 17195.20 元,个人现金 2804.80 元');
  });
  it('either answer with --set, or as a reading the file gives', async () => {
    expect(pick(await run(HY15(HY, '2025-04-08', ['--set', 'inpatient.employee.readmission.last_day=within'])), 'deductible_applied', 'fund_pays', 'cash_due')).toEqual(['0.00', '17459.20', '2540.80']);
    expect(pick(await run(HY15(HY, '2025-04-08', ['--set', 'inpatient.employee.readmission.last_day=outside'])), 'deductible_applied', 'fund_pays', 'cash_due')).toEqual(['300.00', '17195.20', '2804.80']);
    const read = heyuVariant(UNKNOWN_DAY, '            last_day: { value: within, reading: { zh: 变体:第15天算在内。, en: "variant: day 15 is in." }, reading_short: { zh: 第15天算在15日内, en: day 15 is within } }\n');
    const j = await run(HY15(read, '2025-04-08'));
    expect(pick(j, 'fund_pays')).toEqual(['17459.20']);
    expect(codes(j)).toContain('reading');
    // a day that is not the edge says no reading
    expect(codes(await run(HY15(read, '2025-04-09')))).not.toContain('reading');
  });
  it('day 14: the same stay, no 起付, said with the clause; day 16: a new stay', async () => {
    const j = await run(HY15(HY, '2025-04-09'));
    expect(pick(j, 'deductible_applied', 'fund_pays', 'cash_due')).toEqual(['0.00', '17459.20', '2540.80']);
    expect(j.claim.previous_discharge).toBe('2025-04-09');
    expect(codes(j)).toContain('policy_note'); // 因同一疾病: taken as the same disease, said
    const text = (await yibao(HY15(HY, '2025-04-09'))).stdout;
    expect(text).toContain('上次出院 2025-04-09,本次入院 2025-04-23,相隔 14 天,在出院后 15 日内再次入院,视同一次住院,不再收取起付线');
    expect(text).toContain('“参保人员出院后15日内因同一疾病再次入院的，视同一次住院，不再收取起付标准”');
    expect((await yibao([...HY15(HY, '2025-04-09'), '--format', 'say'])).stdout).toContain('出院后14天再次入院,视同一次住院,这次不收起付线。');
    expect(pick(await run(HY15(HY, '2025-04-07')), 'deductible_applied', 'fund_pays', 'cash_due')).toEqual(['300.00', '17195.20', '2804.80']);
  });
  it('a previous discharge after this admission is refused (exit 2); left out of the policy: as before', async () => {
    expect((await yibao(HY15(HY, '2025-04-24'))).code).toBe(2);
    const none = heyuVariant('          readmission: *readmit\n', '');
    const resident = await run(calc(none, '--date', '2025-04-23', '--scheme', 'resident', '--age', '40', '--benefit', 'inpatient', '--tier', '2', '--admission', '2', '--amount', '10000', '--previous-discharge', '2025-04-20'));
    // resident 二级 500 × 50% = 250.00 as before (the rule removed for residents only)
    expect(pick(resident, 'deductible_applied')).toEqual(['250.00']);
  });
  it('batch: the previous stay found per person; the readmission is not a new admission', async () => {
    const csv = [
      'person_id,date,discharge_date,scheme,status,age,benefit,tier,amount',
      'p1,2025-03-02,2025-04-08,employee,active,61,inpatient,2,10000',
      'p1,2025-04-20,2025-04-30,employee,active,61,inpatient,2,20000',
      'p1,2025-06-01,2025-06-10,employee,active,61,inpatient,2,10000',
    ].join('\n');
    const rows = await batchRows(HY, `${csv}\n`);
    expect(rows.map((r) => [r.deductible_applied, r.fund_pays])).toEqual([
      ['600.00', '8272.00'],
      ['0.00', '17600.00'],
      ['300.00', '8536.00'],
    ]);
  });
  // same_admission left open (trial 8 澄湾: 「出院后15日内…再次入院的，不再收取起付标准」 without 视同一次住院): the stay
  // pays the same either way (day 14: no 起付, 19840 × 88% = 17459.20, cash 2540.80), so it is answered, the open
  // question said; batch: the person's next stay without its own number cannot be numbered (2nd or 3rd stay of the year).
  const OPEN_SAME = '            same_admission: { value: null, note: { zh: 变体:原文只说不再收取起付标准，未说是否视同一次住院。, en: "variant: no deductible, the same stay not said." } }\n';
  const SAME = '            same_admission: { value: true, source: heyu-2024-9, quote: 视同一次住院 }\n';
  it('same_admission unknown: the readmission is answered (17459.20 / 2540.80) and the open count said; batch stops the next stay without its number', async () => {
    const open = heyuVariant(SAME, OPEN_SAME);
    const j = await run(HY15(open, '2025-04-09'));
    expect(pick(j, 'deductible_applied', 'fund_pays', 'cash_due')).toEqual(['0.00', '17459.20', '2540.80']);
    expect(codes(j)).toContain('carried_unknown');
    const text = (await yibao(HY15(open, '2025-04-09'))).stdout;
    expect(text).toContain('在出院后 15 日内再次入院,不再收取起付线(是否视同一次住院,原文未说明)');
    expect(text).toContain('以后一次为第 2 或第 3 次');
    const csv = [
      'person_id,date,discharge_date,scheme,status,age,benefit,tier,amount,admission',
      'p1,2025-03-02,2025-04-08,employee,active,61,inpatient,2,10000,',
      'p1,2025-04-20,2025-04-30,employee,active,61,inpatient,2,20000,',
      'p1,2025-06-01,2025-06-10,employee,active,61,inpatient,2,10000,',
      'p1,2025-08-01,2025-08-10,employee,active,61,inpatient,2,10000,2',
    ].join('\n');
    const file = join(mkdtempSync(join(tmpdir(), 'readmit-')), 'rows.csv');
    writeFileSync(file, `${csv}\n`);
    const out = await yibao(['batch', '--policy', open, file, '--output-format', 'jsonl']);
    expect(out.code).toBe(1); // a row failed (contract: exit 1)
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // stay 4 given as the 2nd: 600 × 50% = 300.00, 9700 × 88% = 8536.00
    expect(rows.map((r) => [r.row_status, r.deductible_applied, r.fund_pays])).toEqual([
      ['ok', '600.00', '8272.00'],
      ['ok', '0.00', '17600.00'],
      ['error', null, null],
      ['ok', '300.00', '8536.00'],
    ]);
    expect(rows[2].error).toContain('admission');
  });
  it('validate, show, init, the wizard', async () => {
    expect((await yibao(['policy', 'validate', HY])).code).toBe(0);
    const show = (await yibao(['policy', 'show', HY])).stdout;
    expect(show).toContain('正好第 N 天再次入院:未知');
    expect((await yibao(['policy', 'init', 'x'])).stdout).toContain('readmission');
    const { policy } = await loadPolicyFile(HY);
    expect(rulebookNeeds(policy, { date: '2025-04-23', benefit: 'inpatient', scheme: 'employee' })).toContain('readmission');
    expect(rulebookNeeds(policy, { date: '2025-04-23', benefit: 'chronic', scheme: 'employee' })).not.toContain('readmission');
  });
});
