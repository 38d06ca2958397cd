// Choices with finite options that a policy leaves unknown or gives as a reading (newcomer trial 2,
// F2 and F6): each claim is computed under every option; where they all give the same numbers the
// claim is answered (no unknown, no reading said), where they differ an unknown is exit 3 naming
// it with what each option gives, and a reading is said on that claim only. Values hand-worked
// in /work/trial2/fengzhu/claims.json from 枫渚 (fiction, test/fixtures/choices/sources):
//   二（三）「纳入统筹支付范围的费用1万元（含）以内的部分，一级医疗机构90%、二级75%、三级60%；超过1万元的部分，
//   一级医疗机构90%、二级80%、三级68%」 (silent on whether the 1万 counts the 起付: bands.base unknown);
//   六「统筹基金年度支付累计达到最高支付限额后，最高支付限额以上的住院和门诊慢特病政策范围内费用（不含乙类先行自付费用），
//   由大额医疗费用补助支付90%」 (silent on the 起付 of a stay after the cap: after_cap_deductible).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const FIXTURE = readFileSync('test/fixtures/choices/fengzhu.yaml', 'utf8');

/** The fixture with each `from` replaced by `to`, in a directory of its own. */
function policyDir(changes: [string, string][] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'choices-'));
  cpSync('test/fixtures/choices/sources', join(dir, 'sources'), { recursive: true });
  let text = FIXTURE;
  for (const [from, to] of changes) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  writeFileSync(join(dir, 'fengzhu.yaml'), text);
  return dir;
}

const BASE_UNKNOWN = `            base:
              value: null
              note:
                zh: 二（三）只说“纳入统筹支付范围的费用1万元（含）以内的部分”，未说明分段是按含起付标准的总额还是按扣除起付标准后的金额计算。
                en: "二（三） bands 纳入统筹支付范围的费用 at 10,000 yuan without saying whether the bands run on the total including the deductible or on the amount after it."
`;
/** The newcomer's varA: the base on the total, as a reading. */
const BASE_READ: [string, string] = [
  BASE_UNKNOWN,
  `            base:
              value: total
              source: fz
              quote: 纳入统筹支付范围的费用1万元（含）以内的部分
              reading: { zh: 二（三）未说明1万元是否含起付标准；按含起付标准的总额分段。, en: The 10000 band is read as including the deductible. }
`,
];
const ACD_UNKNOWN = `        after_cap_deductible:
          value: null
          note:
            zh: 第六条只说政策范围内费用“不含乙类先行自付费用”，未说明达到限额后的住院是否仍扣除起付标准。
            en: "Clause 六 excludes only 乙类先行自付 and does not say whether a stay after the cap still has its deductible taken off."
`;
const acd = (value: boolean): [string, string] => [
  ACD_UNKNOWN,
  `        after_cap_deductible:\n          value: ${value}\n          source: fz\n          quote: 最高支付限额以上的住院和门诊慢特病政策范围内费用（不含乙类先行自付费用）\n          reading: { zh: 读作${value ? '仍扣除' : '不扣除'}起付标准。, en: read as ${value ? '' : 'not '}taking off the deductible. }\n`,
];
/** 七（一）「特困人员按100%救助，不设年度救助限额」: the newcomer's stand-in (varT) where assistance groups have no no_cap. */
const NO_ASSISTANCE_CAP: [string, string] = [
  `          cap:
            value: null
            note:
              zh: 七（一）：特困人员“不设年度救助限额”；assistance.groups 没有“无限额”的写法（no_cap 只在大病保险 groups 中），只能写未知。
              en: "七（一）: 特困人员 have no yearly assistance cap; assistance groups have no no_cap, so it is left unknown."
`,
  `          cap: { value: 999999999, inferred: true, reasoning: { zh: 原文“不设年度救助限额”。, en: no cap in the text. }, source: fz, quote: 不设年度救助限额 }
`,
];
/** 一（二）「在职职工和城乡居民为10%」: for an active employee's claim (the file cannot key it by status: F1). */
const ACTIVE_DRUGS: [string, string] = [
  `        employee:
          value: null
          note:
            zh: 一（二）：乙类药品先行自付在职职工10%、退休人员5%；本格式的 first_pay.drugs 只能按职工/居民分列，不能按在职/退休分列，故职工写作未知。
            en: "一（二）: class-B drugs 10% for active, 5% for retired employees; first_pay.drugs cannot be keyed by status, so the employee rate is left unknown."
`,
  `        employee: { value: 0.1, source: fz, quote: 乙类药品个人先行自付比例，在职职工和城乡居民为10% }
`,
];

