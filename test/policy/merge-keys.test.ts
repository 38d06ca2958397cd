// YAML merge keys in a policy file (`<<: *anchor`): a newcomer writes a scheme's rules once and takes
// them into another scheme, overriding what differs. They are read (yaml's merge option), validate
// sees the merged values (the quote checks apply to them), and an issue in a merged value points at
// the line that states it. 鹤汀 (test/fixtures/layers3/heting.yaml) 三: the employees' 门诊慢特病 take
// the residents' deductible (三（一）「高血压、糖尿病100元」), period and shared cap by `<<: *chronic`,
// with their own ratio (三（二）1), retiree uplift and cap.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const FIXTURE = 'test/fixtures/layers3/heting.yaml';
const FROM = '        employee:\n          deductible: { value: 100, source: ht, quote: 高血压、糖尿病100元 }';
const TO = '          cap: { value: 252000, source: ht, quote: 即25.2万元 }\n          cap_shared: *shared\n';
const SCHEMES = `        resident: &chronic
          deductible: { value: 100, source: ht, quote: 高血压、糖尿病100元 }
          deductible_period: { value: year, source: ht, quote: 门诊慢特病起付标准一个年度内只收取一次 }
          ratio:
            "1": { value: 0.7, source: ht, quote: 居民医保一级医疗机构70%、二级60%、三级50% }
            "2": { value: 0.6, source: ht, quote: 居民医保一级医疗机构70%、二级60%、三级50% }
            "3": { value: 0.5, source: ht, quote: 居民医保一级医疗机构70%、二级60%、三级50% }
          cap: { value: 252000, source: ht, quote: 即25.2万元 }
          cap_shared: *shared
        employee:
          <<: *chronic
          ratio:
            "1": { value: 0.88, source: ht, quote: 职工医保在职人员一级医疗机构88%、二级85%、三级80% }
            "2": { value: 0.85, source: ht, quote: 职工医保在职人员一级医疗机构88%、二级85%、三级80% }
            "3": { value: 0.8, source: ht, quote: 职工医保在职人员一级医疗机构88%、二级85%、三级80% }
          retiree_bonus: { value: 0.05, source: ht, quote: 退休人员在在职人员标准基础上提高5个百分点 }
          cap: { value: 300000, source: ht, quote: 职工医保统筹基金年度最高支付限额为30万元 }
`;

/** 鹤汀 with the chronic schemes written as above; `change` edits the result. */
function merged(change: (text: string) => string = (t) => t): string {
  const dir = mkdtempSync(join(tmpdir(), 'merge-keys-'));
  cpSync('test/fixtures/layers3/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(FIXTURE, 'utf8');
  const a = text.indexOf(FROM);
  const b = text.indexOf(TO);
  expect(a).toBeGreaterThan(0);
  expect(b).toBeGreaterThan(a);
  writeFileSync(join(dir, 'heting.yaml'), change(text.slice(0, a) + SCHEMES + text.slice(b + TO.length)));
  return join(dir, 'heting.yaml');
}

const EMPLOYEE = ['--date', '2026-07-21', '--scheme', 'employee', '--status', 'active', '--benefit', 'chronic', '--tier', '2', '--disease', '高血压', '--amount', '800', '--json'];

describe('merge keys (<<: *anchor)', () => {
  it('are read: the file validates; the employees keep their own ratio and take the merged deductible and period', async () => {
    const file = merged();
    const v = await yibao(['policy', 'validate', file]);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    // 在职 at 二级, first claim of the year: 起付 100 (merged); (800 − 100) × 85% = 595.00
    const out = await yibao(['calc', '--policy', file, ...EMPLOYEE]);
    expect(out.code, out.stderr).toBe(0);
    const j = JSON.parse(out.stdout);
    expect(j.result.deductible_applied).toBe('100.00');
    expect(j.result.fund_pays).toBe('595.00');
    // the year's 100 already met (the merged deductible_period: year): 800 × 85% = 680.00
    const met = JSON.parse((await yibao(['calc', '--policy', file, ...EMPLOYEE, '--ytd-deductible', '100'])).stdout);
    expect(met.result.fund_pays).toBe('680.00');
  });

  it('validate checks the merged values: a deductible whose quote lacks its number is refused for both schemes, at the line that states it', async () => {
    const file = merged((t) => t.replace('deductible: { value: 100, source: ht, quote: 高血压、糖尿病100元 }', 'deductible: { value: 100, source: ht, quote: 高血压、糖尿病150元 }'));
    const v = await yibao(['policy', 'validate', file]);
    expect(v.code).toBe(2);
    const out = v.stdout + v.stderr;
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('高血压、糖尿病150元')) + 1;
    expect(out.split('\n').filter((l) => l.includes(`heting.yaml:${line}:`)).length, out).toBe(2);
    expect(out).not.toContain('未知的键');
  });
});
