// policy validate for the ratio structures of model 2 (test/fixtures/ratio/qingou.yaml, edited):
// the uplift ceiling's number is in its quote and it names the uplifts it holds, a grade uplift
// names a defined grade, 乙类 rates keyed by scheme are each quoted, and a facility's benefits
// and refusals do not overlap. Messages in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issuesOf, replaceOnce } from './helpers.js';

const text = readFileSync(new URL('../fixtures/ratio/qingou.yaml', import.meta.url), 'utf8');
const said = (t: string) => JSON.stringify(issuesOf(t));

describe('policy validate: uplift_ceiling, grade_bonus, first_pay by scheme, facility benefits', () => {
  it('the fixture is valid', () => expect(issuesOf(text)).toEqual([]));

  it('a ceiling whose quote does not state it', () => {
    const out = said(replaceOnce(text, 'value: 0.95\n', 'value: 0.96\n'));
    expect(out).toContain('原文不含数字 0.96');
    expect(out).toContain('quote does not contain the number 0.96');
  });

  it('a ceiling that names no uplift, or one the benefit does not have', () => {
    const none = replaceOnce(text, /            after:\n[\s\S]*?cap: \{ value: 250000/.exec(text)![0], '            after: {}\n          cap: { value: 250000');
    expect(said(none)).toContain('after needs at least one of retiree, grade, age');
    const grade = replaceOnce(text, "              age: { value: true, source: qingou-2024-9, quote: 分段支付的各段均提高", "              grade: { value: true, source: qingou-2024-9, quote: 分段支付的各段均提高");
    expect(said(grade)).toContain('this benefit has no grade_bonus for the ceiling to hold');
  });

  it('an unknown flag needs a note', () => {
    const out = said(replaceOnce(text, 'age: { value: true, source: qingou-2024-9, quote: 分段支付的各段均提高，提高后最高不超过95% }', 'age: { value: null }'));
    expect(out).toContain('an unstated rule (value: null) needs a note');
  });

  it('a grade uplift for a grade the file does not define, or for employees', () => {
    expect(said(replaceOnce(text, '            grade_2: { value: 0.06', '            grade_3: { value: 0.06'))).toContain('grade \\"grade_3\\" is not defined in grades');
    const employee = replaceOnce(text, "          retiree_bonus: { value: 0.05, source: qingou-2024-9, quote: 退休人员各段支付比例分别提高5个百分点 }", "          retiree_bonus: { value: 0.05, source: qingou-2024-9, quote: 退休人员各段支付比例分别提高5个百分点 }\n          grade_bonus: { grade_2: { value: 0.06, source: qingou-2024-9, quote: 二档缴费人员在一档基础上各级分别提高6个百分点 } }");
    expect(said(employee)).toContain('grade_bonus is for residents');
  });

  it('乙类 rates keyed by scheme: each one quoted', () => {
    expect(said(replaceOnce(text, 'quote: 居民医保乙类药品个人先行自付10%', 'quote: 居民医保乙类药品'))).toContain('quote does not contain the number 0.1');
  });

  it('a parameter keyed by a facility name needs own_standard on that facility, and own_standard a level', () => {
    expect(said(replaceOnce(text, '    own_standard: true\n', ''))).toContain('\\"三级甲等医院\\" is neither a status');
    expect(said(replaceOnce(text, '    counts_as: "3"\n    own_standard: true', '    counts_as: null\n    note: { zh: 未说明, en: not stated }\n    own_standard: true'))).toContain('a facility with its own standard needs counts_as');
  });

  it('a facility benefit both paid and refused', () => {
    const out = said(replaceOnce(text, 'benefits: [outpatient]', 'benefits: [outpatient, inpatient]'));
    expect(out).toContain('cannot be both in benefits (paid at the level) and in refused (not paid)');
    expect(out).toContain('不能同时在 benefits');
  });
});
