// Policy model 2's readings and notes reach the claims whose numbers they change, and only those
// (FINDINGS N1, N2, N4): the policy is 云岭 (examples/rulebooks/yunling.yaml) with readings and
// notes written where the trial newcomers wrote theirs (/work/newcomer-qingou, -yanxi). Every
// amount below is worked by hand from 云医保〔2024〕88号 (examples/rulebooks/sources/).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePolicyText } from '../../src/policy/parse.js';
import { explain } from '../../src/engine/explain.js';
import type { Claim, Warning } from '../../src/engine/types.js';
import { issuesOf, replaceOnce } from '../policy/helpers.js';
import { statusChangeWarning } from '../../src/batch/row.js';
import { withFacility } from '../../src/claim/facility.js';

const YUNLING = readFileSync(new URL('../../examples/rulebooks/yunling.yaml', import.meta.url), 'utf8');
const R = (zh: string, en: string) => `{ zh: "${zh}", en: "${en}" }`;

/** 云岭 with readings and notes added where the newcomers wrote theirs. */
function withReadings(): string {
  let t = YUNLING;
  // qingou 一（三）: 村卫生室、社区卫生服务站执行一级医疗机构普通门诊标准
  t = replaceOnce(t, '  村卫生室: *level1', `  村卫生室: { counts_as: "1", source: yunling-2024-88, quote: 社区卫生服务中心（站）、乡镇卫生院、村卫生室按一级执行, reading: ${R('村卫生室按一级医疗机构执行', 'village clinics count as level 1')}, reading_short: ${R('村卫生室按一级算', 'a village clinic counts as level 1')} }`);
  // the deductible's period, a choice with a reading and its spoken clause
  t = replaceOnce(t, 'deductible_period: &perstay { value: admission, source: yunling-2024-88, quote: 起付标准按次收取 }', `deductible_period: &perstay { value: admission, source: yunling-2024-88, quote: 起付标准按次收取, reading: ${R('按次收取即每次住院各收一次', 'charged on every stay')}, reading_short: ${R('起付线每次住院都收', 'the deductible is charged on every stay')} }`);
  // a note on a stated 乙类 share (qingou's first_pay)
  t = replaceOnce(t, 'drugs: { value: 0.05, source: yunling-2024-88, quote: 乙类药品个人先行自付5% }', `drugs: { value: 0.05, source: yunling-2024-88, quote: 乙类药品个人先行自付5%, note: ${R('居民与职工相同', 'the same for residents')} }`);
  t = replaceOnce(t, 'items: { value: 0.1, source: yunling-2024-88, quote: 乙类诊疗项目个人先行自付10% }', `items: { value: 0.1, source: yunling-2024-88, quote: 乙类诊疗项目个人先行自付10%, reading: ${R('诊疗项目含医用耗材', 'items include consumables')} }`);
  // the assistance block's own reading (yanxi 八)
  t = replaceOnce(t, '      benefits: [inpatient, chronic, outpatient]\n      source: yunling-2024-88', `      benefits: [inpatient, chronic, outpatient]\n      reading: ${R('救助在大病保险之后计算', 'assistance is settled after the second layer')}\n      source: yunling-2024-88`);
  // the age uplift and the band above 5万 read
  t = replaceOnce(t, 'value: { value: 0.02, source: yunling-2024-88, quote: 住院支付比例提高2个百分点，分段支付的各段均提高 }', `value: { value: 0.02, source: yunling-2024-88, quote: 住院支付比例提高2个百分点，分段支付的各段均提高, reading: ${R('提高2个百分点加在各段比例上', 'the 2 points go on every band')} }`);
  t = replaceOnce(t, 'active: { value: 0.92, source: yunling-2024-88, quote: 超过5万元的部分，在职人员92%、退休人员95%，不区分医疗机构级别 }', `active: { value: 0.92, source: yunling-2024-88, quote: 超过5万元的部分，在职人员92%、退休人员95%，不区分医疗机构级别, reading: ${R('超过5万元的部分不分级别', 'above 5万 the level does not matter')} }`);
  // the later-stay share, read (qingou 三（一）「第三次及以后住院的，不再收取起付标准」 read as 0)
  t = replaceOnce(t, 'share: { value: 0.5, source: yunling-2024-88, quote: 同一年度内第二次及以后住院的，起付标准按50%收取 }', `share: { value: 0.5, source: yunling-2024-88, quote: 同一年度内第二次及以后住院的，起付标准按50%收取, reading: ${R('第二次及以后都按50%', '50% from the second stay on')} }`);
  return t;
}

