// The warning model: every warning has a stable code, how sure the sources are (kind), the
// parameter path where it concerns one, the full message and one short spoken clause.
import { describe, expect, test } from 'vitest';
import { explain } from '../../src/engine/index.js';
import { WARNING_CODES } from '../../src/engine/types.js';
import { parseClaim, parseOverride } from '../../src/claim/index.js';
import { policy } from '../helpers/policy.js';

async function warningsOf(city: string, raw: Record<string, string>, sets: string[] = []) {
  const parsed = parseClaim(raw, { city, date: '2024-05-01' });
  if (!parsed.ok) throw new Error(parsed.message.en);
  const overrides = sets.map((s) => {
    const o = parseOverride(s);
    if (!o.ok) throw new Error(o.message.en);
    return o.override;
  });
  return explain(parsed.claim, await policy(city), overrides).warnings;
}

describe('warnings', () => {
  test("Suizhou's retiree uplift is a reading, read out in one clause from the policy's own words", async () => {
    const [w] = await warningsOf('suizhou', { scheme: 'employee', status: 'retired', tier: '1', amount: '2000' });
    expect(w).toMatchObject({ code: 'reading', kind: 'reading', path: 'outpatient.employee.retiree_bonus' });
    expect(w!.short.zh).toBe('退休人员比例按提高5个百分点算,这是对原文的理解');
    expect(w!.message.zh).toContain('5个百分点');
  });

  test('a --set value is the user\'s, an inferred value is inferred, an unknown cap is assumed', async () => {
    const ws = await warningsOf('xianning', { date: '2024-01-02', scheme: 'resident', tier: '1', amount: '300' });
    expect(ws.filter((w) => w.code === 'inferred_value').map((w) => [w.kind, w.path, w.short.zh])).toEqual([
      ['inferred', 'outpatient.resident.deductible', '不设起付线是根据原文推算的'], // no spoken zero
      ['inferred', 'outpatient.resident.ratio', '报销比例50%是根据原文推算的'],
    ]);
    const cap = ws.find((w) => w.code === 'unknown_cap');
    expect(cap).toMatchObject({ kind: 'assumed', path: 'outpatient.resident.cap' });
    expect(cap!.short.zh).toBe('政策没有写明封顶线,这里按没达到封顶线算');
    const user = await warningsOf('hanzhong', { date: '2023-03-01', scheme: 'resident', tier: '1', amount: '100' }, ['outpatient.resident.deductible=0', 'outpatient.resident.ratio=0.5']);
    expect(user.filter((w) => w.code === 'user_value').map((w) => [w.kind, w.short.zh])).toEqual([
      ['user', '不设起付线是按假定算的'],
      ['user', '报销比例50%是按假定的数字算的'],
    ]);
  });

  test('every code is one of the stable list, and every warning can be read out', async () => {
    const ws = await warningsOf('weihai', { scheme: 'resident', tier: '1', amount: '100' }, ['outpatient.resident.deductible=0', 'outpatient.resident.ratio=0.5']);
    for (const w of ws) {
      expect(WARNING_CODES).toContain(w.code);
      expect(w.short.zh).not.toMatch(/[。.]$/);
      expect(w.short.en.length).toBeGreaterThan(0);
    }
  });
});
