// The merge rules of `extends:` (src/policy/extend.ts, docs/policies.md), one by one, on small
// hand-made data: what the file states replaces or adds, everything else stays as the base has it.
import { describe, expect, it } from 'vitest';
import { extendPolicy, pathInFile } from '../../src/policy/extend.js';

const stated = (value: number, quote: string) => ({ value, source: 'base-doc', quote });
const unknown = { value: null, note: { zh: '未说明', en: 'not stated' } };

function base() {
  return {
    schema: 'yibao.policy/1',
    id: 'city',
    name: { zh: '某市', en: 'City' },
    sources: { 'base-doc': { title: 'T', publisher: 'P', date: '2024', file: 'sources/t.txt' } },
    tiers: { '1': { name: { zh: '一级', en: 'tier 1' } } },
    versions: [
      {
        effective: null,
        effective_note: { zh: '旧', en: 'old' },
        benefits: { outpatient: { employee: { deductible: unknown } } },
      },
      {
        effective: '2024-01-01',
        effective_note: { zh: '新', en: 'new' },
        benefits: {
          outpatient: { employee: { deductible: stated(500, '500元'), ratio: { '1': stated(0.8, '80%'), '2': stated(0.7, '70%') } } },
          inpatient: { employee: { deductible: unknown, ratio: unknown } },
        },
        facts: [
          { key: 'a', value: 1 },
          { key: 'b', value: 2 },
        ],
      },
    ],
    hotline: { number: '123', source: 'base-doc', quote: '123', menu: [{ key: '1', label: { zh: '甲', en: 'a' } }] },
  };
}