const FZ04 = ['--date', '2026-03-12', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '乡镇卫生院', '--amount', '12000.00', '--discharge-date', '2026-03-20', '--age', '59', '--admission', '1', '--class-b-drugs', '2000.00', '--assistance', '低保对象', '--ytd-fund', '5000.00', '--ytd-burden', '6000.00', '--ytd-second', '0.00', '--ytd-assistance', '3000.00'];
const FZ05 = ['--date', '2026-05-06', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '3', '--amount', '40000.00', '--discharge-date', '2026-05-29', '--age', '45', '--admission', '1', '--out-of-scope', '3000.00', '--class-b-drugs', '5000.00', '--class-b-items', '2000.00', '--ytd-fund', '0.00', '--ytd-burden', '5000.00', '--ytd-second', '0.00'];
const FZ06 = ['--date', '2026-07-06', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '3', '--amount', '150000.00', '--discharge-date', '2026-08-10', '--age', '80', '--admission', '1', '--out-of-scope', '10000.00', '--class-b-drugs', '20000.00', '--assistance', '特困人员', '--ytd-fund', '0.00', '--ytd-burden', '0.00', '--ytd-second', '0.00', '--ytd-assistance', '0.00'];
const FZ07 = ['--date', '2026-11-09', '--scheme', 'employee', '--benefit', 'inpatient', '--tier', '2', '--amount', '30000.00', '--discharge-date', '2026-11-27', '--status', 'active', '--age', '56', '--admission', '2', '--class-b-drugs', '5000.00', '--ytd-fund', '300000.00', '--ytd-second', '0.00'];
const FZ09 = ['--date', '2026-12-01', '--scheme', 'employee', '--benefit', 'inpatient', '--tier', '3', '--amount', '20000.00', '--discharge-date', '2026-12-18', '--status', 'retired', '--age', '68', '--admission', '2', '--ytd-fund', '300000.00', '--ytd-second', '40000.00'];
const FZ12 = ['--date', '2026-09-07', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '2', '--amount', '20000.00', '--discharge-date', '2026-09-19', '--age', '33', '--admission', '1', '--filing', 'unfiled', '--ytd-fund', '0.00', '--ytd-burden', '0.00', '--ytd-second', '0.00'];
const FZ15 = ['--date', '2026-10-20', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '乡镇卫生院', '--amount', '30000.00', '--discharge-date', '2026-11-12', '--age', '62', '--admission', '2', '--class-b-drugs', '10000.00', '--ytd-fund', '190000.00', '--ytd-burden', '95000.00', '--ytd-second', '48600.00'];

