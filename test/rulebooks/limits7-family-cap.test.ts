// A yearly cap on family mutual aid (round-7 trial, fiction): 汀澜 第二十一条 「通过家庭共济支付的金额，每个自然年度
// 累计不超过5000元」 → family_year_cap: { value: 5000, per } with two new inputs, --ytd-family-paid (what the holder's
// account paid by 共济 this year, to every relative) and --ytd-family-received (what this patient received). The text
// does not say whose year it counts (per: null): a claim where the two differ is exit 3 with both (TL-13).
// Fixture test/fixtures/limits7/tinglan.yaml. Values worked by hand from the text before running.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { rulebookDetailFields } from '../../src/cli/wizard/rulebook-details.js';

const TL = 'test/fixtures/limits7/tinglan.yaml';

async function result(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout).result;
}

// TL-13: resident 二级 普通门诊 300 (目录外 20): (300 − 20) × 50% = 140, 100 of the 500 used; the child owes 160
const TL13 = ['calc', '--policy', TL, '--date', '2025-11-11', '--scheme', 'resident', '--benefit', 'outpatient', '--tier', '2', '--amount', '300', '--out-of-scope', '20', '--ytd-fund', '100', '--family', '8000', '--relation', 'child', '--ytd-family-paid', '4900', '--ytd-family-received', '0'];

