// Policy model 2 (schema yibao.policy/2): the two fictional rulebooks validate as encoded, every
// quote in them is verbatim in its source text, a /1 file may not use a model-2 structure, and
// the model-2 structures are checked like model-1 values (quotes state their numbers, bands rise).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { issuesOf, policyText, replaceOnce } from './helpers.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const bailu = read('examples/rulebooks/bailu.yaml');

/** Every `quote` (and `menu_quote`) string anywhere in the data. */
function quotes(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => quotes(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'quote' || k === 'menu_quote') && typeof v === 'string') out.push(v);
      else quotes(v, out);
    }
  }
  return out;
}

describe('policy model 2', () => {
  it('bailu.yaml validates as it is', () => {
    expect(issuesOf(bailu)).toEqual([]);
  });

  it("every quote of bailu.yaml is verbatim in the rulebook text it cites", () => {
    const source = read('examples/rulebooks/sources/bailu-2024-56.txt');
    const all = quotes(parse(bailu));
    expect(all.length).toBeGreaterThan(40);
    expect(all.filter((q) => !source.includes(q))).toEqual([]);
  });

  it('a /1 file may not use a model-2 structure: the key is named with the fix', () => {
    const text = replaceOnce(policyText('suizhou'), 'tiers:\n', 'facilities:\n  乡镇卫生院: { counts_as: "1", source: suizhou-daily-2024, quote: 一级 }\ntiers:\n');
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain('yibao.policy/2');
  });

  it('a band edge changed without its quote is caught (30000 -> 40000)', () => {
    const text = replaceOnce(bailu, 'up_to: { value: 30000,', 'up_to: { value: 40000,');
    const issues = issuesOf(text);
    expect(issues.map((i) => i.message).join('\n')).toContain('40000');
  });

  it('band edges must rise', () => {
    const text = replaceOnce(
      bailu,
      "- { up_to: { value: 120000, source: bailu-2024-56, quote: 6万元以上至12万元（含）的部分支付65% }",
      "- { up_to: { value: 50000, source: bailu-2024-56, quote: 6万元以上至12万元（含）的部分支付65% }",
    );
    const messages = issuesOf(text).map((i) => i.message).join('\n');
    expect(messages).toMatch(/从小到大|must rise/);
  });

  it('a band list whose last band has an edge is refused', () => {
    const text = replaceOnce(
      bailu,
      '- ratio: { value: 0.9, source: bailu-2024-56, quote: 超过3万元的部分，各级医疗机构均支付90% }',
      '- up_to: { value: 90000, source: bailu-2024-56, quote: 9万 }\n                ratio: { value: 0.9, source: bailu-2024-56, quote: 超过3万元的部分，各级医疗机构均支付90% }',
    );
    expect(issuesOf(text).map((i) => i.message).join('\n')).toMatch(/最后一段|last band/);
  });

  it('an unknown facility level needs its note', () => {
    const text = replaceOnce(bailu, `  村卫生室:
    counts_as: null
    note:
      zh: 原文未提到村卫生室，其级别未说明。
      en: The text does not mention village clinics (村卫生室); their level is not stated.
`, '  村卫生室:\n    counts_as: null\n');
    expect(issuesOf(text).map((i) => i.message).join('\n')).toContain('note');
  });

  // since open4: a group the layer names that assistance does not cover is a group of the layer only (no assistance, said)
  it('a second-layer group need not be an assistance group', () => {
    const text = replaceOnce(bailu, '          低保对象: *poor\n', '          低收入人口: *poor\n');
    expect(issuesOf(text).map((i) => i.message).join('\n')).not.toContain('低收入人口');
  });
});
