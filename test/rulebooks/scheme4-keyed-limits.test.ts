// 门诊慢特病 limits and the several-diseases rule keyed by scheme (issue 19, newcomer trial 4).
// 棠溪 (test/fixtures/scheme4/sources/tangxi-2024-7.txt) 第十一条 职工: 高血压1500元；糖尿病2500元；冠心病2000元；
// 慢性阻塞性肺疾病3000元…「以其中年度支付限额最高的病种为准，其余病种各按其限额的50%累加」; 第十九条 居民:
// 高血压500元、糖尿病800元、冠心病700元、慢性阻塞性肺疾病1000元…「以限额最高病种的限额为基数，每增加一个病种
// 增加200元，增加部分合计不超过400元」. 澄岫 (chengxiu-2024-9.txt) 第八条（三） 「恶性肿瘤门诊治疗职工医保6万元、
// 居民医保4万元」 beside limits for both schemes. 小桥 (xiaoqiao-test.txt, fiction for this test): 高血压 by
// scheme and employee status, 糖尿病 with no resident limit. Every value worked by hand from the text.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const TANGXI = 'test/fixtures/scheme4/tangxi.yaml';
const CHENGXIU = 'test/fixtures/scheme4/chengxiu.yaml';
const XIAOQIAO = 'test/fixtures/scheme4/xiaoqiao.yaml';
const chronic = (policy: string, ...more: string[]) => ['calc', '--policy', policy, '--date', '2025-06-01', '--benefit', 'chronic', ...more];

async function result(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}

/** A fixture with `from` replaced by `to` (its sources beside it); its path. */
function variant(file: string, from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'scheme4-'));
  cpSync('test/fixtures/scheme4/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  const out = join(dir, 'policy.yaml');
  writeFileSync(out, text.replace(from, to));
  return out;
}

// 棠溪: an active employee, 高血压 and 糖尿病, 5000 for 糖尿病 at 二级
const TX_EMPLOYEE = chronic(TANGXI, '--scheme', 'employee', '--status', 'active', '--tier', '2', '--disease', '糖尿病', '--diseases', '高血压,糖尿病', '--amount', '5000');
// 棠溪: a resident, 高血压, 糖尿病 and 冠心病, 2000 for 糖尿病 at 一级
const TX_RESIDENT = chronic(TANGXI, '--scheme', 'resident', '--tier', '1', '--disease', '糖尿病', '--diseases', '高血压,糖尿病,冠心病', '--amount', '2000');

