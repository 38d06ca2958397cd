// assistance.open_groups: 医疗救助's list ends in 等 (round-7 trial 鹤屿 第十九条「医疗救助对象为特困人员、低保对象、
// 返贫致贫人口等」…（二）「低保对象、返贫致贫人口及其他救助对象年度救助起付标准1000元，年度内累计超过1000元的部分救助70%，
// 年度救助限额5万元」). Before, a group not on assistance.groups was refused (exit 2) as bad input. The fixture
// test/fixtures/open7/heyu.yaml (the round-7 newcomer's file) writes open_groups: { value: null, group: 低保对象 }.
// Worked by hand, HY-07 (resident, 二级, 1st stay, 20000, no 乙类, 低保边缘家庭成员):
// - 起付 500 (第六条（一）); (20000 − 500) × 80% = 15600.00 (第八条); 大病 burden 3900.00, below 15000: 0.
// - no 救助对象: cash 20000 − 15600 = 4400.00;
// - as 其他救助对象 (低保对象's rules): base 500 + 3900 = 4400.00; (4400 − 1000) × 70% = 2380.00; cash 2020.00.
// The file leaves it unknown → exit 3 naming assistance.open_groups with both answers; --set picks one;
// a reading (as_group) is said on this claim; a claim where the answers agree (burden 900 < 1000) is answered.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { yibao } from '../cli/calc-helpers.js';
import { calc, pick, run } from './limits3-helpers.js';

const HY = 'test/fixtures/open7/heyu.yaml';
const OPEN = `      open_groups:
        value: null
        group: 低保对象`;