describe('extendPolicy', () => {
  it('replaces a sourced value whole and leaves its siblings and the other benefits as they were', () => {
    const file = { extends: 'city', versions: [{ effective: '2024-01-01', benefits: { inpatient: { employee: { deductible: { value: 800, source: 'mine', quote: '800元' } } } } }] };
    const { data, problems } = extendPolicy(base(), file);
    expect(problems).toEqual([]);
    const v = (data.versions as ReturnType<typeof base>['versions'])[1]!;
    expect(v.benefits.inpatient!.employee.deductible).toEqual({ value: 800, source: 'mine', quote: '800元' });
    expect(v.benefits.inpatient!.employee.ratio).toEqual(unknown);
    expect(v.benefits.outpatient).toEqual(base().versions[1]!.benefits.outpatient);
    expect(v.effective_note).toEqual({ zh: '新', en: 'new' });
    expect('extends' in data).toBe(false);
  });

  it('never keeps a base quote beside a value the file changes: a unit on either side is replaced whole', () => {
    // the file restates only the value of a stated deductible: the base's source and quote do not stay with it
    const file = { versions: [{ effective: '2024-01-01', benefits: { outpatient: { employee: { deductible: { value: 600, source: 'mine', quote: '600元' } } } } }] };
    const v = (extendPolicy(base(), file).data.versions as ReturnType<typeof base>['versions'])[1]!;
    expect(v.benefits.outpatient!.employee.deductible).toEqual({ value: 600, source: 'mine', quote: '600元' });
  });

  it('merges a keyed parameter key by key: a tier the file adds joins those the base states', () => {
    const file = { versions: [{ effective: '2024-01-01', benefits: { outpatient: { employee: { ratio: { '3': { value: 0.6, source: 'mine', quote: '60%' } } } } } }] };
    const v = (extendPolicy(base(), file).data.versions as ReturnType<typeof base>['versions'])[1]!;
    expect(v.benefits.outpatient!.employee.ratio).toEqual({ '1': stated(0.8, '80%'), '2': stated(0.7, '70%'), '3': { value: 0.6, source: 'mine', quote: '60%' } });
  });

  it('adds a new version that starts from the one in force before it, with only the file’s note', () => {
    const file = { versions: [{ effective: '2025-01-01', benefits: { inpatient: { employee: { ratio: { value: 0.9, source: 'mine', quote: '90%' } } } } }] };
    const versions = extendPolicy(base(), file).data.versions as Array<Record<string, unknown>>;
    expect(versions.map((v) => v.effective)).toEqual([null, '2024-01-01', '2025-01-01']);
    const added = versions[2] as ReturnType<typeof base>['versions'][1];
    expect(added.effective_note).toBeUndefined();
    expect(added.benefits.outpatient).toEqual(base().versions[1]!.benefits.outpatient);
    expect(added.benefits.inpatient!.employee).toEqual({ deductible: unknown, ratio: { value: 0.9, source: 'mine', quote: '90%' } });
    // the version the new one copied is unchanged
    expect(versions[1]).toEqual(base().versions[1]);
  });

  it('a new version copies the earlier version as the file changed it', () => {
    const file = {
      versions: [
        { effective: '2025-01-01', benefits: { inpatient: { employee: { ratio: { value: 0.9, source: 'mine', quote: '90%' } } } } },
        { effective: '2024-01-01', benefits: { inpatient: { employee: { deductible: { value: 800, source: 'mine', quote: '800元' } } } } },
      ],
    };
    const versions = extendPolicy(base(), file).data.versions as Array<ReturnType<typeof base>['versions'][1]>;
    expect(versions[2]!.benefits.inpatient!.employee.deductible).toEqual({ value: 800, source: 'mine', quote: '800元' });
  });

  it('merges facts by key (one replaced, one added) and replaces an unkeyed list (the menu) whole', () => {
    const file = {
      versions: [{ effective: '2024-01-01', facts: [{ key: 'b', value: 20 }, { key: 'c', value: 3 }] }],
      hotline: { number: '456', source: 'mine', quote: '456', menu: [{ key: '9', label: { zh: '乙', en: 'b' } }] },
    };
    const { data } = extendPolicy(base(), file);
    const v = (data.versions as ReturnType<typeof base>['versions'])[1]!;
    expect(v.facts).toEqual([{ key: 'a', value: 1 }, { key: 'b', value: 20 }, { key: 'c', value: 3 }]);
    expect(data.hotline).toEqual(file.hotline);
  });

  it('adds sources, and refuses to redefine a key the base uses (at that key)', () => {
    const mine = { title: 'M', publisher: 'Bureau', date: '2025', file: 'notice.txt' };
    const ok = extendPolicy(base(), { sources: { mine, 'base-doc': base().sources['base-doc'] } });
    expect(ok.problems).toEqual([]);
    expect(Object.keys(ok.data.sources as object)).toEqual(['base-doc', 'mine']);
    const clash = extendPolicy(base(), { sources: { 'base-doc': mine } });
    expect(clash.problems).toHaveLength(1);
    expect(clash.problems[0]!.path).toEqual(['sources', 'base-doc']);
    expect(clash.problems[0]!.message.en).toContain('already used');
  });

  it('refuses a version without its effective date, and the same date twice', () => {
    const { problems } = extendPolicy(base(), { versions: [{ benefits: {} }, { effective: '2025-01-01' }, { effective: '2025-01-01' }] });
    expect(problems.map((p) => p.path)).toEqual([['versions', 0], ['versions', 2, 'effective']]);
  });

  it('refuses a model-1 file over a model-2 base', () => {
    const v2 = { ...base(), schema: 'yibao.policy/2' };
    const { problems } = extendPolicy(v2, { schema: 'yibao.policy/1' });
    expect(problems.map((p) => p.path)).toEqual([['schema']]);
    expect(extendPolicy(base(), { schema: 'yibao.policy/2' }).problems).toEqual([]);
  });

  it('does not change the base it is given', () => {
    const b = base();
    extendPolicy(b, { name: { zh: '新市', en: 'New' }, versions: [{ effective: '2024-01-01', facts: [{ key: 'a', value: 9 }] }] });
    expect(b).toEqual(base());
  });
});

describe('pathInFile', () => {
  const file = { versions: [{ effective: '2025-01-01', benefits: { inpatient: { employee: { ratio: { value: 9 } } } } }] };
  const merged = extendPolicy(base(), file).data;

  it('finds a merged version in the file by its date, not its index', () => {
    expect(pathInFile(merged, file, ['versions', 2, 'benefits', 'inpatient', 'employee', 'ratio', 'value'])).toEqual({
      path: ['versions', 0, 'benefits', 'inpatient', 'employee', 'ratio', 'value'],
      whole: true,
    });
  });

  it('stops at the deepest node the file states for a part taken from the base', () => {
    expect(pathInFile(merged, file, ['versions', 2, 'benefits', 'outpatient', 'employee'])).toEqual({ path: ['versions', 0, 'benefits'], whole: false });
    expect(pathInFile(merged, file, ['versions', 1, 'benefits'])).toEqual({ path: ['versions'], whole: false });
  });
});
