// A second layer in two parts (`second_layer.<scheme>.part_two`), round-6 trial 岚汐 第十七条 (test/fixtures/lanxi6,
// fiction): （一） 「…个人负担的费用（不含起付标准、乙类先行自付费用和目录外费用）累计超过补助起付线的部分，由大额医疗费用
// 补助支付60%。补助起付线在职人员1万元」; （二） 「统筹基金支付达到年度最高支付限额后，按本细则计算应由统筹基金支付但超出限额的
// 金额，由大额医疗费用补助支付85%，其余15%由个人负担，不计入本条第（一）项的累计」; （三） 「年度最高支付35万元，本条第（一）项、
// 第（二）项合并计算」.
// LX-14 worked by hand: active, 三级, 5th stay, the year's 起付 2000 already met (第六条（三）: 起付 0). 60000.00, 目录外 3000.00,
// 乙类药品 5000.00 × 6% = 300.00, 乙类项目 2000.00 × 15% = 300.00 (第五条): in pooling 60000 − 3000 − 600 = 56400.00. Bands
// (第七条（一）): 50000 × 85% = 42500.00, 6400 × 88% = 5632.00, 48132.00; the 25万 cap (第九条) leaves 250000 − 240000 =
// 10000.00: fund 10000.00. （二） (48132 − 10000) = 38132.00 × 85% = 32412.20; the person's 5719.80 not counted. （一） copay
// 56400 − 48132 = 8268.00, the year at 30000 already above 10000: 8268 × 60% = 4960.80. 大额 37373.00 (12000 paid before,
// far below 35万); cash 60000 − 10000 − 37373 = 12627.00.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { yibao } from '../cli/calc-helpers.js';

const FILE = 'test/fixtures/lanxi6/lanxi.yaml';
const STAY = ['calc', '--policy', FILE, '--date', '2025-11-17', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '3', '--admission', '5'];
const LX14 = [...STAY, '--amount', '60000', '--out-of-scope', '3000', '--class-b-drugs', '5000', '--class-b-items', '2000', '--ytd-fund', '240000', '--ytd-deductible', '2000', '--ytd-burden', '30000', '--ytd-second', '12000'];
const TWO = `        part_two:\n          source: lx\n          quote: 统筹基金支付达到年度最高支付限额后，按本细则计算应由统筹基金支付但超出限额的金额，由大额医疗费用补助支付85%\n          base: { value: above_cap, source: lx, quote: 按本细则计算应由统筹基金支付但超出限额的金额 }\n          ratio: { value: 0.85, source: lx, quote: 由大额医疗费用补助支付85% }\n`;
const COUNTS = '          counts_in_burden: { value: false, source: lx, quote: 其余15%由个人负担，不计入本条第（一）项的累计 }\n';

/** The fixture changed by `edit`, in a directory with its sources. */
function variant(edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'part-two-'));
  cpSync('test/fixtures/lanxi6/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(FILE, 'utf8');
  const changed = edit(text);
  expect(changed).not.toBe(text);
  writeFileSync(join(dir, 'lanxi.yaml'), changed);
  return join(dir, 'lanxi.yaml');
}

const withPolicy = (args: string[], file: string) => args.map((a) => (a === FILE ? file : a));

async function result(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout).result;
}

const pick = (r: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, r[k]]));
const KEYS = ['fund_pays', 'second_layer_pays', 'cash_due', 'burden_added', 'ytd_burden_after', 'ytd_second_after'];

