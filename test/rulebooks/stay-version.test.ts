// A stay that crosses a version's start (栖湾, test/fixtures/stay5, fiction): 栖医保发〔2024〕1号 第二条
// 「一个自然年度内第二次及以后住院的，起付标准减半收取」, amended by 栖医保发〔2025〕3号 from 2025-03-01 to
// 「第二次住院的，起付标准减半收取；第三次及以后住院的，不再收取起付标准」. Which version governs a stay admitted
// before and discharged after is the policy's stay_version. Worked by hand: resident 一档, 二级 (起付 400,
// 75%), 2000.00, third stay of the year: under 2024 起付 400 × 50% = 200.00, (2000 − 200) × 75% = 1350.00,
// cash 650.00; under 2025 起付 0, 2000 × 75% = 1500.00, cash 500.00. A first stay: 400, (2000 − 400) × 75%
// = 1200.00 under both.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { yibao } from '../cli/calc-helpers.js';
import { stayBatch } from './stay-helpers.js';

const FILE = 'test/fixtures/stay5/qiwan.yaml';
const STAY = ['calc', '--benefit', 'inpatient', '--scheme', 'resident', '--grade', '1', '--tier', '2', '--amount', '2000', '--date', '2025-02-20'];
const CROSS = [...STAY, '--discharge-date', '2025-03-05'];

/** The fixture with a top-level stay_version (YAML), in a directory with its sources (and the 问答). */
function variant(stayVersion: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'stay-version-'));
  cpSync('test/fixtures/stay5/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(FILE, 'utf8')
    .replace('\ntiers:', '\n  qa:\n    title: 栖湾市医疗保障局政策问答（测试用虚构政策）\n    publisher: 栖湾市医疗保障局\n    date: "2025"\n    file: sources/qiwan-qa-2025.txt\n\ntiers:')
    .replace('\nhotline:', `\nstay_version: ${stayVersion}\n\nhotline:`);
  writeFileSync(join(dir, 'qiwan.yaml'), text);
  return join(dir, 'qiwan.yaml');
}

async function json(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}
const codes = (j: { warnings: { code: string }[] }) => j.warnings.map((w) => w.code);

