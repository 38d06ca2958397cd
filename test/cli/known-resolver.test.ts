// What the stop screen and calc's unknown-parameter error show as known is resolved as the engine
// resolves it: a resident's grade (白鹭 grade_1 / grade_2 maps) and a facility with a standard of its
// own (青鸥 三级甲等医院) pick the entry calc would use. Values worked out by hand from the files:
// examples/rulebooks/bailu.yaml 三（resident inpatient) and test/fixtures/ratio/qingou.yaml.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownValues } from '../../src/cli/wizard/known.js';
import { yibao } from './calc-helpers.js';

const { loadPolicyFile } = await import('../../src/policy/load.js');
const { policy: bailu } = await loadPolicyFile('examples/rulebooks/bailu.yaml');
const { policy: qingou } = await loadPolicyFile('test/fixtures/ratio/qingou.yaml');
const { policy: suizhou } = await loadPolicyFile('policies/suizhou.yaml');

const values = (k: { param: string; value: number }[]) => Object.fromEntries(k.map((v) => [v.param, v.value]));

describe('known values: the engine\'s resolver', () => {
  const resident = { date: '2025-03-01', benefit: 'inpatient', scheme: 'resident' } as const;

  it('白鹭 resident inpatient 二级, 一档: 起付 600, 限额 12万, 比例 65% (居民医保一档12万元; 一档…二级65%)', () => {
    expect(values(knownValues(bailu, { ...resident, tier: '2', grade: '1' }))).toEqual({ cap: 120000, deductible: 600, ratio: 0.65 });
  });

  it('白鹭 resident inpatient 三级, 二档: 起付 1000, 限额 16万, 比例 58%', () => {
    expect(values(knownValues(bailu, { ...resident, tier: '3', grade: '2' }))).toEqual({ cap: 160000, deductible: 1000, ratio: 0.58 });
  });

  it('白鹭 resident, no grade given: only the deductible (the cap and ratio depend on the grade)', () => {
    expect(values(knownValues(bailu, { ...resident, tier: '2' }))).toEqual({ deductible: 600 });
  });

  it('青鸥 resident inpatient at 三级甲等医院 (own standard): 起付 1100, 比例 52%; a plain 三级: 800, 58%', () => {
    expect(values(knownValues(qingou, { ...resident, tier: '3', grade: '1', facility: '三级甲等医院' }))).toEqual({ cap: 150000, deductible: 1100, ratio: 0.52 });
    expect(values(knownValues(qingou, { ...resident, tier: '3', grade: '1' }))).toEqual({ cap: 150000, deductible: 800, ratio: 0.58 });
  });

  it('the level not chosen yet: a value the same at every level is known, one that differs is not', () => {
    // 白鹭 employee outpatient: 起付 and 限额 by status only (在职1000元, 2000元), the ratio by level
    expect(values(knownValues(bailu, { date: '2025-03-01', benefit: 'outpatient', scheme: 'employee', status: 'active' }))).toEqual({ cap: 2000, deductible: 1000 });
  });

  it('随州 residents\' outpatient (model 1) still shows the 350-yuan limit', () => {
    expect(values(knownValues(suizhou, { date: '2024-05-01', benefit: 'outpatient', scheme: 'resident' }))).toEqual({ cap: 350 });
  });
});

describe('calc: an unknown parameter names what is known, as calc would use it', () => {
  it('白鹭 一档 resident, 二级, 异地已备案 (unknown, exit 3): the known cap 12万 and ratio 65% are said besides the 600 deductible', async () => {
    // 白鹭 with 八（一）/（三） left unsettled as the file once had them (filed unknown)
    const file = 'examples/rulebooks/bailu-filed-unknown.yaml';
    const text = readFileSync('examples/rulebooks/bailu.yaml', 'utf8');
    const from = /filed:\n {14}value: local\n {14}source: bailu-2024-56\n {14}quote: [^\n]*/;
    expect(text).toMatch(from);
    writeFileSync(file, text.replace(from, 'filed: { value: null, note: { zh: 测试用：视为原文未写。, en: "for the test: taken as not stated." } }'));
    const r = await yibao(['calc', '--policy', file, '--date', '2025-03-01', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '2', '--grade', '一档', '--amount', '10000', '--filing', 'filed']).finally(() => rmSync(file, { force: true }));
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('已知:白鹭市居民医保住院每年最多报销120000元(封顶线)。\n  原文:“居民医保一档12万元、二档16万元”。');
    expect(r.stderr).toContain('已知:白鹭市居民医保住院的起付线是600元。');
    expect(r.stderr).toContain('已知:白鹭市居民医保住院的报销比例是65%。\n  原文:“一档一级医疗机构80%、二级65%、三级50%”。');
  });
});
