// A band whose ratio is given for retirees takes no retiree bonus (trial 8, 朔原 四（二）: 「退休人员各级相应提高3个
// 百分点」 in the first band, 「超过5万元的部分，在职人员94%、退休人员96%」 in the second; the newcomer's retirees got
// 96 + 3 = 99%). 白鹭 with its second band keyed by status (a variant: 在职 90%, 退休 93%) and retiree_bonus 4 points:
// retired, 三级, 50000, first stay: 起付 1200; bands on the total with the 起付: (30000 − 1200) × (80 + 4)% = 24192.00;
// 20000 × 93% (its own, not 97%) = 18600.00; fund 42792.00.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { yibao } from '../cli/calc-helpers.js';

const SECOND = '              - ratio: { value: 0.9, source: bailu-2024-56, quote: 超过3万元的部分，各级医疗机构均支付90% }\n';
const KEYED = `              - ratio:
                  active: { value: 0.9, source: bailu-2024-56, quote: 超过3万元的部分，各级医疗机构均支付90% }
                  retired: { value: 0.93, source: bailu-2024-56, quote: 超过3万元的部分，各级医疗机构均支付90%, inferred: true, reasoning: { zh: 变体：退休人员本段另列93%。, en: "variant: retirees' own 93% in this band." } }
`;

function variant(): string {
  const text = readFileSync('examples/rulebooks/bailu.yaml', 'utf8');
  expect(text).toContain(SECOND);
  const dir = mkdtempSync(join(tmpdir(), 'retired-band-'));
  cpSync('examples/rulebooks/sources', join(dir, 'sources'), { recursive: true });
  writeFileSync(join(dir, 'bailu.yaml'), text.replace(SECOND, KEYED));
  return join(dir, 'bailu.yaml');
}

const stay = (file: string, status: string, tier: string) => ['calc', '--policy', file, '--date', '2025-05-01', '--scheme', 'employee', '--status', status, '--benefit', 'inpatient', '--tier', tier, '--amount', '50000', '--admission', '1', '--json'];

describe('retiree_bonus and a band keyed by status', () => {
  it('retired: the first band 80 + 4 = 84%, the second its own 93% (not 97%): 24192.00 + 18600.00 = 42792.00', async () => {
    const out = await yibao(stay(variant(), 'retired', '3'));
    expect(out.code, out.stderr).toBe(0);
    const r = JSON.parse(out.stdout).result;
    expect(r.deductible_applied).toBe('1200.00');
    expect(r.bands.map((b: { ratio: string; pays: string }) => [b.ratio, b.pays])).toEqual([['0.84', '24192.00'], ['0.93', '18600.00']]);
    expect(r.fund_pays).toBe('42792.00');
  });
  it('the breakdown says which band took no bonus', async () => {
    const text = (await yibao(stay(variant(), 'retired', '3').slice(0, -1))).stdout;
    expect(text).toContain('退休人员提高 4 个百分点,第 2 段按原文的退休人员比例、不再提高');
  });
  it('the unkeyed example is unchanged: retired, the second band 90 + 4 = 94%: 20000 × 94% = 18800.00', async () => {
    const r = JSON.parse((await yibao(stay('examples/rulebooks/bailu.yaml', 'retired', '3'))).stdout).result;
    expect(r.bands.map((b: { ratio: string }) => b.ratio)).toEqual(['0.84', '0.94']);
  });
});
