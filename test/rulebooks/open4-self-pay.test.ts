// A ratio stated as the person's share: 棠溪 第九条 「在职职工起付标准以上至10万元（含）的部分，在一级、
// 二级、三级医疗机构住院的个人自付比例依次为8%、12%、16%；超过10万元的部分，个人自付比例为5%…退休人员
// 各段个人自付比例均比在职职工降低3个百分点」 → `{ self_pay: 0.08, source, quote }` (stated: the quote
// check reads 8%), the fund paying 1 − share; retirees `retiree_bonus` 0.03; the filing cuts of
// 第二十三条 the same points. Values worked by hand (test/fixtures/open4/tangxi.yaml).
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { pick, run } from './small2-helpers.js';
import { variant } from './layers3-helpers.js';

const FILE = 'test/fixtures/open4/tangxi.yaml';
const TX = ['calc', '--policy', FILE, '--date', '2025-03-01', '--scheme', 'employee', '--benefit', 'inpatient', '--admission', '1'];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const kinds = (j: any): string[] => j.warnings.map((w: { kind: string; path?: string }) => `${w.kind}:${w.path ?? ''}`);

describe('bands written as 个人自付比例 (棠溪 第九条)', () => {
  it('在职 二级 20000: 起付 700; (20000 − 700) × (1 − 12%) = 16984.00; cash 3016.00; nothing inferred', async () => {
    const j = await run([...TX, '--status', 'active', '--tier', '2', '--amount', '20000']);
    expect(pick(j, 'deductible_applied', 'fund_pays', 'cash_due')).toEqual(['700.00', '16984.00', '3016.00']);
    expect(j.result.bands[0].ratio).toBe('0.88');
    expect(kinds(j).filter((k) => k.startsWith('inferred'))).toEqual([]);
  });

  it('退休 三级 50000: 起付 1000 (inferred: 1100 − 100); self-pay 16 − 3 = 13%: 49000 × 87% = 42630.00', async () => {
    const j = await run([...TX, '--status', 'retired', '--tier', '3', '--amount', '50000']);
    expect(pick(j, 'deductible_applied', 'fund_pays')).toEqual(['1000.00', '42630.00']);
    // only the deductible is inferred: the ratio and its uplift are stated
    expect(kinds(j).filter((k) => k.startsWith('inferred'))).toEqual(['inferred:inpatient.employee.deductible.retired.3']);
  });

  it('退休 三级 150000: 99000 × 87% = 86130.00; above 10万 self-pay 5 − 3 = 2%: 50000 × 98% = 49000.00; 135130.00', async () => {
    const j = await run([...TX, '--status', 'retired', '--tier', '3', '--amount', '150000']);
    expect(j.result.bands.map((b: { ratio: string; pays: string }) => [b.ratio, b.pays])).toEqual([['0.87', '86130.00'], ['0.98', '49000.00']]);
    expect(j.result.fund_pays).toBe('135130.00');
  });

  it('第二十三条 转诊: self-pay 8 + 5 = 13%: (10000 − 300) × 87% = 8439.00; 未备案: 起付 as 三级 1100, 8 + 20 = 28%: 8900 × 72% = 6408.00', async () => {
    const referral = await run([...TX, '--status', 'active', '--tier', '1', '--amount', '10000', '--filing', 'referral']);
    expect(pick(referral, 'deductible_applied', 'fund_pays')).toEqual(['300.00', '8439.00']);
    const unfiled = await run([...TX, '--status', 'active', '--tier', '1', '--amount', '10000', '--filing', 'unfiled']);
    expect(pick(unfiled, 'deductible_applied', 'fund_pays')).toEqual(['1100.00', '6408.00']);
  });

  it('the breakdown and say give both shares (个人自付12%,统筹支付88%), in zh and en', async () => {
    const args = [...TX, '--status', 'active', '--tier', '2', '--amount', '20000'];
    const zh = await yibao(args);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('(个人自付12%,统筹支付88%):19300.00 × 88% = 16984.00');
    const en = await yibao([...args, '--lang', 'en']);
    expect(en.stdout).toContain('(self-pay 12%, the fund 88%)');
    const say = await yibao([...TX, '--status', 'active', '--tier', '3', '--amount', '150000', '--format', 'say']);
    expect(say.stdout).toContain('个人自付16%、5%,统筹基金按84%、95%支付,合计130576元');
  });

  it('policy show says 个人自付8%,统筹支付92%; validate accepts the file', async () => {
    const ok = await yibao(['policy', 'validate', FILE]);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    const show = await yibao(['policy', 'show', FILE]);
    expect(show.stdout).toContain('个人自付8%,统筹支付92%');
    expect(show.stdout).toContain('个人自付5%,统筹支付95%');
  });
});

describe('validate: self_pay is checked like any stated number', () => {
  it('a quote without the self-pay number is refused, naming it', async () => {
    const file = variant(FILE, [['"1": { self_pay: 0.08,', '"1": { self_pay: 0.09,']]);
    const out = await yibao(['policy', 'validate', file]);
    expect(out.code).toBe(2);
    expect(out.stderr + out.stdout).toContain('原文不含个人自付比例 数字 0.09');
  });

  it('value and self_pay that disagree are refused; both agreeing is accepted', async () => {
    const bad = variant(FILE, [['"1": { self_pay: 0.08,', '"1": { value: 0.9, self_pay: 0.08,']]);
    expect((await yibao(['policy', 'validate', bad])).code).toBe(2);
    const ok = variant(FILE, [['"1": { self_pay: 0.08,', '"1": { value: 0.92, self_pay: 0.08,']]);
    const out = await yibao(['policy', 'validate', ok]);
    expect(out.code, out.stdout + out.stderr).toBe(0);
  });

  it('a /1 file may not use self_pay (policy model 2)', async () => {
    const file = variant('test/fixtures/open4/chengxiu.yaml', [
      ['schema: yibao.policy/2', 'schema: yibao.policy/1'],
      ['"1": { value: 0.6, source: cx, quote: 居民医保不设起付标准，一级医疗机构60%、二级50% }', '"1": { self_pay: 0.4, source: cx, quote: 居民医保不设起付标准，一级医疗机构60%、二级50% }'],
    ]);
    const out = await yibao(['policy', 'validate', file]);
    expect(out.code).toBe(2);
    expect(out.stderr + out.stdout).toContain('self_pay');
  });
});
