// 朔原 四（一）「一个自然年度内累计收取的起付标准，在职人员达到2000元、退休人员达到1500元后，不再收取。」
// does not say whether the stay that crosses the total pays its deductible in full or only the rest:
// deductible_year_cap_crossing (test/fixtures/sy8/shuoyuan.yaml: null + note; deductible_year_cap keyed
// by status, 在职 2000 / 退休 1500; a stated crossing is written into a variant). Every number is worked by hand: 四（一） 退休 二级 起付 500; 四（二） 5万（含）以内 退休 二级 88 + 3 = 91%,
// 分段 after the deductible.
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { RawClaim } from '../../src/claim/index.js';
import { PolicyError } from '../../src/engine/types.js';
import type { Policy } from '../../src/policy/schema.js';
import { yibao } from '../cli/calc-helpers.js';
import { explainAtFacility as run } from '../helpers/claim.js';

const SY = 'test/fixtures/sy8/shuoyuan.yaml';
const sy = (await loadPolicyFile(SY)).policy;
const QUOTE = '一个自然年度内累计收取的起付标准，在职人员达到2000元、退休人员达到1500元后，不再收取。';

/** The fixture with the crossing read as given (left out: as the fixture, unknown). */
function withCap(crossing?: 'rest' | 'full'): Policy {
  const p = structuredClone(sy);
  const rules = p.versions[0]!.benefits.inpatient!.employee! as unknown as Record<string, unknown>;
  if (crossing) rules.deductible_year_cap_crossing = { value: crossing, source: 'sy', quote: QUOTE, reading: { zh: `读作 ${crossing}。`, en: crossing } };
  return p;
}

const retired = (ytd: string): RawClaim => ({ date: '2026-03-02', scheme: 'employee', status: 'retired', benefit: 'inpatient', tier: '2', amount: '20000', ytd_deductible: ytd });

describe('朔原 四（一）: the stay that crosses the yearly total of deductibles', () => {
  it('unknown, a stay that crosses (1300 charged, 500 due, 1500 total): exit 3 with both answers', () => {
    // rest: 200.00; (20000.00 − 200.00) × 91% = 18018.00. full: 500.00; 19500.00 × 91% = 17745.00
    let err: unknown;
    try {
      run(withCap(), retired('1300'));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PolicyError);
    const m = (err as PolicyError).message;
    expect(m).toContain('inpatient.employee.deductible_year_cap_crossing');
    expect(m).toContain('18018.00');
    expect(m).toContain('17745.00');
    expect(m).toContain('--set inpatient.employee.deductible_year_cap_crossing=rest|full');
  });

  it('unknown, a stay that does not cross (nothing charged before): answered, 500 in full', () => {
    // 500 ≤ 1500 left: 19500.00 × 91% = 17745.00
    const e = run(withCap(), retired('0'));
    expect(e.result.deductibleApplied).toBe(50000);
    expect(e.result.fundPays).toBe(1774500);
  });

  it('unknown, the total already reached (1500 charged): answered, 0', () => {
    // 20000.00 × 91% = 18200.00
    const e = run(withCap(), retired('1500'));
    expect(e.result.deductibleApplied).toBe(0);
    expect(e.result.fundPays).toBe(1820000);
  });

  it('read as rest: 200 charged, 18018.00, the reading said', () => {
    const e = run(withCap('rest'), retired('1300'));
    expect(e.result.deductibleApplied).toBe(20000);
    expect(e.result.fundPays).toBe(1801800);
    expect(e.warnings.some((w) => w.path === 'inpatient.employee.deductible_year_cap_crossing')).toBe(true);
  });

  it('read as full: 500 charged, 17745.00, said in the deductible step', () => {
    const e = run(withCap('full'), retired('1300'));
    expect(e.result.deductibleApplied).toBe(50000);
    expect(e.result.fundPays).toBe(1774500);
    const d = e.steps.find((s) => s.key === 'deductible')!;
    expect(d.explain.zh).toContain('本年住院累计收取的起付标准达到 1500.00 元后不再收取,此前已收取 1300.00 元,尚未达到,本次全额收取');
  });

  it('calc --set settles it (full: cash 20000 − 17745 = 2255.00)', async () => {
    const out = await yibao(['calc', '--policy', SY, '--date', '2026-03-02', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '2', '--amount', '20000', '--ytd-deductible', '1300', '--set', 'inpatient.employee.deductible_year_cap_crossing=full', '--json']);
    expect(out.code, out.stderr).toBe(0);
    const j = JSON.parse(out.stdout);
    expect(j.result.fund_pays).toBe('17745.00');
    expect(j.result.cash_due).toBe('2255.00');
  });

  it('calc without it: exit 3', async () => {
    const out = await yibao(['calc', '--policy', SY, '--date', '2026-03-02', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '2', '--amount', '20000', '--ytd-deductible', '1300']);
    expect(out.code).toBe(3);
  });

  it('an active employee (total 2000): 1800 charged, 三级 1000 due crosses; 1000 charged, 600 due does not', () => {
    // 在职 三级 起付 1000, 84%: 1800 + 1000 > 2000: rest 200 / full 1000 → exit 3
    // 在职 二级 起付 600, 88%: 1000 + 600 ≤ 2000: (20000.00 − 600.00) × 88% = 17072.00 either way
    const active = (tier: string, ytd: string): RawClaim => ({ ...retired(ytd), status: 'active', tier });
    expect(() => run(withCap(), active('3', '1800'))).toThrow(PolicyError);
    expect(run(withCap(), active('2', '1000')).result.fundPays).toBe(1707200);
  });

  it('policy show says the stay that crosses it is unknown', async () => {
    const out = await yibao(['policy', 'show', SY]);
    expect(out.stdout).toContain('跨过累计上限的那次住院');
  });
});
