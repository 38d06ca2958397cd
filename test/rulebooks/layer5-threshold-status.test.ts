// A second layer's threshold by employee status (round-6 trial 岚汐 第十七条: 补助起付线 在职职工1万元、退休人员
// 6000元; validate refused `threshold: { active, retired }` although ratio and cap could be keyed so).
// On 澄岫's 大额 (test/fixtures/layer4/chengxiu.yaml, 第十条 「累计超过1.5万元以上的部分…在职人员80%、退休人员85%」)
// a variant keys the threshold: active 15000 as stated, retired unknown. Worked by hand from the claims of
// layer4-burden-ratio.test.ts:
// - active, burden 14000 → 17750: (17750 − 15000) × 80% = 2200.00, as before;
// - retired, burden 14000 → 20000: unknown threshold → exit 3 naming second_layer.employee.threshold.retired;
//   given 10000 (--set): all of 14000 → 20000 is above it, 6000 × 85% = 5100.00; cash 26292 − 19000 − 5100 = 2192.00.
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { CX, calc, pick, run, variant } from './layer4-helpers.js';

const KEYED = variant([
  '        threshold: { value: 15000, source: cx, quote: 累计超过1.5万元以上的部分 }\n',
  `        threshold:
          active: { value: 15000, source: cx, quote: 累计超过1.5万元以上的部分 }
          retired: { value: null, note: { zh: 变体:退休人员的起付标准未写。, en: "variant: the retirees' threshold is not written." } }
`,
]);
const stay = (file: string, status: string, amount: string, drugs: string, extra: string[] = []) =>
  calc(file, '--date', '2025-05-01', '--scheme', 'employee', '--status', status, '--benefit', 'inpatient', '--tier', '3', '--admission', '1', '--amount', amount, '--class-b-drugs', drugs, '--ytd-burden', '14000', ...extra);
const RETIREE = (file: string, extra: string[] = []) => stay(file, 'retired', '26292', '4120', ['--ytd-fund', '181000', ...extra]);

describe('second_layer.<scheme>.threshold by status', () => {
  it('validate accepts it; show lists each status', async () => {
    expect((await yibao(['policy', 'validate', KEYED])).code).toBe(0);
    const show = await yibao(['policy', 'show', KEYED]);
    expect(show.stdout).toContain('年度起付标准(在职):15,000 元');
    expect(show.stdout).toContain('年度起付标准(退休):未知');
  });
  it('an active employee: (17750 − 15000) × 80% = 2200.00', async () => {
    expect(pick(await run(stay(KEYED, 'active', '26540', '4400')), 'second_layer_pays', 'cash_due')).toEqual(['2200.00', '3090.00']);
  });
  it('a retiree: the threshold unknown, exit 3 naming second_layer.employee.threshold.retired; given 10000: 6000 × 85% = 5100.00', async () => {
    const out = await yibao(RETIREE(KEYED));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('second_layer.employee.threshold.retired');
    const j = await run(RETIREE(KEYED, ['--set', 'second_layer.employee.threshold.retired=10000']));
    expect(pick(j, 'fund_pays', 'second_layer_pays', 'cash_due')).toEqual(['19000.00', '5100.00', '2192.00']);
  });
  it('unkeyed, as before: the retiree at 1.5万: 4250.00', async () => {
    expect(pick(await run(RETIREE(CX)), 'second_layer_pays')).toEqual(['4250.00']);
  });
});
