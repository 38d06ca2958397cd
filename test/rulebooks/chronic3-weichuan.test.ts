// 苇川 (round-3 trial rulebook, test/fixtures/chronic3/sources/weichuan-2025-71.txt), 门诊慢特病, worked by hand:
// 三（二）「甲类病种不设起付标准，不设病种年度支付限额，执行本市同级医疗机构住院支付比例（含本通知第二条第（三）项第2目
//   规定的提高比例）」 (disease_limits.groups.<name>.ratio_of: inpatient);
// 三（三）3「年度支付限额按参保人员经认定的乙类病种数确定：认定一种的1200元，认定两种的2000元，认定三种及以上的2600元。
//   各乙类病种费用合并使用上述限额」 (several: by_count);
// 三（三）2「职工医保在职人员80%、退休人员85%；居民医保60%」 as a group ratio keyed by status (test/fixtures/chronic3/groups-by-status.yaml).
// WC-06 and WC-07 are the trial's hand-worked claims (/work/trial3/weichuan/claims.json).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const WEICHUAN = ['calc', '--policy', 'test/fixtures/chronic3/weichuan.yaml'];

async function result(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}
const money = (j: { result: Record<string, string> }, keys: string[]) => keys.map((k) => j.result[k]);

// WC-06: retiree, 乙类 高血压 + 糖尿病, 糖尿病 treated at 二级: 1500 with 50 目录外 and 800 乙类 drugs; 1200 paid this year
const WC06 = [...WEICHUAN, '--date', '2026-09-14', '--scheme', 'employee', '--status', 'retired', '--age', '64', '--benefit', 'chronic', '--tier', '2', '--diseases', '高血压,糖尿病', '--disease', '糖尿病', '--amount', '1500', '--out-of-scope', '50', '--class-b-drugs', '800', '--ytd-fund', '1200', '--ytd-benefit-fund', '1200', '--account', '500'];
// WC-07: 特困 resident aged 66, 甲类 放化疗 at 三级: 20000 with 1000 目录外 and 6000 乙类 drugs
const WC07 = [...WEICHUAN, '--date', '2026-06-05', '--scheme', 'resident', '--age', '66', '--assistance', '特困人员', '--benefit', 'chronic', '--tier', '3', '--diseases', '恶性肿瘤门诊放化疗', '--disease', '恶性肿瘤门诊放化疗', '--amount', '20000', '--out-of-scope', '1000', '--class-b-drugs', '6000', '--ytd-fund', '30000', '--ytd-burden', '5000', '--ytd-assistance', '10000'];

