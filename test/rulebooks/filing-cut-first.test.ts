// uplift_ceiling.filing_cut_first: whether the ceiling (提高后最高不超过90%) holds before or after an out-of-area
// filing's cut (未备案…降低20个百分点). The brief's rulebook (溱浦 ZP-15) is not in this repository; the order is
// asked here on 汀澜 (fiction, test/fixtures/open7/tinglan.yaml), whose text leaves it open the same way:
// 第七条（三）「年满60周岁的，各段支付比例提高3个百分点。居民医保住院支付比例最高不超过90%」 and 第十九条（四）
// 「支付比例按本市同级医疗机构标准降低20个百分点」. A variant notice (written here, fiction) states the order.
// Worked by hand: resident, 66, 一级 public hospital, unfiled (起付按三级 900), 8000 with 目录外 300 and 乙类项目
// 1000 × 12% = 120: 统筹范围 8000 − 300 − 120 = 7580 (one band: 2万 and under, 88%); 7580 − 900 = 6680.
//   ceiling first (false, as always): 88 + 3 = 91 → 90, − 20 = 70%: 6680 × 70% = 4676.00, cash 8000 − 4676 = 3324.00;
//   cut first (true): 88 − 20 = 68, + 3 = 71% (under 90): 6680 × 71% = 4742.80, cash 3257.20.
// Age 50 (no uplift): 88 − 20 = 68% either way: 6680 × 68% = 4542.40, answered without a word on the order.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { yibao } from '../cli/calc-helpers.js';
import { calc, pick, run } from './limits3-helpers.js';

const TL = 'test/fixtures/open7/tinglan.yaml';
const NOTICE = '未按规定办理异地就医备案的，先按本市同级医疗机构支付比例降低20个百分点，再按规定提高支付比例，提高后最高不超过90%。\n';
const CEILING_AFTER = '              age: { value: true, source: tl-2024-9, quote: 各段支付比例提高3个百分点。居民医保住院支付比例最高不超过90% }\n';

/** 汀澜 with the notice as source `yd` and `filing_cut_first` (YAML after the key; '' leaves it out) on the resident ceiling. */
function withOrder(flag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'filing-cut-first-'));
  cpSync('test/fixtures/open7/sources', join(dir, 'sources'), { recursive: true });
  writeFileSync(join(dir, 'sources', 'tinglan-yd.txt'), NOTICE);
  let text = readFileSync(TL, 'utf8');
  const source = '\n  yd:\n    title: 汀澜市异地就医结算通知（测试用虚构政策）\n    publisher: 汀澜市医疗保障局\n    date: "2025-01-01"\n    file: sources/tinglan-yd.txt\n\ntiers:';
  expect(text).toContain('\n\ntiers:');
  expect(text).toContain(CEILING_AFTER);
  text = text.replace('\n\ntiers:', source);
  if (flag) text = text.replace(CEILING_AFTER, `${CEILING_AFTER}            filing_cut_first: ${flag}\n`);
  writeFileSync(join(dir, 'tinglan.yaml'), text);
  return join(dir, 'tinglan.yaml');
}

const PATH = 'inpatient.resident.uplift_ceiling.filing_cut_first';
const STATED = '{ value: true, source: yd, quote: 先按本市同级医疗机构支付比例降低20个百分点，再按规定提高支付比例，提高后最高不超过90% }';
const UNKNOWN = '{ value: null, note: { zh: 原文未说明异地未备案降低20个百分点在90%上限之前还是之后。, en: "the text does not say whether the 20-point cut comes before the 90% ceiling." } }';
const TL16 = (policy: string, age = '66', extra: string[] = []) =>
  calc(policy, '--date', '2025-02-19', '--discharge-date', '2025-02-27', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '1', '--admission', '1', '--age', age, '--filing', 'unfiled', '--amount', '8000', '--out-of-scope', '300', '--class-b-items', '1000', ...extra);
const codes = (j: { warnings: { code: string; path?: string }[] }) => j.warnings.map((w) => `${w.code}:${w.path ?? ''}`);

