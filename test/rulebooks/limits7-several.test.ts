// The rule for several chronic diseases in general parts (round-7 trial, fiction):
// 汀澜 第十二条 「同时患有两种及以上设限额病种的，年度支付限额按各病种限额之和的70%确定，但不低于其中最高病种的
// 限额」 → several: sum_share (share 0.7) with at_least_highest; 鹤屿 第十四条 「以限额最高病种的限额为基础，其他病种
// 每种按其限额的50%增加，合计不超过限额最高病种限额的2倍」 → highest_plus_share (share 0.5) with max_times_highest 2.
// Fixtures test/fixtures/limits7/{tinglan,heyu}.yaml. Values worked by hand from the text before running.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const TL = 'test/fixtures/limits7/tinglan.yaml';
const HY = 'test/fixtures/limits7/heyu.yaml';

async function result(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout).result;
}

/** The fixture with one text replaced, in a temporary folder beside its sources. */
function edited(file: string, from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'limits7-'));
  cpSync('test/fixtures/limits7/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  const out = join(dir, 'policy.yaml');
  writeFileSync(out, text.replace(from, to));
  return out;
}

const tlChronic = (file = TL) => ['calc', '--policy', file, '--date', '2025-09-16', '--benefit', 'chronic', '--scheme', 'employee', '--status', 'retired', '--tier', '2'];
const hyChronic = (file = HY) => ['calc', '--policy', file, '--date', '2025-06-01', '--benefit', 'chronic', '--scheme', 'employee', '--status', 'active', '--tier', '2'];

