// A small hand-made policy for unit tests of parameter resolution: every shape a parameter can
// take (single value, by status, by tier, status then tier), with made-up numbers and sources.
import type { Policy, SchemeRulesValue } from '../../src/policy/schema.js';

const s = (value: number | null, extra: Record<string, unknown> = {}) =>
  value === null ? { value, note: { zh: '未知。', en: 'Unknown.' } } : { value, source: 'doc', quote: `quote ${value}`, ...extra };

export function fixturePolicy(outpatientEmployee: Partial<SchemeRulesValue> = {}, extra: Partial<Policy> = {}): Policy {
  return {
    schema: 'yibao.policy/1',
    id: 'fixture',
    name: { zh: '测试市', en: 'Testville' },
    region: { zh: '测试省', en: 'Test' },
    sources: { doc: { title: 'Doc', publisher: 'Pub', date: '2024', file: 'sources/doc.txt' } },
    tiers: {
      '1': { name: { zh: '一级', en: 'tier 1' } },
      '2': { name: { zh: '二级', en: 'tier 2' } },
      community: { name: { zh: '社区', en: 'community' }, counts_as: '1' },
    },
    versions: [
      {
        effective: '2024-01-01',
        rounding: { mode: 'half_up', unit: '0.01', note: { zh: '约定', en: 'convention' } },
        benefits: {
          outpatient: {
            employee: {
              deductible: { active: s(100), retired: s(50) } as never,
              deductible_period: { value: 'year', source: 'doc', quote: 'per calendar year' },
              ratio: { '1': s(0.9), '2': s(0.7) } as never,
              retiree_bonus: s(0.05, { reading: { zh: '百分点', en: 'points' } }) as never,
              cap: s(1000) as never,
              ...outpatientEmployee,
            },
          },
        },
        family: { relations: { values: ['spouse'] }, order: { values: ['own_account', 'family'] } },
      },
    ],
    hotline: { number: null },
    ...extra,
  } as Policy;
}

export const sourced = s;
