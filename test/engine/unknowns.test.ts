// unknownParameters: which deductible or ratio the sources leave unknown for a partly known
// claim. Every expectation is read off policies/*.yaml by hand (the line is named), never
// copied from the function's output.
import { describe, expect, test } from 'vitest';
import { loadBundledPolicy } from '../../src/policy/bundled.js';
import { parseOverride } from '../../src/claim/index.js';
import { PolicyError, unknownParameters, type Override, type UnknownParameter } from '../../src/engine/index.js';
import type { Policy } from '../../src/policy/schema.js';

const load = async (id: string): Promise<Policy> => (await loadBundledPolicy(id)).policy;
const sets = (...texts: string[]): Override[] =>
  texts.map((t) => {
    const r = parseOverride(t);
    if (!r.ok) throw new Error(r.message.en);
    return r.override;
  });
/** The fields a test checks: which parameter, where, how to supply it, for which tiers. */
const brief = (list: UnknownParameter[]) => list.map((u) => ({ path: u.path, set: u.set.en, tiers: u.tiers, everyTier: u.everyTier }));
const ALL: string[] = ['1', '2', '3', 'community'];

describe('unknownParameters on the bundled policies', () => {
  test('Suizhou 2024, resident outpatient: deductible and ratio unknown at every tier (suizhou.yaml 144-145)', async () => {
    const list = unknownParameters(await load('suizhou'), '2024-05-01', 'outpatient', 'resident');
    expect(brief(list)).toEqual([
      { path: 'outpatient.resident.deductible', set: '--set outpatient.resident.deductible=<yuan>', tiers: ALL, everyTier: true },
      { path: 'outpatient.resident.ratio', set: '--set outpatient.resident.ratio=<0..1>', tiers: ALL, everyTier: true },
    ]);
    expect(list.map((u) => u.label.zh)).toEqual(['居民医保普通门诊起付线', '居民医保普通门诊报销比例']);
    expect(list.map((u) => u.set.zh)).toEqual(['--set outpatient.resident.deductible=<元>', '--set outpatient.resident.ratio=<比例>']);
    expect(list[0]!.note?.zh).toBe('来源未说明居民普通门诊起付线。');
  });

  test('Suizhou 2024, employee outpatient: nothing unknown, whether active, retired or not yet said (500/400, 80/70/60%, +5%)', async () => {
    const p = await load('suizhou');
    for (const status of ['active', 'retired', undefined] as const) expect(unknownParameters(p, '2024-05-01', 'outpatient', 'employee', status)).toEqual([]);
  });

  test('Suizhou before 2024 (undated version): employee and resident outpatient deductible and ratio unknown (both existed)', async () => {
    const p = await load('suizhou');
    expect(brief(unknownParameters(p, '2023-06-01', 'outpatient', 'employee', 'active')).map((u) => u.path)).toEqual([
      'outpatient.employee.deductible',
      'outpatient.employee.ratio',
    ]);
    const resident = unknownParameters(p, '2023-06-01', 'outpatient', 'resident');
    expect(resident.map((u) => u.path)).toEqual(['outpatient.resident.deductible', 'outpatient.resident.ratio']);
    expect(resident[0]!.note?.en).toContain('raised to 350');
  });

  test('Suizhou 2024 chronic: the deductible is 0 (abolished), only the ratio is unknown', async () => {
    const list = unknownParameters(await load('suizhou'), '2024-05-01', 'chronic', 'resident');
    expect(list.map((u) => u.param)).toEqual(['ratio']);
  });

  test('Xianning employee outpatient: the deductible only (ratios 80/65/50%, retirees 90/75/60%); community cannot be placed', async () => {
    const p = await load('xianning');
    for (const status of ['active', 'retired', undefined] as const) {
      expect(brief(unknownParameters(p, '2024-05-01', 'outpatient', 'employee', status))).toEqual([
        { path: 'outpatient.employee.deductible', set: '--set outpatient.employee.deductible=<yuan>', tiers: ['1', '2', '3'], everyTier: true },
      ]);
    }
  });

  test('Xianning resident outpatient: deductible 0 and ratio 50% (both inferred): nothing unknown', async () => {
    expect(unknownParameters(await load('xianning'), '2024-05-01', 'outpatient', 'resident')).toEqual([]);
  });

  test('Jiayu employee outpatient: the deductible (ratios 50/45/40% by tier)', async () => {
    const list = unknownParameters(await load('jiayu'), '2024-05-01', 'outpatient', 'employee', 'active');
    expect(brief(list)).toEqual([
      { path: 'outpatient.employee.deductible', set: '--set outpatient.employee.deductible=<yuan>', tiers: ['1', '2', '3'], everyTier: true },
    ]);
  });

  test('Hanzhong and Weihai: deductible and ratio unknown for everyone', async () => {
    for (const id of ['hanzhong', 'weihai']) {
      const p = await load(id);
      for (const [scheme, status] of [['employee', 'active'], ['employee', undefined], ['resident', undefined]] as const) {
        expect(unknownParameters(p, '2024-05-01', 'outpatient', scheme, status).map((u) => [u.param, u.everyTier])).toEqual([
          ['deductible', true],
          ['ratio', true],
        ]);
      }
    }
  });

  test('no version in force: the engine refusal, not a list', async () => {
    const p = await load('xianning');
    expect(() => unknownParameters(p, '2022-12-31', 'outpatient', 'resident')).toThrow(/2022-12-31/);
  });
});

describe('unknownParameters with --set and tier- or status-specific gaps', () => {
  test('a --set value counts as known', async () => {
    const p = await load('suizhou');
    const one = unknownParameters(p, '2024-05-01', 'outpatient', 'resident', undefined, sets('outpatient.resident.deductible=0'));
    expect(one.map((u) => u.path)).toEqual(['outpatient.resident.ratio']);
    const both = sets('outpatient.resident.deductible=0', 'outpatient.resident.ratio=0.5');
    expect(unknownParameters(p, '2024-05-01', 'outpatient', 'resident', undefined, both)).toEqual([]);
  });

  test('a ratio unknown at tier 3 only is reported for tier 3, with the --set for that tier', async () => {
    const p = structuredClone(await load('suizhou'));
    const ratio = p.versions[1]!.benefits.outpatient!.employee!.ratio as Record<string, { value: number | null }>;
    ratio['3']!.value = null;
    expect(brief(unknownParameters(p, '2024-05-01', 'outpatient', 'employee', 'active'))).toEqual([
      { path: 'outpatient.employee.ratio.3', set: '--set outpatient.employee.ratio.3=<0..1>', tiers: ['3'], everyTier: false },
    ]);
  });

  test('a deductible unknown for retirees only is listed for a retiree, not for someone whose status is not known yet', async () => {
    const p = structuredClone(await load('suizhou'));
    const deductible = p.versions[1]!.benefits.outpatient!.employee!.deductible as Record<string, { value: number | null }>;
    deductible.retired!.value = null;
    expect(brief(unknownParameters(p, '2024-05-01', 'outpatient', 'employee', 'retired'))).toEqual([
      { path: 'outpatient.employee.deductible.retired', set: '--set outpatient.employee.deductible.retired=<yuan>', tiers: ALL, everyTier: true },
    ]);
    expect(unknownParameters(p, '2024-05-01', 'outpatient', 'employee', 'active')).toEqual([]);
    expect(unknownParameters(p, '2024-05-01', 'outpatient', 'employee')).toEqual([]);
  });
});
