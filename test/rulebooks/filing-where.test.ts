// 异地就医 rules cut by where the care was (柘川 第二十一至二十三条, test/fixtures/filing5/zhechuan.yaml,
// fiction): 「临时外出就医人员办理备案的，起付标准按本市同级医疗机构标准执行，省内市外就医支付比例降低10个百分点，
// 省外就医支付比例降低15个百分点」; 未备案 省内市外 −20, 省外 −30; 转诊 省内市外 −5, 省外 not stated.
// A kind keyed { in_province, out_of_province } needs --where (exit 2 naming it); a side left
// unknown is exit 3 naming `…filing.referral.out_of_province`. Every figure worked by hand:
// retiree, 三级 (第十一条 90%), 起付 1000 × 80% (第十条) = 800, 乙类药品 4000 × 5% (第九条) = 200,
// total 50000 with 目录外 3000: in pooling 50000 − 3000 − 200 = 46800, after the deductible 46000.
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { batchRows, calc, pick, run } from './limits3-helpers.js';

const ZC = 'test/fixtures/filing5/zhechuan.yaml';
const RETIREE = (...more: string[]) =>
  calc(ZC, '--date', '2026-05-06', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '3', '--amount', '50000', '--out-of-scope', '3000', '--class-b-drugs', '4000', '--class-b-items', '0', ...more);

