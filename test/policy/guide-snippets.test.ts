// The guide's YAML snippets (docs/policies.md) are copied by a newcomer into a file: those that encode
// a clause must validate there. Each one below was tried through `policy validate` placed in
// examples/rulebooks/bailu.yaml; these failed (a quote `…` without its number, a band left out, a
// `several: { … }` where no two diseases share a limit, a level given as `…`) and are now whole.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const blocks = [...readFileSync('docs/policies.md', 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const block = (start: string) => {
  const found = blocks.filter((b) => b.startsWith(start));
  expect(found.length, start).toBe(1);
  return parse(found[0]!.split('\n# ')[0]!, { merge: true });
};

describe('guide snippets that encode a clause are whole', () => {
  it('大病 特困人员: three segments (70% to 5万, 80% to 10万, 90% above), each up_to quoting its number', () => {
    const g = block('groups:\n  特困人员:').groups.特困人员;
    expect(g.segments.map((s: { ratio: { value: number } }) => s.ratio.value)).toEqual([0.7, 0.8, 0.9]);
    expect(g.segments[0].up_to).toMatchObject({ value: 50000, quote: '起付标准以上至5万元（含）的部分支付70%' });
    expect(g.segments[1].up_to).toMatchObject({ value: 100000, quote: '5万元以上至10万元（含）的部分支付80%' });
  });

  it('白鹭 bands: every level of the first band, no `…`', () => {
    const b = block('bands:\n  base: { value: total, source: bailu').bands;
    expect(Object.keys(b.segments[0].ratio)).toEqual(['1', '2', '3']);
    expect(JSON.stringify(b)).not.toContain('…');
  });

  it('counts: every quote is text, not `…`', () => {
    const c = block('counts:').counts;
    expect(c.deductible.quote).toBe('政策范围内个人负担费用包括起付标准');
  });

  it('特殊病种 with one chronic disease: no `several` (no two share a limit)', () => {
    const d = block('disease_limits:\n  diseases:\n    - { name: 高血压, limit: { value: 1200').disease_limits;
    expect(d.several).toBeUndefined();
  });
});