describe('汀澜 第十二条: 70% of the sum, not below the highest (sum_share + at_least_highest)', () => {
  it('TL-08: 高血压 + 糖尿病 → (1200 + 1600) × 70% = 1960; 538 × 90% = 484.20, 1700 used: fund 260, account 150, cash 190', async () => {
    // 600 − 50 目录外 − 200 × 6% = 538.00 pooled; patient owes 600 − 260 = 340; own account 150
    const r = await result([...tlChronic(), '--amount', '600', '--out-of-scope', '50', '--class-b-drugs', '200', '--diseases', '高血压,糖尿病', '--disease', '糖尿病', '--ytd-fund', '1700', '--ytd-benefit-fund', '1700', '--account', '150']);
    expect([r.first_pay, r.fund_before_cap, r.disease_limit, r.fund_pays, r.account_pays, r.cash_due]).toEqual(['12.00', '484.20', '1960.00', '260.00', '150.00', '190.00']);
  });

  it('three diseases: (1200 + 1600 + 2400) × 70% = 3640', async () => {
    const r = await result([...tlChronic(), '--amount', '10000', '--diseases', '高血压,糖尿病,慢性阻塞性肺疾病', '--disease', '高血压']);
    expect(r.disease_limit).toBe('3640.00');
  });

  it('the floor binds where 70% of the sum is below the highest: 高血压 set to 500, + 2400 → 2900 × 70% = 2030 < 2400: 2400', async () => {
    const args = [...tlChronic(), '--amount', '10000', '--diseases', '高血压,慢性阻塞性肺疾病', '--disease', '高血压', '--set', 'chronic.disease_limits.高血压=500'];
    expect((await result(args)).disease_limit).toBe('2400.00');
    // without the floor the share alone: 2030
    const noFloor = edited(TL, "            at_least_highest: { value: true, source: tl, quote: 但不低于其中最高病种的限额 }\n", '');
    expect((await result(['calc', '--policy', noFloor, ...args.slice(3)])).disease_limit).toBe('2030.00');
  });

  it('the breakdown quotes each part of the rule', async () => {
    const out = await yibao([...tlChronic(), '--amount', '600', '--diseases', '高血压,糖尿病', '--disease', '糖尿病']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('年度支付限额按各病种限额之和的70%确定');
    expect(out.stdout).toContain('但不低于其中最高病种的限额');
  });

  it('policy show says the rule in plain words', async () => {
    const zh = (await yibao(['policy', 'show', TL])).stdout;
    expect(zh).toContain('各病种限额之和的 70%,共用;不低于其中最高病种的限额');
    const en = (await yibao(['policy', 'show', TL, '--lang', 'en'])).stdout;
    expect(en).toContain('70% of the limits added, shared; at least the highest single limit');
  });

  it('an unknown floor stops a claim with several diseases, naming it; one disease is answered', async () => {
    const file = edited(TL, 'at_least_highest: { value: true, source: tl, quote: 但不低于其中最高病种的限额 }', 'at_least_highest: { value: null, note: { zh: 测试：未知。, en: "test: unknown." } }');
    const several = await yibao([...tlChronic(file), '--amount', '600', '--diseases', '高血压,糖尿病', '--disease', '糖尿病']);
    expect(several.code).toBe(3);
    expect(several.stderr + several.stdout).toContain('chronic.disease_limits.several.at_least_highest');
    expect((await result([...tlChronic(file), '--amount', '600', '--disease', '糖尿病'])).disease_limit).toBe('1600.00');
  });

  it('validate: sum_share needs share; at_least_highest does not go with by_count', async () => {
    const noShare = edited(TL, "            share: { value: 0.7, source: tl, quote: 年度支付限额按各病种限额之和的70%确定 }\n", '');
    const out = await yibao(['policy', 'validate', noShare, '--lang', 'en']);
    expect(out.code).toBe(2);
    expect(out.stdout + out.stderr).toContain('sum_share needs share');
  });
});

describe('鹤屿 第十四条: the highest plus 50% of each other, at most twice the highest (max_times_highest)', () => {
  it('HY-12 (resident, 社区卫生服务中心): 2400 + 1000 + 600 = 4000 ≤ 4800; 680 × 70% = 476, 3700 used: fund 300, cash 500', async () => {
    // 800 − 200 × 10% = 780 pooled; 起付 300 with 200 met: 100; (780 − 100) × 70% = 476.00
    const r = await result(['calc', '--policy', HY, '--date', '2025-10-22', '--benefit', 'chronic', '--scheme', 'resident', '--tier', '社区卫生服务中心', '--amount', '800', '--class-b-drugs', '200', '--diseases', '糖尿病,高血压,冠心病', '--disease', '冠心病', '--ytd-deductible', '200', '--ytd-fund', '3700', '--ytd-benefit-fund', '3700']);
    expect([r.deductible_applied, r.fund_before_cap, r.disease_limit, r.fund_pays, r.cash_due]).toEqual(['100.00', '476.00', '4000.00', '300.00', '500.00']);
  });

  it('the ceiling binds: 类风湿关节炎 3600 + (1200 + 2000 + 2400 + 3000) × 50% = 7900 > 2 × 3600: 7200', async () => {
    const r = await result([...hyChronic(), '--amount', '10000', '--diseases', '类风湿关节炎,高血压,糖尿病,冠心病,慢性阻塞性肺疾病', '--disease', '高血压']);
    expect([r.disease_limit, r.fund_pays]).toEqual(['7200.00', '7200.00']);
  });

  it('恶性肿瘤 as the highest: 60000 + 600 = 60600, far below 120000', async () => {
    expect((await result([...hyChronic(), '--amount', '100', '--diseases', '恶性肿瘤门诊治疗,高血压', '--disease', '高血压'])).disease_limit).toBe('60600.00');
  });

  it('--set the multiple: 1.5 × 3600 = 5400', async () => {
    const r = await result([...hyChronic(), '--amount', '10000', '--diseases', '类风湿关节炎,高血压,糖尿病,冠心病,慢性阻塞性肺疾病', '--disease', '高血压', '--set', 'chronic.disease_limits.several.max_times_highest=1.5']);
    expect(r.disease_limit).toBe('5400.00');
  });

  it('policy show and the breakdown name the ceiling', async () => {
    expect((await yibao(['policy', 'show', HY, '--lang', 'en'])).stdout).toContain('the highest limit plus 50% of each other disease’s limit, shared; at most 2 times the highest limit');
    const out = await yibao([...hyChronic(), '--amount', '10000', '--diseases', '类风湿关节炎,高血压', '--disease', '高血压']);
    expect(out.stdout).toContain('合计不超过限额最高病种限额的2倍');
  });
});

// A reading written on one of several's own values (its share) was accepted by validate and never said (a trial newcomer's
// 「每增加一个病种，增加其年度支付限额的50%」, 其 read as the added disease): it is now said on a claim naming several diseases.
describe('a reading on several.share', () => {
  it('is said on a claim with two diseases, not on one with one', async () => {
    const share = '            share: { value: 0.5, source: hy, quote: 其他病种每种按其限额的50%增加 }\n';
    const file = edited(HY, share, '            share: { value: 0.5, source: hy, quote: 其他病种每种按其限额的50%增加, reading: { zh: 其他病种按各自限额的50%增加。, en: each other disease adds half its own limit }, reading_short: { zh: 其他病种按各自限额的一半增加, en: half of each other limit } }\n');
    const two = await yibao([...hyChronic(file), '--amount', '500', '--diseases', '高血压,糖尿病', '--disease', '高血压', '--json']);
    expect(two.code, two.stderr).toBe(0);
    const paths = (out: { stdout: string }) => JSON.parse(out.stdout).warnings.filter((w: { kind: string }) => w.kind === 'reading').map((w: { path: string }) => w.path);
    expect(paths(two)).toContain('chronic.disease_limits.several.share');
    const one = await yibao([...hyChronic(file), '--amount', '500', '--disease', '高血压', '--json']);
    expect(paths(one)).not.toContain('chronic.disease_limits.several.share');
  });
});
