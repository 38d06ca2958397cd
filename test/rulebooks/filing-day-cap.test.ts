// 床日限额不适用于异地就医 (round-6 trial 溱浦 第二十一条（五）: the newcomer could only lift the cap with --set):
// filing.<kind>.no_day_cap. On 栖湾 (test/fixtures/stay5/qiwan.yaml, fiction) a variant adds a notice of its
// own (sources/qiwan-yd.txt, written here): 「未按规定办理异地就医备案的，住院统筹基金支付比例降低20个百分点。
// 第五条规定的床日限额不适用于异地就医。」 Worked by hand: resident 一档 at a 乡镇卫生院 (一级), 10 days,
// 4000.00 with 目录外 100.00 and 乙类药品 600.00 × 10% = 60.00: in pooling 3840.00, 起付 200 → 3640.00;
//   local: × 85% = 3094.00, held to 150 × 10 = 1500.00;
//   unfiled: × (85% − 20) = 65% = 2366.00; with no_day_cap true no cap: 2366.00; without it: 1500.00.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { yibao } from '../cli/calc-helpers.js';
import { pick, run } from './limits3-helpers.js';

const NOTICE = '未按规定办理异地就医备案的，住院统筹基金支付比例降低20个百分点。第五条规定的床日限额不适用于异地就医。\n';

/** 栖湾 with the notice as source `yd` and an unfiled rule whose no_day_cap is `noDayCap` (YAML; '' leaves it out). */
function withFiling(noDayCap: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'filing-day-cap-'));
  cpSync('test/fixtures/stay5/sources', join(dir, 'sources'), { recursive: true });
  writeFileSync(join(dir, 'sources', 'qiwan-yd.txt'), NOTICE);
  const source = '\n  yd:\n    title: 栖湾市异地就医结算通知（测试用虚构政策）\n    publisher: 栖湾市医疗保障局\n    date: "2024-01-01"\n    file: sources/qiwan-yd.txt\n\ntiers:';
  const rule =
    '          filing:\n            unfiled:\n              value: adjusted\n              source: yd\n              quote: 未按规定办理异地就医备案的，住院统筹基金支付比例降低20个百分点\n' +
    '              ratio_cut: { value: 0.2, source: yd, quote: 住院统筹基金支付比例降低20个百分点 }\n' +
    (noDayCap ? `              no_day_cap: ${noDayCap}\n` : '') +
    '          cap: { value: 150000, source: qw, quote: 统筹基金年度最高支付限额15万元 }\n';
  const text = readFileSync('test/fixtures/stay5/qiwan.yaml', 'utf8')
    .replace('\n\ntiers:', source)
    .replace('          cap: { value: 150000, source: qw, quote: 统筹基金年度最高支付限额15万元 }\n', rule);
  writeFileSync(join(dir, 'qiwan.yaml'), text);
  return join(dir, 'qiwan.yaml');
}

const STAY = ['--benefit', 'inpatient', '--scheme', 'resident', '--grade', '1', '--tier', '乡镇卫生院', '--admission', '1', '--date', '2025-07-14', '--amount', '4000', '--out-of-scope', '100', '--class-b-drugs', '600', '--days', '10'];
const calc = (file: string, ...extra: string[]) => ['calc', '--policy', file, ...STAY, ...extra];
const STATED = '{ value: true, source: yd, quote: 第五条规定的床日限额不适用于异地就医 }';

describe('filing.<kind>.no_day_cap (床日限额不适用于异地就医)', () => {
  it('stated: an unfiled stay is not held to the bed-day cap (2366.00); a local one still is (1500.00)', async () => {
    const file = withFiling(STATED);
    expect((await yibao(['policy', 'validate', file])).code).toBe(0);
    expect(pick(await run(calc(file, '--filing', 'unfiled')), 'ratio', 'fund_before_cap', 'fund_pays')).toEqual(['0.65', '2366.00', '2366.00']);
    expect(pick(await run(calc(file)), 'fund_pays')).toEqual(['1500.00']);
    const text = await yibao(calc(file, '--filing', 'unfiled'));
    expect(text.stdout).toContain('床日限额(乡镇卫生院)不适用于这类异地就医');
    const show = await yibao(['policy', 'show', file]);
    expect(show.stdout).toContain('床日限额不适用');
  });
  it('left out: the cap holds for out-of-area care too (1500.00), as before', async () => {
    expect(pick(await run(calc(withFiling(''), '--filing', 'unfiled')), 'fund_pays')).toEqual(['1500.00']);
  });
  it('unknown (null): exit 3 naming it with both results; --set answers it', async () => {
    const file = withFiling('{ value: null, note: { zh: 变体:没说。, en: "variant: not said." } }');
    const out = await yibao(calc(file, '--filing', 'unfiled'));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('inpatient.resident.filing.unfiled.no_day_cap');
    expect(out.stderr).toContain('2366.00');
    expect(out.stderr).toContain('1500.00');
    const set = await run(calc(file, '--filing', 'unfiled', '--set', 'inpatient.resident.filing.unfiled.no_day_cap=true'));
    expect(pick(set, 'fund_pays')).toEqual(['2366.00']);
  });
});
