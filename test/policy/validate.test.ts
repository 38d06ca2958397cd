// Each class of invalid policy is rejected with its position (file:line:col) and a clear
// message. Every case edits a copy of suizhou.yaml (or jiayu.yaml) in one place.
import { describe, expect, it } from 'vitest';
import { expectOneIssue, issuesOf, policyText, positionOf, replaceOnce } from './helpers.js';

const suizhou = policyText('suizhou');
const edit = (from: string, to: string) => replaceOnce(suizhou, from, to);
const DEDUCTIBLE_ACTIVE = '            active:\n              value: 500\n';

describe('policy validation', () => {
  it('accepts the bundled suizhou text as it is', () => {
    expect(issuesOf(suizhou)).toEqual([]);
  });

  it('catches a number changed without its quote (deductible 500 -> 600)', () => {
    const text = edit(DEDUCTIBLE_ACTIVE, '            active:\n              value: 600\n');
    expectOneIssue(text, '起付线。在职人员500元', 'quote does not contain the number 600', 'value: 600');
    const quote = positionOf(text, 'quote: 起付线。在职人员500元', 'value: 600');
    expect(issuesOf(text)[0]).toMatchObject({ line: quote.line, col: quote.col + 'quote: '.length }); // the quote's text
  });

  it('catches a cap changed without its quote (200000 -> 250000)', () => {
    const text = edit('  - key: employee_basic_cap\n        title: { zh: 职工基本医保封顶线, en: employee basic insurance cap }\n        value: 200000', '  - key: employee_basic_cap\n        title: { zh: 职工基本医保封顶线, en: employee basic insurance cap }\n        value: 250000');
    expectOneIssue(text, '职工基本医保封顶线由15万元提高至20万元,取消', 'quote does not contain the number 250000', 'key: employee_basic_cap');
  });

  it('rejects an unknown key, pointing at the key', () => {
    expectOneIssue(edit('id: suizhou\n', 'id: suizhou\ncolour: red\n'), 'colour:', 'unknown key "colour"');
  });

  it('rejects an unknown key inside a sourced value', () => {
    const text = edit(DEDUCTIBLE_ACTIVE, '            active:\n              value: 500\n              qoute: x\n');
    expectOneIssue(text, 'qoute:', 'unknown key "qoute"');
  });

  it('rejects a wrong type', () => {
    expectOneIssue(edit(DEDUCTIBLE_ACTIVE, '            active:\n              value: five hundred\n'), 'five hundred', 'expected number, got string');
  });

  it('rejects a ratio above 1 (80 instead of 0.8)', () => {
    expectOneIssue(edit('              value: 0.8\n', '              value: 80\n'), '80\n', 'ratio 80 is outside 0..1');
  });

  it('rejects a retiree bonus outside 0..1', () => {
    expectOneIssue(edit('            value: 0.05\n', '            value: 5\n'), '5\n', 'ratio 5 is outside 0..1', 'retiree_bonus');
  });

  it('rejects a minimum contribution outside 0..1', () => {
    const text = replaceOnce(policyText('jiayu'), '              value: 0.95\n', '              value: 95\n');
    expectOneIssue(text, '95\n', 'ratio 95 is outside 0..1', 'min_contribution');
  });

  it('rejects negative money', () => {
    const text = edit('            active:\n              value: 1300\n', '            active:\n              value: -1300\n');
    expectOneIssue(text, '-1300', 'negative amount -1300');
  });

  it('rejects two versions with the same date', () => {
    const text = edit('  - effective: null\n', '  - effective: "2024-01-01"\n');
    expectOneIssue(text, '"2024-01-01"', 'overlaps', 'key: chronic_disease_count');
  });

  it('rejects versions out of order', () => {
    const text = edit('  - effective: null\n', '  - effective: "2025-01-01"\n');
    expectOneIssue(text, '"2024-01-01"', 'out of order', '"2025-01-01"');
  });

  it('rejects effective: null anywhere but the first version', () => {
    expectOneIssue(edit('  - effective: "2024-01-01"\n', '  - effective: null\n'), 'null', 'only for the first version', 'key: chronic_disease_count');
    const text = edit('  - effective: "2024-01-01"\n', '  - effective: null\n');
    expect(issuesOf(text)[0]!.line).toBe(positionOf(text, 'null', 'key: chronic_disease_count').line);
  });

  it('rejects a param keyed by a tier the file does not define', () => {
    const text = edit('  "3": { name: { zh: 三级医疗机构, en: tier-3 facility } }\n', '');
    expectOneIssue(text, '"3":', 'nor a tier this file defines', 'ratio:\n            "1"');
  });

  it('rejects a param keyed by something that is neither a status nor a tier', () => {
    const text = edit('            retired:\n              value: 400\n', '            retierd:\n              value: 400\n');
    expectOneIssue(text, 'retierd:', '"retierd" is neither a status');
  });

  it('rejects a status key on a resident parameter (residents have no status)', () => {
    const text = edit(
      "        resident:\n          deductible: { value: null, note: { zh: 来源未说明居民普通门诊起付线。",
      "        resident:\n          deductible: { active: { value: null, note: { zh: x, en: x } } }\n          deductible_old: { value: null, note: { zh: 来源未说明居民普通门诊起付线。",
    );
    const issues = issuesOf(text).map((i) => i.message);
    expect(issues).toContain('unknown key "deductible_old" in versions[1].benefits.outpatient.resident');
  });

  it('rejects an unknown source key', () => {
    const text = edit('              quote: 二级70%\n', '              quote: 二级70%\n').replace('source: suizhou-daily-2024\n              quote: 二级70%', 'source: suizhou-daily-2023\n              quote: 二级70%');
    expectOneIssue(text, 'suizhou-daily-2023', 'unknown source "suizhou-daily-2023"');
  });

  it('rejects a number without its quote', () => {
    const text = edit('              value: 0.6\n              source: suizhou-daily-2024\n              quote: 三级60%\n', '              value: 0.6\n              source: suizhou-daily-2024\n');
    expectOneIssue(text, '0.6\n', 'value 0.6 has no quote');
  });

  it('rejects a number without its source and quote', () => {
    const text = edit('              value: 0.6\n              source: suizhou-daily-2024\n              quote: 三级60%\n', '              value: 0.6\n');
    expectOneIssue(text, '0.6\n', 'has no source and quote');
  });

  it('rejects an unknown value without a note', () => {
    const text = edit(
      'deductible: { value: null, note: { zh: 来源未说明居民普通门诊起付线。, en: The source does not state the residents\' outpatient deductible. } }',
      'deductible: { value: null }',
    );
    expectOneIssue(text, 'null }', 'needs a note');
  });

  it('rejects an inferred value without its reasoning', () => {
    const text = edit(DEDUCTIBLE_ACTIVE, '            active:\n              inferred: true\n              value: 500\n');
    expectOneIssue(text, 'inferred: true', 'needs its reasoning');
  });

  it('names a missing required key, at the map that lacks it', () => {
    const text = edit('              value: 0.6\n              source: suizhou-daily-2024\n              quote: 三级60%\n', '              source: suizhou-daily-2024\n              quote: 三级60%\n');
    expectOneIssue(text, 'source: suizhou-daily-2024\n              quote: 三级60%', 'missing required key "value" in versions[1].benefits.outpatient.employee.ratio.3');
  });

  it('reports several problems at once, in file order', () => {
    const text = edit('id: suizhou\n', 'id: suizhou\ncolour: red\n').replace('              value: 0.8\n', '              value: 80\n');
    const issues = issuesOf(text);
    expect(issues.length).toBeGreaterThanOrEqual(2);
    expect(issues.map((i) => i.line)).toEqual([...issues.map((i) => i.line)].sort((a, b) => a - b));
  });
});
