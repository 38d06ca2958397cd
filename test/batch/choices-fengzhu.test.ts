// batch and `say` with a choice the policy leaves open (枫渚 二（三）, bands.base unknown or read:
// test/fixtures/choices/): a row both bases agree on is answered with no reading, a row they
// change is an error naming bands.base (unknown) or answered with the reading in its warnings.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, tempFile, yibao } from './helpers.js';

const BASE_UNKNOWN = '            base:\n              value: null\n';
const BASE_READ = '            base:\n              value: total\n              source: fz\n              quote: 纳入统筹支付范围的费用1万元（含）以内的部分\n              reading: { zh: 按含起付标准的总额分段。, en: banded on the total. }\n              reading_short: { zh: 一万元分段按含起付标准的总额算, en: the 10000 band counts the deductible }\n';

function policy(read: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'choices-batch-'));
  cpSync('test/fixtures/choices/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync('test/fixtures/choices/fengzhu.yaml', 'utf8');
  expect(text).toContain(BASE_UNKNOWN);
  writeFileSync(join(dir, 'fengzhu.yaml'), read ? text.replace(BASE_UNKNOWN, BASE_READ) : text);
  return join(dir, 'fengzhu.yaml');
}

// A: 乡镇卫生院 (一级, 90% in both bands): (12000.00 − 2000.00 × 10% − 100.00) × 90% = 10530.00 either way.
// B: FZ-05, 三级: on the total 9000.00 × 60% + 26300.00 × 68% = 23284.00; after the 起付 6000.00 + 17204.00 = 23204.00.
const ROWS = [
  'person_id,date,scheme,benefit,tier,amount,out_of_scope,class_b_drugs,class_b_items,age,admission',
  'A,2026-03-12,resident,inpatient,乡镇卫生院,12000,0,2000,0,59,1',
  'B,2026-05-06,resident,inpatient,3,40000,3000,5000,2000,45,1',
].join('\n');

describe('batch: bands.base unknown or read', () => {
  it('unknown: A answered (10530.00); B an error naming bands.base, in order', async () => {
    const rows = readCsv((await yibao(['batch', tempFile(ROWS), '--policy', policy(false)])).stdout);
    expect(rows.map((r) => r.person_id)).toEqual(['A', 'B']);
    expect(rows.map((r) => r.row_status)).toEqual(['ok', 'error']);
    expect(rows[0]!.fund_pays).toBe('10530.00');
    expect(JSON.stringify(rows[1])).toContain('inpatient.resident.bands.base');
  });

  it('a reading: A with no reading; B 23284.00 with the reading in its warnings', async () => {
    const rows = readCsv((await yibao(['batch', tempFile(ROWS), '--policy', policy(true)])).stdout);
    expect(rows.map((r) => r.fund_pays)).toEqual(['10530.00', '23284.00']);
    expect(rows[0]!.warnings).not.toContain('reading');
    expect(rows[1]!.warnings).toContain('reading');
  });

  it('say: the reading is read out on B only', async () => {
    const p = policy(true);
    const flags = (tier: string, amount: string, more: string[]) => ['calc', '--policy', p, '--format', 'say', '--date', '2026-05-06', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', tier, '--amount', amount, '--age', '45', '--admission', '1', ...more];
    const b = await yibao(flags('3', '40000', ['--out-of-scope', '3000', '--class-b-drugs', '5000', '--class-b-items', '2000']));
    expect(b.stdout).toContain('一万元分段按含起付标准的总额算');
    const a = await yibao(flags('乡镇卫生院', '12000', ['--class-b-drugs', '2000']));
    expect(a.code).toBe(0);
    expect(a.stdout).not.toContain('一万元分段');
  });
});
