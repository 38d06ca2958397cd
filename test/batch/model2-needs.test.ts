// Which per-person records a model-2 policy's batch rows keep (carry-v2.ts, model2Needs): the last
// discharge day only for a policy with a readmission rule, what 家庭共济 paid a person only for one
// with a yearly family cap; any --set override keeps both (it may add either rule).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePolicyText } from '../../src/policy/parse.js';
import { model2Needs } from '../../src/batch/carry-v2.js';

const load = (file: string) => parsePolicyText(readFileSync(file, 'utf8'), file);

describe('model2Needs', () => {
  it('白鹭 has neither rule: neither record is kept', () => {
    expect(model2Needs(load('examples/rulebooks/bailu.yaml'), [])).toEqual({ readmission: false, familyCap: false, yearBands: false });
  });
  it('鹤屿 (出院后15日内…再次入院) keeps the discharge day only', () => {
    expect(model2Needs(load('test/fixtures/stay7/heyu.yaml'), [])).toEqual({ readmission: true, familyCap: false, yearBands: false });
  });
  it('汀澜 (家庭共济每年累计不超过5000元) keeps what a person received only', () => {
    expect(model2Needs(load('test/fixtures/limits7/tinglan.yaml'), undefined)).toEqual({ readmission: false, familyCap: true, yearBands: false });
  });
  it('an override keeps both', () => {
    expect(model2Needs(load('examples/rulebooks/bailu.yaml'), [{}])).toEqual({ readmission: true, familyCap: true, yearBands: true });
  });
});