describe('柘川 第二十二条: temporary filing, 省内市外 −10 and 省外 −15', () => {
  it('省内市外: 90 − 10 = 80%, 46000 × 80% = 36800.00; cash 50000 − 36800 = 13200.00', async () => {
    const j = await run(RETIREE('--filing', 'temporary', '--where', '省内市外'));
    expect(pick(j, 'first_pay', 'deductible', 'ratio', 'fund_pays', 'cash_due')).toEqual(['200.00', '800.00', '0.80', '36800.00', '13200.00']);
    expect(j.claim.where).toBe('in_province');
  });

  it('省外 (跨省): 90 − 15 = 75%, 46000 × 75% = 34500.00', async () => {
    const j = await run(RETIREE('--filing', '临时外出备案', '--where', '跨省'));
    expect(pick(j, 'ratio', 'fund_pays')).toEqual(['0.75', '34500.00']);
    expect(j.claim.where).toBe('out_of_province');
  });

  it('the breakdown names the side and quotes its clause', async () => {
    const r = await yibao(RETIREE('--filing', 'temporary', '--where', 'in_province'));
    expect(r.stdout).toContain('异地就医(省内市外)降低 10 个百分点');
    expect(r.stdout).toContain('省内市外就医支付比例降低10个百分点');
  });

  it('no --where: exit 2 naming --where and the keyed path', async () => {
    const r = await yibao(RETIREE('--filing', 'temporary'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--where');
    expect(r.stderr).toContain('inpatient.employee.filing.temporary');
  });

  it('--where without an out-of-area filing: exit 2 (never settled as local care)', async () => {
    const r = await yibao(RETIREE('--where', '省外'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--filing');
  });
});

describe('柘川 第二十三条 unfiled and 第二十一条 referral', () => {
  it('unfiled 省外: 90 − 30 = 60%, 46000 × 60% = 27600.00', async () => {
    const j = await run(RETIREE('--filing', '未备案', '--where', '省外'));
    expect(pick(j, 'ratio', 'fund_pays')).toEqual(['0.60', '27600.00']);
  });

  it('unfiled 省内: 90 − 20 = 70%, 46000 × 70% = 32200.00', async () => {
    const j = await run(RETIREE('--filing', 'unfiled', '--where', '省内'));
    expect(pick(j, 'ratio', 'fund_pays')).toEqual(['0.70', '32200.00']);
  });

  it('referral 省内市外: 90 − 5 = 85%, 46000 × 85% = 39100.00', async () => {
    const j = await run(RETIREE('--filing', 'referral', '--where', 'in_province'));
    expect(pick(j, 'ratio', 'fund_pays')).toEqual(['0.85', '39100.00']);
  });

  it('referral 省外: the text is silent, exit 3 naming the side; --set gives it', async () => {
    const r = await yibao(RETIREE('--filing', 'referral', '--where', 'out_of_province'));
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('inpatient.employee.filing.referral.out_of_province');
    // the user's reading: adjusted with a 10-point cut: 80%, 36800.00
    const set = await run(RETIREE('--filing', 'referral', '--where', 'out_of_province', '--set', 'inpatient.employee.filing.referral.out_of_province=adjusted', '--set', 'inpatient.employee.filing.referral.out_of_province.ratio_cut=0.1'));
    expect(pick(set, 'ratio', 'fund_pays')).toEqual(['0.80', '36800.00']);
  });

  it('filed (第二十条, one rule for both sides): local 90%, 46000 × 90% = 41400.00 with or without --where', async () => {
    expect(pick(await run(RETIREE('--filing', 'filed')), 'fund_pays')).toEqual(['41400.00']);
    expect(pick(await run(RETIREE('--filing', 'filed', '--where', '省外')), 'fund_pays')).toEqual(['41400.00']);
  });
});

describe('every front end', () => {
  it('batch: the 就医地 column (异地类型 too); a blank one on a keyed kind is a row error naming it', async () => {
    const head = '就诊日期,参保类型,人员状态,待遇类型,医院级别,总费用,目录外费用,乙类药品费用,乙类诊疗项目费用,备案,就医地';
    const row = (filing: string, where: string) => `2026-05-06,职工,退休,住院,三级,50000,3000,4000,0,${filing},${where}`;
    const csv = [head, row('临时外出备案', '省内市外'), row('临时外出备案', '省外'), row('临时外出备案', ''), row('转诊', '省外')].join('\n');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'where-')), 'c.csv');
    writeFileSync(file, csv);
    const out = await yibao(['batch', '--policy', ZC, file, '--output-format', 'jsonl']);
    expect(out.code).toBe(1);
    const got = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(got.map((r) => r.row_status)).toEqual(['ok', 'ok', 'error', 'error']);
    expect([got[0].fund_pays, got[1].fund_pays]).toEqual(['36800.00', '34500.00']);
    expect(got[2].error).toContain('就医地');
    expect(got[3].error).toContain('filing.referral.out_of_province');
    // the silent side turns on where the care was: the row's error names the 就医地 column, not 待遇类型
    expect(got[3].error.startsWith('就医地')).toBe(true);
    const alias = await batchRows(ZC, [head.replace('就医地', '异地类型'), row('临时外出备案', '省外')].join('\n'));
    expect(alias[0].fund_pays).toBe('34500.00');
  });

  it('ask reads 省外 only where the policy keys by it', async () => {
    const { mkdtempSync, cpSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'where-dir-'));
    cpSync('test/fixtures/filing5', dir, { recursive: true });
    const r = await yibao(['ask', '--policy-dir', dir, '--city', 'zhechuan', '--format', 'json', '2026年5月6日 职工退休 三级医院 住院 50000元 目录外3000 乙类药品4000 乙类诊疗项目0 临时外出备案 在省外住院']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect([j.claim.where, j.result.fund_pays]).toEqual(['out_of_province', '34500.00']);
  });

  it('say gives the ratio after the cut', async () => {
    const r = await yibao([...RETIREE('--filing', 'temporary', '--where', '省内'), '--format', 'say']);
    expect(r.stdout).toContain('36800');
    // the side is named, as the text breakdown names it (异地就医(省内市外))
    expect(r.stdout).toContain('这次是省内市外就医(临时外出就医已备案)。');
    const en = await yibao([...RETIREE('--filing', 'temporary', '--where', '省外'), '--format', 'say', '--lang', 'en']);
    expect(en.stdout).toContain('This care was outside the province (a temporary trip, filed).');
  });

  it('policy show gives each side with its clause and the silent one as unknown; validate accepts it', async () => {
    const show = await yibao(['policy', 'show', ZC]);
    expect(show.stdout).toContain('临时外出就医已备案 · 省内市外:比例降低 10 个百分点');
    expect(show.stdout).toContain('临时外出就医已备案 · 省外:比例降低 15 个百分点');
    expect(show.stdout).toMatch(/转诊 · 省外:未知/);
    const v = await yibao(['policy', 'validate', ZC]);
    expect(v.code).toBe(0);
  });

  it('policy init shows how to key a kind by 省内市外 / 省外', async () => {
    const init = await yibao(['policy', 'init', 'xincheng']);
    expect(init.stdout).toContain('in_province');
    expect(init.stdout).toContain('out_of_province');
  });
});
