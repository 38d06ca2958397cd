// 朔原 七（二）「居民医保不设起付标准，一级医疗机构60%…年度支付限额一档300元、二档450元，年满60周岁的参保居民
// 年度支付限额增加100元」: age_cap.steps[0].cap keyed by grade ({ grade_1: 400, grade_2: 550 }, each inferred
// with its reasoning; test/fixtures/sy8/shuoyuan.yaml). The age is taken on a day the text does not
// name (age_on: null); 63 is 60 or more on any day of the year, so --age 63 settles it. Every number by hand.
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { RawClaim } from '../../src/claim/index.js';
import { yibao } from '../cli/calc-helpers.js';
import { explainAtFacility as run } from '../helpers/claim.js';

const SY = 'test/fixtures/sy8/shuoyuan.yaml';
const sy = (await loadPolicyFile(SY)).policy;
const visit = (more: RawClaim): RawClaim => ({ date: '2026-05-02', scheme: 'resident', benefit: 'outpatient', tier: '1', amount: '1500', ...more });

describe('朔原 七（二）: a resident aged 60 or over, the cap 100 more by grade', () => {
  it('二档, aged 63: 1500.00 × 60% = 900.00, held at 450 + 100 = 550.00, the inferred cap said', () => {
    const e = run(sy, visit({ grade: '2', age: '63' }));
    expect(e.result.fundPays).toBe(55000);
    const w = e.warnings.find((x) => x.code === 'inferred_value' && x.path === 'outpatient.resident.age_cap.steps.0.cap.grade_2');
    expect(w?.message.zh).toContain('550.00 元');
    expect(w?.message.zh).toContain('二档年度支付限额450元增加100元');
  });

  it('一档, aged 63: 300 + 100 = 400.00', () => {
    const e = run(sy, visit({ grade: '1', age: '63' }));
    expect(e.result.fundPays).toBe(40000);
  });

  it('二档, aged 45: the grade’s own 450.00, no inferred cap said', () => {
    const e = run(sy, visit({ grade: '2', age: '45' }));
    expect(e.result.fundPays).toBe(45000);
    expect(e.warnings.some((x) => x.path?.includes('age_cap.steps.0.cap'))).toBe(false);
  });

  it('--set outpatient.resident.age_cap.steps.0.cap.grade_2=600: 600.00 (less than the 900.00 the ratio gives)', async () => {
    const out = await yibao(['calc', '--policy', SY, '--date', '2026-05-02', '--scheme', 'resident', '--grade', '2', '--age', '63', '--benefit', 'outpatient', '--tier', '1', '--amount', '1500', '--set', 'outpatient.resident.age_cap.steps.0.cap.grade_2=600', '--json']);
    expect(out.code, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout).result.fund_pays).toBe('600.00');
  });

  it('policy show lists the step’s cap by grade', async () => {
    const out = await yibao(['policy', 'show', SY]);
    expect(out.stdout).toContain('年满60周岁 · 一档:400 元');
    expect(out.stdout).toContain('年满60周岁 · 二档:550 元');
  });
});