describe('a stay crossing a version (stay_version)', () => {
  it('within one version, by its date, as before: 2024 third stay 1350.00; 2025 third stay 1500.00', async () => {
    expect((await json([...STAY, '--policy', FILE, '--admission', '3'])).result.fund_pays).toBe('1350.00');
    const later = await json([...STAY, '--policy', FILE, '--admission', '3', '--date', '2025-03-10', '--discharge-date', '2025-03-20']);
    expect([later.result.deductible_applied, later.result.fund_pays, later.policy.version]).toEqual(['0.00', '1500.00', '2025-03-01']);
  });

  it('left out (unknown) and the versions differ: exit 3 naming stay_version with both results', async () => {
    const out = await yibao([...CROSS, '--policy', FILE, '--admission', '3']);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('stay_version');
    expect(out.stderr).toContain('按入院日期 2025-02-20 适用的政策(2024-01-01 起施行的版本):统筹基金支付 1350.00 元,个人现金 650.00 元');
    expect(out.stderr).toContain('按出院日期 2025-03-05 适用的政策(2025-03-01 起施行的版本):统筹基金支付 1500.00 元,个人现金 500.00 元');
    expect(out.stderr).toContain('--set stay_version=admission|discharge');
    const j = await yibao([...CROSS, '--policy', FILE, '--admission', '3', '--json']);
    expect(JSON.parse(j.stdout).error.message).toContain('stay_version');
  });

  it('the versions agree (a first stay: 1200.00 under both): answered, nothing said', async () => {
    const j = await json([...CROSS, '--policy', FILE, '--admission', '1']);
    expect([j.result.fund_pays, j.policy.version]).toEqual(['1200.00', '2024-01-01']);
    expect(codes(j)).toEqual([]);
  });

  it('stated (问答: 按出院结算之日执行的政策结算): the discharge day’s version, 1500.00, nothing said', async () => {
    const f = variant('{ value: discharge, source: qa, quote: 住院费用按出院结算之日执行的政策结算 }');
    const j = await json([...CROSS, '--policy', f, '--admission', '3']);
    expect([j.result.fund_pays, j.result.cash_due, j.policy.version]).toEqual(['1500.00', '500.00', '2025-03-01']);
    expect(codes(j)).not.toContain('reading');
    expect((await yibao(['policy', 'show', f])).stdout).toContain('出院(结算)之日执行的版本');
  });

  it('a reading (admission): 1350.00 with the reading said in text, JSON and say; not where the versions agree', async () => {
    const f = variant('{ value: admission, reading: { zh: 原文未说明跨版本的住院按哪个版本，本文件按入院之日的版本。, en: "The text does not say; this file takes the admission day’s version." }, reading_short: { zh: 跨版本的住院按入院时的政策算, en: the admission day’s version } }');
    const j = await json([...CROSS, '--policy', f, '--admission', '3']);
    expect([j.result.fund_pays, j.policy.version]).toEqual(['1350.00', '2024-01-01']);
    expect(j.warnings.find((w: { code: string }) => w.code === 'reading').message).toContain('原文未说明跨版本的住院');
    expect((await yibao([...CROSS, '--policy', f, '--admission', '3'])).stdout).toContain('原文未说明跨版本的住院');
    expect((await yibao([...CROSS, '--policy', f, '--admission', '3', '--format', 'say'])).stdout).toContain('跨版本的住院按入院时的政策算,这是对原文的理解');
    expect(codes(await json([...CROSS, '--policy', f, '--admission', '1']))).not.toContain('reading');
  });

  it('--set stay_version=discharge answers the unknown: 1500.00, said as the user’s', async () => {
    const j = await json([...CROSS, '--policy', FILE, '--admission', '3', '--set', 'stay_version=discharge']);
    expect([j.result.fund_pays, j.policy.version]).toEqual(['1500.00', '2025-03-01']);
    expect(codes(j)).toContain('user_value');
  });

  it('batch: the crossing third stay is that row’s error naming stay_version (unknown), the reading’s code under a reading', async () => {
    const run = stayBatch(
      '人员编号,入院日期,出院日期,参保类型,缴费档次,医院级别,待遇类型,总费用,住院次数\n' +
        'A,2025-02-20,2025-03-05,居民,一档,二级,住院,2000,3\n' +
        'B,2025-02-20,2025-03-05,居民,一档,二级,住院,2000,1\n',
    );
    const unknown = await run(FILE);
    expect(unknown.out.code).toBe(1);
    expect(unknown.rows[0]![0]).toBe('error');
    expect(unknown.rows[0]![2]).toContain('stay_version');
    expect(unknown.rows[1]!.slice(0, 2)).toEqual(['ok', '1200.00']);
    const read = await run(variant('{ value: discharge, reading: { zh: 按出院结算日的版本。, en: by the discharge day. } }'));
    expect(read.out.code, read.out.stderr).toBe(0);
    expect(read.rows.map((r) => r.slice(0, 2))).toEqual([
      ['ok', '1500.00'],
      ['ok', '1200.00'],
    ]);
    expect(read.rows[0]![3]).toContain('reading');
    expect(read.rows[1]![3]).not.toContain('reading');
  });

  it('show says it is unknown for a two-version file; validate needs a note for null; init has it; the merged version validates', async () => {
    const show = (await yibao(['policy', 'show', FILE])).stdout;
    expect(show).toContain('入院、出院日期分属两个版本时适用:未知');
    const v = await yibao(['policy', 'validate', variant('{ value: null }')]);
    expect(v.code).toBe(2);
    expect(v.stdout + v.stderr).toContain('需要 note');
    expect((await yibao(['policy', 'validate', FILE])).code).toBe(0);
    expect((await yibao(['policy', 'init', 'x'])).stdout).toContain('stay_version: { value: null');
  });

  it('the guide’s merge keys: an amended value merged one level further down is checked as written out (its quote’s number)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stay-version-merge-'));
    cpSync('test/fixtures/stay5/sources', join(dir, 'sources'), { recursive: true });
    const text = readFileSync(FILE, 'utf8')
      .replace('          deductible:\n            "1": { value: 200', '          deductible: &ded2024\n            "1": { value: 200')
      .replace('          <<: *resident2024\n', '          <<: *resident2024\n          deductible: { <<: *ded2024, "3": { value: 800, source: qw2025, quote: 第三次及以后住院的，不再收取起付标准 } }\n');
    writeFileSync(join(dir, 'qiwan.yaml'), text);
    const v = await yibao(['policy', 'validate', join(dir, 'qiwan.yaml')]);
    expect(v.code).toBe(2);
    expect(v.stdout + v.stderr).toMatch(/qiwan\.yaml:\d+:\d+: 原文不含数字 800/);
  });
});