function variant(to: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'open7-'));
  cpSync('test/fixtures/open7/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(HY, 'utf8');
  expect(text).toContain(OPEN);
  const path = join(dir, 'heyu.yaml');
  // null: the open_groups block left out (a closed list, as before)
  const out = to === null ? text.replace(/      open_groups:\n(?: {8}.*\n|\n)+?(?=    # )/, '') : text.replace(OPEN, to);
  writeFileSync(path, out);
  return path;
}
const hy07 = (policy: string, group = '低保边缘家庭成员', amount = '20000', extra: string[] = []) =>
  calc(policy, '--date', '2025-06-03', '--discharge-date', '2025-06-12', '--scheme', 'resident', '--age', '52', '--assistance', group, '--benefit', 'inpatient', '--tier', '2', '--admission', '1', '--amount', amount, ...extra);
const paths = (j: { warnings: { code: string; path?: string }[] }) => j.warnings.map((w) => `${w.code}:${w.path ?? ''}`);

describe('assistance.open_groups (鹤屿 第十九条 …等 / 及其他救助对象)', () => {
  it('validate accepts it; show says the list is open and unknown', async () => {
    expect((await yibao(['policy', 'validate', HY])).code).toBe(0);
    const show = (await yibao(['policy', 'show', HY])).stdout;
    expect(show).toContain('名单以“等”结尾,未列出的对象(--assistance 其他名称):未知');
    expect(show).toContain('“医疗救助对象为特困人员、低保对象、返贫致贫人口等”');
  });
  it('HY-07 unknown: exit 3 naming assistance.open_groups with both answers', async () => {
    const out = await yibao(hy07(HY));
    expect(out.code, out.stderr).toBe(3);
    expect(out.stderr).toContain('assistance.open_groups');
    expect(out.stderr).toContain('不属于医疗救助对象:统筹基金支付 15600.00 元,个人现金 4400.00 元');
    expect(out.stderr).toContain('按“低保对象”救助:统筹基金支付 15600.00 元,个人现金 2020.00 元(医疗救助已支付 2380.00 元)');
    expect(out.stderr).toContain('--set assistance.open_groups=none|低保对象');
  });
  it('--set assistance.open_groups=低保对象: 2380.00, cash 2020.00, marked as the user’s', async () => {
    const j = await run(hy07(HY, undefined, undefined, ['--set', 'assistance.open_groups=低保对象']));
    expect(pick(j, 'deductible_applied', 'fund_pays', 'burden_added', 'assistance_pays', 'cash_due')).toEqual(['500.00', '15600.00', '3900.00', '2380.00', '2020.00']);
    expect(paths(j)).toContain('user_value:assistance.open_groups');
    const text = (await yibao(hy07(HY, undefined, undefined, ['--set', 'assistance.open_groups=低保对象']))).stdout;
    expect(text).toContain('医疗救助(低保边缘家庭成员,按“低保对象”)');
  });
  it('--set assistance.open_groups=none: no assistance, cash 4400.00; a group not listed: exit 2', async () => {
    const j = await run(hy07(HY, undefined, undefined, ['--set', 'assistance.open_groups=none']));
    expect(pick(j, 'assistance_pays', 'cash_due')).toEqual(['0.00', '4400.00']);
    const bad = await yibao(hy07(HY, undefined, undefined, ['--set', 'assistance.open_groups=某某']));
    expect(bad.code).toBe(2);
  });
  it('a reading (as_group): 2380.00 with the reading said; none: 4400.00 with its reading', async () => {
    const asGroup = variant(`      open_groups:
        value: as_group
        group: 低保对象
        reading: { zh: 名单外的困难群众按“其他救助对象”救助, en: read as 其他救助对象 }
        reading_short: { zh: 按其他救助对象救助, en: as 其他救助对象 }`);
    expect((await yibao(['policy', 'validate', asGroup])).code).toBe(0);
    const j = await run(hy07(asGroup));
    expect(pick(j, 'assistance_pays', 'cash_due')).toEqual(['2380.00', '2020.00']);
    expect(paths(j)).toContain('reading:assistance.open_groups');
    const none = variant(`      open_groups:
        value: none
        reading: { zh: 只有所列三类是救助对象, en: only the three listed groups }
        reading_short: { zh: 只有所列三类, en: the listed three only }`);
    const k = await run(hy07(none));
    expect(pick(k, 'assistance_pays', 'cash_due')).toEqual(['0.00', '4400.00']);
    expect(paths(k)).toContain('reading:assistance.open_groups');
  });
  it('a claim the answers agree on is answered: 起付 500 + burden 120 = 620 < 1000, assistance 0 either way', async () => {
    // 1100: (1100 − 500) × 80% = 480.00; burden 120.00; base 500 + 120 = 620 ≤ 1000: 0; cash 620.00
    const j = await run(hy07(HY, undefined, '1100'));
    expect(pick(j, 'fund_pays', 'assistance_pays', 'cash_due')).toEqual(['480.00', '0.00', '620.00']);
    expect(paths(j)).toContain('policy_note:assistance.open_groups');
  });
  it('a listed group is unchanged: 低保对象 2380.00', async () => {
    const j = await run(hy07(HY, '低保对象'));
    expect(pick(j, 'assistance_pays', 'cash_due')).toEqual(['2380.00', '2020.00']);
    expect(paths(j).filter((p) => p.includes('open_groups'))).toEqual([]);
  });
  it('without open_groups the list is closed, as before: exit 2', async () => {
    const closed = variant(null);
    expect(readFileSync(closed, 'utf8')).not.toContain('open_groups');
    const out = await yibao(hy07(closed));
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('政策的医疗救助对象中没有“低保边缘家庭成员”');
  });
  it('batch: the row is unknown naming assistance.open_groups', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'open7-'));
    const file = join(dir, 'c.csv');
    writeFileSync(file, 'date,discharge_date,scheme,age,benefit,tier,admission,amount,assistance\n2025-06-03,2025-06-12,resident,52,inpatient,2,1,20000,低保边缘家庭成员\n2025-06-03,2025-06-12,resident,52,inpatient,2,1,20000,低保对象\n');
    const out = await yibao(['batch', '--policy', HY, file, '--output-format', 'jsonl']);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(JSON.stringify(rows[0])).toContain('assistance.open_groups');
    expect(rows[1].assistance_pays).toBe('2380.00');
  });
});
