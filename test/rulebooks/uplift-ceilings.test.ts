// Policy model 2, several uplift ceilings on one benefit (uplift_ceiling as a list) and the order of
// the uplifts (uplift_order): 岚汐 第七条（二）「未满18周岁和年满65周岁的参保居民…支付比例提高3个百分点，
// 提高后最高不超过90%」 beside 第八条（一）「在二级及以上中医医院…支付比例在同级医疗机构标准基础上提高3个
// 百分点，最高不超过95%」. The text does not say which uplift comes first, so uplift_order is null: a
// claim both orders agree on is answered, one they differ on is exit 3 with both funds. Fixture
// test/fixtures/trial6/lanxi.yaml (quotes verbatim from /work/trial6/lanxi/rulebook.txt). Every number
// is worked by hand from the clauses.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { upliftedRatio, fullOrder, NO_CEILING } from '../../src/engine/steps/uplift.js';
import { yibao } from '../cli/calc-helpers.js';

const LANXI = 'test/fixtures/trial6/lanxi.yaml';
const ALL_LEVELS = ['--set', 'facilities.中医医院.levels=1,2,3'];
const claim = (age: string, tier: string, file = LANXI) => ['calc', '--policy', file, '--date', '2025-03-01', '--scheme', 'resident', '--benefit', 'inpatient', '--age', age, '--tier', tier, '--amount', '10000'];

async function json(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}

/** The fixture with its text edited. */
function variant(edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ceilings-'));
  cpSync('test/fixtures/trial6/sources', join(dir, 'sources'), { recursive: true });
  const file = join(dir, 'lanxi.yaml');
  const text = readFileSync(LANXI, 'utf8');
  const edited = edit(text);
  expect(edited).not.toBe(text);
  writeFileSync(file, edited);
  return file;
}
const ORDER_NULL = /          uplift_order:\n            value: null\n            note:\n[^\n]*\n[^\n]*\n/;

describe('upliftedRatio: each uplift held to its own ceiling, in the order given', () => {
  const u = { retiree: 0, grade: 0, age: 300, facility: 300, cut: 0 };
  const max = { retiree: undefined, grade: undefined, age: 9000, facility: 9500 };
  it('88% + 3 (age, ≤ 90%) + 3 (中医, ≤ 95%) = 93%; the other order: 88% + 3 = 91% (≤ 95%), + 3 = 94% held to 90%, never below 91%: 91%', () => {
    expect(upliftedRatio(8800, u, { max, order: fullOrder(['age', 'facility']) })).toBe(9300);
    expect(upliftedRatio(8800, u, { max, order: fullOrder(['facility', 'age']) })).toBe(9100);
  });
  it('75% + 3 + 3 = 81% in either order; no ceiling: 94%', () => {
    expect(upliftedRatio(7500, u, { max, order: fullOrder(['age', 'facility']) })).toBe(8100);
    expect(upliftedRatio(7500, u, { max, order: fullOrder(['facility', 'age']) })).toBe(8100);
    expect(upliftedRatio(8800, u, NO_CEILING)).toBe(9400);
  });
  it('the order a policy leaves out: retiree, grade, age, facility, group (group_bonus, 朔原 五（三）); a stated one puts the rest first', () => {
    expect(NO_CEILING.order).toEqual(['retiree', 'grade', 'age', 'facility', 'group']);
    expect(fullOrder(['facility', 'age'])).toEqual(['retiree', 'grade', 'group', 'facility', 'age']);
  });
});

