// A second-layer group with its own first band and the general bands above it raised
// (second_layer.<scheme>.groups.<name>.segments beside ratio_plus): 岚汐 第十六条 (test/fixtures/bands8/lanxi.yaml,
// fiction) 「1.5万元以上至5万元（含）的部分支付60%，5万元以上至10万元（含）的部分支付65%，10万元以上的部分支付75%」 and
// （二）「特困人员、低保对象…大病保险起付标准降低50%（即7500元），7500元以上至5万元（含）的部分支付65%，其余各段支付比例提高5个百分点，
// 不设年度最高支付限额」. Every number below is worked by hand from the fixture's text.
//
// The stay (all claims): resident aged 40, 三级, 2025-03-01, 100000.00 in scope, first admission.
//   起付 900.00; 60%: 99100.00 × 60% = 59460.00. The 大病 burden (起付 included, 第十六条（一）): 100000.00 − 59460.00 = 40540.00.
//   低保对象's bands: 7500–50000 65% (its own); 50000–100000 65% + 5 = 70%; above 100000 75% + 5 = 80%.
//   医疗救助 (低保对象, 第十八条): the burden left − 800.00, × 70%.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { yibao } from '../cli/calc-helpers.js';
import { pick, run } from './small2-helpers.js';

const LX = 'test/fixtures/bands8/lanxi.yaml';
const stay = (policy: string, ...more: string[]) => ['calc', '--policy', policy, '--date', '2025-03-01', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '3', '--amount', '100000', '--age', '40', ...more];

/** A copy of the fixture with `from` replaced by `to`, beside its sources. */
function variant(from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bands8-layer-'));
  cpSync('test/fixtures/bands8/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(LX, 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, 'lanxi.yaml'), text.replace(from, to));
  return join(dir, 'lanxi.yaml');
}

const OWN = `            segments:
              - up_to: { value: 50000, source: lx, quote: 7500元以上至5万元（含）的部分支付65% }
                ratio: { value: 0.65, source: lx, quote: 7500元以上至5万元（含）的部分支付65% }
`;

describe('second_layer group: its own first band, 其余各段支付比例提高5个百分点', () => {
  it('burden 0 → 40540.00, within its own band: (40540.00 − 7500.00) × 65% = 21476.00; assistance (40540.00 − 21476.00 − 800.00) × 70% = 12784.80; cash 6279.20', async () => {
    const j = await run(stay(LX, '--assistance', '低保对象'));
    expect(pick(j, 'fund_pays', 'second_layer_pays', 'assistance_pays', 'cash_due')).toEqual(['59460.00', '21476.00', '12784.80', '6279.20']);
    const text = await yibao(stay(LX, '--assistance', '低保对象'));
    expect(text.stdout).toContain('7500.00 至 40540.00 元:33040.00 × 65% = 21476.00');
  });

  it('burden 45000.00 → 85540.00: 5000.00 × 65% = 3250.00 + 35540.00 × 70% = 24878.00 = 28128.00; assistance (40540.00 − 28128.00 − 800.00) × 70% = 8128.40; cash 4283.60', async () => {
    const args = stay(LX, '--assistance', '低保对象', '--ytd-burden', '45000');
    const j = await run(args);
    expect(pick(j, 'second_layer_pays', 'assistance_pays', 'cash_due', 'ytd_burden_after')).toEqual(['28128.00', '8128.40', '4283.60', '85540.00']);
    const text = await yibao(args);
    expect(text.stdout).toContain('45000.00 至 50000.00 元:5000.00 × 65% = 3250.00;50000.00 至 85540.00 元(一般标准 65% 提高 5 个百分点):35540.00 × 70% = 24878.00');
    expect(text.stdout).toContain('“其余各段支付比例提高5个百分点”');
    expect(text.stdout).toContain('“5万元以上至10万元（含）的部分支付65%”');
  });

  it('burden 90000.00 → 130540.00: 10000.00 × 70% = 7000.00 + 30540.00 × 80% = 24432.00 = 31432.00; assistance (40540.00 − 31432.00 − 800.00) × 70% = 5815.60; cash 3292.40', async () => {
    const j = await run(stay(LX, '--assistance', '低保对象', '--ytd-burden', '90000'));
    expect(pick(j, 'second_layer_pays', 'assistance_pays', 'cash_due')).toEqual(['31432.00', '5815.60', '3292.40']);
  });

  it('no group: the general bands from 15000.00: burden 45000.00 → 85540.00: 5000.00 × 60% = 3000.00 + 35540.00 × 65% = 23101.00 = 26101.00', async () => {
    const j = await run(stay(LX, '--ytd-burden', '45000'));
    expect(pick(j, 'second_layer_pays', 'assistance_pays', 'cash_due')).toEqual(['26101.00', '0.00', '14439.00']);
  });

  it('an own edge inside a general band (--set: 70% up to 40000): 32500.00 × 70% = 22750.00, then the general 60% + 5 = 65% from 40000.00: 540.00 × 65% = 351.00; 23101.00', async () => {
    const g = 'second_layer.resident.groups.低保对象.segments.0';
    const j = await run(stay(LX, '--assistance', '低保对象', '--set', `${g}.up_to=40000`, '--set', `${g}.ratio=0.7`));
    expect(pick(j, 'second_layer_pays')).toEqual(['23101.00']);
  });

  it('validate: the last own band without up_to beside ratio_plus is refused (the rest would begin nowhere)', async () => {
    const bad = variant(OWN, OWN.replace(/up_to: \{ value: 50000, source: lx, quote: 7500元以上至5万元（含）的部分支付65% \}\n {16}/, ''));
    const out = await yibao(['policy', 'validate', bad]);
    expect(out.code).toBe(2);
    expect(out.stderr + out.stdout).toContain('最后一段要写 up_to');
  });

  it('policy show says the group’s own band and the points on the rest', async () => {
    const out = await yibao(['policy', 'show', LX]);
    expect(out.stdout).toContain('其余各段(本类人员自己的分段以上)按一般标准提高:5 个百分点');
    expect(out.stdout).toContain('7,500 元以上至 50,000 元(含)的部分:65%');
  });
});
