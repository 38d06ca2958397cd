// 异地就医 ratios as a multiple of the local ratio (filing.<kind>.ratio_times, issue 19): 苇川 八（二）
// 「…起付标准按本市同级医疗机构标准执行，支付比例为本市同级医疗机构住院支付比例的95%」, （三）85%, （四）「起付标准
// 按本市三级医疗机构标准执行，支付比例为本市同级医疗机构住院支付比例的70%」 (test/fixtures/limits3/weichuan.yaml).
// Whether the multiple is of the ratio with 二（三）2's age uplift (年满65周岁…提高3个百分点) or of the stated one
// is not said (ratio_times_of unknown): tried both ways, exit 3 only where they differ, `--set` names it.
// Every number is worked by hand in the test names and comments; a product stays exact (0.85 × 0.8 = 0.68).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { multipliedRatio, NO_CEILING, timesRatio } from '../../src/engine/steps/uplift.js';
import { WC, calc, codes, pick, run } from './limits3-helpers.js';

const WC_IP = (...more: string[]) => calc(WC, '--date', '2026-05-06', '--benefit', 'inpatient', '--admission', '1', ...more);

describe('苇川 八（二）–（四）: the local ratio times the multiple', () => {
  it('八（二） referral, 在职 二级: 同级 起付 600, 88% × 95% = 83.6%: 9400 × 83.6% = 7858.40', async () => {
    const j = await run(WC_IP('--scheme', 'employee', '--status', 'active', '--tier', '2', '--amount', '10000', '--filing', 'referral'));
    expect(pick(j, 'deductible', 'ratio', 'fund_pays', 'cash_due')).toEqual(['600.00', '0.836', '7858.40', '2141.60']);
  });

  it('八（三） temporary, 退休 三级: 起付 700, 89% × 85% = 75.65%: 19300 × 75.65% = 14600.45', async () => {
    const j = await run(WC_IP('--scheme', 'employee', '--status', 'retired', '--tier', '3', '--amount', '20000', '--filing', 'temporary'));
    expect(pick(j, 'deductible', 'ratio', 'fund_pays')).toEqual(['700.00', '0.7565', '14600.45']);
  });

  it('八（四） unfiled, resident aged 45 二级: 三级 起付 900, 78% × 70% = 54.6%: 9100 × 54.6% = 4968.60 (no uplift: the order is not asked)', async () => {
    const j = await run(WC_IP('--scheme', 'resident', '--age', '45', '--tier', '2', '--amount', '10000', '--filing', 'unfiled'));
    expect(pick(j, 'deductible', 'ratio', 'fund_pays')).toEqual(['900.00', '0.546', '4968.60']);
    expect(codes(j)).not.toContain('reading');
  });

  it('the text breakdown and say name the multiple and its clause', async () => {
    const text = await yibao(WC_IP('--scheme', 'employee', '--status', 'active', '--tier', '2', '--amount', '10000', '--filing', 'referral'));
    expect(text.stdout).toContain('异地就医为本市同级比例的 95%');
    expect(text.stdout).toContain('“支付比例为本市同级医疗机构住院支付比例的95%”');
    const say = await yibao([...WC_IP('--scheme', 'employee', '--status', 'active', '--tier', '2', '--amount', '10000', '--filing', 'referral'), '--format', 'say']);
    expect(say.stdout).toContain('按83.6%报销');
  });
});

