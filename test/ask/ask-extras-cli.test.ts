// `yibao ask` with the rest of a claim in the question, in-process. Every amount worked out by
// hand from policies/suizhou.yaml (2024, 随州日报 Q&A 2): employee outpatient deductible 500 active /
// 400 retired over the calendar year, ratio 80/70/60% by tier, retirees 5 points more, cap 1300
// active / 1600 retired; near relatives share the account (2024). The 理解为 line shows each part;
// a part not understood is exit 2 naming it (a usage error, as calc's for a bad flag), never dropped.
import { describe, expect, it } from 'vitest';
import { fakeIo, runYibao } from '../helpers/cli.js';
import { runCli } from '../../src/cli/run.js';

const ask = (q: string, ...more: string[]) => runYibao(['ask', q, '--date', '2024-06-01', ...more]);
async function json(q: string) {
  const r = await ask(q, '--json');
  expect(r.code, r.stderr).toBe(0);
  return { doc: JSON.parse(r.stdout), line: r.stderr.split('\n')[0]! };
}

describe('the lead\'s question: what the fund already paid is not lost', () => {
  it('职工在职，一级医院，门诊费用一千二百元，之前已经报过300: a payment this year means the 500 was met (inferred), 1200 × 80% = 960, under the 1300 − 300 = 1000 left', async () => {
    const r = await ask('职工在职，一级医院，门诊费用一千二百元，之前已经报过300');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('理解为:职工 在职 · 一级医疗机构 · 门诊 · 1200.00 元 · 今年统筹已报 300.00 元');
    const { doc } = await json('职工在职，一级医院，门诊费用一千二百元，之前已经报过300');
    expect(doc.claim.ytd_fund).toBe('300.00');
    expect(doc.result.cap_remaining).toBe('1000.00');
    expect(doc.result.deductible_applied).toBe('0.00');
    expect(doc.result.fund_pays).toBe('960.00');
    expect(doc.warnings.map((w: { code: string }) => w.code)).toContain('deductible_met_inferred');
  });

  it('今年已经报了1000: 560 is worth it, but only 1300 − 1000 = 300 of the cap is left', async () => {
    const { doc, line } = await json('职工在职，一级医院，门诊费用一千二百元，今年已经报了1000');
    expect(line).toBe('理解为:职工 在职 · 一级医疗机构 · 门诊 · 1200.00 元 · 今年统筹已报 1000.00 元');
    expect(doc.result.fund_pays).toBe('300.00');
  });
});

describe('each part, as calc would take its flag', () => {
  it('起付线已经付了400 (--ytd-deductible 400), retired tier 2: 1000 × 75% = 750', async () => {
    const { doc, line } = await json('退休 二级医院 门诊 1000元 起付线已经付了400');
    expect(line).toBe('理解为:职工 退休 · 二级医疗机构 · 门诊 · 1000.00 元 · 起付线已付 400.00 元');
    expect(doc.result.deductible_applied).toBe('0.00');
    expect(doc.result.fund_pays).toBe('750.00');
  });

  it('起付线已经付满了 is the policy\'s own deductible for the claim (500 active), read, not guessed: 1200 × 80% = 960', async () => {
    const { doc, line } = await json('在职 一级医院 1200元 起付线已经付满了');
    expect(line).toBe('理解为:职工 在职 · 一级医疗机构 · 门诊(未说明,按门诊) · 1200.00 元 · 起付线已付满 500.00 元');
    expect(doc.claim.ytd_deductible).toBe('500.00');
    expect(doc.result.fund_pays).toBe('960.00');
    // a retiree's is 400: (1000) × 75% = 750 at tier 2
    expect((await json('退休 二级医院 1000元 起付线交够了')).doc.claim.ytd_deductible).toBe('400.00');
  });

  it('自费200 and 医保卡里有500: in scope 1000, (1000 − 500) × 80% = 400; the account pays 500 of the 600 in scope left; cash 300', async () => {
    const { doc, line } = await json('在职 一级医院 花了1200 其中自费200 医保卡里有500');
    expect(line).toBe('理解为:职工 在职 · 一级医疗机构 · 门诊(未说明,按门诊) · 1200.00 元 · 目录外(自费) 200.00 元 · 个人账户 500.00 元');
    expect([doc.result.in_scope, doc.result.fund_pays, doc.result.account_pays, doc.result.cash_due]).toEqual(['1000.00', '400.00', '500.00', '300.00']);
  });

  it('用老伴的账户共济500, retired tier 2: fund (1000 − 400) × 75% = 450, the spouse pays 500 of the 550, cash 50', async () => {
    const { doc, line } = await json('退休 二级医院 1000元 用老伴的账户共济500');
    expect(line).toBe('理解为:职工 退休 · 二级医疗机构 · 门诊(未说明,按门诊) · 1000.00 元 · 家庭共济 500.00 元(看病的人是账户主人的配偶)');
    expect([doc.claim.relation, doc.result.fund_pays, doc.result.family_pays, doc.result.cash_due]).toEqual(['spouse', '450.00', '500.00', '50.00']);
  });

  it('我爸退休了…用我的医保卡共济300: the patient is the holder\'s parent; 450 fund, 300 family, 250 cash', async () => {
    const { doc, line } = await json('我爸退休了，二级医院看门诊花了1000元，用我的医保卡共济300');
    expect(line).toBe('理解为:职工 退休 · 二级医疗机构 · 门诊 · 1000.00 元 · 家庭共济 300.00 元(看病的人是账户主人的父母)');
    expect([doc.claim.relation, doc.result.family_pays, doc.result.cash_due]).toEqual(['parent', '300.00', '250.00']);
  });

  it('家里人的账户有500 does not say the relation: exit 2 naming --relation, the line showing it as "?"', async () => {
    const r = await ask('在职 一级医院 1200元 家里人的账户有500');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('理解为:职工 在职 · 一级医疗机构 · 门诊(未说明,按门诊) · 1200.00 元 · 家庭共济 500.00 元(看病的人是账户主人的?)\n');
    expect(r.stderr).toMatch(/^yibao: --relation: /);
  });

  it('昨天 is the day before today (2024-05-01 in the tests)', async () => {
    const r = await runYibao(['ask', '昨天 在职 一级医院 1200元', '--json']);
    expect(JSON.parse(r.stdout).claim.date).toBe('2024-04-30');
    expect(r.stderr.split('\n')[0]).toBe('理解为:职工 在职 · 一级医疗机构 · 门诊(未说明,按门诊) · 1200.00 元 · 昨天 2024-04-30');
  });
});

