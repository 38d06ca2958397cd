// resolveParam: a policy value found by status and tier (community via counts_as), unknown
// and inferred values, and --set overrides.
import { describe, expect, test } from 'vitest';
import { resolveParam, type ParamQuery } from '../../src/engine/params.js';
import { parseOverride } from '../../src/claim/index.js';
import { PolicyError, type Override } from '../../src/engine/types.js';
import { fixturePolicy, sourced } from '../helpers/fixture.js';

const q = (over: Partial<ParamQuery>): ParamQuery => ({ benefit: 'outpatient', scheme: 'employee', param: 'ratio', status: 'active', tier: '1', ...over });
const sets = (...texts: string[]): Override[] => texts.map((t) => {
  const r = parseOverride(t);
  if (!r.ok) throw new Error(r.message.en);
  return r.override;
});

describe('resolveParam', () => {
  const p = fixturePolicy();
  const rules = p.versions[0]!.benefits.outpatient!.employee!;

  test('a single value', () => {
    const r = resolveParam(p, rules.cap, q({ param: 'cap' }), [])!;
    expect(r.value).toBe(100000);
    expect(r.provenance).toMatchObject({ kind: 'stated', path: 'outpatient.employee.cap' });
  });

  test('by status', () => {
    expect(resolveParam(p, rules.deductible, q({ param: 'deductible', status: 'retired' }), [])!.value).toBe(5000);
    const r = resolveParam(p, rules.deductible, q({ param: 'deductible' }), [])!;
    expect([r.value, r.provenance.path, r.setPath]).toEqual([10000, 'outpatient.employee.deductible.active', 'outpatient.employee.deductible.active']);
  });

  test('by tier, community falling back to the tier it counts as', () => {
    expect(resolveParam(p, rules.ratio, q({ tier: '2' }), [])!.value).toBe(7000);
    const r = resolveParam(p, rules.ratio, q({ tier: 'community' }), [])!;
    expect([r.value, r.provenance.path]).toEqual([9000, 'outpatient.employee.ratio.1']);
  });

  test('status then tier, and a retired entry of its own', () => {
    const nested = { active: { '1': sourced(0.8), '2': sourced(0.6) }, retired: { '1': sourced(0.88) } } as never;
    const r = resolveParam(p, nested, q({ status: 'retired' }), [])!;
    expect([r.value, r.retiredKey, r.provenance.path]).toEqual([8800, true, 'outpatient.employee.ratio.retired.1']);
    expect(resolveParam(p, nested, q({ tier: '2' }), [])!.retiredKey).toBe(false);
    // retired tier 2 is missing from the map: unknown, not an error yet
    expect(resolveParam(p, nested, q({ status: 'retired', tier: '2' }), [])!.value).toBeNull();
  });

  test('an unknown value keeps its note and suggests the --set path', () => {
    const r = resolveParam(p, { '1': sourced(null), '2': sourced(0.5) } as never, q({}), [])!;
    expect(r.value).toBeNull();
    expect(r.provenance.kind).toBe('unknown');
    expect(r.provenance.sourced?.note?.en).toBe('Unknown.');
    expect(r.setPath).toBe('outpatient.employee.ratio.1');
  });

  test('an inferred value is marked inferred', () => {
    const r = resolveParam(p, sourced(0, { inferred: true, reasoning: { zh: '例', en: 'example' } }) as never, q({ param: 'deductible' }), [])!;
    expect([r.value, r.provenance.kind]).toEqual([0, 'inferred']);
  });

  test('a tier the policy does not define, or a community that counts as nothing, is a PolicyError (exit 3)', () => {
    const err = (() => { try { resolveParam(p, rules.ratio, q({ tier: '3' }), []); } catch (e) { return e; } })();
    expect(err).toBeInstanceOf(PolicyError);
    expect(err).toMatchObject({ code: 'tier_not_defined', exitCode: 3 });
    const noCommunity = fixturePolicy({}, { tiers: { '1': { name: { zh: '一级', en: 'tier 1' } }, community: { name: { zh: '社区', en: 'c' }, counts_as: null } } });
    expect(() => resolveParam(noCommunity, rules.ratio, q({ tier: 'community' }), [])).toThrow(PolicyError);
    // a single value needs no tier: no error
    expect(resolveParam(noCommunity, rules.cap, q({ param: 'cap', tier: 'community' }), [])!.value).toBe(100000);
  });

  test('--set overrides: no key sets every key, a key only its own, the last match wins', () => {
    const all = resolveParam(p, rules.ratio, q({ tier: '2' }), sets('outpatient.employee.ratio=0.5'))!;
    expect([all.value, all.provenance.kind, all.provenance.override]).toEqual([5000, 'user', 'outpatient.employee.ratio']);
    expect(resolveParam(p, rules.ratio, q({ tier: '2' }), sets('outpatient.employee.ratio.1=0.5'))!.value).toBe(7000);
    expect(resolveParam(p, rules.ratio, q({ tier: '2' }), sets('outpatient.employee.ratio=0.5', 'outpatient.employee.ratio.2=0.4'))!.value).toBe(4000);
    expect(resolveParam(p, rules.ratio, q({ tier: '2' }), sets('outpatient.employee.ratio.2=0.4', 'outpatient.employee.ratio=0.5'))!.value).toBe(5000);
    expect(resolveParam(p, rules.ratio, q({ tier: 'community' }), sets('outpatient.employee.ratio.1=0.66'))!.value).toBe(6600);
    expect(resolveParam(p, rules.deductible, q({ param: 'deductible', status: 'retired' }), sets('outpatient.employee.deductible.active=1'))!.value).toBe(5000);
    expect(resolveParam(p, rules.ratio, q({}), sets('outpatient.resident.ratio=0.1', 'inpatient.employee.ratio=0.1'))!.value).toBe(9000);
    expect(resolveParam(p, rules.ratio, q({ status: 'retired' }), sets('outpatient.employee.ratio.retired=0.95'))!.retiredKey).toBe(true);
  });

  test('a parameter the policy leaves out is undefined unless --set supplies it', () => {
    expect(resolveParam(p, undefined, q({ param: 'retiree_bonus' }), [])).toBeUndefined();
    expect(resolveParam(p, undefined, q({ param: 'retiree_bonus' }), sets('outpatient.employee.retiree_bonus=0.1'))!.value).toBe(1000);
  });
});