async function calc(dir: string, flags: string[], lang: 'zh' | 'en' = 'zh') {
  const r = await yibao(['--policy-dir', dir, 'calc', '--city', 'fengzhu', '--json', ...flags, ...(lang === 'en' ? ['--lang', 'en'] : [])]);
  return { code: r.code, out: r.code === 0 ? JSON.parse(r.stdout) : undefined, text: r.stdout + r.stderr };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const paths = (out: any): string[] => out.warnings.map((w: { path?: string }) => w.path ?? '');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const money = (out: any) => ({ fund: out.result.fund_pays, second: out.result.second_layer_pays, assistance: out.result.assistance_pays, cash: out.result.cash_due });

describe('bands.base unknown: answered where both bases agree', () => {
  const dir = policyDir();

  it('FZ-04: 一级 is 90% in both bands: (11800.00 − 50.00) × 90% = 10575.00; 大病 297.50; 救助 902.00; cash 225.50', async () => {
    const r = await calc(dir, FZ04);
    expect(r.code).toBe(0);
    expect(money(r.out)).toEqual({ fund: '10575.00', second: '297.50', assistance: '902.00', cash: '225.50' });
    expect(paths(r.out)).not.toContain('inpatient.resident.bands.base');
  });

  it('FZ-15: fund held to the cap 200000 − 190000 = 10000.00; 大病 3000.00 + 10500.00 = 13500.00; cash 6500.00', async () => {
    const r = await calc(dir, FZ15);
    expect(r.code).toBe(0);
    expect(money(r.out)).toEqual({ fund: '10000.00', second: '13500.00', assistance: '0.00', cash: '6500.00' });
  });

  it('FZ-06: 特困 has no 起付, so the base does not matter: 6000.00 + 87040.00 = 93040.00; 大病 27972.00; 救助 18988.00', async () => {
    // with the file as the newcomer wrote it, the claim stops only on the assistance cap (F4), not on the base
    const stopped = await calc(dir, FZ06);
    expect(stopped.code).toBe(3);
    expect(stopped.text).toContain('assistance.groups.特困人员');
    expect(stopped.text).not.toContain('bands.base');
    const r = await calc(policyDir([NO_ASSISTANCE_CAP]), FZ06);
    expect(r.code).toBe(0);
    expect(money(r.out)).toEqual({ fund: '93040.00', second: '27972.00', assistance: '18988.00', cash: '10000.00' });
  });
});

describe('bands.base unknown: exit 3 where the bases differ, with what each gives', () => {
  const dir = policyDir();

  it('FZ-05: on the total 23284.00 (cash 13886.40); after the 起付 23204.00 (cash 13918.40)', async () => {
    const zh = await calc(dir, FZ05);
    expect(zh.code).toBe(3);
    expect(zh.text).toContain('inpatient.resident.bands.base');
    expect(zh.text).toContain('按含起付标准的总额分段:统筹基金支付 23284.00 元');
    expect(zh.text).toContain('按扣除起付标准后的金额分段:统筹基金支付 23204.00 元');
    expect(zh.text).toContain('13918.40');
    const en = await calc(dir, FZ05, 'en');
    expect(en.text).toContain('banded on the total including the deductible: the fund pays 23284.00, critical-illness insurance (大病保险) 2829.60, cash 13886.40');
    expect(en.text).toContain('banded on the amount after the deductible: the fund pays 23204.00, critical-illness insurance (大病保险) 2877.60, cash 13918.40');
  });

  it('FZ-12 (unfiled, 50% and 55%): 10000.00 on the total, 9950.00 after the 起付', async () => {
    const r = await calc(dir, FZ12);
    expect(r.code).toBe(3);
    expect(r.text).toContain('统筹基金支付 10000.00 元');
    expect(r.text).toContain('统筹基金支付 9950.00 元');
  });
});

describe('bands.base as a reading: said only on the claims it changes', () => {
  const dir = policyDir([BASE_READ]);

  it('FZ-05: the reading (on the total) gives 23284.00 and is said', async () => {
    const r = await calc(dir, FZ05);
    expect(r.code).toBe(0);
    expect(money(r.out)).toEqual({ fund: '23284.00', second: '2829.60', assistance: '0.00', cash: '13886.40' });
    expect(paths(r.out)).toContain('inpatient.resident.bands.base');
  });

  it('FZ-04: both bases agree: the same numbers, no reading said', async () => {
    const r = await calc(dir, FZ04);
    expect(money(r.out).fund).toBe('10575.00');
    expect(paths(r.out)).not.toContain('inpatient.resident.bands.base');
  });
});

describe('大额 after the cap: after_cap_deductible', () => {
  it('unknown: FZ-07 is exit 3 naming it, 26190.00 with the 起付 and 26550.00 without', async () => {
    const r = await calc(policyDir([ACTIVE_DRUGS]), FZ07);
    expect(r.code).toBe(3);
    expect(r.text).toContain('second_layer.employee.after_cap_deductible');
    expect(r.text).toContain('达到封顶线后仍扣除起付标准:统筹基金支付 0.00 元,大额医疗费用补助 26190.00 元,个人现金 3810.00 元');
    expect(r.text).toContain('达到封顶线后不扣除起付标准:统筹基金支付 0.00 元,大额医疗费用补助 26550.00 元,个人现金 3450.00 元');
  });

  it('stated false (the 起付 not taken off): FZ-07 29500.00 × 90% = 26550.00; FZ-09 20000.00 × 90% = 18000.00', async () => {
    const dir = policyDir([ACTIVE_DRUGS, acd(false)]);
    const a = await calc(dir, FZ07);
    expect(money(a.out)).toEqual({ fund: '0.00', second: '26550.00', assistance: '0.00', cash: '3450.00' });
    expect(paths(a.out)).toContain('second_layer.employee.after_cap_deductible');
    const b = await calc(dir, FZ09);
    expect(money(b.out)).toEqual({ fund: '0.00', second: '18000.00', assistance: '0.00', cash: '2000.00' });
  });

  it('stated true (as after_cap always did): FZ-07 29100.00 × 90% = 26190.00; FZ-09 19610.00 × 90% = 17649.00', async () => {
    const dir = policyDir([ACTIVE_DRUGS, acd(true)]);
    expect(money((await calc(dir, FZ07)).out)).toEqual({ fund: '0.00', second: '26190.00', assistance: '0.00', cash: '3810.00' });
    expect(money((await calc(dir, FZ09)).out)).toEqual({ fund: '0.00', second: '17649.00', assistance: '0.00', cash: '2351.00' });
  });

  it('unknown, on a resident claim (大病, not 大额): it is never asked', async () => {
    const r = await calc(policyDir(), FZ04);
    expect(r.code).toBe(0);
  });
});

describe('the other yes/no choices: the 大病 burden counts, the assistance base', () => {
  const COUNTS_FP = '          first_pay: { value: true, source: fz, quote: 包括起付标准、乙类先行自付费用、按比例自付部分和超过支付限额的部分 }\n';
  const OOS = '        out_of_scope: { value: false, source: fz, quote: 含起付标准和乙类先行自付费用，不含目录外费用 }\n';
  const unknownFlag = (pad: string, key: string): string => `${pad}${key}: { value: null, note: { zh: 假设原文未说明。, en: suppose the text is silent. } }\n`;

  it('counts.first_pay unknown: FZ-12 has no 乙类, answered (50% and 55% on the total: 10000.00); FZ-04 is exit 3 with 297.50 and 157.50', async () => {
    const dir = policyDir([BASE_READ, [COUNTS_FP, unknownFlag('          ', 'first_pay')]]);
    const a = await calc(dir, FZ12);
    expect(a.code).toBe(0);
    expect(money(a.out)).toEqual({ fund: '10000.00', second: '0.00', assistance: '0.00', cash: '10000.00' });
    // FZ-04: burden 1425.00 with the 乙类 200.00 (7425.00: 425.00 × 70% = 297.50) or 1225.00 without (7225.00: 225.00 × 70% = 157.50)
    const b = await calc(dir, FZ04);
    expect(b.code).toBe(3);
    expect(b.text).toContain('second_layer.resident.counts.first_pay');
    expect(b.text).toContain('计入个人负担:统筹基金支付 10575.00 元,大病保险 297.50 元');
    expect(b.text).toContain('不计入个人负担:统筹基金支付 10575.00 元,大病保险 157.50 元');
  });

  it('assistance.base.out_of_scope unknown: FZ-04 (no 目录外) answered; with 1000.00 目录外 exit 3 naming it', async () => {
    const dir = policyDir([[OOS, unknownFlag('        ', 'out_of_scope')]]);
    const a = await calc(dir, FZ04);
    expect(a.code).toBe(0);
    expect(money(a.out).assistance).toBe('902.00');
    const withOos = FZ04.map((x) => (x === '12000.00' ? '13000.00' : x));
    const b = await calc(dir, [...withOos, '--out-of-scope', '1000.00']);
    expect(b.code).toBe(3);
    expect(b.text).toContain('assistance.base.out_of_scope');
    expect(b.text).toContain('救助基数含目录外费用');
  });
});
