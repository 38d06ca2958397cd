// Which model-2 inputs the wizard asks, decided from the policy's structures alone (pure
// functions of rulebook-needs.ts), worked out by hand from the two fictional rulebooks
// (../shared/rulebooks/bailu, yunling) and their policy files; Suizhou (model 1) needs none.
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/policy/load.js';
import { rulebookNeeds, yearNeeds, ageDay, assistanceGroup } from '../../src/cli/wizard/rulebook-needs.js';
import { suizhou } from './wizard-script.js';

const { policy: bailu } = await loadPolicyFile('examples/rulebooks/bailu.yaml');
const { policy: yunling } = await loadPolicyFile('examples/rulebooks/yunling.yaml');
const on = '2025-06-01';

describe('rulebookNeeds: what the policy in use needs for this claim', () => {
  it('白鹭 employee inpatient: the stay (三（一） per admission), 乙类 apart (8% / 12%), filing (八), assistance (七); no age rule, no grade', () => {
    expect(rulebookNeeds(bailu, { date: on, benefit: 'inpatient', scheme: 'employee' })).toEqual(['admission', 'class_b_split', 'filing', 'assistance']);
  });
  it('白鹭 resident inpatient: the grade first (三（三） 一档/二档)', () => {
    expect(rulebookNeeds(bailu, { date: on, benefit: 'inpatient', scheme: 'resident' })).toEqual(['grade', 'admission', 'class_b_split', 'filing', 'assistance']);
  });
  it('白鹭 chronic: no stay number (a yearly 起付, 四（一）), the disease (四（三） limits), no filing rule', () => {
    expect(rulebookNeeds(bailu, { date: on, benefit: 'chronic', scheme: 'employee' })).toEqual(['class_b_split', 'disease', 'assistance']);
  });
  it('白鹭 employee outpatient: only 乙类 and assistance (七 covers 门诊 too)', () => {
    expect(rulebookNeeds(bailu, { date: on, benefit: 'outpatient', scheme: 'employee' })).toEqual(['class_b_split', 'assistance']);
  });
  it('云岭 inpatient: the age (三.3 年满70周岁), no grade (云岭 has none)', () => {
    expect(rulebookNeeds(yunling, { date: on, benefit: 'inpatient', scheme: 'resident' })).toEqual(['admission', 'age', 'class_b_split', 'filing', 'assistance']);
  });
  it('a policy with one 乙类 rate for drugs and items asks one total', () => {
    const one = structuredClone(bailu);
    one.versions[0]!.first_pay!.items = { ...one.versions[0]!.first_pay!.drugs };
    expect(rulebookNeeds(one, { date: on, benefit: 'outpatient', scheme: 'employee' })).toEqual(['class_b', 'assistance']);
  });
  it('Suizhou (model 1) needs none of them, for any benefit and scheme', () => {
    for (const benefit of ['outpatient', 'inpatient', 'chronic'] as const) {
      for (const scheme of ['employee', 'resident'] as const) expect(rulebookNeeds(suizhou, { date: '2024-05-01', benefit, scheme })).toEqual([]);
    }
  });
  it('before the version in force: nothing (the date is the claim parser\'s to refuse)', () => {
    expect(rulebookNeeds(bailu, { date: '2020-01-01', benefit: 'inpatient', scheme: 'employee' })).toEqual([]);
  });
});

describe('yearNeeds: the totals of the details step', () => {
  it('白鹭 resident inpatient: 大病 burden and payments (六（一）); assistance only with a group', () => {
    expect(yearNeeds(bailu, { date: on, benefit: 'inpatient', scheme: 'resident' })).toEqual(['ytd_burden', 'ytd_second']);
    // 七 sets no assistance threshold: no threshold total
    expect(yearNeeds(bailu, { date: on, benefit: 'inpatient', scheme: 'resident', assistance: '低保对象' })).toEqual(['ytd_burden', 'ytd_second', 'ytd_assistance']);
  });
  it('白鹭 employee inpatient: 大额 counts no burden (六（三）), only what it paid', () => {
    expect(yearNeeds(bailu, { date: on, benefit: 'inpatient', scheme: 'employee' })).toEqual(['ytd_second']);
  });
  it('白鹭 chronic: this benefit\'s fund (the disease limit inside the shared cap)', () => {
    expect(yearNeeds(bailu, { date: on, benefit: 'chronic', scheme: 'employee' })).toEqual(['ytd_benefit_fund', 'ytd_second']);
  });
  it('白鹭 outpatient: no second layer (六 covers 住院和门诊慢特病 only)', () => {
    expect(yearNeeds(bailu, { date: on, benefit: 'outpatient', scheme: 'resident' })).toEqual([]);
  });
  it('云岭 特困人员 with an assistance threshold: what counted toward it too', () => {
    expect(yearNeeds(yunling, { date: on, benefit: 'outpatient', scheme: 'resident', assistance: '特困人员' })).toEqual(['ytd_assistance', 'ytd_assistance_deductible']);
  });
  it('Suizhou: none', () => {
    expect(yearNeeds(suizhou, { date: '2024-05-01', benefit: 'outpatient', scheme: 'employee' })).toEqual([]);
  });
});

describe('the age day and the group names', () => {
  it('云岭 does not say on which day the age is taken (null); 白鹭 has no age rule', () => {
    expect(ageDay(yunling, { date: on, benefit: 'inpatient', scheme: 'employee' })).toBeNull();
    expect(ageDay(bailu, { date: on, benefit: 'inpatient', scheme: 'employee' })).toBeNull();
  });
  it('a group by its name; a word the policy does not use is no group', () => {
    expect(assistanceGroup(bailu, on, '低保对象')).toBe('低保对象');
    expect(assistanceGroup(bailu, on, '五保户')).toBeUndefined();
  });
});