describe('棠溪: each scheme its own disease limits and its own rule for several (第十一条 / 第十九条)', () => {
  it('employee 高血压 + 糖尿病: 2500 + 1500 × 50% = 3250; 5000 × 85% = 4250 cut to 3250, cash 1750; the breakdown cites 第十一条 only', async () => {
    const j = await result(TX_EMPLOYEE);
    expect([j.result.deductible_applied, j.result.fund_before_cap, j.result.disease_limit, j.result.fund_pays, j.result.cash_due]).toEqual(['0.00', '4250.00', '3250.00', '3250.00', '1750.00']);
    const text = (await yibao(TX_EMPLOYEE)).stdout;
    expect(text).toContain('职工医保门诊慢特病本人年度支付限额 3250.00 元(2 个病种合并使用)');
    expect(text).toContain('“其余病种各按其限额的50%累加”');
    expect(text).toContain('“糖尿病2500元”');
    expect(text).not.toContain('糖尿病800元');
    expect(text).not.toContain('每增加一个病种增加200元');
  });

  it('resident 高血压 + 糖尿病 + 冠心病: 800 + 2 × 200 = 1200 (the 400 ceiling not reached); (2000 − 200) × 70% = 1260 cut to 1200, cash 800; cites 第十九条', async () => {
    const j = await result(TX_RESIDENT);
    expect([j.result.deductible_applied, j.result.fund_before_cap, j.result.disease_limit, j.result.fund_pays, j.result.cash_due]).toEqual(['200.00', '1260.00', '1200.00', '1200.00', '800.00']);
    const text = (await yibao(TX_RESIDENT)).stdout;
    expect(text).toContain('居民医保门诊慢特病本人年度支付限额 1200.00 元(3 个病种合并使用)');
    expect(text).toContain('“每增加一个病种增加200元”');
    expect(text).toContain('“糖尿病800元”');
    expect(text).not.toContain('其余病种各按其限额的50%累加');
  });

  it('resident with all four of 高血压, 糖尿病, 冠心病, 慢阻肺: 1000 + min(3 × 200, 400) = 1400; the 1260 stays within it', async () => {
    const j = await result(chronic(TANGXI, '--scheme', 'resident', '--tier', '1', '--disease', '糖尿病', '--diseases', '高血压,糖尿病,冠心病,慢阻肺', '--amount', '2000'));
    expect([j.result.disease_limit, j.result.fund_pays]).toEqual(['1400.00', '1260.00']);
  });

  it('one disease: a retiree’s 高血压 1000 × 90% = 900 within 1500; a resident’s (1000 − 200) × 70% = 560 cut to 500', async () => {
    const e = await result(chronic(TANGXI, '--scheme', 'employee', '--status', 'retired', '--tier', '1', '--disease', '高血压', '--amount', '1000'));
    expect([e.result.disease_limit, e.result.fund_pays]).toEqual(['1500.00', '900.00']);
    const r = await result(chronic(TANGXI, '--scheme', 'resident', '--tier', '1', '--disease', '高血压', '--amount', '1000'));
    expect([r.result.disease_limit, r.result.fund_pays]).toEqual(['500.00', '500.00']);
  });

  it('say names the scheme’s limit, not the annual cap', async () => {
    const zh = (await yibao([...TX_EMPLOYEE, '--format', 'say'])).stdout;
    expect(zh).toContain('但职工医保门诊慢特病年度支付限额是3250元,统筹基金支付3250元。');
    const en = (await yibao([...TX_RESIDENT, '--format', 'say', '--lang', 'en'])).stdout;
    expect(en).toContain('That would be 1,260 yuan, but the resident insurance chronic-disease limit is 1,200 yuan a year.');
  });

  it('batch: each person’s disease fund carries under the scheme’s own limit (E1 1700, then 3250 − 1700 = 1550; R1 1200, then 0)', async () => {
    const out = await yibao(['batch', 'test/fixtures/scheme4/tangxi-year.csv', '--policy', TANGXI]);
    expect(out.code, out.stderr).toBe(0);
    const [head, ...rows] = out.stdout.trim().split('\n');
    const fund = head!.split(',').indexOf('fund_pays');
    const cells = (row: string) => row.replace(/"[^"]*"/g, 'D').split(',');
    // E1 row 2: 2000 × 85% = 1700 against 1550 left; R1 row 2: 起付 met, 500 × 70% = 350 against 0 left
    expect(rows.map((r) => cells(r)[fund])).toEqual(['1700.00', '1200.00', '1550.00', '0.00']);
  });

  it('policy show: one line per scheme for each disease and for the several rule, each with its quote', async () => {
    const zh = (await yibao(['policy', 'show', TANGXI])).stdout;
    expect(zh).toContain('    高血压(职工医保):1,500 元\n      原文[1]:“高血压1500元”');
    expect(zh).toContain('    高血压(居民医保):500 元\n      原文[1]:“高血压500元”');
    expect(zh).toContain('同时患多个病种(职工医保):按最高限额,另加其他每个病种限额的 50%,共用');
    expect(zh).toContain('同时患多个病种(居民医保):按最高限额,每多一个病种增加 200 元,增加部分最多 400 元');
    const en = (await yibao(['policy', 'show', TANGXI, '--lang', 'en'])).stdout;
    expect(en).toContain('several diseases (resident insurance): the highest limit plus 200 yuan per further disease, the increase at most 400 yuan');
  });
});

