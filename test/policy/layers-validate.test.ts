// `policy validate` on the layers structures (several diseases, a group's own numbers, 目录外 in
// the assistance base): a combination the text cannot mean is refused at its line, in zh and en.
// Fixtures: test/fixtures/layers/ (the trial rulebooks' clauses), changed one key at a time.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

/** The fixture with `from` replaced by `to`, validated; its output in both languages. */
async function validate(city: 'qingou' | 'yanxi', from: string, to: string) {
  const dir = mkdtempSync(join(tmpdir(), 'layers-'));
  cpSync('test/fixtures/layers/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(`test/fixtures/layers/${city}.yaml`, 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, `${city}.yaml`), text.replace(from, to));
  const zh = await yibao(['policy', 'validate', join(dir, `${city}.yaml`)]);
  const en = await yibao(['policy', 'validate', join(dir, `${city}.yaml`), '--lang', 'en']);
  return { code: zh.code, zh: zh.stdout + zh.stderr, en: en.stdout + en.stderr };
}

describe('validate: the layers structures', () => {
  it('both fixtures are valid as written (两种 is read as the count 2)', async () => {
    for (const city of ['qingou', 'yanxi']) expect((await yibao(['policy', 'validate', `test/fixtures/layers/${city}.yaml`])).code).toBe(0);
  });

  it('highest_plus_share without share', async () => {
    const r = await validate('qingou', '            share: { value: 0.5, source: qo, quote: 另加另一病种限额的50% }\n', '');
    expect(r.code).toBe(2);
    expect(r.zh).toContain('highest_plus_share 需要 share');
    expect(r.en).toContain('highest_plus_share needs share');
  });

  it('a group with both cap and no_cap, or threshold and threshold_share', async () => {
    const r = await validate('qingou', '            no_cap: { value: true, source: qo, quote: 不设年度最高支付限额 }', '            no_cap: { value: true, source: qo, quote: 不设年度最高支付限额 }\n            cap: { value: 400000, source: qo, quote: 由大额医疗费用补助支付90%，年度最高支付40万元 }');
    expect(r.code).toBe(2);
    expect(r.en).toContain('give either cap or no_cap, not both');
    const t = await validate('yanxi', '            threshold: { value: 6000, source: yx, quote: 大病保险起付标准降至6000元 }', '            threshold: { value: 6000, source: yx, quote: 大病保险起付标准降至6000元 }\n            threshold_share: { value: 0.5, inferred: true, reasoning: { zh: 一半。, en: half. } }');
    expect(t.code).toBe(2);
    expect(t.zh).toContain('threshold_share 和 threshold 只能写一个');
  });

  it('a stated_for whose quote does not state the count, and sum_max on another rule', async () => {
    const r = await validate('qingou', 'quote: 同时患有两种病种的 }', 'quote: 同时患有病种的 }');
    expect(r.code).toBe(2);
    expect(r.en).toContain('quote does not contain the number 2');
    const s = await validate('yanxi', '            value: sum\n', '            value: highest\n');
    expect(s.code).toBe(2);
    expect(s.en).toContain('sum_max goes with sum, sum_share or highest_plus_share only');
  });

  it('a model-1 file still needs its cap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layers-'));
    cpSync('test/fixtures/layers/sources', join(dir, 'sources'), { recursive: true });
    const text = readFileSync('test/fixtures/layers/yanxi.yaml', 'utf8');
    // a /1 file is refused for its model-2 keys first; the missing cap is said too
    writeFileSync(join(dir, 'yanxi.yaml'), text.replace('schema: yibao.policy/2', 'schema: yibao.policy/1'));
    const r = await yibao(['policy', 'validate', join(dir, 'yanxi.yaml'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain('cap is missing');
  });
});