describe('岚汐 第七条（二） ≤ 90% after age, 第八条（一） ≤ 95% after 中医医院, the order unknown', () => {
  it('aged 70 at a 二级中医医院: 75% + 3 + 3 = 81% in either order: answered: 起付 500 × 70% = 350, 9650.00 × 81% = 7816.50', async () => {
    const j = await json(claim('70', '二级中医医院'));
    expect(j.result.fund_pays).toBe('7816.50');
    expect(j.warnings.map((w: { path?: string }) => w.path)).not.toContain('inpatient.resident.uplift_order');
  });

  it('aged 70 at a 一级中医医院 (levels all, by --set): the orders differ: exit 3 naming uplift_order with both funds (9169.80 / 8972.60)', async () => {
    // 起付 200 × 70% = 140; 10000 − 140 = 9860.00; age first: 91% → 90%, + 3 = 93%: 9169.80; 中医 first: 91%, + 3 = 94% → 90% < 91%: 91%: 8972.60
    const out = await yibao([...claim('70', '一级中医医院'), ...ALL_LEVELS]);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('inpatient.resident.uplift_order');
    expect(out.stderr).toContain('9169.80');
    expect(out.stderr).toContain('8972.60');
    expect(out.stderr).toContain('先年龄、再机构类型提高');
  });

  it('--set inpatient.resident.uplift_order=age,facility: 93% (9169.80), said with each ceiling held; =facility,age: 91% (8972.60)', async () => {
    const age = await json([...claim('70', '一级中医医院'), ...ALL_LEVELS, '--set', 'inpatient.resident.uplift_order=age,facility']);
    expect(age.result.fund_pays).toBe('9169.80');
    const ratio = age.steps.find((s: { key: string }) => s.key === 'ratio');
    expect(ratio.explain).toContain('按年龄提高后最高不超过 90%');
    expect(ratio.explain).toContain('先年龄、再机构类型提高');
    expect(ratio.source).toContain('提高后最高不超过90%');
    const fac = await json([...claim('70', '一级中医医院'), ...ALL_LEVELS, '--set', 'inpatient.resident.uplift_order=facility,age']);
    expect(fac.result.fund_pays).toBe('8972.60');
    const bad = await yibao([...claim('70', '一级中医医院'), ...ALL_LEVELS, '--set', 'inpatient.resident.uplift_order=age,age']);
    expect(bad.code).toBe(2);
  });

  it('aged 10 at a 一级 general hospital: one uplift, no order: 88% + 3 = 91% held to 90%: 9800.00 × 90% = 8820.00', async () => {
    const j = await json(claim('10', '1'));
    expect(j.result.fund_pays).toBe('8820.00');
    expect(j.steps.find((s: { key: string }) => s.key === 'ratio').explain).toContain('按年龄提高后最高不超过 90%');
  });

  it('a stated order read (reading): used, and said only where the other order gives other numbers', async () => {
    const file = variant((t) =>
      t.replace(ORDER_NULL, '          uplift_order:\n            value: [age, facility]\n            reading: { zh: 理解为先按年龄提高。, en: Read as the age uplift first. }\n'),
    );
    const one = await json([...claim('70', '一级中医医院', file), ...ALL_LEVELS]);
    expect(one.result.fund_pays).toBe('9169.80');
    expect(one.warnings.filter((w: { kind: string }) => w.kind === 'reading').map((w: { path: string }) => w.path)).toContain('inpatient.resident.uplift_order');
    const two = await json(claim('70', '二级中医医院', file));
    expect(two.result.fund_pays).toBe('7816.50');
    expect(two.warnings.map((w: { path?: string }) => w.path)).not.toContain('inpatient.resident.uplift_order');
  });

  it('today’s form (one ceiling, no uplift_order) computes as before: 88% + 3 held to 90%, + 3 not held: 93% (9169.80)', async () => {
    const file = variant((t) =>
      t
        .replace(ORDER_NULL, '')
        .replace(/          uplift_ceiling:\n            - value: 0\.9\n/, '          uplift_ceiling:\n            value: 0.9\n')
        .replace(/            - value: 0\.95\n[\s\S]*?最高不超过95% \}\n/, '')
        .replace(/\n              (source|quote|after|  age)/g, '\n            $1'),
    );
    const validate = await yibao(['policy', 'validate', file]);
    expect(validate.code, validate.stderr + readFileSync(file, 'utf8')).toBe(0);
    const j = await json([...claim('70', '一级中医医院', file), ...ALL_LEVELS]);
    expect(j.result.fund_pays).toBe('9169.80');
  });

  it('batch: the answered row and the undecided one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ceilings-b-'));
    const csv = join(dir, 'claims.csv');
    writeFileSync(csv, ['date,scheme,age,benefit,tier,admission,amount', '2025-03-01,resident,70,inpatient,二级中医医院,1,10000', '2025-05-01,resident,10,inpatient,1,1,10000'].join('\n'));
    const out = await yibao(['batch', '--policy', LANXI, csv, '--output-format', 'jsonl']);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.fund_pays ?? r.result?.fund_pays ?? null)).toEqual(['7816.50', '8820.00']);
  });

  it('validate: uplift_order needs a ceiling, lists each uplift once, and an unknown needs a note; a list needs two ceilings', async () => {
    const file = variant((t) => t.replace(ORDER_NULL, '          uplift_order: { value: [age, age], source: lx, quote: 提高后最高不超过90% }\n'));
    const out = await yibao(['policy', 'validate', file, '--lang', 'en']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('each uplift may be listed once');
    const none = variant((t) => t.replace(ORDER_NULL, '          uplift_order: { value: null }\n'));
    expect((await yibao(['policy', 'validate', none, '--lang', 'en'])).stderr).toContain('an order not stated (null) needs a note');
  });

  it('policy show lists both ceilings and the order as unknown; policy init shows the list form', async () => {
    const zh = await yibao(['policy', 'show', LANXI]);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('几项提高的先后(每项提高后即受其上限约束):未知');
    expect(zh.stdout).toContain('90%');
    expect(zh.stdout).toContain('95%');
    const en = await yibao(['policy', 'show', LANXI, '--lang', 'en']);
    expect(en.stdout).toContain('The order of the uplifts');
    const { skeletonPolicy } = await import('../../src/cli/policy/init.js');
    const text = skeletonPolicy('qingsong', '../schema/policy.schema.json');
    expect(text).toContain('#   uplift_order: { value: null');
    expect(readFileSync('schema/policy.schema.json', 'utf8')).toContain('uplift_order');
  });
});