describe('澄岫 八（三）: one disease keyed by scheme beside limits for both', () => {
  const cancer = (...who: string[]) => chronic(CHENGXIU, ...who, '--tier', '3', '--disease', '恶性肿瘤门诊治疗', '--amount', '100000');
  it('恶性肿瘤 employee 60000: active (100000 − 200) × 80% = 79840, retired × 85% = 84830, both cut to 60000', async () => {
    for (const [status, before] of [['active', '79840.00'], ['retired', '84830.00']]) {
      const j = await result(cancer('--scheme', 'employee', '--status', status!));
      expect([j.result.fund_before_cap, j.result.disease_limit, j.result.fund_pays, j.result.cash_due]).toEqual([before, '60000.00', '60000.00', '40000.00']);
    }
  });

  it('恶性肿瘤 resident 40000: (100000 − 300) × 60% = 59820 cut to 40000', async () => {
    const j = await result(cancer('--scheme', 'resident', '--age', '40'));
    expect([j.result.fund_before_cap, j.result.disease_limit, j.result.fund_pays]).toEqual(['59820.00', '40000.00', '40000.00']);
    expect((await yibao(cancer('--scheme', 'resident', '--age', '40'))).stdout).toContain('“居民医保4万元”');
  });

  it('八（四） starts from each scheme’s own highest: 恶性肿瘤 + 高血压 60000 + 1200 × 50% = 60600 (employee), 40000 + 600 = 40600 (resident); all five: + min(1500 + 1250 + 1000 + 600, 2000) = 62000 / 42000', async () => {
    const limit = async (diseases: string, ...who: string[]) => (await result([...cancer(...who), '--diseases', diseases])).result.disease_limit;
    const two = '恶性肿瘤门诊治疗,高血压';
    const five = '恶性肿瘤门诊治疗,高血压,糖尿病,冠心病,慢性心力衰竭';
    expect([await limit(two, '--scheme', 'employee', '--status', 'active'), await limit(two, '--scheme', 'resident', '--age', '40')]).toEqual(['60600.00', '40600.00']);
    expect([await limit(five, '--scheme', 'employee', '--status', 'active'), await limit(five, '--scheme', 'resident', '--age', '40')]).toEqual(['62000.00', '42000.00']);
  });

  it('高血压 keeps one limit for both: employee (2000 − 200) × 90% = 1620 cut to 1200; resident (2000 − 300) × 70% = 1190 within it', async () => {
    const e = await result(chronic(CHENGXIU, '--scheme', 'employee', '--status', 'active', '--tier', '1', '--disease', '高血压', '--amount', '2000'));
    expect([e.result.disease_limit, e.result.fund_pays]).toEqual(['1200.00', '1200.00']);
    const r = await result(chronic(CHENGXIU, '--scheme', 'resident', '--age', '40', '--tier', '1', '--disease', '高血压', '--amount', '2000'));
    expect([r.result.disease_limit, r.result.fund_pays]).toEqual(['1200.00', '1190.00']);
  });
});