describe('三（三）3: a shared 乙类 limit by the number of certified diseases (several: by_count)', () => {
  it('WC-06: 800 × 6% = 48; 1500 − 50 − 48 = 1402 × 85% = 1191.70; two diseases: 2000 − 1200 used = 800; account 500, cash 200', async () => {
    const j = await result(WC06);
    expect(money(j, ['first_pay', 'deductible_applied', 'fund_before_cap', 'disease_limit', 'disease_limit_remaining', 'fund_pays', 'account_pays', 'cash_due'])).toEqual([
      '48.00',
      '0.00',
      '1191.70',
      '2000.00',
      '800.00',
      '800.00',
      '500.00',
      '200.00',
    ]);
    const text = (await yibao(WC06)).stdout;
    expect(text).toContain('认定两种的2000元');
    expect(text).toContain('按认定的 2 种病种确定');
  });

  it('one 乙类 disease alone is 1200 (认定一种的1200元): 1000 × 80% = 800 for an active employee, 1200 − 1000 used = 200', async () => {
    const j = await result([...WEICHUAN, '--date', '2026-03-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'chronic', '--tier', '1', '--disease', '高血压', '--amount', '1000', '--ytd-fund', '1000', '--ytd-benefit-fund', '1000']);
    expect(money(j, ['disease_limit', 'fund_before_cap', 'fund_pays'])).toEqual(['1200.00', '800.00', '200.00']);
  });

  it('four diseases take the last entry (三种及以上的2600元); a 甲类 disease beside them adds nothing to the count', async () => {
    const j = await result([...WEICHUAN, '--date', '2026-03-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'chronic', '--tier', '2', '--diseases', '高血压,糖尿病,冠心病,慢阻肺,尿毒症透析', '--disease', '冠心病', '--amount', '4000', '--ytd-fund', '0']);
    // 4000 × 80% = 3200, above the 2600 limit: 2600
    expect(money(j, ['disease_limit', 'fund_before_cap', 'fund_pays'])).toEqual(['2600.00', '3200.00', '2600.00']);
    const two = await result([...WEICHUAN, '--date', '2026-03-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'chronic', '--tier', '2', '--diseases', '高血压,尿毒症透析', '--disease', '高血压', '--amount', '4000']);
    expect(money(two, ['disease_limit', 'fund_pays'])).toEqual(['1200.00', '1200.00']);
  });

  it('stated_for stops a count the text does not reach: exit 3 naming several, with the --set', async () => {
    const out = await yibao([...['calc', '--policy', 'test/fixtures/chronic3/by-count-two.yaml'], '--date', '2026-03-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'chronic', '--tier', '2', '--diseases', '高血压,糖尿病,冠心病', '--disease', '冠心病', '--amount', '4000']);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('chronic.disease_limits.several');
    expect(out.stderr).toContain('--set chronic.employee.disease_limit');
  });
});

describe('三（二）: a disease group on the same level’s inpatient ratio, its uplifts included (ratio_of: inpatient)', () => {
  it('WC-07: no 起付, 三级 62% + 3 (aged 66) = 65%: 18640 × 65% = 12116; 大病 3384 × 65% = 2199.60; 救助 4684.40; cash 1000', async () => {
    // 6000 × 6% = 360; 20000 − 1000 − 360 = 18640 × 65% = 12116.00; burden 18640 − 12116 + 360 = 6884.00,
    // 5000 → 11884; 特困 threshold 8500, first band 60% + 5: 3384 × 65% = 2199.60; 救助 100% of 6884 − 2199.60 = 4684.40
    const j = await result(WC07);
    expect(money(j, ['first_pay', 'deductible_applied', 'ratio', 'fund_before_cap', 'fund_pays', 'burden_added', 'second_layer_pays', 'assistance_pays', 'cash_due'])).toEqual([
      '360.00',
      '0.00',
      '0.65',
      '12116.00',
      '12116.00',
      '6884.00',
      '2199.60',
      '4684.40',
      '1000.00',
    ]);
    expect(j.result.disease_limit).toBeNull();
    const text = (await yibao(WC07)).stdout;
    expect(text).toContain('执行本市同级医疗机构住院支付比例');
    expect(text).toContain('年满65周岁提高 3 个百分点');
    expect(text).toContain('一级医疗机构支付90%、二级78%、三级62%');
    expect((await yibao([...WC07, '--lang', 'en'])).stdout).toContain("the city's inpatient ratio at the same level");
  });

  it('a resident aged 40 at 二级: 78% with no uplift; a retiree at 三级: 89% (the inpatient 退休 entry)', async () => {
    const young = await result([...WEICHUAN, '--date', '2026-06-05', '--scheme', 'resident', '--age', '40', '--benefit', 'chronic', '--tier', '2', '--disease', '透析', '--amount', '10000']);
    expect(money(young, ['deductible_applied', 'fund_pays'])).toEqual(['0.00', '7800.00']);
    const retiree = await result([...WEICHUAN, '--date', '2026-06-05', '--scheme', 'employee', '--status', 'retired', '--benefit', 'chronic', '--tier', '3', '--disease', '放化疗', '--amount', '10000']);
    expect(money(retiree, ['deductible_applied', 'fund_pays'])).toEqual(['0.00', '8900.00']);
  });

  it('a --set on the inpatient ratio reaches the group, said as the user’s value: 20000 × (60% + 3) = 12600', async () => {
    const j = await result([...WEICHUAN, '--date', '2026-06-05', '--scheme', 'resident', '--age', '66', '--benefit', 'chronic', '--tier', '3', '--disease', '放化疗', '--amount', '20000', '--set', 'inpatient.resident.ratio.3=0.6']);
    expect(j.result.fund_pays).toBe('12600.00');
    expect(j.warnings.map((w: { code: string; path: string }) => [w.code, w.path])).toContainEqual(['user_value', 'inpatient.resident.ratio.3']);
  });

  it('an inpatient ratio the text leaves unknown stops only the group’s claims, naming the inpatient value', async () => {
    const args = (disease: string) => ['calc', '--policy', 'test/fixtures/chronic3/by-count-two.yaml', '--date', '2026-03-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'chronic', '--tier', '2', '--disease', disease, '--amount', '1000'];
    const group = await yibao(args('透析'));
    expect(group.code).toBe(3);
    expect(group.stderr).toContain('inpatient.employee.ratio');
    expect((await yibao(args('高血压'))).code).toBe(0);
  });
});

describe('三（三）2 as a group: a ratio keyed by the employees’ status (不区分医疗机构级别)', () => {
  it('乙类 group: active 80%, retired 85%, resident 60%, at any level', async () => {
    const base = ['calc', '--policy', 'test/fixtures/chronic3/by-count-two.yaml', '--date', '2026-03-01', '--benefit', 'chronic', '--disease', '高血压', '--amount', '1000'];
    const active = await result([...base, '--scheme', 'employee', '--status', 'active', '--tier', '3']);
    const retired = await result([...base, '--scheme', 'employee', '--status', 'retired', '--tier', '1']);
    const resident = await result([...base, '--scheme', 'resident', '--tier', '2']);
    expect([active.result.fund_pays, retired.result.fund_pays, resident.result.fund_pays]).toEqual(['800.00', '850.00', '600.00']);
    expect((await yibao([...base, '--scheme', 'employee', '--status', 'retired', '--tier', '1'])).stdout).toContain('职工医保在职人员80%、退休人员85%');
  });
});

/** test/fixtures/chronic3/by-count-two.yaml with `from` replaced by `to`, validated (with its source text); its output in both languages. */
async function validate(from: string, to: string) {
  const dir = mkdtempSync(join(tmpdir(), 'chronic3-'));
  cpSync('test/fixtures/chronic3/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync('test/fixtures/chronic3/by-count-two.yaml', 'utf8');
  expect(text).toContain(from);
  const file = join(dir, 'xiaochuan.yaml');
  writeFileSync(file, text.replace(from, to));
  const zh = await yibao(['policy', 'validate', file]);
  const en = await yibao(['policy', 'validate', file, '--lang', 'en']);
  return { code: zh.code, zh: zh.stdout + zh.stderr, en: en.stdout + en.stderr };
}

describe('policy validate, show and init for by_count and ratio_of', () => {
  it('validate: both fixtures pass; a 乙类 disease with its own limit under by_count, a list not from 1, ratio with ratio_of are refused (zh, en)', async () => {
    for (const f of ['weichuan', 'by-count-two']) expect((await yibao(['policy', 'validate', `test/fixtures/chronic3/${f}.yaml`])).code).toBe(0);
    const own = await validate('- { name: 高血压, group: 乙类病种 }', '- { name: 高血压, group: 乙类病种, limit: { value: 1000, source: xc, quote: 认定一种的1000元 } }');
    expect([own.code, own.zh, own.en]).toEqual([2, expect.stringContaining('by_count 时病种不写自己的 limit'), expect.stringContaining('no limit of its own')]);
    const from = await validate('{ from: 1, limit: { value: 1000', '{ from: 2, limit: { value: 1000');
    expect([from.code, from.zh, from.en]).toEqual([2, expect.stringContaining('from 从 1 起递增'), expect.stringContaining('from starts at 1')]);
    const both = await validate('              ratio_of: { value: inpatient, source: xc, quote: 执行本市同级医疗机构住院支付比例 }\n', '              ratio_of: { value: inpatient, source: xc, quote: 执行本市同级医疗机构住院支付比例 }\n              ratio: { value: 0.6, source: xc, quote: 居民医保60% }\n');
    expect([both.code, both.zh, both.en]).toEqual([2, expect.stringContaining('ratio 和 ratio_of 只能写一个'), expect.stringContaining('either ratio or ratio_of')]);
    const list = await validate('            value: by_count\n', '            value: sum\n');
    expect(list.zh).toContain('by_count 列表只用于 value: by_count');
  });

  it('policy show says the limits by count and the inpatient ratio in plain words; policy init names both', async () => {
    const zh = (await yibao(['policy', 'show', 'test/fixtures/chronic3/weichuan.yaml'])).stdout;
    expect(zh).toContain('认定 1 种 1,200 元,认定 2 种 2,000 元,认定 3 种及以上 2,600 元');
    expect(zh).toContain('执行本市同级医疗机构住院支付比例(含住院的退休、档次、年龄提高)');
    const en = (await yibao(['policy', 'show', 'test/fixtures/chronic3/by-count-two.yaml', '--lang', 'en'])).stdout;
    expect(en).toContain('one shared limit by the number of certified diseases: 1: 1,000 yuan; 2: 1,800 yuan; stated for 2 diseases only');
    expect(en).toContain('ratio (no uplift added)(employees retired): 85%');
    const init = (await yibao(['policy', 'init', 'qingsong'])).stdout;
    expect(init).toContain('by_count');
    expect(init).toContain('ratio_of: { value: inpatient');
    expect(init).toContain('open: { value: null, group');
  });
});

describe('a year of one person in a batch', () => {
  it('乙类 rows share the count limit (2000 for two: 1275, then 1000 × 85% = 850 cut to 725); a 甲类 row takes the inpatient 退休 三级 89%: 8900', async () => {
    const out = await yibao(['batch', 'test/fixtures/chronic3/weichuan-year.csv', '--policy', 'test/fixtures/chronic3/weichuan.yaml']);
    expect(out.code, out.stderr).toBe(0);
    const [head, ...rows] = out.stdout.trim().split('\n');
    const fund = head!.split(',').indexOf('fund_pays');
    // the diseases cell is quoted with a comma inside: count from the end of the quoted cell
    const cells = (row: string) => row.replace(/"[^"]*"/g, 'D').split(',');
    expect(rows.map((r) => cells(r)[fund])).toEqual(['1275.00', '725.00', '8900.00']);
  });
});

/** test/fixtures/chronic3/weichuan.yaml with `from` replaced by `to` (with its sources); its path. */
function weichuanWith(from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'chronic3-wc-'));
  cpSync('test/fixtures/chronic3/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync('test/fixtures/chronic3/weichuan.yaml', 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, 'weichuan.yaml'), text.replace(from, to));
  return join(dir, 'weichuan.yaml');
}

const OPEN_READING = `            value: in_group
            reading: { zh: 三（一）1 的“等”理解为包括原文未列的其他重特大疾病，按甲类病种计算。另一种理解是只限所列病种。, en: "三（一）1's 等 is read to take in diseases it does not name, as 甲类." }
            reading_short: { zh: 未列病种按甲类病种算, en: an unlisted disease counted as 甲类 }
`;

// WC-11: active employee, 血友病 (named in neither list) at 二级, 5000 with 1000 乙类 drugs, account 10000
const WC11 = ['--date', '2026-04-22', '--scheme', 'employee', '--status', 'active', '--age', '33', '--benefit', 'chronic', '--tier', '2', '--diseases', '血友病', '--disease', '血友病', '--amount', '5000', '--class-b-drugs', '1000', '--account', '10000'];

describe('三（一）1 「…器官移植术后抗排异治疗等」: an open list of diseases (disease_limits.open)', () => {
  it('WC-11 with the list left open (value: null): exit 3 naming chronic.disease_limits.open and the disease, never an input error', async () => {
    const out = await yibao([...WEICHUAN, ...WC11]);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('chronic.disease_limits.open');
    expect(out.stderr).toContain('未说明“血友病”是否属于其中');
    const en = await yibao([...WEICHUAN, ...WC11, '--lang', 'en']);
    expect(en.stderr).toContain('does not say whether "血友病" is one of them');
    // a listed disease is answered as before
    expect((await yibao([...WEICHUAN, ...WC11.slice(0, -10), '--disease', '高血压', '--amount', '1000'])).code).toBe(0);
  });

  it('WC-11 read as 甲类 (in_group + reading): 1000 × 6% = 60; 4940 × 88% (inpatient 二级 在职) = 4347.20; account 652.80; the reading said on it only', async () => {
    const file = weichuanWith('            value: null\n            group: 甲类病种\n', `${OPEN_READING}            group: 甲类病种\n`);
    const j = await result(['calc', '--policy', file, ...WC11]);
    expect(money(j, ['first_pay', 'deductible_applied', 'fund_before_cap', 'fund_pays', 'account_pays', 'cash_due'])).toEqual(['60.00', '0.00', '4347.20', '4347.20', '652.80', '0.00']);
    expect(j.warnings.filter((w: { kind: string }) => w.kind === 'reading').map((w: { path: string }) => w.path)).toEqual(['chronic.disease_limits.open']);
    const listed = await result(['calc', '--policy', file, ...WC11.slice(0, -10), '--disease', '透析', '--amount', '5000']);
    expect(listed.warnings.map((w: { path: string }) => w.path)).not.toContain('chronic.disease_limits.open');
    expect((await yibao(['calc', '--policy', file, ...WC11, '--format', 'say'])).stdout).toContain('未列病种按甲类病种算');
  });

  it('a closed list (no open) keeps exit 2, listing the policy’s diseases', async () => {
    const out = await yibao(['calc', '--policy', 'test/fixtures/chronic3/by-count-two.yaml', ...WC11]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('政策的门诊慢特病病种中没有“血友病”');
    expect(out.stderr).toContain('尿毒症透析');
  });

  it('validate: in_group needs its group and a reading; policy show says the list is open', async () => {
    const noReading = weichuanWith('            value: null\n', '            value: in_group\n');
    const v = await yibao(['policy', 'validate', noReading]);
    expect(v.code).toBe(2);
    expect(v.stdout + v.stderr).toContain('写 reading 说明');
    const show = (await yibao(['policy', 'show', 'test/fixtures/chronic3/weichuan.yaml'])).stdout;
    expect(show).toContain('病种清单以“等”结尾');
    expect((await yibao(['policy', 'show', 'test/fixtures/chronic3/weichuan.yaml', '--lang', 'en'])).stdout).toContain('the list ends in 等');
  });
});