describe('the multiple against an uplift: unstated, tried both ways', () => {
  // resident aged 67, 二级 referral: 起付 500; of the raised ratio (78 + 3) × 95% = 76.95%: 9500 × 76.95% = 7310.25;
  // of the stated ratio 78% × 95% + 3 = 77.1%: 9500 × 77.1% = 7324.50
  const AGED = WC_IP('--scheme', 'resident', '--age', '67', '--tier', '2', '--amount', '10000', '--filing', 'referral');

  it('they differ: exit 3 naming ratio_times_of, with both funds and the --set', async () => {
    const r = await yibao([...AGED, '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('inpatient.resident.filing.referral.ratio_times_of');
    expect(r.stderr).toContain('7310.25');
    expect(r.stderr).toContain('7324.50');
    expect(r.stderr).toContain('--set inpatient.resident.filing.referral.ratio_times_of=uplifted|stated');
  });

  it('--set picks one: uplifted 7310.25, stated 7324.50, each said as the user’s', async () => {
    const up = await run([...AGED, '--set', 'inpatient.resident.filing.referral.ratio_times_of=uplifted']);
    expect(pick(up, 'ratio', 'fund_pays')).toEqual(['0.7695', '7310.25']);
    expect(codes(up)).toContain('user_value');
    const stated = await run([...AGED, '--set', 'inpatient.resident.filing.referral.ratio_times_of=stated']);
    expect(pick(stated, 'ratio', 'fund_pays')).toEqual(['0.771', '7324.50']);
  });

  it('--set of the multiple itself: =0.9 gives (78 + 3) × 90% and (78 × 90%) + 3, still open: exit 3; with the order, 9500 × 72.9% = 6925.50', async () => {
    const r = await yibao([...AGED, '--set', 'inpatient.resident.filing.referral.ratio_times=0.9']);
    expect(r.code).toBe(3);
    const j = await run([...AGED, '--set', 'inpatient.resident.filing.referral.ratio_times=0.9', '--set', 'inpatient.resident.filing.referral.ratio_times_of=uplifted']);
    expect(pick(j, 'fund_pays')).toEqual(['6925.50']);
  });

  it('a bad order word is exit 2 naming the path', async () => {
    const r = await yibao([...AGED, '--set', 'inpatient.resident.filing.referral.ratio_times_of=after', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('uplifted');
  });
});

describe('banded ratios: every band times the multiple', () => {
  // 白鹭 (examples/rulebooks/bailu.yaml) with its 转诊 cut replaced, for the test, by 「…的90%」: 退休 二级, 50000, bands on
  // the total (起付 included), 三级 起付 1200; bands 85% to 3万 and 90% above, 退休 +4.
  // uplifted: (85 + 4) × 90% = 80.1%, (90 + 4) × 90% = 84.6%: 28800 × 80.1% + 20000 × 84.6% = 23068.80 + 16920.00 = 39988.80
  // stated:   85 × 90% + 4 = 80.5%,   90 × 90% + 4 = 85%:      28800 × 80.5% + 20000 × 85%   = 23184.00 + 17000.00 = 40184.00
  function bailuTimes(): string {
    const dir = mkdtempSync(join(tmpdir(), 'filing-times-'));
    cpSync('examples/rulebooks/sources', join(dir, 'sources'), { recursive: true });
    const text = readFileSync('examples/rulebooks/bailu.yaml', 'utf8');
    const cut = 'ratio_cut: { value: 0.05, source: bailu-2024-56, quote: 支付比例按本市同级医疗机构标准降低5个百分点 }';
    expect(text).toContain(cut);
    writeFileSync(join(dir, 'bailu.yaml'), text.replace(cut, 'ratio_times: { value: 0.9, source: bailu-2024-56, quote: 支付比例为本市同级医疗机构支付比例的90% }'));
    return join(dir, 'bailu.yaml');
  }
  const claim = (file: string, ...more: string[]) => ['calc', '--policy', file, '--date', '2025-03-18', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '2', '--amount', '50000', '--admission', '1', '--filing', 'referral', ...more];

  it('the retiree uplift against the multiple, unstated: exit 3 with both funds (39988.80 / 40184.00)', async () => {
    const r = await yibao(claim(bailuTimes()));
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('39988.80');
    expect(r.stderr).toContain('40184.00');
  });

  it('each way, each band', async () => {
    const file = bailuTimes();
    const up = await run(claim(file, '--set', 'inpatient.employee.filing.referral.ratio_times_of=uplifted'));
    expect(up.result.bands.map((b: { ratio: string; pays: string }) => [b.ratio, b.pays])).toEqual([['0.801', '23068.80'], ['0.846', '16920.00']]);
    expect(pick(up, 'deductible', 'fund_pays')).toEqual(['1200.00', '39988.80']);
    const stated = await run(claim(file, '--set', 'inpatient.employee.filing.referral.ratio_times_of=stated'));
    expect(stated.result.bands.map((b: { ratio: string; pays: string }) => [b.ratio, b.pays])).toEqual([['0.805', '23184.00'], ['0.85', '17000.00']]);
    expect(pick(stated, 'fund_pays')).toEqual(['40184.00']);
  });
});

describe('the product is exact in parts per 10,000', () => {
  it('0.85 × 0.8 = 0.68 and 0.78 × 0.7 = 0.546 exactly (a binary float gives 0.5459999999999999)', () => {
    expect(0.78 * 0.7).not.toBe(0.546);
    expect(timesRatio(8000, 8500)).toBe(6800);
    expect(timesRatio(7800, 7000)).toBe(5460);
    expect(timesRatio(8550, 9500)).toBeNull(); // 85.5% × 95% = 81.225%: finer than 0.01%, refused (exit 3)
  });

  it('uplifted vs stated with a ceiling: 90% + 6 held to 95%, × 95% = 90.25%; stated: 90 × 95% = 85.5%, + 6 = 91.5% (held to 95%: 91.5%)', () => {
    const u = { retiree: 0, grade: 600, age: 0, facility: 0, cut: 0 };
    const c = { ...NO_CEILING, max: { ...NO_CEILING.max, grade: 9500 } };
    expect(multipliedRatio(9000, u, c, 9500, 'uplifted')).toBe(9025);
    expect(multipliedRatio(9000, u, c, 9500, 'stated')).toBe(9150);
    // a cut comes after the multiple: (90 + 6 → 95) × 95% − 10 = 80.25%
    expect(multipliedRatio(9000, { ...u, cut: 1000 }, c, 9500, 'uplifted')).toBe(8025);
  });
});
