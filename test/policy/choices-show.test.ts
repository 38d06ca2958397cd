// `policy validate` and `policy show` on after_cap_deductible (枫渚 六: is a stay after the cap
// charged its 起付 before 大额's 90%?): only with base after_cap; shown in plain words, zh and en.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

function withText(from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'choices-show-'));
  cpSync('test/fixtures/choices/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync('test/fixtures/choices/fengzhu.yaml', 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, 'fengzhu.yaml'), text.replace(from, to));
  return join(dir, 'fengzhu.yaml');
}

const STATED = '        after_cap_deductible: { value: false, source: fz, quote: 最高支付限额以上的住院和门诊慢特病政策范围内费用（不含乙类先行自付费用） }\n';
const UNKNOWN = `        after_cap_deductible:
          value: null
          note:
            zh: 第六条只说政策范围内费用“不含乙类先行自付费用”，未说明达到限额后的住院是否仍扣除起付标准。
            en: "Clause 六 excludes only 乙类先行自付 and does not say whether a stay after the cap still has its deductible taken off."
`;

describe('after_cap_deductible', () => {
  it('show: unknown with its note, and stated false in plain words (zh, en)', async () => {
    const zh = await yibao(['policy', 'show', 'test/fixtures/choices/fengzhu.yaml']);
    expect(zh.stdout).toContain('达到封顶线后的住院:未知');
    const file = withText(UNKNOWN, STATED);
    expect((await yibao(['policy', 'validate', file])).code).toBe(0);
    expect((await yibao(['policy', 'show', file])).stdout).toContain('达到封顶线后的住院:不扣除起付标准,按比例支付全部政策范围内费用');
    expect((await yibao(['policy', 'show', file, '--lang', 'en'])).stdout).toContain('no deductible: the share of all its in-pooling costs');
  });

  it('validate: only with base after_cap (大病 on the burden refuses it), in zh and en', async () => {
    const file = withText('        base:\n          value: burden\n', `${STATED}        base:\n          value: burden\n`);
    const zh = await yibao(['policy', 'validate', file]);
    expect(zh.code).toBe(2);
    expect(zh.stdout + zh.stderr).toContain('after_cap_deductible 只用于 base: after_cap');
    const en = await yibao(['policy', 'validate', file, '--lang', 'en']);
    expect(en.stdout + en.stderr).toContain('after_cap_deductible goes with base: after_cap only');
  });
});
