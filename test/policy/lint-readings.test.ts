// Lint for the fields that say how sure a rule is (issue 10): the contribution bands in order,
// the years rule cited, an unstated deductible period explained, an unsettled relation not also
// allowed, the insurance above the cap with its sourced cap. Each case edits one place.
import { describe, expect, it } from 'vitest';
import { expectOneIssue, issuesOf, policyText, replaceOnce } from './helpers.js';

const jiayu = policyText('jiayu');
const suizhou = policyText('suizhou');
const xianning = policyText('xianning');

describe('policy lint: readings and periods', () => {
  it('accepts the bundled files as they are', () => {
    expect([issuesOf(jiayu), issuesOf(suizhou), issuesOf(xianning)]).toEqual([[], [], []]);
  });

  it('rejects a lower band whose top is not below the threshold', () => {
    const text = replaceOnce(jiayu, '            lower_band_top:\n              value: 0.79\n', '            lower_band_top:\n              value: 0.8\n');
    expect(issuesOf(text).map((i) => i.message)).toEqual(expect.arrayContaining([expect.stringContaining('lower_band_top 0.8 must be below min_contribution 0.8')]));
  });

  it('rejects a years rule that names a source without the quote', () => {
    const from = '              source: jiayu-report-2012\n              quote: "達(dá)到規(guī)定繳費(fèi)年限的退休人員享受個人賬戶、普通門診統(tǒng)籌、住院報(bào)銷和門診慢性病補(bǔ)助待遇"\n';
    const at = jiayu.indexOf(from);
    const text = jiayu.slice(0, at) + '              source: jiayu-report-2012\n' + jiayu.slice(at + from.length);
    expect(issuesOf(text).some((i) => i.message.includes('a source needs the quote'))).toBe(true);
  });

  it('rejects an unstated deductible period without a note', () => {
    const text = replaceOnce(
      suizhou,
      "          deductible_period: { value: null, note: { zh: 来源未说明居民普通门诊起付线按年度累计还是按次计算。, en: The source does not say whether the residents' outpatient deductible is met once a year or per visit. } }\n",
      '          deductible_period: { value: null }\n',
    );
    expectOneIssue(text, 'null }', 'an unstated deductible period (value: null) needs a note', 'deductible_period: { value: null }');
  });

  it('rejects a relation both allowed and unsettled', () => {
    const text = replaceOnce(xianning, '          values: [sibling, grandparent, grandchild]\n', '          values: [spouse, grandparent, grandchild]\n');
    expect(issuesOf(text).map((i) => i.message)).toEqual([expect.stringContaining('spouse is in values and cannot be unsettled too')]);
  });

  it('rejects a cap above the basic cap whose number its quote does not state', () => {
    const text = replaceOnce(suizhou, '              value: 350000\n', '              value: 360000\n');
    expect(issuesOf(text).some((i) => i.message.includes('quote does not contain the number 360000'))).toBe(true);
  });
});
