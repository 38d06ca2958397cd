// A policy's own names written with full-width brackets (低保对象（城市）, 乡镇卫生院（中心）), as a
// bureau copies them from its text, are found when the caller types them the same way: the claim
// parser makes amounts and dates half-width, never a name it then compares with the policy's.
// (Round-6 trial: a group named with （） validated, then calc --assistance with the same name was refused.)
// Worked by hand, as in the tests the numbers come from:
// - 澄岫 (test/rulebooks/layer4-group-since.test.ts): resident 二级 stay of 20500, 低保对象: fund 15000.00,
//   大病 3575.00, 救助 1060.00, cash 865.00.
// - 栖湾 (test/rulebooks/stay-days.test.ts): resident 一档 at a 乡镇卫生院, 4000 with 目录外 100 and 乙类药品 600,
//   --days 10: 150 × 10 = 1500.00 under the bed-day cap.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { batchRows, calc, pick, run } from '../rulebooks/limits3-helpers.js';

/** A copy of `file` (beside a copy of `sources`) with each `from` replaced by its `to`, every time it occurs. */
function renamed(file: string, sources: string, ...pairs: [string, string][]): string {
  const dir = mkdtempSync(join(tmpdir(), 'full-width-'));
  cpSync(sources, join(dir, 'sources'), { recursive: true });
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of pairs) {
    expect(text).toContain(from);
    text = text.split(from).join(to);
  }
  const path = join(dir, file.split('/').at(-1)!);
  writeFileSync(path, text);
  return path;
}

describe('names with full-width brackets', () => {
  it('an assistance group 低保对象（城市） (its keys renamed), given as typed: 大病 3575.00, 救助 1060.00, cash 865.00', async () => {
    const cx = renamed('test/fixtures/layer4/chengxiu.yaml', 'test/fixtures/layer4/sources', ['低保对象:', '低保对象（城市）:']);
    const stay = calc(cx, '--date', '2025-07-01', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '2', '--amount', '20500', '--ytd-burden', '12000');
    const fields = ['fund_pays', 'second_layer_pays', 'assistance_pays', 'cash_due'];
    expect(pick(await run([...stay, '--assistance', '低保对象（城市）']), ...fields)).toEqual(['15000.00', '3575.00', '1060.00', '865.00']);
    // a batch row (its line has wide characters, so its amounts are made half-width): the same
    const rows = await batchRows(cx, '参保类型,待遇类型,医院级别,就诊日期,总费用,救助类别,ytd_burden\n居民,住院,2,2025-07-01,２０５００,低保对象（城市）,12000\n');
    expect([rows[0].row_status, rows[0].second_layer_pays, rows[0].assistance_pays, rows[0].cash_due]).toEqual(['ok', '3575.00', '1060.00', '865.00']);
  });

  it('a facility alias 乡镇卫生院（中心）, typed so: a 一级 stay under its bed-day cap, 10 days → 1500.00', async () => {
    const qw = renamed('test/fixtures/stay5/qiwan.yaml', 'test/fixtures/stay5/sources', ['  乡镇卫生院: { counts_as: "1",', '  乡镇卫生院: { aliases: [乡镇卫生院（中心）], counts_as: "1",']);
    const j = await run(calc(qw, '--benefit', 'inpatient', '--scheme', 'resident', '--grade', '1', '--tier', '乡镇卫生院（中心）', '--admission', '1', '--date', '2025-07-14', '--amount', '4000', '--out-of-scope', '100', '--class-b-drugs', '600', '--days', '10'));
    expect(pick(j, 'fund_pays')).toEqual(['1500.00']);
  });
});
