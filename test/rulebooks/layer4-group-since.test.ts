// 澄岫 第十一条（三）「年度内新认定为前款对象的，自认定之日起享受前款待遇」 (round-4 trial rulebook,
// test/fixtures/layer4/sources/chengxiu-2024-9.txt): a 低保对象 certified on 2025-06-10 with 12000 of burden
// counted earlier in the year. The text does not say whether that burden counts toward the group's
// halved threshold (15000 × 50% = 7500): second_layer.<scheme>.burden_before_group (counts | excluded),
// unknown in the fixture (left out). --assistance-since gives the day, --ytd-burden-since the part of
// --ytd-burden counted since then. Worked by hand:
// 二级 stay of 20500, no 乙类: 起付 500; (20500 − 500) × 75% = 15000.00; burden (起付 counted, 十一（一）)
// 5000 + 500 = 5500, the year 12000 → 17500.
//   counts: above 7500 at 60% + 5 = 65%: 5500 × 65% = 3575.00; 救助 (5000 + 500 − 3575 − 600) × 80% = 1060.00;
//           cash 20500 − 15000 − 3575 − 1060 = 865.00
//   excluded: since the day 0 → 5500, below 7500: 0; 救助 (5500 − 600) × 80% = 3920.00; cash 1580.00
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { CX, batchRows, calc, codes, pick, run, variant } from './layer4-helpers.js';

const STAY = calc(CX, '--date', '2025-07-01', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '2', '--amount', '20500', '--assistance', '低保对象', '--ytd-burden', '12000');
const SINCE = [...STAY, '--assistance-since', '2025-06-10'];
const FIELDS = ['fund_pays', 'burden_added', 'ytd_burden_after', 'second_layer_pays', 'assistance_pays', 'cash_due'];
const COUNTS = ['15000.00', '5500.00', '17500.00', '3575.00', '1060.00', '865.00'];
const EXCLUDED = ['15000.00', '5500.00', '17500.00', '0.00', '3920.00', '1580.00'];
const GROUPS = '        groups:\n          特困人员: &needy';
/** The fixture with burden_before_group written as `yaml`. */
const withChoice = (yaml: string) => variant([GROUPS, `        burden_before_group: ${yaml}\n${GROUPS}`]);
const swap = (args: string[], from: string, to: string) => args.map((a) => (a === from ? to : a));