describe('uplift_ceiling.filing_cut_first (提高后上限与异地就医降低比例的先后)', () => {
  it('left out: the ceiling first, the cut after (as before): 70%, 4676.00, cash 3324.00', async () => {
    const j = await run(TL16(withOrder('')));
    expect(pick(j, 'ratio', 'fund_pays', 'second_layer_pays', 'cash_due')).toEqual(['0.70', '4676.00', '0.00', '3324.00']);
  });
  it('stated true: 88 − 20 + 3 = 71%, 4742.80, cash 3257.20; the breakdown says the cut comes first', async () => {
    const p = withOrder(STATED);
    expect((await yibao(['policy', 'validate', p])).code).toBe(0);
    const j = await run(TL16(p));
    expect(pick(j, 'ratio', 'fund_pays', 'cash_due')).toEqual(['0.71', '4742.80', '3257.20']);
    expect(codes(j).filter((c) => c.includes('filing_cut_first'))).toEqual([]);
    const text = (await yibao(TL16(p))).stdout;
    expect(text).toContain('异地就医先降低 20 个百分点');
    expect(text).not.toContain('提高后最高不超过 90%');
    const steps = JSON.stringify(j.steps ?? j);
    expect(steps).toContain('异地就医先降低 20 个百分点');
    const show = (await yibao(['policy', 'show', p])).stdout;
    expect(show).toContain('异地就医降低比例(filing 的 ratio_cut)与提高、上限的先后');
  });
  it('stated false: as left out, the ceiling said (70%, 4676.00)', async () => {
    const p = withOrder('{ value: false, source: yd, quote: 提高后最高不超过90% }');
    const j = await run(TL16(p));
    expect(pick(j, 'ratio', 'fund_pays')).toEqual(['0.70', '4676.00']);
    expect((await yibao(TL16(p))).stdout).toContain('提高后最高不超过 90%');
  });
  it('unknown: exit 3 naming it with both answers; --set answers it; show says so', async () => {
    const p = withOrder(UNKNOWN);
    expect((await yibao(['policy', 'validate', p])).code).toBe(0);
    const out = await yibao(TL16(p));
    expect(out.code, out.stderr).toBe(3);
    expect(out.stderr).toContain(PATH);
    expect(out.stderr).toContain('异地就医降低比例在提高、上限之前还是之后');
    expect(out.stderr).toContain('先提高、受上限,再按异地就医降低比例:统筹基金支付 4676.00 元,个人现金 3324.00 元');
    expect(out.stderr).toContain('先按异地就医降低比例,再提高、再受上限:统筹基金支付 4742.80 元,个人现金 3257.20 元');
    expect(out.stderr).toContain(`--set ${PATH}=false|true`);
    expect(pick(await run(TL16(p, '66', ['--set', `${PATH}=true`])), 'fund_pays')).toEqual(['4742.80']);
    expect(pick(await run(TL16(p, '66', ['--set', `${PATH}=false`])), 'fund_pays')).toEqual(['4676.00']);
    const show = (await yibao(['policy', 'show', p])).stdout;
    expect(show).toContain('有降低比例的异地就医案例两种先后都计算');
  });
  it('unknown, no uplift (age 50): 68% either way, 4542.40, answered; a local claim is not asked (66: 90%, 6642.00)', async () => {
    const p = withOrder(UNKNOWN);
    const j = await run(TL16(p, '50'));
    expect(pick(j, 'ratio', 'fund_pays')).toEqual(['0.68', '4542.40']);
    expect(codes(j).filter((c) => c.includes('filing_cut_first'))).toEqual([]);
    // local: 起付 200 (一级), 7580 − 200 = 7380 × 90% (88 + 3 = 91 → 90) = 6642.00
    const local = await run(TL16(p).filter((a, i, all) => a !== '--filing' && all[i - 1] !== '--filing'));
    expect(pick(local, 'ratio', 'fund_pays')).toEqual(['0.90', '6642.00']);
  });
  it('a reading (true): 4742.80, the reading said', async () => {
    const p = withOrder('{ value: true, reading: { zh: 理解为先降低再提高, en: the cut first }, reading_short: { zh: 先降低, en: cut first } }');
    const j = await run(TL16(p));
    expect(pick(j, 'fund_pays')).toEqual(['4742.80']);
    expect(codes(j)).toContain(`reading:${PATH}`);
  });
  it('validate refuses it where no filing kind has a ratio_cut', async () => {
    const p = withOrder(STATED).replace('.yaml', '-nocut.yaml');
    writeFileSync(p, readFileSync(p.replace('-nocut.yaml', '.yaml'), 'utf8').replace(/ +ratio_cut: \{ value: 0\.2, source: tl-2024-9[^\n]*\n/, ''));
    const v = await yibao(['policy', 'validate', p]);
    expect(v.code).toBe(2);
    expect(v.stdout + v.stderr).toContain('本待遇的 filing 没有哪一类写了 ratio_cut:无从比较先后');
  });
});