describe('岚汐 第十七条: the 大额 in two parts sharing one cap', () => {
  it('LX-14: 大额 37373.00 = 4960.80 (（一）) + 32412.20 (（二）), cash 12627.00; part one counts 8268.00', async () => {
    const r = await result(LX14);
    expect(pick(r, KEYS)).toEqual({ fund_pays: '10000.00', second_layer_pays: '37373.00', cash_due: '12627.00', burden_added: '8268.00', ytd_burden_after: '38268.00', ytd_second_after: '49373.00' });
    expect(r.second_layer_parts).toEqual({ burden: '4960.80', above_cap: '32412.20', above_cap_base: '38132.00' });
    expect(r.second_layer).toBe('large_amount');
  });

  it('the breakdown says each part with its clause, and the shared cap', async () => {
    const out = await yibao(LX14);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('(一)本次计入个人负担 8268.00 元,本年累计 30000.00 → 38268.00 元;超过起付标准(10000.00 元)的部分按 60% 支付 4960.80 元。');
    expect(out.stdout).toContain('(二)按规定计算应由统筹基金支付但超出年度最高支付限额的 38132.00 元按 85% 支付 32412.20 元,其余 5719.80 元由个人负担,不计入(一)的累计。两项合计 37373.00 元(年度最高 350000.00 元,两项合并计算)。');
    for (const q of ['“由大额医疗费用补助支付85%”', '“其余15%由个人负担，不计入本条第（一）项的累计”', '“大额医疗费用补助年度最高支付35万元，本条第（一）项、第（二）项合并计算”', '“由大额医疗费用补助支付60%”']) expect(out.stdout).toContain(q);
    const en = await yibao([...LX14, '--lang', 'en']);
    expect(en.stdout).toContain("(2) 85% of the 38132.00 the fund would pay above its annual cap: 32412.20; the other 5719.80 is the person's, not counted in (1)'s burden. Both parts: 37373.00");
    const say = await yibao([...LX14, '--format', 'say']);
    expect(say.stdout).toContain('职工大额医疗费用补助分两部分:个人负担超过起付线的部分支付4960元8角,超出统筹基金最高支付限额的部分支付32412元2角,一共37373元。');
  });

  it('（三） one cap for both: 340000 paid this year leaves 10000.00 of 37373.00; cash 60000 − 10000 − 10000 = 40000.00', async () => {
    const args = LX14.map((a, i) => (LX14[i - 1] === '--ytd-second' ? '340000' : a));
    const r = await result(args);
    expect(pick(r, ['second_layer_pays', 'cash_due', 'ytd_second_after'])).toEqual({ second_layer_pays: '10000.00', cash_due: '40000.00', ytd_second_after: '350000.00' });
    expect((await yibao(args)).stdout).toContain('两项合计 37373.00 元(年度最高 350000.00 元,两项合并计算;本年已支付 340000.00 元,本次支付 10000.00 元)');
  });

  it('counts_in_burden true (--set): the 5719.80 counts, 13987.80 × 60% = 8392.68; 大额 40804.88, cash 9195.12', async () => {
    const r = await result([...LX14, '--set', 'second_layer.employee.part_two.counts_in_burden=true']);
    expect(pick(r, ['second_layer_pays', 'cash_due', 'burden_added'])).toEqual({ second_layer_pays: '40804.88', cash_due: '9195.12', burden_added: '13987.80' });
  });

  it('counts_in_burden left out: a claim the cap cut is exit 3 with both answers; one below the cap is answered', async () => {
    const file = variant((t) => t.replace(COUNTS, ''));
    const out = await yibao(withPolicy(LX14, file));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('second_layer.employee.part_two.counts_in_burden');
    expect(out.stderr).toContain('职工大额医疗费用补助 40804.88 元,个人现金 9195.12 元');
    expect(out.stderr).toContain('职工大额医疗费用补助 37373.00 元,个人现金 12627.00 元');
    // 1000 paid before: 48132.00 fits the cap, （二） pays nothing; （一） 8268 × 60% = 4960.80, cash 60000 − 48132 − 4960.80
    const below = withPolicy(LX14, file).map((a, i, all) => (all[i - 1] === '--ytd-fund' ? '1000' : a));
    expect(pick(await result(below), ['fund_pays', 'second_layer_pays', 'cash_due'])).toEqual({ fund_pays: '48132.00', second_layer_pays: '4960.80', cash_due: '6907.20' });
  });

  it('part_two.ratio unknown: exit 3 naming it only where the cap cut', async () => {
    const file = variant((t) => t.replace('ratio: { value: 0.85, source: lx, quote: 由大额医疗费用补助支付85% }', 'ratio: { value: null, note: { zh: 未说明。, en: Not said. } }'));
    const out = await yibao(withPolicy(LX14, file));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('second_layer.employee.part_two.ratio');
    const below = withPolicy(LX14, file).map((a, i, all) => (all[i - 1] === '--ytd-fund' ? '1000' : a));
    expect((await result(below)).second_layer_pays).toBe('4960.80');
  });

  it('without part_two the layer is （一） alone, as before: 4960.80, cash 60000 − 10000 − 4960.80 = 45039.20', async () => {
    const file = variant((t) => t.replace(TWO + COUNTS, '').replace(/above_cap: \{ value: null, note: [^\n]*\n/, 'above_cap: { value: false, source: lx, quote: 不计入本条第（一）项的累计 }\n'));
    const r = await result(withPolicy(LX14, file));
    expect(pick(r, ['second_layer_pays', 'cash_due', 'burden_added'])).toEqual({ second_layer_pays: '4960.80', cash_due: '45039.20', burden_added: '8268.00' });
    expect(r.second_layer_parts).toBeUndefined();
  });

  it('batch carries both parts in the year’s totals: a 6th stay of 10000.00 after the cap, 大额 7225.00 + 900.00', async () => {
    // row 2: in pooling 10000.00, 起付 0 (2000 met), 10000 × 85% = 8500.00, the cap reached: fund 0; （二） 8500 × 85% =
    // 7225.00; （一） copay 1500.00, 38268 → 39768: × 60% = 900.00; 大额 8125.00, cash 1875.00; the year's 大额 49373 + 8125
    const dir = mkdtempSync(join(tmpdir(), 'part-two-batch-'));
    const input = join(dir, 'in.csv');
    writeFileSync(
      input,
      'person_id,date,scheme,status,benefit,tier,amount,out_of_scope,class_b_drugs,class_b_items,admission,ytd_fund,ytd_deductible,ytd_burden,ytd_second\n' +
        'A,2025-11-17,employee,active,inpatient,3,60000,3000,5000,2000,5,240000,2000,30000,12000\n' +
        'A,2025-12-20,employee,active,inpatient,3,10000,0,0,0,6,,,,\n',
    );
    const out = await yibao(['batch', input, '--policy', FILE, '--output-format', 'jsonl']);
    expect(out.code, out.stderr).toBe(0);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const keys = ['fund_pays', 'second_layer_pays', 'cash_due', 'ytd_burden_after', 'ytd_second_after'];
    expect(rows.map((r) => pick(r, keys))).toEqual([
      { fund_pays: '10000.00', second_layer_pays: '37373.00', cash_due: '12627.00', ytd_burden_after: '38268.00', ytd_second_after: '49373.00' },
      { fund_pays: '0.00', second_layer_pays: '8125.00', cash_due: '1875.00', ytd_burden_after: '39768.00', ytd_second_after: '57498.00' },
    ]);
  });

  it('policy show, validate and init', async () => {
    const show = (await yibao(['policy', 'show', FILE])).stdout;
    expect(show).toContain('第二部分(与上面的第一部分同时支付):');
    expect(show).toContain('其余由个人负担的部分计入第一部分的累计:不计入');
    expect(show).toContain('年度最高支付(两部分合并计算):350,000 元');
    // part_two beside another base is refused
    const bad = variant((t) => t.replace('base: { value: burden, source: lx, quote: 经统筹基金按比例支付后个人负担的费用（不含起付标准、乙类先行自付费用和目录外费用）累计超过补助起付线的部分 }', 'base: { value: above_cap, source: lx, quote: 超出限额的金额 }'));
    const v = await yibao(['policy', 'validate', bad]);
    expect(v.code).toBe(2);
    expect(v.stderr + v.stdout).toContain('part_two 只用于 base: burden');
    const init = (await yibao(['policy', 'init', 'qingsong'])).stdout;
    expect(init).toContain('# part_two:');
    expect(init).toContain('#   counts_in_burden:');
  });
});