describe('十一（三）: a group that began within the year (--assistance-since, burden_before_group)', () => {
  it('without --assistance-since: as before (the group’s rules on the year’s burden): 3575.00', async () => {
    expect(pick(await run(STAY), ...FIELDS)).toEqual(COUNTS);
  });
  it('certified on 2025-06-10, the file silent: exit 3 naming burden_before_group with both answers', async () => {
    const out = await yibao(SINCE);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('second_layer.resident.burden_before_group');
    expect(out.stderr).toContain('居民大病保险 3575.00 元,个人现金 865.00 元');
    expect(out.stderr).toContain('个人现金 1580.00 元');
    expect(out.stderr).toContain('--set second_layer.resident.burden_before_group=counts|excluded');
  });
  it('--set picks one: excluded → 0 and 救助 3920.00 (user_value); counts → 3575.00', async () => {
    const ex = await run([...SINCE, '--set', 'second_layer.resident.burden_before_group=excluded']);
    expect(pick(ex, ...FIELDS)).toEqual(EXCLUDED);
    expect(codes(ex)).toContain('user_value');
    expect(pick(await run([...SINCE, '--set', 'second_layer.resident.burden_before_group=counts']), ...FIELDS)).toEqual(COUNTS);
    const text = (await yibao([...SINCE, '--set', 'second_layer.resident.burden_before_group=excluded'])).stdout;
    expect(text).toContain('认定之日(2025-06-10)起累计 0.00 → 5500.00 元,认定之前的不计入');
  });
  it('both ways the same: 8000 of the 12000 since the day, 8000 → 13500 all above 7500 → 3575.00 either way, answered', async () => {
    const j = await run([...SINCE, '--ytd-burden-since', '8000']);
    expect(pick(j, ...FIELDS)).toEqual(COUNTS);
    expect(j.claim.assistance_since).toBe('2025-06-10');
    expect(j.claim.ytd_burden_since).toBe('8000.00');
  });
  it('a group since 1 January (the whole year) is no change within the year: answered as before', async () => {
    expect(pick(await run([...STAY, '--assistance-since', '2025-01-01']), ...FIELDS)).toEqual(COUNTS);
  });
  it('stated in the file: excluded is the rule (no exit 3); a reading is said on this claim only', async () => {
    const stated = await withChoice('{ value: excluded, source: cx, quote: 年度内新认定为前款对象的，自认定之日起享受前款待遇 }');
    expect(pick(await run(swap(SINCE, CX, stated)), ...FIELDS)).toEqual(EXCLUDED);
    const read = await withChoice('{ value: counts, source: cx, quote: 自认定之日起享受前款待遇, reading: { zh: 理解为认定前的个人负担也计入。, en: "read as counting the burden before." }, reading_short: { zh: 认定前的个人负担也计入, en: the burden before counts } }');
    const j = await run(swap(SINCE, CX, read));
    expect(pick(j, ...FIELDS)).toEqual(COUNTS);
    expect(j.warnings.filter((w: { kind: string }) => w.kind === 'reading').map((w: { path: string }) => w.path)).toEqual(['second_layer.resident.burden_before_group']);
    // no --assistance-since: the reading is not said
    expect((await run(swap(STAY, CX, read))).warnings.filter((w: { kind: string }) => w.kind === 'reading')).toEqual([]);
  });
  it('bad input: the day after the visit, or more burden since the day than in the year: exit 2', async () => {
    const late = await yibao([...STAY, '--assistance-since', '2025-08-01']);
    expect(late.code).toBe(2);
    expect(late.stderr).toContain('救助对象认定日期晚于就诊日期');
    const more = await yibao([...SINCE, '--ytd-burden-since', '13000']);
    expect(more.code).toBe(2);
    expect(more.stderr).toContain('--ytd-burden-since');
  });
  it('validate: a value outside counts | excluded, or the key on a layer without groups, is refused', async () => {
    const bad = await yibao(['policy', 'validate', await withChoice('{ value: maybe, source: cx, quote: 自认定之日起享受前款待遇 }')]);
    expect(bad.code).toBe(2);
    const noGroups = variant(['        cap: { value: 300000, source: cx, quote: 年度最高支付30万元 }\n', '        cap: { value: 300000, source: cx, quote: 年度最高支付30万元 }\n        burden_before_group: { value: counts, source: cx, quote: 自认定之日起享受前款待遇 }\n']);
    const out = await yibao(['policy', 'validate', noGroups]);
    expect(out.code).toBe(2);
    expect(out.stderr + out.stdout).toContain('burden_before_group 需要 groups');
  });
  it('policy show says it (silent, stated); policy init has the commented key', async () => {
    expect((await yibao(['policy', 'show', CX])).stdout).toContain('年度内新认定的救助对象:认定之前的个人负担是否计入,文件未写(burden_before_group)');
    const stated = (await yibao(['policy', 'show', await withChoice('{ value: excluded, source: cx, quote: 自认定之日起享受前款待遇 }')])).stdout;
    expect(stated).toMatch(/年度内新认定的救助对象\(--assistance-since\)[^\n]*只计认定之日起的个人负担/);
    expect((await yibao(['policy', 'init', 'x'])).stdout).toContain('burden_before_group: { value: counts | excluded, source, quote }');
  });
});

describe('batch: the burden since the day, carried per person', () => {
  it('a stay before the certification, then two after (burden_before_group: excluded)', async () => {
    // row 1 (no group): 二级 12500: (12500 − 500) × 75% = 9000.00, burden 3000 + 500 = 3500, year 0 → 3500, 大病 0
    // row 2 (低保, since 2025-06-10): burden 5500, year 3500 → 9000, since 0 → 5500 < 7500: 0
    // row 3: since 5500 → 11000: (11000 − 7500) × 65% = 2275.00 (counts would give 5500 × 65% = 3575.00)
    const p = await withChoice('{ value: excluded, source: cx, quote: 年度内新认定为前款对象的，自认定之日起享受前款待遇 }');
    const rows = await batchRows(
      p,
      'person_id,date,scheme,benefit,tier,amount,assistance,assistance_since\n' +
        'q,2025-03-01,resident,inpatient,2,12500,,\nq,2025-07-01,resident,inpatient,2,20500,低保对象,2025-06-10\nq,2025-08-01,resident,inpatient,2,20500,低保对象,2025-06-10\n',
    );
    expect(rows.map((r) => [r.ytd_burden_after, r.second_layer_pays])).toEqual([
      ['3500.00', '0.00'],
      ['9000.00', '0.00'],
      ['14500.00', '2275.00'],
    ]);
  });
});
