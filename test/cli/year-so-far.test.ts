// Issue 18 item 1: the year so far is consistent in every front end. Suizhou's employee outpatient
// deductible is counted over the calendar year and the fund pays only above it (Q&A 2), so a fund
// payment this year means the deductible is met. The retiree of the issue: 1000 at tier 2 with 450
// paid this year and the deductible met not said -> 1000 × 75% = 750.00 (not 450.00), said as
// inferred; the cap left is 1600 − 450 = 1150. Both figures given and impossible together
// (300 met of 400, 450 paid) are refused, exit 2, never read aloud.
import { describe, expect, it } from 'vitest';
import { employee, json, yibao } from './calc-helpers.js';

const RETIREE = employee('retired', '2', '1000', '--ytd-fund', '450');

describe('calc: the fund paid this year alone', () => {
  it('json: 750.00 with deductible_met_inferred, the claim echoing what was given', async () => {
    const out = await json(RETIREE);
    expect(out.result).toMatchObject({ deductible: '400.00', deductible_applied: '0.00', fund_pays: '750.00', cap_remaining: '1150.00', patient_share: '250.00', ytd_deductible_after: '400.00', ytd_fund_after: '1200.00' });
    expect(out.warnings.map((w: { code: string }) => w.code)).toContain('deductible_met_inferred');
    expect(out.warnings.find((w: { code: string }) => w.code === 'deductible_met_inferred').kind).toBe('inferred');
    expect(out.claim.ytd_fund).toBe('450.00');
  });

  it('say: never "这次先付满起付线"; says the deductible is taken as met and that this is inferred', async () => {
    const r = await yibao([...RETIREE, '--format', 'say']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('先付满起付线');
    expect(r.stdout).not.toContain('由您自付');
    expect(r.stdout).toContain('统筹基金支付750元');
    expect(r.stdout).toContain('今年统筹已经报过,起付线按已付满算,这是推算的');
    const en = await yibao([...RETIREE, '--format', 'say', '--lang', 'en']);
    expect(en.stdout).toContain('The fund pays 750 yuan');
    expect(en.stdout).toContain('this is inferred');
  });

  it('text: the deductible step says it is met by inference, and 750.00 is paid', async () => {
    const r = await yibao([...RETIREE, '--no-color']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('本年统筹已经支付过,说明起付线已经付满(推算)');
    expect(r.stdout).toMatch(/750\.00/);
    expect(r.stdout).not.toMatch(/450\.00 元由个人自付/);
  });
});

describe('calc: two figures that cannot both be true', () => {
  it('300 of the 400 deductible met beside 450 paid is exit 2 naming the three figures, in zh and en, and in json', async () => {
    const args = employee('retired', '2', '1000', '--ytd-deductible', '300', '--ytd-fund', '450');
    const zh = await yibao(args);
    expect(zh.code).toBe(2);
    expect(zh.stdout).toBe('');
    expect(zh.stderr).toContain('本年已付起付线 300.00 元与本年统筹已支付 450.00 元互相矛盾');
    expect(zh.stderr).toContain('400.00');
    const en = await yibao([...args, '--lang', 'en']);
    expect(en.stderr).toContain('contradicts the fund paid this year (450.00)');
    const j = await yibao([...args, '--json']);
    expect(j.code).toBe(2);
    expect(JSON.parse(j.stdout).error.code).toBe('ytd_conflict');
  });

  it('say reads nothing for it', async () => {
    const r = await yibao([...employee('active', '3', '3000', '--ytd-deductible', '300', '--ytd-fund', '1000'), '--format', 'say']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('ask: the caller of issue 18', () => {
  it('我退休了，在二级医院看门诊花了1000元，今年统筹已经报了450 -> 750.00, inferred', async () => {
    const r = await yibao(['ask', '我退休了，在二级医院看门诊花了1000元，今年统筹已经报了450', '--date', '2024-06-01', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.result.fund_pays).toBe('750.00');
    expect(out.warnings.map((w: { code: string }) => w.code)).toContain('deductible_met_inferred');
    const say = await yibao(['ask', '我退休了，在二级医院看门诊花了1000元，今年统筹已经报了450', '--date', '2024-06-01', '--format', 'say']);
    expect(say.stdout).not.toContain('先付满起付线');
    expect(say.stdout).toContain('统筹基金支付750元');
  });

  it('起付线已付300 beside 今年统筹已报450 for a retiree is refused as a contradiction', async () => {
    const r = await yibao(['ask', '退休 二级医院 门诊 1000元 起付线已经付了300 今年统筹已报450', '--date', '2024-06-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('互相矛盾');
  });
});