const policy = parsePolicyText(withReadings(), 'yunling.yaml');

const stay: Claim = { city: 'yunling', date: '2025-07-10', scheme: 'employee', status: 'active', benefit: 'inpatient', tier: '3', amount: 1000000, outOfScope: 0, ytdDeductible: 0, ytdFund: 0, account: 0, family: 0, admission: 1, age: 45 };
const resident: Claim = { ...stay, scheme: 'resident', status: undefined } as Claim;

const paths = (ws: Warning[]) => ws.map((w) => w.path);
const find = (ws: Warning[], path: string) => ws.find((w) => w.path === path);

describe('N1: every reading and note of a model-2 policy reaches the claim that uses it', () => {
  it('a reading (and its reading_short) on deductible_period: text, and the spoken clause say reads', () => {
    // 二: 在职三级900元, 起付标准按次收取 → (10000.00 − 900.00) × 84% = 7644.00
    const e = explain(stay, policy);
    expect(e.result.fundPays).toBe(764400);
    const w = find(e.warnings, 'inpatient.employee.deductible_period')!;
    expect(w).toMatchObject({ code: 'reading', kind: 'reading' });
    expect(w.message.zh).toContain('按次收取即每次住院各收一次');
    expect(w.short.zh).toBe('起付线每次住院都收,这是对原文的理解');
  });

  it('the assistance block’s reading: on a 低保 claim, not on a claim of no group', () => {
    // resident 三级: (10000.00 − 800.00) × 55% = 5060.00 fund either way
    const group = explain({ ...resident, assistance: '低保对象' }, policy);
    expect(group.result.fundPays).toBe(506000);
    expect(paths(group.warnings)).toContain('assistance');
    const none = explain(resident, policy);
    expect(none.result.fundPays).toBe(506000);
    expect(paths(none.warnings)).not.toContain('assistance');
  });

  it('a facility’s reading, on a claim at that facility only (一.1 村卫生室按一级执行: 在职一级 200元, 90%)', () => {
    const e = explain({ ...stay, tier: '1', facility: '村卫生室', amount: 100000 }, policy);
    // (1000.00 − 200.00) × 90% = 720.00
    expect(e.result.fundPays).toBe(72000);
    const w = find(e.warnings, 'facilities.村卫生室')!;
    expect(w.kind).toBe('reading');
    expect(w.message.zh).toContain('村卫生室');
    expect(paths(explain({ ...stay, tier: '1', amount: 100000 }, policy).warnings)).not.toContain('facilities.村卫生室');
  });

  it('a note on a stated 乙类 share is a note on the claim with class-B drugs (乙类药品个人先行自付5%)', () => {
    const e = explain({ ...stay, classBDrugs: 200000 }, policy);
    // 2000.00 × 5% = 100.00 first pay; (10000.00 − 100.00 − 900.00) × 84% = 7560.00
    expect(e.result.firstPay).toBe(10000);
    expect(e.result.fundPays).toBe(756000);
    expect(find(e.warnings, 'first_pay.drugs')).toMatchObject({ code: 'policy_note', kind: 'note' });
    expect(find(e.warnings, 'first_pay.drugs')!.message.zh).toContain('居民与职工相同');
  });
});