describe('去年: only where the policy is the same all that year', () => {
  it('Suizhou 2023 (today 2024-05-01): one version all year, taken as its last day and said so', async () => {
    const r = await runYibao(['ask', '去年 在职 一级医院 1200元']);
    expect(r.stdout.split('\n')[0]).toBe('理解为:职工 在职 · 一级医疗机构 · 门诊(未说明,按门诊) · 1200.00 元 · 去年(2023年全年规定相同,按 2023-12-31 算)');
  });

  it('Jiayu 2012 (today 2013-05-01): the rules start on 1 July 2012, so which day matters: not understood, exit 2', async () => {
    const { io, output } = fakeIo({});
    io.today = () => '2013-05-01';
    const code = await runCli(['ask', '去年 嘉鱼 在职 一级医院 400元'], io);
    expect(code).toBe(2);
    expect(output().stdout).toContain('未理解:"去年"');
    expect(output().stderr).toContain('问题里这部分没有理解:"去年"');
  });
});

describe('a part not understood, not at a terminal', () => {
  it('看了3次 is named on the line and the answer is refused, exit 2 (text and JSON)', async () => {
    const r = await ask('在职 一级医院 看了3次 花了600元');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('理解为:职工 在职 · 一级医疗机构 · 门诊(未说明,按门诊) · 600.00 元 · 未理解:"看了3次"\n');
    expect(r.stderr).toMatch(/^yibao: 问题里这部分没有理解:"看了3次"。不算它得出的数可能不对,所以没有计算。/);
    const j = await ask('在职 一级医院 看了3次 花了600元', '--json');
    expect(j.code).toBe(2);
    expect(JSON.parse(j.stdout).error.code).toBe('not_understood');
    const en = await ask('在职 一级医院 看了3次 花了600元', '--lang', 'en');
    expect(en.stdout).toBe('Understood as: employee active · tier-1 facility · outpatient (not said: outpatient) · 600.00 yuan · Not understood: "看了3次"\n');
  });

  it('花了1000多 (about 1000) is not an amount: not understood, never an FAQ answer', async () => {
    const r = await ask('在职 一级医院 花了1000多');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('理解为:职工 在职 · 一级医疗机构 · 门诊(未说明,按门诊) · ? · 未理解:"花了1000多"\n');
  });

  it('two values for one part: exit 2 naming both', async () => {
    const r = await ask('在职 一级医院 1000元 自费200 目录外的药300');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('问题里的目录外(自费)金额有不止一个(200.00 元、300.00 元)');
  });
});