describe('汀澜 第二十一条: 家庭共济 at most 5000 a year', () => {
  it('TL-10: the holder paid 4800 this year, all for this parent: 200 left either way; 319 owed → family 200, cash 119', async () => {
    // 乡镇卫生院 = 一级, resident chronic 70%: 900 − 30 − 400 × 10% = 830 × 70% = 581 (糖尿病 1600, 600 used)
    const r = await result(['calc', '--policy', TL, '--date', '2025-12-02', '--scheme', 'resident', '--benefit', 'chronic', '--tier', '乡镇卫生院', '--amount', '900', '--out-of-scope', '30', '--class-b-drugs', '400', '--disease', '糖尿病', '--ytd-fund', '600', '--ytd-benefit-fund', '600', '--family', '3000', '--relation', 'parent', '--ytd-family-paid', '4800', '--ytd-family-received', '4800']);
    expect([r.fund_pays, r.family_pays, r.cash_due]).toEqual(['581.00', '200.00', '119.00']);
  });

  it('TL-13: per holder 5000 − 4900 = 100 (cash 60), per relative 160 (cash 0): the text does not say, exit 3 with both', async () => {
    const out = await yibao(TL13);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('family_year_cap.per');
    expect(out.stderr).toContain('个人现金 60.00 元');
    expect(out.stderr).toContain('个人现金 0.00 元');
    const holder = await result([...TL13, '--set', 'family_year_cap.per=holder']);
    expect([holder.fund_pays, holder.family_pays, holder.cash_due]).toEqual(['140.00', '100.00', '60.00']);
    const relative = await result([...TL13, '--set', 'family_year_cap.per=relative']);
    expect([relative.family_pays, relative.cash_due]).toEqual(['160.00', '0.00']);
  });

  it('where the two agree the claim is answered: nothing paid before, 80 of balance pays 80', async () => {
    const r = await result(['calc', '--policy', TL, '--date', '2025-11-11', '--scheme', 'resident', '--benefit', 'outpatient', '--tier', '2', '--amount', '300', '--family', '80', '--relation', 'child']);
    // 300 × 50% = 150; 150 owed, 80 balance
    expect([r.fund_pays, r.family_pays, r.cash_due]).toEqual(['150.00', '80.00', '70.00']);
  });

  it('the breakdown says the cap and what is left, with the clause; JSON echoes the inputs', async () => {
    const out = await yibao([...TL13, '--set', 'family_year_cap.per=holder']);
    expect(out.stdout).toContain('家庭共济每年累计不超过 5000.00 元(按账户持有人计),本年该账户已共济支付 4900.00 元,尚余 100.00 元');
    expect(out.stdout).toContain('“通过家庭共济支付的金额，每个自然年度累计不超过5000元”');
    const json = JSON.parse((await yibao([...TL13, '--set', 'family_year_cap.per=holder', '--json'])).stdout);
    expect([json.claim.ytd_family_paid, json.claim.ytd_family_received]).toEqual(['4900.00', '0.00']);
  });

  it('whose year not said, both counts alike (nothing paid before, balance 80): the breakdown gives each count, never 按账户持有人计 as if stated', async () => {
    const out = await yibao(['calc', '--policy', TL, '--date', '2025-11-11', '--scheme', 'resident', '--benefit', 'outpatient', '--tier', '2', '--amount', '300', '--family', '80', '--relation', 'child']);
    expect(out.code, out.stderr).toBe(0);
    const text = out.stdout.replace(/\s+/g, '');
    // 5000 − 0 = 5000 left either way
    expect(text).toContain('家庭共济每年累计不超过5000.00元(原文未说明按账户持有人还是按被共济人累计,两种算法本次结果相同:按账户持有人计本年已共济支付0.00元、尚余5000.00元,按被共济人计本年已获0.00元、尚余5000.00元)');
    expect(text).not.toContain('按账户持有人计),');
  });

  it('--set the cap itself: 4950 per holder leaves 50', async () => {
    const r = await result([...TL13, '--set', 'family_year_cap.per=holder', '--set', 'family_year_cap=4950']);
    expect([r.family_pays, r.cash_due]).toEqual(['50.00', '110.00']);
  });

  it('batch carries what the person received by 共济 (per relative): 2500, then 5000 − 2500 = 2500 of 3000, cash 500', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'limits7-'));
    const csv = join(dir, 'family.csv');
    writeFileSync(csv, 'person_id,date,scheme,benefit,tier,amount,family,relation\nK,2025-03-01,resident,outpatient,2,3000,8000,child\nK,2025-04-01,resident,outpatient,2,3000,8000,child\n');
    const out = await yibao(['batch', csv, '--policy', TL, '--output-format', 'jsonl', '--set', 'family_year_cap.per=relative']);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // row 1: 3000 × 50% = 1500 held to the 500 cap; 2500 owed, family 2500. Row 2: the fund's 500 used; 3000 owed, 2500 left of 5000
    expect(rows.map((r) => [r.fund_pays, r.family_pays, r.cash_due])).toEqual([['500.00', '2500.00', '0.00'], ['0.00', '2500.00', '500.00']]);
  });

  it('policy show: the status-change lines under their own heading, the family cap after them (trial 8: both newcomers read 本年累计 under 家庭共济)', async () => {
    const text = readFileSync(TL, 'utf8');
    const at = '    family_year_cap:\n';
    expect(text).toContain(at);
    const dir = mkdtempSync(join(tmpdir(), 'limits7-show-'));
    cpSync(join(TL, '..', 'sources'), join(dir, 'sources'), { recursive: true });
    const file = join(dir, 'tinglan.yaml');
    writeFileSync(file, text.replace(at, `    status_change: { value: carry_over, source: tl, quote: 通过家庭共济支付的金额 }\n${at}`));
    const show = (await yibao(['policy', 'show', file])).stdout;
    const status = show.indexOf('年内在职转退休');
    const carried = show.indexOf('本年累计:本年已累计的起付线和基金支付延续到新身份');
    const family = show.indexOf('家庭共济每年累计上限');
    expect(status).toBeGreaterThan(-1);
    expect(carried).toBeGreaterThan(status);
    expect(family).toBeGreaterThan(carried);
  });

  it('policy show, validate; the wizard asks both totals only where a relative’s account pays', async () => {
    const show = (await yibao(['policy', 'show', TL])).stdout;
    expect(show).toContain('每个自然年度累计不超过:5,000 元');
    expect(show).toContain('累计按:未知');
    expect((await yibao(['policy', 'validate', TL])).code).toBe(0);
    const { policy } = await loadPolicyFile(TL);
    const claim = { date: '2025-11-11', benefit: 'outpatient', scheme: 'resident' } as const;
    expect(rulebookDetailFields({ family: '8000' } as never, claim, policy)).toEqual(expect.arrayContaining(['ytd_family_paid', 'ytd_family_received']));
    expect(rulebookDetailFields({} as never, claim, policy)).not.toContain('ytd_family_paid');
  });
});