describe('N2: a reading only on the claims it changes', () => {
  it('a 乙类 share’s reading only with that kind of cost', () => {
    expect(paths(explain(stay, policy).warnings)).not.toContain('first_pay.items');
    expect(paths(explain({ ...stay, classBDrugs: 200000 }, policy).warnings)).not.toContain('first_pay.items');
    // 1000.00 × 10% = 100.00 first pay
    const items = explain({ ...stay, classBItems: 100000 }, policy);
    expect(items.result.firstPay).toBe(10000);
    expect(paths(items.warnings)).toContain('first_pay.items');
  });

  it('an age reading only where the claim’s age meets 年满70周岁', () => {
    // resident 三级 30000.00: (30000.00 − 800.00) × 55% = 16060.00 at 39; × 57% = 16644.00 at 72
    const young = explain({ ...resident, amount: 3000000, age: 39 }, policy);
    expect(young.result.fundPays).toBe(1606000);
    expect(paths(young.warnings)).not.toContain('inpatient.resident.age_bonus.value');
    const old = explain({ ...resident, amount: 3000000, age: 72 }, policy);
    expect(old.result.fundPays).toBe(1664400);
    expect(paths(old.warnings)).toContain('inpatient.resident.age_bonus.value');
  });

  it('a band’s reading only where that band’s base is not 0 (5万元（含）以内84%, 超过5万元的部分92%)', () => {
    // 10000.00 − 900.00 = 9100.00, all in band 1: band 2's base is 0
    const small = explain(stay, policy);
    expect(small.result.bands!.map((b) => b.base)).toEqual([910000, 0]);
    expect(paths(small.warnings)).not.toContain('inpatient.employee.bands.1.ratio.active');
    // 70000.00 − 900.00 = 69100.00: 50000.00 × 84% = 42000.00 + 19100.00 × 92% = 17572.00 → 59572.00
    const big = explain({ ...stay, amount: 7000000 }, policy);
    expect(big.result.fundPays).toBe(5957200);
    expect(paths(big.warnings)).toContain('inpatient.employee.bands.1.ratio.active');
  });
});

describe('N4: a schedule entry is named by its admission, never an array index', () => {
  it('第二次住院: 900.00 × 50% = 450.00, the reading labelled 第2次', () => {
    const e = explain({ ...stay, admission: 2 }, policy);
    expect(e.result.deductibleApplied).toBe(45000);
    const w = find(e.warnings, 'inpatient.employee.deductible_schedule.0')!;
    expect(w.message.zh).toContain('第2次及以后住院');
    expect(w.message.zh).not.toContain('(0)');
    expect(w.message.en).toContain('admission 2');
    expect(paths(explain(stay, policy).warnings)).not.toContain('inpatient.employee.deductible_schedule.0');
  });

  it('a band is named by its number: 第2段', () => {
    const w = find(explain({ ...stay, amount: 7000000 }, policy).warnings, 'inpatient.employee.bands.1.ratio.active')!;
    expect(w.message.zh).toContain('第2段');
  });
});

describe('validate: a key it would not use is refused', () => {
  it('reading_short without a reading', () => {
    const t = replaceOnce(YUNLING, 'cap_shared: &shared { benefits: [inpatient, chronic], source: yunling-2024-88, quote: 住院和门诊慢特病合并计算 }', `cap_shared: &shared { benefits: [inpatient, chronic], source: yunling-2024-88, quote: 住院和门诊慢特病合并计算, reading_short: ${R('合并计算', 'shared')} }`);
    const issues = issuesOf(t);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.message).toContain('reading_short');
  });

  it('reading_short on a choice (deductible_period) is accepted, as policies.md offers', () => {
    expect(issuesOf(withReadings())).toEqual([]);
  });
});

describe('N3: a status that changed within the year', () => {
  // 九.1: 职工医保年度起付标准在职人员600元、退休人员400元; 支付比例二级70%, 退休人员相应提高8个百分点;
  // 年度支付限额在职人员2400元、退休人员3000元. Retired since 2025-07-01, 1000.00 at 二级, 600.00 met, 2300.00 paid.
  const outpatient: Claim = { city: 'yunling', date: '2025-08-15', scheme: 'employee', status: 'retired', benefit: 'outpatient', tier: '2', amount: 100000, outOfScope: 0, ytdDeductible: 60000, ytdFund: 230000, account: 0, family: 0 };
  const unknownChange = parsePolicyText(
    replaceOnce(YUNLING, /    status_change:\n[\s\S]*?reading_short: \{[^\n]*\n/.exec(YUNLING)![0], `    status_change:\n      value: null\n      note: ${R('九.1 未说明年内身份变化', '九.1 is silent on a change within the year')}\n`),
    'yunling.yaml',
  );

  it('nothing changed: silent, whatever status_change says (a retiree with year totals)', () => {
    for (const p of [policy, unknownChange]) {
      const e = explain(outpatient, p);
      // 400 met by the 600.00: 1000.00 × 78% = 780.00, capped at 3000.00 − 2300.00 = 700.00
      expect(e.result.fundPays).toBe(70000);
      expect(e.warnings.map((w) => w.code)).not.toContain('status_change');
      expect(e.warnings.map((w) => w.code)).not.toContain('status_changed');
    }
  });

  it('changed (--status-since in the year), carry_over read: the policy’s reading on this claim', () => {
    const e = explain({ ...outpatient, statusSince: '2025-07-01' }, policy);
    expect(e.result.fundPays).toBe(70000);
    expect(e.warnings.find((w) => w.code === 'status_change')).toMatchObject({ kind: 'reading', path: 'status_change' });
  });

  it('changed, status_change unknown: exit 3 naming status_change, never a reading', () => {
    let error: unknown;
    try {
      explain({ ...outpatient, statusSince: '2025-07-01' }, unknownChange);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ exitCode: 3, code: 'unknown_parameter' });
    expect((error as Error).message).toContain('status_change');
  });

  it('batch, a person of two statuses in a year: the policy’s reading, or an assumption (never called a reading)', () => {
    expect(statusChangeWarning(policy, outpatient, [])).toMatchObject([{ code: 'status_change', kind: 'reading' }]);
    const [w] = statusChangeWarning(unknownChange, outpatient, []);
    expect(w).toMatchObject({ code: 'status_changed', kind: 'assumed' });
    expect(w!.message.zh).not.toContain('理解');
  });
});

