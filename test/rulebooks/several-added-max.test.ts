// 澄岫 八（四） (test/fixtures/fac4/sources/chengxiu-2024-9.txt, fiction): 「同时患有两种及以上病种的，以限额
// 最高的病种全额为基数，其余每个病种按其限额的50%累加，累加部分合计不超过2000元」: several: highest_plus_share
// with added_max (the added part capped; sum_max caps the total). Limits 高血压1200, 糖尿病2000, 冠心病2500,
// 慢性心力衰竭3000. Values worked by hand from the text before running.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const FILE = 'test/fixtures/fac4/chengxiu.yaml';
const CALC = ['calc', '--policy', FILE, '--date', '2025-05-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'chronic', '--tier', '2', '--amount', '10000'];

async function result(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout).result;
}

async function validate(from: string, to: string) {
  const dir = mkdtempSync(join(tmpdir(), 'added-max-'));
  cpSync('test/fixtures/fac4/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(FILE, 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, 'chengxiu.yaml'), text.replace(from, to));
  const out = await yibao(['policy', 'validate', join(dir, 'chengxiu.yaml'), '--lang', 'en']);
  return { code: out.code, text: out.stdout + out.stderr };
}

describe('several: highest_plus_share with added_max (澄岫 八（四）)', () => {
  it('four diseases: 3000 + min(1250 + 1000 + 600 = 2850, 2000) = 5000; 9800 × 85% = 8330 held to 5000', async () => {
    const r = await result([...CALC, '--diseases', '慢性心力衰竭,冠心病,糖尿病,高血压', '--disease', '冠心病']);
    expect([r.deductible_applied, r.fund_before_cap, r.disease_limit, r.fund_pays, r.cash_due]).toEqual(['200.00', '8330.00', '5000.00', '5000.00', '5000.00']);
  });

  it('two diseases, the added part below the cap: 3000 + 1200 × 50% = 3600', async () => {
    const r = await result([...CALC, '--diseases', '慢性心力衰竭,高血压', '--disease', '高血压']);
    expect([r.disease_limit, r.fund_pays]).toEqual(['3600.00', '3600.00']);
  });

  it('three diseases: 3000 + 1250 + 1000 = 5250, the added 2250 held to 2000: 5000 (the text says the clause)', async () => {
    const args = [...CALC, '--diseases', '慢性心力衰竭,冠心病,糖尿病', '--disease', '糖尿病'];
    expect((await result(args)).disease_limit).toBe('5000.00');
    expect((await yibao(args)).stdout).toContain('累加部分合计不超过2000元');
  });

  it('the same file with sum_max 5000 in its place caps the total instead: four diseases 3000 + 2850 = 5850 → 5000, two 3600', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'added-max-'));
    cpSync('test/fixtures/fac4/sources', join(dir, 'sources'), { recursive: true });
    const text = readFileSync(FILE, 'utf8').replace('added_max: { value: 2000, source: cx, quote: 累加部分合计不超过2000元 }', 'sum_max: { value: 5000, inferred: true, source: cx, quote: 以限额最高的病种全额为基数, reasoning: { zh: 测试：合计上限 3000 + 2000。, en: "test: a total cap of 3000 + 2000." } }');
    writeFileSync(join(dir, 'chengxiu.yaml'), text);
    const args = ['calc', '--policy', join(dir, 'chengxiu.yaml'), ...CALC.slice(3)];
    expect((await result([...args, '--diseases', '慢性心力衰竭,冠心病,糖尿病,高血压', '--disease', '冠心病'])).disease_limit).toBe('5000.00');
    // 3000 + 1250 = 4250: below both
    expect((await result([...args, '--diseases', '慢性心力衰竭,冠心病', '--disease', '冠心病'])).disease_limit).toBe('4250.00');
  });

  it('policy show says the added part is capped, the highest counted in full', async () => {
    const out = (await yibao(['policy', 'show', FILE])).stdout;
    expect(out).toContain('增加部分合计最多 2,000 元(最高限额全额计入)');
    expect(out).toContain('“累加部分合计不超过2000元”');
  });

  it('validate refuses added_max beside sum_max, and on another rule', async () => {
    const both = await validate(
      '            added_max: { value: 2000, source: cx, quote: 累加部分合计不超过2000元 }\n',
      '            added_max: { value: 2000, source: cx, quote: 累加部分合计不超过2000元 }\n            sum_max: { value: 5000, inferred: true, source: cx, quote: 以限额最高的病种全额为基数, reasoning: { zh: 测试：合计上限 3000 + 2000。, en: "test: a total cap of 3000 + 2000." } }\n',
    );
    expect(both.code).toBe(2);
    expect(both.text).toContain('write sum_max (the total is capped) or added_max (the added part is capped), not both');
    const other = await validate('            value: highest_plus_share\n', '            value: highest\n');
    expect(other.code).toBe(2);
    expect(other.text).toContain('added_max goes with highest_plus_share only');
  });

  it('an unknown added_max stops a claim with several diseases, naming it; one disease is answered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'added-max-'));
    cpSync('test/fixtures/fac4/sources', join(dir, 'sources'), { recursive: true });
    writeFileSync(join(dir, 'chengxiu.yaml'), readFileSync(FILE, 'utf8').replace('added_max: { value: 2000, source: cx, quote: 累加部分合计不超过2000元 }', 'added_max: { value: null, note: { zh: 测试：未知。, en: "test: unknown." } }'));
    const args = ['calc', '--policy', join(dir, 'chengxiu.yaml'), ...CALC.slice(3)];
    const several = await yibao([...args, '--diseases', '慢性心力衰竭,高血压', '--disease', '高血压']);
    expect(several.code).toBe(3);
    expect(several.stderr + several.stdout).toContain('chronic.disease_limits.several.added_max');
    expect((await result([...args, '--disease', '高血压'])).disease_limit).toBe('1200.00');
  });
});
