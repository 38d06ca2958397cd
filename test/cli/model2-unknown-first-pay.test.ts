// An unknown 乙类先行自付 share stops only the claims that need it (contract: an unknown stops a
// claim that depends on it). 白鹭's text with the items' share taken out: a stay with no 乙类 items
// is answered exactly as before; one with 乙类 items is exit 3 naming first_pay.items.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runYibao } from '../helpers/cli.js';

const text = readFileSync('examples/rulebooks/bailu.yaml', 'utf8');
const ITEMS = /      items:\n        value: 0\.12\n        source: bailu-2024-56\n        quote: 乙类诊疗项目个人先行自付12%\n/;
const dir = mkdtempSync(join(tmpdir(), 'yibao-fp-'));
const file = join(dir, 'bailu.yaml');
writeFileSync(file, text.replace(ITEMS, '      items: { value: null, note: { zh: 测试:乙类诊疗项目的先行自付比例未知。, en: "Test: the items share is unknown." } }\n').replace(/file: sources\//g, `file: ${process.cwd()}/examples/rulebooks/sources/`));
const CLAIM = ['--policy', file, '--date', '2025-03-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '2', '--amount', '20000', '--admission', '2', '--json'];

describe('an unknown first-pay share', () => {
  it('the fixture really lacks the items share', () => {
    expect(readFileSync(file, 'utf8')).not.toMatch(ITEMS);
  });
  it('a stay with no 乙类 cost is answered as before: (20000 − 800 × 70%) × 85% = 16524.00', async () => {
    const r = await runYibao(CLAIM);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).result.fund_pays).toBe('16524.00');
  });
  it('乙类 drugs only: 1000 × 8% = 80.00 first paid; (20000 − 80 − 560) × 85% = 16456.00', async () => {
    const r = await runYibao([...CLAIM, '--class-b-drugs', '1000']);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout).result;
    expect(res.first_pay).toBe('80.00');
    expect(res.fund_pays).toBe('16456.00');
  });
  it('乙类 items: exit 3 naming first_pay.items', async () => {
    const r = await runYibao([...CLAIM, '--class-b-items', '1000']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('first_pay.items');
  });
});