describe('N5: a tier word the policy does not know lists the policy’s own levels and facilities', () => {
  it('云岭 (tiers 1/2/3, facilities 社区卫生服务中心 … 村卫生室): no `community` it does not define', () => {
    let error: unknown;
    try {
      withFacility({ tier: '卫生所' }, policy);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ exitCode: 2, field: 'tier' });
    const { zh, en } = (error as { messages: { zh: string; en: string } }).messages;
    expect(zh).toContain('卫生所');
    expect(zh).toContain('3(三级医疗机构)');
    expect(zh).toContain('村卫生室');
    expect(zh).not.toContain('community');
    expect(en).toContain('村卫生室');
  });

  it('a level word or a facility of the policy is taken as before', () => {
    expect(withFacility({ tier: '三级' }, policy).raw.tier).toBe('三级');
    expect(withFacility({ tier: '村卫生室' }, policy)).toMatchObject({ raw: { tier: '1' }, facility: '村卫生室' });
  });
});

describe('N1: the family circle’s reading, on a claim a relative’s account paid', () => {
  it('十一: 配偶、父母、子女、兄弟姐妹 read; the spouse pays what the own account does not', () => {
    const t = replaceOnce(YUNLING, '        values: [spouse, parent, child, sibling]\n', `        values: [spouse, parent, child, sibling]\n        reading: ${R('兄弟姐妹含同父异母', 'siblings include half-siblings')}\n`);
    const p = parsePolicyText(t, 'yunling.yaml');
    // 在职一级, 1000.00: 200 deductible, 800.00 × 90% = 720.00 fund; 280.00 due: own 100.00, spouse 180.00
    const claim: Claim = { ...stay, tier: '1', amount: 100000, account: 10000, family: 50000, relation: 'spouse' };
    const e = explain(claim, p);
    expect(e.result.fundPays).toBe(72000);
    expect([e.result.accountPays, e.result.familyPays]).toEqual([10000, 18000]);
    expect(paths(e.warnings)).toContain('family.relations');
    expect(find(e.warnings, 'family.relations')!.message.zh).toContain('家庭共济的亲属范围');
    expect(paths(explain({ ...claim, family: 0, relation: undefined }, p).warnings)).not.toContain('family.relations');
  });
});

describe('validate: keys the engine reads only for another choice are refused', () => {
  it('several: step with highest (step only goes with highest_plus)', () => {
    const t = replaceOnce(YUNLING, '            value: highest_plus\n            step:', '            value: highest\n            step:');
    const messages = issuesOf(t).map((i) => i.message);
    expect(messages.some((m) => m.includes('step') && m.includes('highest_plus'))).toBe(true);
  });

  it('second_layer after_cap with a threshold (used by base: burden only)', () => {
    const t = replaceOnce(YUNLING, '        ratio: { value: 0.85, source: yunling-2024-88, quote: 由大额医疗费用补助支付85% }\n', '        ratio: { value: 0.85, source: yunling-2024-88, quote: 由大额医疗费用补助支付85% }\n        threshold: { value: 0, source: yunling-2024-88, quote: 由大额医疗费用补助支付85% }\n');
    const messages = issuesOf(t).map((i) => i.message);
    expect(messages.some((m) => m.includes('threshold') && m.includes('burden'))).toBe(true);
  });
});