describe('小桥: a limit keyed by employee status; a scheme left out is unknown for that scheme only', () => {
  const xq = (...more: string[]) => chronic(XIAOQIAO, '--tier', '2', '--amount', '3000', ...more);
  it('高血压: active 1000, retired 1600, resident 400 (3000 × 80% or 60%, each cut to its limit)', async () => {
    const fund = async (...who: string[]) => (await result(xq(...who, '--disease', '高血压'))).result.fund_pays;
    expect([await fund('--scheme', 'employee', '--status', 'active'), await fund('--scheme', 'employee', '--status', 'retired'), await fund('--scheme', 'resident')]).toEqual(['1000.00', '1600.00', '400.00']);
  });

  it('糖尿病 has no resident limit: a resident claim is exit 3 naming chronic.disease_limits.糖尿病.resident and both --set; an employee’s is 2000', async () => {
    const out = await yibao(xq('--scheme', 'resident', '--disease', '糖尿病'));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('chronic.disease_limits.糖尿病.resident');
    expect(out.stderr).toContain('--set chronic.disease_limits.糖尿病.resident=<元>');
    expect(out.stderr).toContain('--set chronic.resident.disease_limit=<元>');
    // a resident with 高血压 and 糖尿病 needs it too (highest of the two)
    expect((await yibao(xq('--scheme', 'resident', '--disease', '高血压', '--diseases', '高血压,糖尿病'))).code).toBe(3);
    expect((await result(xq('--scheme', 'employee', '--status', 'active', '--disease', '糖尿病'))).result.fund_pays).toBe('2000.00');
  });

  it('--set the path the exit 3 names (or …diseases.糖尿病.limit.resident): 3000 × 60% = 1800 cut to 700, marked as the user’s', async () => {
    for (const path of ['chronic.disease_limits.糖尿病.resident', 'chronic.disease_limits.diseases.糖尿病.limit.resident']) {
      const j = await result(xq('--scheme', 'resident', '--disease', '糖尿病', '--set', `${path}=700`));
      expect([j.result.disease_limit, j.result.fund_pays]).toEqual(['700.00', '700.00']);
      expect(j.warnings.find((w: { code: string }) => w.code === 'user_value')?.path).toBe(path);
    }
    // an employee claim is not marked by a resident's value
    const e = await result(xq('--scheme', 'employee', '--status', 'active', '--disease', '糖尿病', '--set', 'chronic.disease_limits.糖尿病.resident=700'));
    expect(e.warnings.map((w: { code: string }) => w.code)).not.toContain('user_value');
  });

  it('--set a place the file does not hold: a status-keyed limit needs its status, a flat one has no scheme (exit 2)', async () => {
    const keyed = await yibao(xq('--scheme', 'employee', '--status', 'retired', '--disease', '高血压', '--set', 'chronic.disease_limits.高血压.employee=5'));
    expect(keyed.code).toBe(2);
    const flat = await yibao(chronic(CHENGXIU, '--scheme', 'employee', '--status', 'active', '--tier', '1', '--disease', '高血压', '--amount', '2000', '--set', 'chronic.disease_limits.高血压.employee=5'));
    expect(flat.code).toBe(2);
  });

  it('policy show: one line per scheme and status, the left-out one unknown and listed with its --set', async () => {
    const zh = (await yibao(['policy', 'show', XIAOQIAO])).stdout;
    expect(zh).toContain('    高血压(职工医保 退休):1,600 元');
    expect(zh).toContain('    糖尿病(居民医保):未知');
    expect(zh).toContain('--set chronic.disease_limits.糖尿病.resident=');
  });
});

