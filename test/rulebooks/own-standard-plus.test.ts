// A facility with one standard for every level beside 段上加段 (round-8 trial, fiction): 澄湾 二（五） 「精神障碍患者在
// 精神专科医院住院的，实行按床日付费，不设起付标准，不区分医疗机构级别，统筹基金按纳入支付范围费用的职工90%、居民80%支付」
// beside 二（一）2 「累计超过3万元的部分，在上述比例基础上提高3个百分点」. Written as the second band's `plus`, the
// 精神专科医院 would get 90% + 3 = 93% above 3万, which 二（五） does not say: `ratio` beside `plus`, keyed by the
// name of a facility with own_standard, gives that facility its own ratio in the band (the rest take the plus).
// A variant of test/fixtures/cw8/chengwan.yaml; every value below is worked by hand from the text before running.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const CW = 'test/fixtures/cw8/chengwan.yaml';
const Q5 = '精神障碍患者在精神专科医院住院的，实行按床日付费，不设起付标准，不区分医疗机构级别';
const Q90 = '统筹基金按纳入支付范围费用的职工90%、居民80%支付';

/** The fixture with its edits (each `from` must be there), beside its sources. */
function variant(edits: [string, string][]): string {
  const dir = mkdtempSync(join(tmpdir(), 'own-plus-'));
  cpSync('test/fixtures/cw8/sources', join(dir, 'sources'), { recursive: true });
  let text = readFileSync(CW, 'utf8');
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  writeFileSync(join(dir, 'chengwan.yaml'), text);
  return join(dir, 'chengwan.yaml');
}

const FACILITY: [string, string] = [
  '\nversions:\n',
  `\nfacilities:\n  精神专科医院:\n    counts_as: "3"\n    own_standard: true\n    source: cw\n    quote: ${Q5}\n\nversions:\n`,
];
const DEDUCTIBLE: [string, string] = [
  '            "3": { value: 1100, source: cw, quote: 一级医疗机构300元、二级700元、三级1100元 }\n',
  `            "3": { value: 1100, source: cw, quote: 一级医疗机构300元、二级700元、三级1100元 }\n            精神专科医院: { value: 0, source: cw, quote: 实行按床日付费，不设起付标准 }\n`,
];
const BAND1: [string, string] = [
  '                  "3": { value: 0.85, source: cw, quote: 在职人员一级医疗机构92%、二级88%、三级85% }\n',
  `                  "3": { value: 0.85, source: cw, quote: 在职人员一级医疗机构92%、二级88%、三级85% }\n                  精神专科医院: { value: 0.9, source: cw, quote: ${Q90} }\n`,
];
const PLUS = '              - plus: { value: 0.03, source: cw, quote: 累计超过3万元的部分，在上述比例基础上提高3个百分点, of: { value: stated, source: cw, quote: 在上述比例基础上提高3个百分点 } }\n';
const band2 = (own: string): [string, string] => [
  readFileSync(CW, 'utf8').match(/              - ratio:\n(?:                  "\d": .*\n){3}/)![0],
  PLUS + own,
];
const OWN = `                ratio:\n                  精神专科医院: { value: 0.9, source: cw, quote: ${Q90} }\n`;

const stay = (policy: string, status: string, tier: string, amount: string) => ['calc', '--policy', policy, '--date', '2026-05-01', '--scheme', 'employee', '--status', status, '--benefit', 'inpatient', '--tier', tier, '--amount', amount, '--json'];

async function fund(args: string[]): Promise<string> {
  const out = await yibao(args);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout).result.fund_pays;
}

describe('澄湾 二（五）: a facility with one standard beside a plus band', () => {
  const own = variant([FACILITY, DEDUCTIBLE, BAND1, band2(OWN)]);

  it('在职, 精神专科医院, 40000.00: no deductible; 30000.00 × 90% = 27000.00, 10000.00 × 90% (its own, not 93%) = 9000.00: fund 36000.00', async () => {
    expect(await fund(stay(own, 'active', '精神专科医院', '40000'))).toBe('36000.00');
  });

  it('退休: 90% + 4 (retiree) = 94% in both bands (≤ 95%): 28200.00 + 9400.00 = 37600.00', async () => {
    expect(await fund(stay(own, 'retired', '精神专科医院', '40000'))).toBe('37600.00');
  });

  it('another facility still takes the plus: 在职 三级 40000.00: 起付 1100.00; 30000.00 × 85% = 25500.00, 8900.00 × (85% + 3 = 88%) = 7832.00: 33332.00', async () => {
    expect(await fund(stay(own, 'active', '3', '40000'))).toBe('33332.00');
  });

  it('without the own ratio the 精神专科医院 takes the plus: 27000.00 + 10000.00 × 93% = 9300.00: 36300.00 (what 二（五） does not say)', async () => {
    const plusOnly = variant([FACILITY, DEDUCTIBLE, BAND1, band2('')]);
    expect(await fund(stay(plusOnly, 'active', '精神专科医院', '40000'))).toBe('36300.00');
  });

  it('validate: a ratio beside plus keyed by a level (not a facility with own_standard) is refused', async () => {
    const byLevel = variant([FACILITY, DEDUCTIBLE, BAND1, band2('                ratio:\n                  "1": { value: 0.9, source: cw, quote: 一级医疗机构 }\n')]);
    const out = await yibao(['policy', 'validate', byLevel]);
    expect(out.code).toBe(2);
    expect(out.stdout + out.stderr).toContain('与 plus 同写的 ratio 只能按单列标准的机构');
    expect((await yibao(['policy', 'validate', own])).code).toBe(0);
  });

  it('policy show says which facilities take their own ratio in the plus band', async () => {
    const out = await yibao(['policy', 'show', own]);
    expect(out.stdout).toMatch(/单列标准的机构在本段执行:\n\s+精神专科医院:90%/);
  });
});
