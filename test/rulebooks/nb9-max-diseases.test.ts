// 栖梧 第五条（三） (test/fixtures/nb9/sources/qiwu-2025-6.txt, fiction): 「同时患有多个病种的，年度支付限额按
// 各病种限额累加计算，最多按三个病种计算，按限额较高的三个病种累加」: several: sum with max_diseases 3 and
// max_diseases_counted highest. Limits 高血压1200, 糖尿病2400, 冠心病3000, 慢性阻塞性肺疾病3600, 类风湿关节炎1800;
// no deductible, 60%. Values worked by hand from the text before running.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const FILE = 'test/fixtures/nb9/qiwu.yaml';
const REST = ['--date', '2025-06-01', '--scheme', 'resident', '--benefit', 'chronic', '--tier', '2'];
const FOUR = ['--disease', '高血压', '--diseases', '高血压,糖尿病,冠心病,慢阻肺'];
const COUNTED = 'max_diseases_counted: { value: highest, source: qw, quote: 按限额较高的三个病种累加 }';

/** The fixture with `from` replaced by `to`, in a directory of its own with the sources beside it. */
function variant(from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'nb9-max-'));
  cpSync('test/fixtures/nb9/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(FILE, 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, 'qiwu.yaml'), text.replace(from, to));
  return join(dir, 'qiwu.yaml');
}

async function result(file: string, args: string[]) {
  const out = await yibao(['calc', '--policy', file, ...REST, ...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout).result;
}

describe('several: max_diseases (栖梧 第五条（三） 最多按三个病种计算)', () => {
  it('four diseases, the three highest counted: 3600 + 3000 + 2400 = 9000 (高血压 1200 left out); 20000 × 60% = 12000 held to 9000', async () => {
    const r = await result(FILE, ['--amount', '20000', ...FOUR]);
    expect([r.fund_before_cap, r.disease_limit, r.fund_pays, r.cash_due]).toEqual(['12000.00', '9000.00', '9000.00', '11000.00']);
  });

  it('all five: still the three highest, 9000; three diseases are all counted: 1200 + 2400 + 3000 = 6600', async () => {
    expect((await result(FILE, ['--amount', '20000', '--disease', '类风湿关节炎', '--diseases', '高血压,糖尿病,冠心病,慢阻肺,类风湿关节炎'])).disease_limit).toBe('9000.00');
    expect((await result(FILE, ['--amount', '20000', '--disease', '高血压', '--diseases', '高血压,糖尿病,冠心病'])).disease_limit).toBe('6600.00');
  });

  it('the breakdown says which three were counted, with the clause', async () => {
    const out = await yibao(['calc', '--policy', FILE, ...REST, '--amount', '20000', ...FOUR]);
    expect(out.stdout).toContain('最多按 3 个病种计算:限额最高的慢性阻塞性肺疾病、冠心病、糖尿病');
    expect(out.stdout).toContain('“最多按三个病种计算”');
  });

  it('first_certified: the first three of --diseases, 1200 + 2400 + 3000 = 6600', async () => {
    const file = variant(COUNTED, 'max_diseases_counted: { value: first_certified, source: qw, quote: 按限额较高的三个病种累加 }');
    expect((await result(file, ['--amount', '20000', ...FOUR])).disease_limit).toBe('6600.00');
  });

  it('which three left unknown: exit 3 with both answers (9000.00 and 6600.00) and the --set; a claim both give the same is answered', async () => {
    const file = variant(COUNTED, 'max_diseases_counted: { value: null, note: { zh: 测试：没说按哪三个。, en: "test: not said which." } }');
    const out = await yibao(['calc', '--policy', file, ...REST, '--amount', '20000', ...FOUR, '--lang', 'en']);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('chronic.disease_limits.several.max_diseases_counted');
    expect(out.stderr).toContain('9000.00');
    expect(out.stderr).toContain('6600.00');
    expect(out.stderr).toContain('--set chronic.disease_limits.several.max_diseases_counted=highest|first_certified');
    // 10000 × 60% = 6000: below 6600 and 9000
    expect((await result(file, ['--amount', '10000', ...FOUR])).fund_pays).toBe('6000.00');
    // --set chooses: the highest, 9000
    expect((await result(file, ['--amount', '20000', ...FOUR, '--set', 'chronic.disease_limits.several.max_diseases_counted=highest'])).fund_pays).toBe('9000.00');
  });

  it('a reading of which three is said on the claim it changes only', async () => {
    const file = variant(COUNTED, 'max_diseases_counted: { value: highest, source: qw, quote: 最多按三个病种计算, reading: { zh: 测试：理解为限额最高的三个。, en: "test: read as the three highest." }, reading_short: { zh: 按限额最高的三个病种, en: the three highest } }');
    const long = await yibao(['calc', '--policy', file, ...REST, '--amount', '20000', ...FOUR, '--json']);
    expect(JSON.parse(long.stdout).result.fund_pays).toBe('9000.00');
    expect(long.stdout).toContain('max_diseases_counted');
    const short = await yibao(['calc', '--policy', file, ...REST, '--amount', '10000', ...FOUR, '--json']);
    expect(short.stdout).not.toContain('max_diseases_counted');
  });

  it('the count left unknown: exit 3 naming it on two diseases; one disease is answered (1000 × 60% = 600); --set …max_diseases=2 gives 3600 + 3000 = 6600', async () => {
    const file = variant('max_diseases: { value: 3, source: qw, quote: 最多按三个病种计算 }', 'max_diseases: { value: null, note: { zh: 测试：未知。, en: "test: unknown." } }');
    const two = await yibao(['calc', '--policy', file, ...REST, '--amount', '1000', '--disease', '高血压', '--diseases', '高血压,糖尿病']);
    expect(two.code).toBe(3);
    expect(two.stderr).toContain('chronic.disease_limits.several.max_diseases');
    expect((await result(file, ['--amount', '1000', '--disease', '高血压'])).fund_pays).toBe('600.00');
    expect((await result(file, ['--amount', '20000', ...FOUR, '--set', 'chronic.disease_limits.several.max_diseases=2'])).disease_limit).toBe('6600.00');
  });

  it('policy show says the count and which diseases', async () => {
    const out = (await yibao(['policy', 'show', FILE])).stdout;
    expect(out).toContain('最多计算的病种数');
    expect(out).toContain('限额最高的几个病种');
    expect(out).toContain('“按限额较高的三个病种累加”');
  });

  it('validate refuses max_diseases beside highest, a count below 2, and max_diseases_counted alone', async () => {
    const check = async (file: string, text: string) => {
      const out = await yibao(['policy', 'validate', file, '--lang', 'en']);
      expect(out.code).toBe(2);
      expect(out.stdout + out.stderr).toContain(text);
    };
    await check(variant('            value: sum\n', '            value: highest\n'), 'max_diseases does not go with highest');
    await check(variant('max_diseases: { value: 3, source: qw, quote: 最多按三个病种计算 }', 'max_diseases: { value: 1, source: qw, quote: 最多按1个病种计算 }'), 'max_diseases is at least 2');
    await check(variant('            max_diseases: { value: 3, source: qw, quote: 最多按三个病种计算 }\n', ''), 'max_diseases_counted goes with max_diseases only');
  });
});