describe('a several rule left out for one scheme', () => {
  const RESIDENT_RULE = readFileSync(TANGXI, 'utf8').match(/ {12}# 第十九条[\s\S]*?step_max: \{[^\n]*\n/)![0];
  it('a resident with two diseases is exit 3 naming chronic.disease_limits.several.resident; one disease, or an employee with two, is answered', async () => {
    const file = variant(TANGXI, RESIDENT_RULE, '');
    const two = await yibao(chronic(file, '--scheme', 'resident', '--tier', '1', '--disease', '高血压', '--diseases', '高血压,糖尿病', '--amount', '1000'));
    expect(two.code).toBe(3);
    expect(two.stderr).toContain('chronic.disease_limits.several.resident');
    expect(two.stderr).toContain('--set chronic.resident.disease_limit=<元>');
    expect((await result(chronic(file, '--scheme', 'resident', '--tier', '1', '--disease', '高血压', '--amount', '1000'))).result.fund_pays).toBe('500.00');
    expect((await result(chronic(file, '--scheme', 'employee', '--status', 'active', '--tier', '2', '--disease', '糖尿病', '--diseases', '高血压,糖尿病', '--amount', '5000'))).result.fund_pays).toBe('3250.00');
    // the rule given with --set (highest: 800 of 糖尿病): (1000 − 200) × 70% = 560 within 800
    const set = await result(chronic(file, '--scheme', 'resident', '--tier', '1', '--disease', '高血压', '--diseases', '高血压,糖尿病', '--amount', '1000', '--set', 'chronic.disease_limits.several.resident=highest'));
    expect([set.result.disease_limit, set.result.fund_pays]).toEqual(['800.00', '560.00']);
  });
});

describe('a reading on one scheme’s rule', () => {
  it('is said on that scheme’s claims naming several diseases, and on no other', async () => {
    const file = variant(TANGXI, '              value: highest_plus\n', '              value: highest_plus\n              reading: { zh: 测试解读, en: a test reading }\n              reading_short: { zh: 测试解读, en: a test reading }\n');
    const readings = async (...who: string[]) =>
      (await result(chronic(file, ...who, '--tier', '1', '--disease', '高血压', '--amount', '1000'))).warnings.filter((w: { code: string }) => w.code === 'reading').map((w: { path: string }) => w.path);
    expect(await readings('--scheme', 'resident', '--diseases', '高血压,糖尿病')).toEqual(['chronic.disease_limits.several.resident']);
    expect(await readings('--scheme', 'resident')).toEqual([]);
    expect(await readings('--scheme', 'employee', '--status', 'active', '--diseases', '高血压,糖尿病')).toEqual([]);
  });
});

describe('validate', () => {
  const refused = async (file: string, words: string) => {
    const out = await yibao(['policy', 'validate', file]);
    expect(out.code).toBe(2);
    expect(out.stdout + out.stderr).toContain(words);
  };
  const SEVERAL = readFileSync(TANGXI, 'utf8').match(/^ {10}several:\n[\s\S]*?(?=^ {8}employee:$)/m)![0];

  it('a keyed limit or several rule with neither scheme is refused', async () => {
    await refused(variant(XIAOQIAO, 'limit:\n                employee: { value: 2000, source: xq, quote: 糖尿病年度支付限额：职工医保2000元 }', 'limit: {}'), '按参保类型分列的 limit 至少写 employee 或 resident 之一');
    await refused(variant(TANGXI, SEVERAL, '          several: {}\n'), '按参保类型分列的 several 至少写 employee 或 resident 之一');
    await refused(variant(TANGXI, SEVERAL, '          several: { employee: null }\n'), '按参保类型分列的 several 至少写 employee 或 resident 之一');
  });

  it('a key that is neither scheme is named', async () => {
    await refused(variant(XIAOQIAO, '                resident: { value: 400', '                retiree: { value: 400'), '未知的键“retiree”');
  });

  it('a scheme whose rule is by_count takes no limit of its own on a shared disease (the other scheme keeps its)', async () => {
    const byCount = variant(
      TANGXI,
      '              value: highest_plus\n              source: tx',
      '              value: by_count\n              by_count: [{ from: 1, limit: { value: 500, source: tx, quote: 高血压500元 } }]\n              source: tx',
    );
    const out = await yibao(['policy', 'validate', byCount]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('several 为 by_count 时病种不写自己的 limit');
    expect(out.stderr).not.toContain('高血压1500元');
  });

  it('each scheme’s entry is checked as a sourced value: its quote must hold its number', async () => {
    await refused(variant(XIAOQIAO, 'retired: { value: 1600, source: xq, quote: 退休人员1600元 }', 'retired: { value: 1600, source: xq, quote: 退休人员1000元 }'), '原文不含数字 1600');
  });

  it('the three fixtures are valid', async () => {
    for (const f of [TANGXI, CHENGXIU, XIAOQIAO]) expect((await yibao(['policy', 'validate', f])).code).toBe(0);
  });
});

it('policy init shows the keyed form as a comment, and the skeleton stays valid', async () => {
  const out = await yibao(['policy', 'init', 'newcity']);
  expect(out.stdout).toContain('#   limit: { employee: { value: …, source: …, quote: … }, resident: { value: …, source: …, quote: … } }');
  expect(out.stdout).toContain('#   several: { employee: { value: highest_plus_share');
});
